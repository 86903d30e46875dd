using Scorecard.Core.Rules;
using Scorecard.Rendering.Safety;

namespace Scorecard.Rendering.Model;

// The template model. Templates see these as snake_case (Scriban's default renamer):
// ReportModel.Priorities → report.priorities, MeasureModel.ShortName → measure.short_name.
// templates/README.md documents every field with an example; keep the two in step.

/// <summary>The whole report, as the templates see it (the global <c>report</c>).</summary>
public sealed record ReportModel(
    string Title,
    string Office,
    string? Force,
    string? Commissioner,
    string? PlanName,
    string? MeetingDate,
    string? MeetingLine,
    QuarterModel Quarter,
    string GeneratedOn,
    IntroductionModel? Introduction,
    KeyModel Key,
    IReadOnlyList<PriorityModel> Priorities,
    IReadOnlyList<MeasureModel> Measures,
    IReadOnlyList<NotEvaluatedModel> NotEvaluated,
    PeerGroupModel? PeerGroup,
    Markup? Palette = null,
    int MeasuresWithoutPeers = 0,
    IReadOnlyList<DataIssueModel>? DataIssues = null)
{
    /// <summary>Who the report is for: "Police and Crime Panel", "Police and Crime Committee".</summary>
    public string Panel { get; init; } = ReportInfo.DefaultPanel;

    /// <summary>"Police and Crime Commissioner", "Deputy Mayor for Policing and Crime".</summary>
    public string CommissionerTitle { get; init; } = ReportInfo.DefaultCommissionerTitle;

    /// <summary>The office's logo as a data: URI ("data:image/png;base64,…"), or null.</summary>
    public string? Logo { get; init; }

    /// <summary>The printed page footer: "Performance report for the Police and Crime Panel".</summary>
    public string Footer { get; init; } = string.Empty;

    /// <summary><see cref="Footer"/> as a quoted CSS string, for <c>content:</c> in the stylesheet's @page rules.</summary>
    public Markup FooterCss { get; init; } = Markup.Empty;

    /// <summary>Measures with no figures at all in the data ("no data yet"); they are left out of <see cref="NotEvaluated"/>.</summary>
    public IReadOnlyList<MeasureModel> MeasuresWithoutData { get; init; } = [];

    /// <summary>
    /// One key for each rule set the report's measures are judged by, the default set's first:
    /// a report that mixes the dashboard key and "Making Data Count" has two. <see cref="Key"/> is the first.
    /// </summary>
    public IReadOnlyList<KeyModel> Keys { get; init; } = [Key];

    /// <summary>True when some measure is read on a "Making Data Count" XmR chart: the dashboard's SPC icons column and the appendix's words for it.</summary>
    public bool HasSpc => Measures.Any(m => m.Spc is not null);

    /// <summary>True when some measure is read by the dashboard key's bands (no XmR chart).</summary>
    public bool HasBands => Measures.Any(m => m.Spc is null);

    /// <summary>
    /// The months the dashboard key's band tests look at, for Appendix A's introduction, with the
    /// configured lengths: "the last month for a spike, the last 3 for a shift, the last 8 for a run".
    /// </summary>
    public string AppendixTested { get; init; } = TestedMonths(RuleParameters.Default);

    /// <summary>"the last month for a spike, the last 3 for a shift, the last 8 for a run", for <paramref name="parameters"/>.</summary>
    public static string TestedMonths(RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"the last month for a spike, the last {parameters.Shift.Length} for a shift, the last {parameters.Run.Length} for a run");
    }
}

/// <summary>The reporting quarter in every form the report writes it.</summary>
public sealed record QuarterModel(
    string Label,
    string LongLabel,
    string ShortLabel,
    string PreviousShortLabel,
    string Prose,
    string FinancialYear,
    string Month,
    string MonthYearEarlier,
    string LastDay);

public sealed record IntroductionModel(string Heading, IReadOnlyList<ParagraphModel> Blocks);

/// <summary>A numbered paragraph (Number set) or an unnumbered block (a list, a quote, a table: Number null).</summary>
/// <param name="Html">The office's paragraph as HTML (Markdown rendered with raw HTML disabled); empty for a generated sentence, whose words come from its template.</param>
/// <param name="Markdown">The office's paragraph for report.md, written as it is (commentary made safe); empty for a generated sentence.</param>
/// <param name="Source">"generated" for the report's own sentences, "commentary" for the office's text.</param>
/// <param name="Kind">What the paragraph says: a generated sentence's kind (<see cref="SentenceModel.Kind"/>) or "commentary".</param>
/// <param name="Sentence">A generated sentence's figures, for its template; null for commentary.</param>
public sealed record ParagraphModel(int? Number, Markup Html, MarkdownText Markdown, string Source, string Kind = "commentary", SentenceModel? Sentence = null);

/// <summary>
/// One of the report's own sentences: which it is (<see cref="Kind"/>, <see cref="Variant"/>) and
/// its figures, already formatted. The words are in templates/sentences/_&lt;kind&gt;.sbn, shared by
/// the HTML and Markdown reports. A figure a sentence does not use is null.
/// </summary>
/// <param name="Kind">"figures", "change", "data-issue", "spike", "shift", "run", "trend", "rolling-trend", "peer-trend", "no-data" or "peer-position".</param>
/// <param name="Variant">Which form of the sentence: figures "count", "ratio", "mean", "level", "lagging"; change "count", "other", "same", "no-previous", "not-comparable"; data-issue "outage", "method-change", "other"; spike and shift "high", "low"; run "above", "below"; trend and rolling-trend "up", "down"; peer-trend "figures", "plain"; peer-position the fired rule's id or "none".</param>
/// <param name="Period">The three months in words: "quarter two", or "the three months to August 2019".</param>
/// <param name="Month">The month the sentence is about: the reporting month, the month the figures run to, the month a method changed, or the peer comparison's month.</param>
/// <param name="Style">The measure's value style: "count", "percent", "duration" or "decimal".</param>
/// <param name="Value">The figure the sentence reports or tested: the quarter's (figures), the tested month's (spike), the nearest of the tested months to the line (shift, run), the force's (peers).</param>
/// <param name="Rolling12">The 12-month figure.</param>
/// <param name="Parts">A ratio's quarter as "1,878 of 11,856".</param>
/// <param name="Rolling12Parts">A ratio's 12 months as "7,296 of 44,340".</param>
/// <param name="Margin">A level's margin of error: "± 3.5 per cent".</param>
/// <param name="Unit">The measure's unit, singular when the figure before it is 1: "crimes", "crime".</param>
/// <param name="Difference">The change, unsigned: "1,258", "2.1 percentage points", "42 seconds".</param>
/// <param name="Percent">The change as a percentage, unsigned: "2.9 per cent" (not for percentages).</param>
/// <param name="Previous">The previous 12 months' figure (or, for a level, 12 months earlier).</param>
/// <param name="Up">True for a rise: the change, the trend, the force's peer change.</param>
/// <param name="IsLevel">True for a level measure, whose previous figure is "12 months earlier".</param>
/// <param name="Months">The months a data issue covers: "September 2019", "July to September 2019".</param>
/// <param name="Note">The office's note on a data issue, ending with a full stop.</param>
/// <param name="Window">The months the test looked back over (24; 12 for trends).</param>
/// <param name="Length">The months tested (3 for a shift, 8 for a run).</param>
/// <param name="K">The standard deviations in the test's line: "2", "1", "1.5".</param>
/// <param name="HasFigures">False when the test's evidence has no figures to quote (the sentence then says less).</param>
/// <param name="Line">The line the tested figure crossed: mean ± k SD, or the mean for a run.</param>
/// <param name="Mean">The test's average, or the peer group's average.</param>
/// <param name="Size">A trend's change a month in the measure's units ("83 crimes", "4.3 seconds"); null when too small to matter ("small but steady").</param>
/// <param name="Force">The force's name.</param>
/// <param name="Group">The peer group's name: "most similar group (MSG)".</param>
/// <param name="ForceChange">The force's 12-month change, unsigned: "0.2 per cent".</param>
/// <param name="GroupChange">The group average's 12-month change, unsigned.</param>
/// <param name="GroupUp">True when the group average rose.</param>
/// <param name="PeerUnit">What the peer figures are in: "crimes per 1,000 population", "per cent", or "".</param>
/// <param name="Position">The force against the group average: "above", "below" or "equal".</param>
/// <param name="RankFromTop">1 for the highest value in the group.</param>
/// <param name="RankFromBottom">1 for the lowest value in the group.</param>
/// <param name="Of">The forces compared.</param>
public sealed record SentenceModel(
    string Kind,
    string Variant,
    string Period = "",
    string Month = "",
    string Style = "count",
    string? Value = null,
    string? Rolling12 = null,
    string? Parts = null,
    string? Rolling12Parts = null,
    string? Margin = null,
    string Unit = "",
    string? Difference = null,
    string? Percent = null,
    string? Previous = null,
    bool Up = false,
    bool IsLevel = false,
    string? Months = null,
    string? Note = null,
    int? Window = null,
    int? Length = null,
    string? K = null,
    bool HasFigures = false,
    string? Line = null,
    string? Mean = null,
    string? Size = null,
    string? Force = null,
    string? Group = null,
    string? ForceChange = null,
    string? GroupChange = null,
    bool GroupUp = false,
    string PeerUnit = "",
    string? Position = null,
    int? RankFromTop = null,
    int? RankFromBottom = null,
    int? Of = null,
    string Nature = "",
    string? Icon = null,
    string? Assurance = null,
    string? Target = null);

/// <summary>A rule set's key: its symbols in groups, each with the set's words for the report's parameters.</summary>
/// <param name="Id">The rule set's id: "dashboard-key", "making-data-count".</param>
/// <param name="Title">The key's heading: "Performance dashboard key".</param>
/// <param name="Description">What the set's symbols are, in a sentence or two.</param>
/// <param name="Chart">How the set's measures are charted: "bands" (the dashboard key's lines) or "xmr".</param>
/// <param name="Anchor">The key section's id: "key" for the first key, "key-making-data-count" for another.</param>
/// <param name="Icons">The summary icons the set draws (the variation and assurance icons of an XmR chart), each with its words; empty for the dashboard key.</param>
public sealed record KeyModel(
    IReadOnlyList<KeyGroupModel> Groups,
    IReadOnlyList<SentimentModel> Sentiments,
    string Id = "dashboard-key",
    string Title = "Performance dashboard key",
    string Description = "",
    string Chart = "bands",
    string Anchor = "key",
    IReadOnlyList<IconModel>? Icons = null);

/// <summary>A summary icon of an XmR chart ("Special cause variation of concern: a high value"), drawn as SVG with its words.</summary>
/// <param name="Id">Its name in evaluation.json: "concern-high", "hit-or-miss".</param>
/// <param name="Kind">"variation" or "assurance".</param>
/// <param name="Name">Its name in words: "Special cause variation of concern (high)".</param>
/// <param name="Meaning">One plain sentence on what it tells the reader.</param>
/// <param name="Svg">The icon as inline SVG with its name as title and accessible label.</param>
public sealed record IconModel(string Id, string Kind, string Name, string Meaning, Markup Svg, string Sentiment = "none");

public sealed record KeyGroupModel(string Title, IReadOnlyList<SymbolModel> Symbols);

/// <summary>A sentiment colour, explained in the key.</summary>
public sealed record SentimentModel(string Id, string Label, string Description);

/// <summary>A symbol: in the key (sentiment "none"), or fired on a measure (coloured by sentiment).</summary>
/// <param name="Icon">Inline SVG with a title (tooltip) and an aria-label.</param>
/// <param name="Glyph">A plain-text stand-in for Markdown: "▲".</param>
/// <param name="Title">The tooltip text: short label, key text and sentiment.</param>
/// <param name="Meaning">One plain sentence for a reader who is not a statistician: "Last month was unusually high: above the range expected from the previous two years."</param>
public sealed record SymbolModel(
    string Id,
    string ShortLabel,
    string KeyText,
    string Glyph,
    string Sentiment,
    string SentimentLabel,
    string Title,
    Markup Icon,
    string Meaning = "");

public sealed record PriorityModel(int Number, string Title, string Heading, string Anchor, IReadOnlyList<MeasureModel> Measures);

/// <summary>One measure: figures, symbols, paragraphs, charts and its Appendix A table.</summary>
public sealed record MeasureModel(
    string Id,
    string Name,
    string Anchor,
    string Kind,
    string Polarity,
    string PolarityLabel,
    string? Description,
    int? PriorityNumber,
    IReadOnlyList<string> Headline,
    FiguresModel Figures,
    IReadOnlyList<SymbolModel> Flags,
    IReadOnlyList<ParagraphModel> Paragraphs,
    bool HasCommentary,
    bool HasExceptions,
    IReadOnlyList<ChartModel> Charts,
    IReadOnlyList<ScorecardRowModel> Scorecard,
    string? NotRun = null,
    bool HasPeerComparison = true,
    IReadOnlyList<DataIssueModel>? Issues = null,
    string SlopeUnit = "",
    ValuesModel? Values = null,
    Core.Measures.ValueFormat? Format = null,
    PeerModel? Peer = null,
    SpcModel? Spc = null)
{
    /// <summary>True when the measure fired an exception and the office wrote nothing about it: the report says so where the commentary would be.</summary>
    public bool CommentaryMissing => HasExceptions && !HasCommentary;
}

/// <summary>
/// A "Making Data Count" measure's XmR chart as the templates see it (<c>measure.spc</c>; null for a
/// measure of the dashboard key): its two summary icons, its summary sentence, its lines and points.
/// </summary>
/// <param name="Variation">The variation icon (<see cref="IconModel.Id"/> "none", with an empty SVG, when the chart has too few points for limits).</param>
/// <param name="Assurance">The assurance icon ("none" without a target, for a neutral measure, or with too few points).</param>
/// <param name="Sentence">The "spc-summary" sentence (the headline box speaks it: <c>p = measure.spc</c> then <c>include '_sentence.sbn'</c>); null when the measure has no value up to the reporting month.</param>
/// <param name="Months">"March 2017 to September 2019": the first point's month to the last's.</param>
/// <param name="HasLimits">False when the chart has fewer points than the limits need (only the mean is drawn).</param>
/// <param name="MinimumPoints">The points the limits need: 13.</param>
/// <param name="Mean">The last calculation period's mean, formatted: "287.3".</param>
/// <param name="UpperLimit">Its upper process limit, formatted, or null without limits.</param>
/// <param name="LowerLimit">Its lower process limit, formatted, or null without limits.</param>
/// <param name="Target">The measure's target, formatted, or null.</param>
/// <param name="Gaps">The months between the first and last point with no value, in words: "September 2018, October 2018"; empty when none.</param>
/// <param name="Points">Every point, earliest first.</param>
public sealed record SpcModel(
    IconModel Variation,
    IconModel Assurance,
    SentenceModel? Sentence,
    string Months,
    bool HasLimits,
    int MinimumPoints,
    string Mean,
    string? UpperLimit,
    string? LowerLimit,
    string? Target,
    string Gaps,
    IReadOnlyList<XmrPointModel> Points);

/// <summary>One point of an XmR chart, as numbers (for templates that compute) and words.</summary>
/// <param name="Month">"2019-09" (ISO, as evaluation.json).</param>
/// <param name="MonthName">"September 2019".</param>
/// <param name="Value">The month's value.</param>
/// <param name="Mean">Its calculation period's mean.</param>
/// <param name="UpperLimit">Its period's upper process limit, or null without limits.</param>
/// <param name="LowerLimit">Its period's lower process limit, or null without limits.</param>
/// <param name="Variation">"common-cause", "improvement", "concern" or "neither".</param>
/// <param name="Period">Its calculation period, counted from 1.</param>
public sealed record XmrPointModel(string Month, string MonthName, double Value, double Mean, double? UpperLimit, double? LowerLimit, string Variation, int Period);

/// <summary>
/// A known data issue the office marked (an outage, a change of method), for the measure's page
/// and the data-quality section.
/// </summary>
/// <param name="Months">"September 2019", "from July 2019" for a change of method.</param>
/// <param name="Kind">"outage", "method-change" or "other".</param>
/// <param name="KindLabel">"Outage", "Change of method", "Note".</param>
/// <param name="Measures">The measures it affects, by name, joined: "Response time (immediate), Response time (priority)".</param>
public sealed record DataIssueModel(string Months, string Kind, string KindLabel, string Note, string Measures);

/// <summary>Table-cell forms of the figures ("11,856", "16.5%", "12 min 47 s"); "–" when not available.</summary>
public sealed record FiguresModel(
    string PreviousQuarter,
    string Quarter,
    string Rolling12,
    string PreviousRolling12,
    string Change,
    string ChangePercent,
    string? Margin,
    string? DataTo = null);

/// <summary>
/// A measure's figures as numbers, for templates that compute or format their own columns
/// (<c>uk.value_short measure.values.same_quarter_last_year measure.format</c>); null where a
/// figure cannot be formed. The 12-month figures run to <see cref="FiguresModel.DataTo"/> when the
/// data stop before the reporting month, as the report prints them.
/// </summary>
/// <param name="Change">The 12-month figure less the previous 12 months' (percentage points for a percentage).</param>
/// <param name="ChangePercent">The same change as a percentage of the previous 12 months.</param>
/// <param name="SameQuarterLastYear">The same three months a year earlier.</param>
/// <param name="LatestMonth">The reporting month's own value.</param>
public sealed record ValuesModel(
    double? Quarter,
    double? PreviousQuarter,
    double? Rolling12,
    double? PreviousRolling12,
    double? Change,
    double? ChangePercent,
    double? SameQuarterLastYear,
    double? LatestMonth);

/// <summary>The force's position in its peer group, as numbers and words.</summary>
/// <param name="Rank">1 for the highest value in the group; forces with equal values share a rank.</param>
/// <param name="Of">The number of forces compared, the force included.</param>
/// <param name="Value">The force's own value.</param>
/// <param name="Month">The last month of the 12 months compared: "June 2019".</param>
/// <param name="Unit">What the values are in: "crimes per 1,000 population", "per cent", or "".</param>
/// <param name="Position">"above", "below" or "equal to" the group average.</param>
public sealed record PeerModel(int Rank, int Of, double Value, double GroupMean, double GroupSd, string GroupName, string Month, string Unit, string Position);

/// <summary>An inline SVG chart with its caption and accessible description.</summary>
public sealed record ChartModel(string Id, string Kind, string Caption, string Description, Markup Svg);

/// <summary>
/// One row of a measure's Appendix A table: a rule and its mirror (spike above/below, …), the four
/// peer-position symbols, or a rule with no mirror. Figures are table-cell text, "–" when the test
/// has none.
/// </summary>
/// <param name="Rules">The rule ids on the row, space-separated: "spike-high spike-low".</param>
/// <param name="Test">"Spike", "Rolling trend", "Peer position", "Peer trend", "No data".</param>
/// <param name="Detail">The test's parameters: "±2 SD" (spike), "3 months, ±1 SD" (shift), "8 months" (run), "α 0.05" (trends).</param>
/// <param name="Window">The months the mean and SD cover ("Oct 17–Sep 19"); for peers, the 12 months compared ("year to Jun 19").</param>
/// <param name="Lower">The lower line (mean − k·SD; the mean for a run; μ − kσ for peers).</param>
/// <param name="Tested">The tested value(s) summarised: "3,816" (spike), "8 of 8 above; lowest 51:02.0", "1 of 3 above, 0 below; 3,816 to 4,216".</param>
/// <param name="Slope">The trend's OLS slope a month, in the measure's units: "+23.4".</param>
/// <param name="Result">"Spike above (concern)", "neither", "not fired", "not evaluated: 14 of 24 months present".</param>
/// <param name="Fired">The fired symbols (icon, glyph, sentiment); empty unless Status is "fired".</param>
/// <param name="Reason">Why the row was not evaluated, or null.</param>
/// <param name="Status">"fired", "neither" (a pair or the peer position, none fired), "not-fired" (a single rule), "not-evaluated", or "not-applicable" (peer tests of a measure without a peer comparison; a level measure's rolling trend).</param>
/// <param name="HasFigures">False when every figure is "–" (a test not evaluated before any figure was formed).</param>
public sealed record ScorecardRowModel(
    string Rules,
    string Test,
    string Detail,
    string Window,
    string N,
    string Mean,
    string Sd,
    string Lower,
    string Upper,
    string Tested,
    string Slope,
    string P,
    string Status,
    string Result,
    IReadOnlyList<SymbolModel> Fired,
    string? Reason,
    bool HasFigures = true);

public sealed record NotEvaluatedModel(string MeasureId, string MeasureName, string Anchor, string Rules, string Reason);

public sealed record PeerGroupModel(string Name, string Force, string Members, string? AsOf);

/// <summary>An entry of the contents list, from a heading the report rendered (templates/_contents.*.sbn see these as <c>contents</c>).</summary>
/// <param name="Title">The heading's text, or its <c>data-contents-title</c>.</param>
/// <param name="Anchor">The heading's id in report.html.</param>
/// <param name="MarkdownAnchor">The anchor GitHub gives the heading in report.md.</param>
public sealed record ContentsEntry(string Title, string Anchor, string MarkdownAnchor);
