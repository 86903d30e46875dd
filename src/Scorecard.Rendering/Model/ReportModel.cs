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
    IReadOnlyList<ContentsEntry> Contents,
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
/// <param name="Html">The paragraph's HTML body (escaped text or Markdown rendered with raw HTML disabled).</param>
/// <param name="Markdown">The same for report.md.</param>
/// <param name="Source">"generated" for the report's own sentences, "commentary" for the office's text.</param>
/// <param name="Kind">What the paragraph says: a generated sentence's kind ("figures", "change", "data-issue", "spike", "trend", "peer-position", …) or "commentary".</param>
public sealed record ParagraphModel(int? Number, Markup Html, string Markdown, string Source, string Kind = "commentary");

public sealed record KeyModel(IReadOnlyList<KeyGroupModel> Groups, IReadOnlyList<SentimentModel> Sentiments);

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
    PeerModel? Peer = null)
{
    /// <summary>True when the measure fired an exception and the office wrote nothing about it: the report says so where the commentary would be.</summary>
    public bool CommentaryMissing => HasExceptions && !HasCommentary;
}

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

/// <param name="MarkdownAnchor">The anchor GitHub gives the heading in report.md.</param>
public sealed record ContentsEntry(string Title, string Anchor, string MarkdownAnchor);
