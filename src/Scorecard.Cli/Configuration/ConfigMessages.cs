namespace Scorecard.Cli.Configuration;

/// <summary>Every message about the configuration file, with its stable code (SC02xx).</summary>
internal static class ConfigMessages
{
    public const string InvalidJson = "SC0201";
    public const string UnknownKey = "SC0202";
    public const string WrongType = "SC0203";
    public const string BadValue = "SC0204";
    public const string DuplicateMeasure = "SC0205";
    public const string BadRuleParameter = "SC0206";
    public const string MissingFile = "SC0207";
    public const string MissingRequired = "SC0208";
    public const string MeasureWithoutData = "SC0209";
    public const string KindDisagreesWithData = "SC0210";
    public const string DuplicateKey = "SC0211";
    public const string Unreadable = "SC0250";
    public const string BadText = "SC0251";
    public const string QuarterOutOfRange = "SC0252";

    /// <summary>The largest configuration file read: 16 MB (a real one is a few KB).</summary>
    public const long MaximumFileBytes = 16L * 1024 * 1024;

    /// <summary>The longest name (office, force, measure, priority title, …): it heads pages and fills the workbook's footers.</summary>
    public const int LongestName = 200;

    /// <summary>The longest other text (a measure's description, a path).</summary>
    public const int LongestText = 4000;

    public static string HalfCharacter =>
        "holds half of a character (an unpaired UTF-16 surrogate such as \\ud800), which no file or report can hold; write the whole character, or remove the escape.";

    /// <summary>Why <paramref name="text"/> cannot be used as a setting's value, or null when it can.</summary>
    public static string? TextProblem(string text, int longest)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                var what = c switch
                {
                    '\0' => "a NUL character",
                    '\v' => "a vertical tab (the line break Word's Shift+Enter makes)",
                    '\u001b' => "an escape character (ESC, which starts terminal control sequences)",
                    _ => "a control character",
                };
                return string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"holds {what}, U+{(int)c:X4}, at character {i + 1}; remove it (or use a space).");
            }

            if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[++i])))
            {
                return HalfCharacter;
            }
        }

        return text.Length > longest
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"is {text.Length:#,##0} characters long; at most {longest:#,##0} are allowed here. Shorten it.")
            : null;
    }

    public static string Invalid(string detail) => $"this is not valid JSON: {detail}";

    public static string Unknown(string key, IEnumerable<string> allowed) =>
        $"\"{key}\" is not a setting here; expected one of {string.Join(", ", allowed)}. Check the spelling (names are case-sensitive).";

    public static string Type(string expected, string found) => $"expected {expected}; found {found}.";

    public static string NotOneOf(string found, IEnumerable<string> allowed) =>
        $"\"{found}\" is not one of {string.Join(", ", allowed)}.";

    public static string Duplicate(string id, string firstPath) => $"the measure \"{id}\" is configured twice (first at {firstPath}); each id must be unique.";

    public static string DuplicateProperty(string key) => $"\"{key}\" appears twice in the same object; keep one.";

    public static string NoFile(string what, string path) => $"the {what} \"{path}\" does not exist.";

    public static string Required(string key) => $"\"{key}\" is required here.";

    public static string NoData(string id, string source) =>
        $"the measure \"{id}\" is configured but {source} has no rows for it: every rule will report no data. Add its rows or remove it from the configuration.";

    public static string KindVsData(string id, string kind, string found, string fix) =>
        $"the measure \"{id}\" is configured as kind {kind} but its data {found}; {fix}";
}
