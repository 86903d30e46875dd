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
