using Scorecard.Core.Diagnostics;

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
    public const string LogoMissing = "SC0230";
    public const string LogoNotAnImage = "SC0231";
    public const string LogoUnsafe = "SC0232";
    public const string PaletteHardToTellApart = "SC0233";
    public const string PaletteLowContrast = "SC0234";
    public const string PeerKeyNotInPeerData = "SC0235";
    public const string ForceNotInPeerData = "SC0236";
    public const string PeerGroupMemberNotInPeerData = "SC0237";
    public const string PeerMeasureUnused = "SC0238";
    public const string PeersNotConfigured = "SC0239";
    public const string QuarterAfterData = "SC0240";
    public const string QuarterPartlyCovered = "SC0241";
    public const string MeetingBeforeQuarterEnd = "SC0242";
    public const string Unreadable = "SC0250";
    public const string BadText = "SC0251";
    public const string QuarterOutOfRange = "SC0252";
    public const string UnknownRuleSet = "SC0260";
    public const string BlockOfAnotherRuleSet = "SC0261";
    public const string UnusedRulesBlock = "SC0262";
    public const string TargetNotUsed = "SC0263";
    public const string SpcTooFewPoints = "SC0264";
    public const string SpcSettingOutsideChart = "SC0265";

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

    public static string NotAMonth(string text) => $"\"{text}\" is not a month; write it as YYYY-MM, e.g. \"2019-09\".";

    public static string NotARuleSet(string found, IReadOnlyCollection<string> sets) =>
        $"\"{found}\" is not a rule set{Suggestions.DidYouMean(found, sets)}; expected one of {string.Join(", ", sets)}.";

    public static string OtherSetsBlock(string key, string owners, string measureId, string setId, string setName, IReadOnlyCollection<string> blocks) =>
        $"\"{key}\" is a setting of the {owners} rule set, but the measure \"{measureId}\" is judged by the {setName} (\"ruleSet\": \"{setId}\"), which does not read it. "
        + $"Remove it, or set the measure's \"ruleSet\" to the set it belongs to. The {setName}'s settings here: {string.Join(", ", blocks)}.";

    public static string UnusedBlock(string key, string owners, string ownerId) =>
        $"\"{key}\" is a setting of the {owners} rule set, which no measure is judged by, so it changes nothing. "
        + $"Give the measures it is meant for \"ruleSet\": \"{ownerId}\", or remove it.";

    public static string UnusedTarget(string measureId, string setName) =>
        $"the measure \"{measureId}\" has a target, but it is judged by the {setName}, which does not use targets (only the Making Data Count rule set's assurance icon does), so the target is not shown. "
        + "Set the measure's \"ruleSet\" to \"making-data-count\", or remove the target.";

    public static string TooFewPoints(string measureId, int points, string month, int minimum, int? window)
    {
        var inWindow = window is { } w ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $" (in the last {w} months, rules.spc.window)") : string.Empty;
        var count = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{points} {(points == 1 ? "point" : "points")}");
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"the measure \"{measureId}\" is judged by Making Data Count, but its chart has only {count} up to {month}{inWindow}; process limits, the special cause rules and the icons need at least {minimum}, so the report shows only its mean. ")
            + "Add earlier months to the data, widen rules.spc.window, or lower rules.spc.minimumPoints.";
    }

    public static string OutsideChart(string measureId, IReadOnlyCollection<string> months, string first, string last) =>
        $"the measure \"{measureId}\"'s chart runs from {first} to {last}, so {(months.Count == 1 ? "the month" : "the months")} {string.Join(", ", months)} in rules.spc (recalculateAt or baselineEnd) {(months.Count == 1 ? "changes" : "change")} nothing: "
        + "a new period can start only after the chart's first month and by its last, and a baseline must end within it. Check the months, or remove them.";

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

    public static string PeerKeyMissing(string key, string measureId, string peerFile, IReadOnlyCollection<string> keys) =>
        $"the peer key \"{key}\"{Suggestions.DidYouMean(key, keys)} of the measure \"{measureId}\" is not in {peerFile}, so its peer tests would not be evaluated. The peer data have: {List(keys)}.";

    public static string ForceMissing(string force, string peerFile, IReadOnlyCollection<string> forces) =>
        $"the force \"{force}\"{Suggestions.DidYouMean(force, forces)} is not in {peerFile}, so no peer test can be evaluated. Give the force's name as the peer data spell it; they name: {List(forces)}.";

    public static string MemberMissing(string force, string peerFile, IReadOnlyCollection<string> forces) =>
        $"the peer-group member \"{force}\"{Suggestions.DidYouMean(force, forces)} is not in {peerFile}, so the group's average would leave it out. Spell it as the peer data do; they name: {List(forces)}.";

    public static string UnusedPeerMeasure(string key, IReadOnlyCollection<string> candidates) =>
        $"the peer data have figures for \"{key}\"{Suggestions.DidYouMean(key, candidates)}, but no configured measure uses them. Give a measure \"peer\": \"{key}\", or leave the rows out.";

    public static string NoPeerData(IReadOnlyCollection<string> measureIds) =>
        $"{(measureIds.Count == 1 ? "the measure" : "the measures")} {List(measureIds)} name a peer key, but there are no peer data, so their peer tests are not evaluated. Set \"data\": {{ \"peers\": \"…\" }} to a CSV of measure, force, month, value (and population).";

    public static string NoPeerGroup(IReadOnlyCollection<string> measureIds) =>
        $"{(measureIds.Count == 1 ? "the measure" : "the measures")} {List(measureIds)} name a peer key, but there is no peer group, so their peer tests are not evaluated. Add \"force\" and \"peerGroup\": {{ \"forces\": [ … ] }}.";

    public static string AfterData(string quarter, string lastMonth, string dataFile) =>
        $"{quarter} is after the data: the data end in {lastMonth}, so every figure of the report would be missing. Report an earlier quarter, or add the months since {lastMonth} to {dataFile}.";

    public static string PartlyCovered(string quarter, string lastMonth, IReadOnlyCollection<string> measures) =>
        $"{quarter} is only partly covered: the data end in {lastMonth}, before the quarter does. {(measures.Count == 1 ? "This measure has" : "These measures have")} no figure for the quarter's last month: {List(measures)}.";

    public static string MeetingTooEarly(string meeting, string quarter, string lastDay) =>
        $"the meeting ({meeting}) is before the end of {quarter} ({lastDay}), so the quarter's figures cannot be ready for it. Check the meeting date or the quarter.";

    private static string List(IReadOnlyCollection<string> items) =>
        items.Count <= 12 ? string.Join(", ", items) : string.Join(", ", items.Take(12)) + $" and {items.Count - 12} more";

    public static string NoLogo(string path) => $"the logo \"{path}\" does not exist; give the path of a PNG, JPEG or SVG file, relative to the configuration file.";

    public static string LogoIsAFolder(string path) => $"the logo \"{path}\" is a folder; give the path of a PNG, JPEG or SVG file in it.";

    public static string UnreadableLogo(string path, string reason) => $"the logo \"{path}\" could not be read: {reason}";

    public static string NotAColour(string found) => $"\"{found}\" is not a colour; write it as #RRGGBB, e.g. \"#0072B2\".";

    public static string HardToTellApart(string first, string firstColour, string second, string secondColour, string who, double difference) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{first} ({firstColour}) and {second} ({secondColour}) are hard to tell apart {who} (CIEDE2000 difference {difference:0.0} after simulating it; at least {Scorecard.Rendering.Palette.ColourVision.MinimumDifference:0} is needed). Choose colours that differ more, in lightness as well as hue; the symbols and words still carry the meaning.");

    public static string LowContrast(string sentiment, string text, string fill, double contrast) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{sentiment}'s text colour {text} on its fill {fill} has a contrast of only {contrast:0.0}:1; text needs at least {Scorecard.Rendering.Palette.ColourVision.MinimumTextContrast:0.0}:1 (WCAG 2 AA). Darken the text or lighten the fill, or leave them out to have them made from the base colour.");

    public static string NoData(string id, string source) =>
        $"the measure \"{id}\" is configured but {source} has no rows for it: every rule will report no data. Add its rows or remove it from the configuration.";

    public static string KindVsData(string id, string kind, string found, string fix) =>
        $"the measure \"{id}\" is configured as kind {kind} but its data {found}; {fix}";
}
