using System.Net;
using System.Text;
using NodaTime;
using Scorecard.Core.Aggregation;
using Scorecard.Core.Diagnostics;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Periods;
using Scorecard.Core.Rules;
using Scorecard.Core.Series;
using Scorecard.Core.Spc;
using Scorecard.Rendering.Charts;
using Scorecard.Rendering.Safety;

namespace Scorecard.Rendering.Model;

/// <summary>
/// Turns an evaluated quarter, its data, the report's details and the office's commentary into
/// the template model. Paragraph numbers run through the whole document, as in the reference report.
/// </summary>
internal sealed class ReportModelBuilder(ScorecardEvaluation evaluation, MeasureData data, ReportInfo info, Commentary commentary, IClock clock)
{
    private readonly List<Diagnostic> _warnings = [];
    private int _paragraph;

    public IReadOnlyList<Diagnostic> Warnings => _warnings;

    private string Force => info.Force ?? info.PeerGroup?.Force ?? "The force";

    public ReportModel Build()
    {
        var quarter = evaluation.Quarter;
        var month = evaluation.Month;
        var quarterModel = new QuarterModel(
            quarter.Label,
            quarter.LongLabel,
            UkFormat.PeriodShortLabel(quarter, month),
            UkFormat.PeriodShortLabel(quarter.Previous, month.PlusMonths(-3)),
            UkFormat.PeriodProse(quarter, month),
            quarter.FinancialYear,
            UkFormat.Month(month),
            UkFormat.Month(month.PlusMonths(-12)),
            UkFormat.Date(quarter.LastDay));

        var commissionerTitle = info.CommissionerTitle ?? ReportInfo.DefaultCommissionerTitle;
        var introduction = commentary.Introduction is { } intro
            ? new IntroductionModel(
                info.Commissioner is { } c ? $"Introduction by {commissionerTitle} {c}" : $"Introduction by the {commissionerTitle}",
                CommentaryMarkdown.Blocks(intro).Select(b => new ParagraphModel(null, new Markup(b.Html), b.Markdown, "commentary")).ToList())
            : null;

        // Section order: the configured priorities, then any priority the evaluation names
        // that the configuration does not, then measures with no priority.
        var headings = info.Priorities.OrderBy(p => p.Number).ToList();
        foreach (var number in evaluation.Measures.Select(m => m.PriorityNumber).OfType<int>().Distinct().Order())
        {
            if (!headings.Exists(h => h.Number == number))
            {
                headings.Add(new PriorityHeading(number, $"Priority {number}"));
            }
        }

        var priorities = new List<PriorityModel>();
        var measures = new List<MeasureModel>();
        foreach (var heading in headings.OrderBy(h => h.Number))
        {
            var inPriority = evaluation.Measures.Where(m => m.PriorityNumber == heading.Number).Select(BuildMeasure).ToList();
            if (inPriority.Count == 0)
            {
                continue;
            }

            measures.AddRange(inPriority);
            priorities.Add(new PriorityModel(heading.Number, heading.Title, $"{heading.Number}. {heading.Title}", $"priority-{heading.Number}", inPriority));
        }

        var others = evaluation.Measures.Where(m => m.PriorityNumber is null).Select(BuildMeasure).ToList();
        if (others.Count > 0)
        {
            measures.AddRange(others);
            priorities.Add(new PriorityModel(0, "Other measures", "Other measures", "other-measures", others));
        }


        var peerGroup = info.PeerGroup is { } g
            ? new PeerGroupModel(g.Name, g.Force, string.Join(", ", g.Members), g.AsOf is { } asOf ? UkFormat.Date(asOf) : null)
            : null;

        // Measures with no figures at all (a new office's empty workbook): said once, plainly,
        // rather than test by test in the data-quality table.
        var withoutData = measures.Where(m => m.Flags.Any(f => f.Id == RuleIds.NoData) && HasNoFigures(m.Id)).ToList();
        var generated = clock.GetCurrentInstant().InUtc().Date;
        var keys = BuildKeys();
        return new ReportModel(
            info.Title ?? ReportInfo.DefaultTitle,
            info.Office,
            info.Force,
            info.Commissioner,
            info.PlanName,
            info.MeetingDate is { } d ? UkFormat.Date(d) : null,
            info.MeetingDate is { } md ? $"For {Panel} meeting {UkFormat.Date(md)}" : null,
            quarterModel,
            UkFormat.Date(generated),
            introduction,
            keys[0],
            priorities,
            measures,
            BuildNotEvaluated(measures.Except(withoutData).ToList()),
            peerGroup,
            new Markup((info.Palette ?? SentimentPalette.Default).Css()),
            evaluation.Measures.Count(r => r.Measure.PeerKey is null),
            MeasureNotices.DataIssues(evaluation))
        {
            Panel = Panel,
            CommissionerTitle = commissionerTitle,
            Logo = info.Logo?.DataUri,
            Footer = Footer,
            FooterCss = Markup.CssString(Footer),
            MeasuresWithoutData = withoutData,
            Keys = keys,
            AppendixTested = ReportModel.TestedMonths(KeyMeanings.CommonParameters(evaluation, RuleSet.DashboardKey)),
        };
    }

    private string Panel => info.Panel ?? ReportInfo.DefaultPanel;

    private bool HasNoFigures(string measureId) => data.Find(measureId) is not { } s || s.Observations.All(o => o.RuleValue is null);

    /// <summary>"Performance report for the Police and Crime Panel".</summary>
    private string Footer => $"{info.Title ?? ReportInfo.DefaultTitle} for the {Panel}";

    /// <summary>The anchor GitHub generates for a Markdown heading: lower case, punctuation dropped, spaces to hyphens.</summary>
    internal static string GithubAnchor(string heading)
    {
        var sb = new StringBuilder();
        foreach (var ch in heading.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(ch) || ch is '-' or '_')
            {
                sb.Append(ch);
            }
            else if (ch == ' ')
            {
                sb.Append('-');
            }
        }

        return sb.ToString();
    }

    /// <summary>One key per rule set in use, the first with the id "key" (the contents and the dashboard link to it).</summary>
    private List<KeyModel> BuildKeys() =>
        evaluation.RuleSets.Select((set, i) => BuildKey(set, i == 0 ? "key" : "key-" + Slug(set.Id))).ToList();

    private KeyModel BuildKey(RuleSet set, string anchor)
    {
        // The key's words use the parameters most of the set's measures share: the configuration's own.
        var parameters = KeyMeanings.CommonParameters(evaluation, set);
        var groups = set.KeyGroups
            .Select(g => new KeyGroupModel(g.Title, g.Symbols.Select(rule => KeySymbol(set, rule, parameters)).ToList()))
            .Where(g => g.Symbols.Count > 0)
            .ToList();
        var sentiments = new List<SentimentModel>
        {
            new("improvement", "Improvement", "The change is good news for this measure (a rise where higher is better, a fall where lower is better)."),
            new("concern", "Concern", "The change is bad news for this measure (a fall where higher is better, a rise where lower is better)."),
            new("neutral", "Neutral", "The measure has no good or bad direction (for example, a rise in reported domestic abuse can mean more victims come forward)."),
            new("attention", "Needs attention", "Missing data, or a direction of travel unlike the peer group's, whatever the measure's direction."),
        };
        var chart = set.Chart == RuleSetChart.Xmr ? "xmr" : "bands";
        var icons = set.Chart == RuleSetChart.Xmr ? SpcIcons.Key() : [];
        return new KeyModel(groups, sentiments, set.Id, set.Title, set.Description, chart, anchor, icons);
    }

    /// <summary>A symbol as its set's key lists it: the set's words for <paramref name="parameters"/>.</summary>
    internal static SymbolModel KeySymbol(RuleSet set, RuleDefinition rule, RuleParameters parameters)
    {
        var keyText = set.KeyText(rule, parameters);
        var title = $"{rule.ShortLabel}: {keyText}";
        return new(rule.Id, rule.ShortLabel, keyText, Symbols.Glyph(rule.Id), "none", string.Empty, title,
            new Markup(Symbols.Icon(rule.Id, title, "sym")), set.Meaning(rule, parameters));
    }

    /// <summary>A symbol fired on a measure: its set's words for the measure's own parameters, coloured by sentiment.</summary>
    internal static SymbolModel FiredSymbol(MeasureResult result, RuleOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(outcome);
        var set = result.RuleSet;
        var parameters = result.Measure.Rules;
        var keyText = set.KeyText(outcome.Rule, parameters);
        var sentiment = Symbols.SentimentId(outcome.Sentiment);
        var label = Symbols.SentimentLabel(outcome.Sentiment);
        var title = $"{outcome.Rule.ShortLabel}: {keyText} ({label.ToLowerInvariant()})";
        return new SymbolModel(outcome.Id, outcome.Rule.ShortLabel, keyText, Symbols.Glyph(outcome.Id), sentiment, label, title,
            new Markup(Symbols.Icon(outcome.Id, title, $"sym sym--{sentiment}")), set.Meaning(outcome.Rule, parameters));
    }

    private MeasureModel BuildMeasure(MeasureResult result)
    {
        var measure = result.Measure;
        var prose = new MeasureProse(result, evaluation.Quarter, evaluation.Month, Force);
        // The XmR chart's summary sentence belongs to the headline box, beside the icons, not to the paragraphs.
        var sentences = prose.Sentences();
        var summary = sentences.FirstOrDefault(s => s.Kind == "spc-summary");
        var paragraphs = sentences.Where(s => s != summary)
            .Select(s => new ParagraphModel(++_paragraph, Markup.Empty, MarkdownText.Empty, "generated", s.Kind, s))
            .ToList();

        var text = commentary.For(measure.Id);
        if (text is not null)
        {
            foreach (var block in CommentaryMarkdown.Blocks(text))
            {
                paragraphs.Add(new ParagraphModel(block.IsParagraph ? ++_paragraph : null, new Markup(block.Html), block.Markdown, "commentary"));
            }
        }

        var exceptions = result.Flags.Where(MeasureProse.IsException).ToList();
        // A measure with no figures at all needs its figures, not commentary: "no data yet" says so.
        if (exceptions.Count > 0 && text is null && !(result.Outcome(RuleIds.NoData)?.Fired == true && HasNoFigures(measure.Id)))
        {
            _warnings.Add(RenderingDiagnostics.MissingCommentary(measure.Id, measure.Name, exceptions.Select(e => e.Id), commentary.FileFor(measure.Id), Panel));
        }

        var anchor = "m-" + Slug(measure.Id);
        return new MeasureModel(
            measure.Id,
            measure.Name,
            anchor,
            KindId(measure.Kind),
            PolarityId(measure.Polarity),
            PolarityLabel(measure.Polarity),
            measure.Description,
            result.PriorityNumber,
            Headline(result, prose),
            Figures(result, prose),
            result.Flags.Select(f => FiredSymbol(result, f)).ToList(),
            paragraphs,
            text is not null,
            exceptions.Count > 0,
            Charts(result, anchor),
            ScorecardTable.Rows(result),
            MeasureNotices.NotRun(result, evaluation.Month),
            measure.PeerKey is not null,
            measure.DataIssues.Select(i => MeasureNotices.Issue(i, measure.Name)).ToList(),
            SlopeUnit(measure),
            Values(result, prose),
            measure.Format,
            Peer(result, prose),
            Spc(result, summary));
    }

    /// <summary>A "Making Data Count" measure's chart for the templates: icons, summary sentence, lines and points; null for the dashboard key.</summary>
    private static SpcModel? Spc(MeasureResult result, SentenceModel? summary)
    {
        if (!result.RuleSet.UsesXmrCharts || result.Spc is not { } chart)
        {
            return null;
        }

        var format = result.Measure.Format;
        string? target = chart.Target is { } t ? XmrChartDrawing.TargetText(t, format) : null;
        if (chart.Points.Count == 0 || summary is null)
        {
            // No value up to the reporting month: no chart and no icons, but still a measure of the set.
            return new SpcModel(SpcIcons.Model(VariationIcon.None), SpcIcons.Model(AssuranceIcon.None), null, string.Empty, false,
                chart.Parameters.MinimumPoints, "–", null, null, target, string.Empty, []);
        }

        string S(double v) => XmrChartDrawing.LineText(v, format);
        var last = chart.Periods[^1].Lines;
        var first = chart.Points[0].Month;
        return new SpcModel(
            SpcIcons.Model(chart.VariationIcon),
            SpcIcons.Model(chart.AssuranceIcon),
            summary,
            $"{UkFormat.Month(first)} to {UkFormat.Month(chart.Points[^1].Month)}",
            chart.HasLimits,
            chart.Parameters.MinimumPoints,
            S(last.Mean),
            last.UpperLimit is { } u ? S(u) : null,
            last.LowerLimit is { } l ? S(l) : null,
            target,
            string.Join(", ", chart.Gaps.Select(UkFormat.Month)),
            chart.Points.Select(p => new XmrPointModel(
                EnglishDates.Iso(p.Month),
                UkFormat.Month(p.Month),
                p.Value,
                p.Lines.Mean,
                p.Lines.UpperLimit,
                p.Lines.LowerLimit,
                Core.Spc.SpcNames.Of(p.Variation),
                p.Period + 1)).ToList());
    }

    private static ValuesModel Values(MeasureResult result, MeasureProse prose)
    {
        var f = result.Figures;
        var twelve = prose.Twelve;
        return new ValuesModel(f.Quarter, f.PreviousQuarter, twelve.Rolling12, twelve.PreviousRolling12, twelve.ChangeAbsolute, twelve.ChangePercent, f.SameQuarterLastYear, f.LatestMonthValue);
    }

    private static PeerModel? Peer(MeasureResult result, MeasureProse prose) => result.Peers is { } p
        ? new PeerModel(
            p.Rank,
            p.Points.Count,
            p.ForceValue,
            p.GroupMean,
            p.GroupSd,
            p.GroupName,
            UkFormat.Month(p.ComparisonMonth),
            prose.PeerUnit,
            p.ForceValue > p.GroupMean ? "above" : p.ForceValue < p.GroupMean ? "below" : "equal to")
        : null;

    /// <summary>What a trend's slope is measured in, for the appendix: "crimes a month", "percentage points a month", "seconds a month".</summary>
    private static string SlopeUnit(Measure measure) => measure.Format.Style switch
    {
        ValueStyle.Percent => "percentage points a month",
        ValueStyle.Duration => "seconds a month",
        _ when !string.IsNullOrWhiteSpace(measure.Unit) => $"{measure.Unit.Trim()} a month",
        _ => "a month",
    };

    private IReadOnlyList<string> Headline(MeasureResult result, MeasureProse prose)
    {
        var measure = result.Measure;
        var f = result.Figures;
        var (current, previous) = PeriodLabels();
        string V(double? v) => v is { } x ? HeadlineValue(x, measure) : "not available";
        string Bare(double? v) => v is { } x ? HeadlineValue(x, measure, withUnit: false) : "not available";
        var twelve = prose.Twelve;
        var latest = $"{V(twelve.Rolling12)}{prose.MarginText()} in the 12 months to {UkFormat.Month(twelve.Month)}";
        if (measure.Kind == MeasureKind.Level)
        {
            return twelve.Lagging
                ? [latest]
                : [$"{previous}: {V(f.PreviousQuarter)}", $"{current}: {V(f.Rolling12 ?? f.Quarter)}{prose.MarginText()}"];
        }

        var previousRolling = f.PreviousQuarterRolling12 is { } pr ? $" – {Bare(pr)} rolling 12 months" : string.Empty;
        // As the reference report: "Q1: 668 crimes – 2,999 rolling 12 months", and "273 collisions
        // in the 12 months to June 2019" for figures that lag the quarter.
        return
        [
            $"{previous}: {V(f.PreviousQuarter)}{previousRolling}",
            twelve.Lagging ? latest : $"{current}: {V(f.Quarter)} – {Bare(f.Rolling12)} rolling 12 months",
        ];
    }

    /// <summary>A figure as the headline box prints it, with its unit: "10,952 crimes", "16.5 per cent", "10 min 26 s", "14.2 days lost per person".</summary>
    internal static string HeadlineValue(double value, Measure measure, bool withUnit = true)
    {
        var unit = withUnit && !string.IsNullOrWhiteSpace(measure.Unit) ? " " + measure.Unit.Trim() : string.Empty;
        return measure.Format.Style switch
        {
            ValueStyle.Percent => UkFormat.Percent(value, measure.Format.Decimals),
            ValueStyle.Duration => UkFormat.DurationShort(value),
            _ when measure.Kind is MeasureKind.Count or MeasureKind.Level => UkFormat.Number(value, measure.Format.Decimals) + unit,
            _ => UkFormat.Number(value, measure.Format.Decimals),
        };
    }

    /// <summary>"Q2" and "Q1", or "Jun–Aug 2019" and "Mar–May 2019" when T does not end its quarter.</summary>
    private (string Current, string Previous) PeriodLabels() =>
        (UkFormat.PeriodShortLabel(evaluation.Quarter, evaluation.Month),
         UkFormat.PeriodShortLabel(evaluation.Quarter.Previous, evaluation.Month.PlusMonths(-3)));

    private static FiguresModel Figures(MeasureResult result, MeasureProse prose)
    {
        var f = result.Figures;
        var twelve = prose.Twelve;
        var format = result.Measure.Format;
        const string None = "–";
        string S(double? v) => v is { } x ? UkFormat.ValueShort(x, format) : None;
        return new FiguresModel(
            S(f.PreviousQuarter),
            S(f.Quarter),
            S(twelve.Rolling12),
            S(twelve.PreviousRolling12),
            twelve.ChangeAbsolute is { } c ? UkFormat.DifferenceShort(c, format) : None,
            twelve.ChangePercent is { } p && format.Style != ValueStyle.Percent ? UkFormat.ChangePercentShort(p) : None,
            prose.MarginText().Trim() is { Length: > 0 } m ? m : null,
            twelve.Lagging ? $"to {UkFormat.Month(twelve.Month)}" : null);
    }

    private List<ChartModel> Charts(MeasureResult result, string anchor)
    {
        var measure = result.Measure;
        var charts = new List<ChartModel>();
        var series = data.Find(measure.Id);
        var t = evaluation.Month;
        var window = MonthWindow.Ending(t, 24);
        var first = UkFormat.Month(window.First);
        var last = UkFormat.Month(window.Last);
        var xmr = result.RuleSet.UsesXmrCharts ? result.Spc : null;
        if (xmr is { Points.Count: > 0 })
        {
            if (XmrChartModel(result, xmr, anchor) is { } xmrChart)
            {
                charts.Add(xmrChart);
            }
        }

        if (series is not null && series.In(window).Any(p => p.Value is not null))
        {
            var monthly = series.In(window).ToList();
            var (lower, upper) = Bounds(measure, series);
            var lines = Lines(result);
            var marks = new List<ChartMark>();
            foreach (var flag in result.Flags.Where(f => f.Rule.Group is RuleGroup.ExceptionHigh or RuleGroup.ExceptionLow))
            {
                if (!flag.Rule.MarksMonths)
                {
                    continue; // a trend is about the whole window, not particular months
                }

                var months = flag.Evidence.Tested is { Count: > 0 } tested ? tested.Select(p => p.Month) : [t];
                marks.AddRange(months.Select(m => new ChartMark(m, flag.Rule.ShortLabel, Symbols.SentimentId(flag.Sentiment))));
            }

            var annotations = Annotations(measure, window);
            // The XmR chart (above) stands for the monthly chart of a "Making Data Count" measure.
            if (xmr is null)
            {
                var description = $"{measure.Name}, each month from {first} to {last}. Latest month: {(series.ValueAt(t) is { } lv ? UkFormat.ValueShort(lv, measure.Format) : "no value")}.";
                var chart = new MonthlyChart(anchor + "-monthly", $"{measure.Name}: monthly figures", description, monthly, measure.Format,
                    AxisTitle(measure, rolling: false), lower, upper, lines, marks, annotations).Draw();
                if (chart is null)
                {
                    _warnings.Add(RenderingDiagnostics.ChartSkipped(measure.Id, measure.Name, "monthly"));
                }
                else
                {
                    var caption = Sentences(
                        $"{measure.Name}: monthly figures, {first} to {last}",
                        LinesCaption(result, lines),
                        marks.Count > 0 ? $"Diamonds mark the {UkFormat.Plural(marks.Select(m => m.Month).Distinct().Count(), "month")} that raised a symbol" : null,
                        annotations.Count > 0 ? "A vertical line marks a known data issue (see Data quality)" : null,
                        string.Join(". ", chart.Notes));
                    charts.Add(new ChartModel(anchor + "-monthly", "monthly", caption, description, new Markup(chart.Svg)));
                }
            }

            if (measure.Kind != MeasureKind.Level)
            {
                var rolling = window.Months().Select(m => (m, PeriodAggregate.Rolling12(measure.Kind, series, m).Value)).ToList();
                if (rolling.Count(p => p.Value is not null) >= 2)
                {
                    var what = measure.Kind == MeasureKind.Count ? "total" : "figure";
                    var rollingDescription = $"{measure.Name}, rolling 12-month {what} at each month from {first} to {last}: each point covers the 12 months to that month. Latest: {(rolling[^1].Value is { } rv ? UkFormat.ValueShort(rv, measure.Format) : "not available")}.";
                    var drawn = new MonthlyChart(anchor + "-rolling", $"{measure.Name}: rolling 12 months", rollingDescription, rolling, measure.Format,
                        AxisTitle(measure, rolling: true), lower, upper, MinimumRelativeSpan: 0.1, Height: 165, SeriesClass: "series-rolling").Draw();
                    if (drawn is null)
                    {
                        _warnings.Add(RenderingDiagnostics.ChartSkipped(measure.Id, measure.Name, "rolling 12-month"));
                    }
                    else
                    {
                        var caption = Sentences($"{measure.Name}: rolling 12-month {what}, {first} to {last}; each point covers the 12 months to that month", string.Join(". ", drawn.Notes));
                        charts.Add(new ChartModel(anchor + "-rolling", "rolling", caption, rollingDescription, new Markup(drawn.Svg)));
                    }
                }
            }
        }

        if (result.Peers is { Points.Count: > 0 } peers)
        {
            var prose = new MeasureProse(result, evaluation.Quarter, t, Force);
            string P(double v) => UkFormat.Number(v, 1);
            var at = UkFormat.Month(peers.ComparisonMonth);
            var unit = prose.PeerUnit.Length > 0 ? $" ({prose.PeerUnit})" : string.Empty;
            var k = measure.Rules.Peers.K;
            var sdWords = k == 1 ? "one standard deviation" : $"{UkFormat.Number(k, 1)} standard deviations";
            var description = $"{measure.Name}{unit}, 12 months to {at}, for the {peers.Points.Count} forces of the {peers.GroupName}, highest first. {peers.Force}: {P(peers.ForceValue)}; group average {P(peers.GroupMean)}; the shaded band is {sdWords} ({P(peers.GroupSd * k)}) either side of the average: a force inside it is in line with its peers.";
            var drawn = new PeerChart(anchor + "-peers", $"{measure.Name}: peer comparison", description, peers, P,
                prose.PeerUnit.Length > 0 ? prose.PeerUnit : "value", k, prose.PeerUnit == "per cent").Draw();
            if (drawn is null)
            {
                _warnings.Add(RenderingDiagnostics.ChartSkipped(measure.Id, measure.Name, "peer"));
            }
            else
            {
                charts.Add(new ChartModel(
                    anchor + "-peers",
                    "peers",
                    $"{measure.Name}{unit}: {peers.GroupName} position, 12 months to {at}. The dashed line is the group average; the shaded band, {sdWords} either side of it, is \"in line with peers\".",
                    description,
                    new Markup(drawn.Svg)));
            }
        }

        return charts;
    }

    /// <summary>
    /// A "Making Data Count" measure's XmR chart, with a caption that says what every mark and line is
    /// and a text alternative that says what the chart shows: the lines, the special cause points and
    /// the latest month, in words.
    /// </summary>
    private ChartModel? XmrChartModel(MeasureResult result, Core.Spc.XmrChart xmr, string anchor)
    {
        var measure = result.Measure;
        var format = measure.Format;
        string S(double v) => UkFormat.ValueShort(v, format);
        string L(double v) => XmrChartDrawing.LineText(v, format);
        var months = $"{UkFormat.Month(xmr.Points[0].Month)} to {UkFormat.Month(xmr.Points[^1].Month)}";
        var values = xmr.Points.Select(p => p.Value).ToList();
        double? lowerBound = values.TrueForAll(v => v >= 0) ? 0 : null;
        double? upperBound = format.Style == ValueStyle.Percent && values.TrueForAll(v => v <= 100) ? 100 : null;
        var lines = xmr.Periods[^1].Lines;
        var latest = xmr.Points[^1];

        // The text alternative: what a reader of the picture would see.
        var said = new List<string>
        {
            $"{measure.Name}: statistical process control chart of {UkFormat.Plural(xmr.Points.Count, "monthly point")}, {months}",
        };
        if (xmr.HasLimits && lines is { UpperLimit: { } upper, LowerLimit: { } lower })
        {
            said.Add(xmr.Periods.Count > 1
                ? $"The limits were recalculated {UkFormat.Plural(xmr.Periods.Count - 1, "time")}; in the latest period the average is {L(lines.Mean)} and the process limits are {L(lower)} and {L(upper)}"
                : $"Average {L(lines.Mean)}; process limits {L(lower)} and {L(upper)}");
        }
        else
        {
            said.Add($"Average {L(lines.Mean)}; no process limits: the chart has {UkFormat.Plural(xmr.Points.Count, "point")} and limits need at least {xmr.Parameters.MinimumPoints}");
        }

        foreach (var kind in new[] { Core.Spc.Variation.Improvement, Core.Spc.Variation.Concern, Core.Spc.Variation.Neither })
        {
            var marked = xmr.Points.Where(p => p.Variation == kind).ToList();
            if (marked.Count > 0)
            {
                var what = kind switch
                {
                    Core.Spc.Variation.Improvement => "special cause variation of improving nature",
                    Core.Spc.Variation.Concern => "special cause variation of concerning nature",
                    _ => "special cause variation, neither improving nor concerning",
                };
                said.Add($"{UkFormat.Plural(marked.Count, "point")} {(marked.Count == 1 ? "shows" : "show")} {what}: {MonthList(marked.Select(p => p.Month).ToList())}");
            }
        }

        said.Add($"Latest, {UkFormat.Month(latest.Month)}: {S(latest.Value)}, {XmrChartDrawing.VariationWords(latest)}");
        if (xmr.Target is { } target)
        {
            said.Add($"Target {XmrChartDrawing.TargetText(target, format)}: {SpcIcons.Name(xmr.AssuranceIcon).ToLowerInvariant()}");
        }

        var description = Sentences([.. said]);
        var drawn = new XmrChartDrawing(anchor + "-xmr", $"{measure.Name}: statistical process control chart", description, xmr, format,
            AxisTitle(measure, rolling: false), lowerBound, upperBound).Draw();
        if (drawn is null)
        {
            _warnings.Add(RenderingDiagnostics.ChartSkipped(measure.Id, measure.Name, "statistical process control"));
            return null;
        }

        var shapes = xmr.HasLimits
            ? "Small grey dots are common cause variation (chance); large circles are special cause of improving nature, squares of concerning nature, triangles neither"
            : null;
        var caption = Sentences(
            $"{measure.Name}: statistical process control (XmR) chart, {months}",
            xmr.HasLimits
                ? "The solid line is the average; the dashed lines are the process limits (the average ± 2.66 times the average month-to-month change), between which the figures vary by chance"
                : $"The solid line is the average. There are no process limits yet: the chart has {UkFormat.Plural(xmr.Points.Count, "point")} and limits need at least {xmr.Parameters.MinimumPoints}, so no point can be called special cause",
            shapes,
            xmr.Periods.Count > 1 ? $"The limits were recalculated from {string.Join(" and ", xmr.Periods.Skip(1).Select(p => UkFormat.Month(p.Months.First)))} (a vertical line marks each break)" : null,
            xmr.Periods.FirstOrDefault(p => p.IsBaseline && p.Basis.Last < p.Months.Last) is { } baseline
                ? $"The {(xmr.Periods.Count > 1 ? "first period's " : string.Empty)}lines come from the baseline, {UkFormat.Month(baseline.Basis.First)} to {UkFormat.Month(baseline.Basis.Last)} (shaded), extended to {UkFormat.Month(baseline.Months.Last)}"
                : null,
            xmr.Target is { } t2 ? $"The dash-dot line is the target, {XmrChartDrawing.TargetText(t2, format)}" : null,
            xmr.Gaps.Count > 0 ? $"No value for {MonthList(xmr.Gaps)}: the line is broken there" : null,
            string.Join(". ", drawn.Notes));
        return new ChartModel(anchor + "-xmr", "xmr", caption, description, new Markup(drawn.Svg));
    }

    /// <summary>Months in words, runs joined: "March to September 2019", "June 2018 and March to May 2019".</summary>
    private static string MonthList(IReadOnlyList<YearMonth> months)
    {
        var runs = new List<(YearMonth First, YearMonth Last)>();
        foreach (var m in months.Order())
        {
            if (runs.Count > 0 && runs[^1].Last.PlusMonths(1) == m)
            {
                runs[^1] = (runs[^1].First, m);
            }
            else
            {
                runs.Add((m, m));
            }
        }

        var words = runs.Select(r => r.First == r.Last ? UkFormat.Month(r.First)
            : r.First.Year == r.Last.Year ? $"{EnglishDates.MonthName(r.First.Month)} to {UkFormat.Month(r.Last)}"
            : $"{UkFormat.Month(r.First)} to {UkFormat.Month(r.Last)}").ToList();
        return words.Count == 1 ? words[0] : string.Join(", ", words.Take(words.Count - 1)) + " and " + words[^1];
    }

    /// <summary>The office's known data issues inside the charted window, as labelled lines.</summary>
    private static List<ChartAnnotation> Annotations(Measure measure, MonthWindow window) =>
        measure.DataIssues
            .Where(i => i.From <= window.Last && (i.Kind == DataIssueKind.MethodChange ? i.From >= window.First : i.To >= window.First))
            .Select(i => new ChartAnnotation(
                i.From < window.First ? window.First : i.From,
                i.Kind switch { DataIssueKind.MethodChange => "new method", DataIssueKind.Outage => "outage", _ => "note" }))
            .ToList();

    /// <summary>Joins caption parts into sentences, leaving out the empty ones.</summary>
    private static string Sentences(params string?[] parts) =>
        string.Join(" ", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.TrimEnd('.') + "."));

    /// <summary>
    /// What the measure can never be: below 0 when every value it has ever had is 0 or more (counts,
    /// times, rates), above 100 when it is a percentage that has never exceeded 100.
    /// </summary>
    private static (double? Lower, double? Upper) Bounds(Measure measure, MonthlySeries series)
    {
        var values = series.Observations.Select(o => o.RuleValue).OfType<double>().ToList();
        double? lower = values.TrueForAll(v => v >= 0) ? 0 : null;
        double? upper = measure.Format.Style == ValueStyle.Percent && values.TrueForAll(v => v <= 100) ? 100 : null;
        return (lower, upper);
    }

    /// <summary>"crimes per month", "per cent", "average time", "crimes in 12 months" (short: it runs up the chart's side).</summary>
    private static string AxisTitle(Measure measure, bool rolling)
    {
        var unit = string.IsNullOrWhiteSpace(measure.Unit) ? null : measure.Unit.Trim();
        return (measure.Format.Style, measure.Kind, rolling) switch
        {
            (ValueStyle.Percent, _, false) => "per cent",
            (ValueStyle.Percent, _, true) => "per cent, 12 months",
            (ValueStyle.Duration, MeasureKind.Mean, false) => "average time",
            (ValueStyle.Duration, _, false) => "time",
            (ValueStyle.Duration, _, true) => "average time, 12 months",
            (_, MeasureKind.Count, false) => $"{unit ?? "count"} per month",
            (_, MeasureKind.Count, true) => $"{unit ?? "count"} in 12 months",
            (_, _, false) => unit ?? "value",
            _ => $"{unit ?? "value"}, 12 months",
        };
    }

    /// <summary>
    /// The lines the rules tested against, from their own evidence: the shift test's average and
    /// ±k SD band, and the spike test's ±k SD lines (its window ends the month before the tested month).
    /// </summary>
    private static ChartLines? Lines(MeasureResult result)
    {
        if (result.RuleSet.BandRules is not { } band)
        {
            return null;
        }

        var shift = result.Outcome(band.Band)?.Evidence;
        var spike = band.Spike is { } spikeId ? result.Outcome(spikeId)?.Evidence : null;
        var p = result.Measure.Rules;
        if (shift?.Mean is null && spike?.Mean is null)
        {
            return null;
        }

        return new ChartLines(shift?.Mean, shift?.Sd, shift?.K ?? p.Shift.K, spike?.Mean, spike?.Sd, spike?.K ?? p.Spike.K);
    }

    /// <summary>The caption's account of the lines and the windows they come from.</summary>
    private static string? LinesCaption(MeasureResult result, ChartLines? lines)
    {
        if (lines is null)
        {
            return null;
        }

        var parts = new List<string>();
        var rules = result.RuleSet.BandRules!;
        var shift = result.Outcome(rules.Band);
        var run = rules.Run is { } runId ? result.Outcome(runId) : null;
        var spike = rules.Spike is { } spikeId ? result.Outcome(spikeId) : null;
        if (lines.Mean is not null && shift?.Evidence.Window is { } shiftWindow)
        {
            var tests = run?.Evidence.Window == shiftWindow ? "the shift and run tests" : "the shift test";
            var band = lines.Sd is not null ? $" and the shaded band ±{K(lines.BandK)} standard deviation{(lines.BandK == 1 ? string.Empty : "s")} around it" : string.Empty;
            parts.Add($"The dashed line is the average of {WindowWords(shiftWindow)}{band} ({tests})");
        }

        if (lines.SpikeHigh is not null && spike?.Evidence.Window is { } spikeWindow)
        {
            parts.Add($"the dotted lines are ±{K(lines.SpikeK)} standard deviations around the average of {WindowWords(spikeWindow)} (the spike test)");
        }

        if (parts.Count == 0)
        {
            return null;
        }

        var text = string.Join("; ", parts);
        var notRun = new[] { shift, spike }.FirstOrDefault(o => o?.Status == RuleStatus.NotEvaluated);
        if (notRun is not null)
        {
            text += $". The tests were not run ({notRun.Reason}); the lines are shown for reference";
        }

        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static string K(double k) => UkFormat.Number(k, k % 1 == 0 ? 0 : 1);

    /// <summary>"2017-10..2019-09" as "the 24 months October 2017 to September 2019".</summary>
    private static string WindowWords(string window)
    {
        var parts = window.Split("..");
        var pattern = NodaTime.Text.YearMonthPattern.Iso;
        if (parts.Length == 2 && pattern.Parse(parts[0]) is { Success: true } a && pattern.Parse(parts[1]) is { Success: true } b)
        {
            var w = new MonthWindow(a.Value, b.Value);
            return $"the {w.Length} months {UkFormat.Month(w.First)} to {UkFormat.Month(w.Last)}";
        }

        return window;
    }

    private List<NotEvaluatedModel> BuildNotEvaluated(IReadOnlyList<MeasureModel> measures)
    {
        var list = new List<NotEvaluatedModel>();
        foreach (var m in measures)
        {
            var result = evaluation.Measures.First(r => r.Measure.Id == m.Id);

            // A test that can never run for the measure by design (no peer comparison configured, a
            // level's rolling trend) is not a data-quality problem: the appendix says so once.
            var missing = result.Outcomes.Where(o => o.Status == RuleStatus.NotEvaluated && !MeasureNotices.IsNotApplicable(o));
            foreach (var group in missing.GroupBy(o => o.Reason ?? "no reason given"))
            {
                list.Add(new NotEvaluatedModel(m.Id, m.Name, m.Anchor, string.Join(", ", group.Select(o => o.Rule.ShortLabel)), group.Key));
            }
        }

        return list;
    }

    private static string KindId(MeasureKind kind) => kind switch
    {
        MeasureKind.Count => "count",
        MeasureKind.Ratio => "ratio",
        MeasureKind.Mean => "mean",
        _ => "level",
    };

    private static string PolarityId(Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => "higher-is-better",
        Polarity.LowerIsBetter => "lower-is-better",
        _ => "neutral",
    };

    private static string PolarityLabel(Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => "Higher is better",
        Polarity.LowerIsBetter => "Lower is better",
        _ => "Neither higher nor lower is better",
    };

    internal static string Slug(string text)
    {
        var sb = new StringBuilder();
        foreach (var ch in text.ToLowerInvariant())
        {
            sb.Append(char.IsAsciiLetterOrDigit(ch) ? ch : '-');
        }

        return sb.ToString();
    }
}
