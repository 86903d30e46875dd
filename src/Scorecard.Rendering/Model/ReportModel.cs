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
    Markup? Palette = null);

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
public sealed record ParagraphModel(int? Number, Markup Html, string Markdown, string Source);

public sealed record KeyModel(IReadOnlyList<KeyGroupModel> Groups, IReadOnlyList<SentimentModel> Sentiments);

public sealed record KeyGroupModel(string Title, IReadOnlyList<SymbolModel> Symbols);

/// <summary>A sentiment colour, explained in the key.</summary>
public sealed record SentimentModel(string Id, string Label, string Description);

/// <summary>A symbol: in the key (sentiment "none"), or fired on a measure (coloured by sentiment).</summary>
/// <param name="Icon">Inline SVG with a title (tooltip) and an aria-label.</param>
/// <param name="Glyph">A plain-text stand-in for Markdown: "▲".</param>
/// <param name="Title">The tooltip text: short label, key text and sentiment.</param>
public sealed record SymbolModel(
    string Id,
    string ShortLabel,
    string KeyText,
    string Glyph,
    string Sentiment,
    string SentimentLabel,
    string Title,
    Markup Icon);

public sealed record PriorityModel(int Number, string Title, string Heading, string Anchor, IReadOnlyList<MeasureModel> Measures);

/// <summary>One measure: figures, symbols, paragraphs, charts and the full rule outcomes.</summary>
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
    IReadOnlyList<OutcomeModel> Outcomes);

/// <summary>Table-cell forms of the figures ("11,856", "16.5%", "12:47"); "–" when not available.</summary>
public sealed record FiguresModel(
    string PreviousQuarter,
    string Quarter,
    string Rolling12,
    string PreviousRolling12,
    string Change,
    string ChangePercent,
    string? Margin,
    string? DataTo = null);

/// <summary>An inline SVG chart with its caption and accessible description.</summary>
public sealed record ChartModel(string Id, string Kind, string Caption, string Description, Markup Svg);

/// <summary>One rule's outcome for one measure, for Appendix A.</summary>
/// <param name="Status">"fired", "not-fired" or "not-evaluated".</param>
/// <param name="Evidence">The figures behind it, so the symbol can be checked by hand.</param>
public sealed record OutcomeModel(
    string Id,
    string ShortLabel,
    string KeyText,
    string Status,
    string StatusLabel,
    string? Reason,
    string Evidence,
    SymbolModel Symbol);

public sealed record NotEvaluatedModel(string MeasureId, string MeasureName, string Anchor, string Rules, string Reason);

public sealed record PeerGroupModel(string Name, string Force, string Members, string? AsOf);

/// <param name="MarkdownAnchor">The anchor GitHub gives the heading in report.md.</param>
public sealed record ContentsEntry(string Title, string Anchor, string MarkdownAnchor);
