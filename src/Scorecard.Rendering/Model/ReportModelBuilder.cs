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
using Scorecard.Rendering.Charts;

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

        var contents = new List<ContentsEntry>();
        if (introduction is not null)
        {
            contents.Add(Entry(introduction.Heading, "introduction"));
        }

        contents.Add(Entry("Performance dashboard key", "key"));
        contents.Add(Entry("Performance dashboard", "dashboard"));
        contents.AddRange(priorities.Select(p => Entry(p.Heading, p.Anchor)));
        contents.Add(Entry("Appendix A: the scorecard", "appendix-a"));
        contents.Add(Entry("Data quality", "data-quality"));
        contents.Add(Entry("Method notes", "method-notes"));

        var peerGroup = info.PeerGroup is { } g
            ? new PeerGroupModel(g.Name, g.Force, string.Join(", ", g.Members), g.AsOf is { } asOf ? UkFormat.Date(asOf) : null)
            : null;

        // Measures with no figures at all (a new office's empty workbook): said once, plainly,
        // rather than test by test in the data-quality table.
        var withoutData = measures.Where(m => m.Flags.Any(f => f.Id == RuleIds.NoData) && HasNoFigures(m.Id)).ToList();
        var generated = clock.GetCurrentInstant().InUtc().Date;
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
            BuildKey(),
            priorities,
            measures,
            BuildNotEvaluated(measures.Except(withoutData).ToList()),
            peerGroup,
            contents,
            new Markup((info.Palette ?? SentimentPalette.Default).Css()),
            evaluation.Measures.Count(r => r.Measure.PeerKey is null))
        {
            Panel = Panel,
            CommissionerTitle = commissionerTitle,
            Logo = info.Logo?.DataUri,
            Footer = Footer,
            FooterCss = Markup.CssString(Footer),
            MeasuresWithoutData = withoutData,
        };
    }

    private string Panel => info.Panel ?? ReportInfo.DefaultPanel;

    private bool HasNoFigures(string measureId) => data.Find(measureId) is not { } s || s.Observations.All(o => o.RuleValue is null);

    /// <summary>"Performance report for the Police and Crime Panel".</summary>
    private string Footer => $"{info.Title ?? ReportInfo.DefaultTitle} for the {Panel}";

    private static ContentsEntry Entry(string title, string anchor) => new(title, anchor, GithubAnchor(title));

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

    private KeyModel BuildKey()
    {
        var key = evaluation.Key;
        SymbolModel Symbol(RuleDefinition rule) => KeySymbol(rule);
        var groups = new List<KeyGroupModel>
        {
            new("Compared with peers", key.Where(r => r.Group == RuleGroup.Peers && r.Direction != RuleDirection.None).Select(Symbol).ToList()),
            new("Exceptions: high", key.Where(r => r.Group == RuleGroup.ExceptionHigh).Select(Symbol).ToList()),
            new("Exceptions: low", key.Where(r => r.Group == RuleGroup.ExceptionLow).Select(Symbol).ToList()),
            new("Needs attention", key.Where(r => r.Direction == RuleDirection.None || r.Group == RuleGroup.NoData).Select(Symbol).ToList()),
        };
        var sentiments = new List<SentimentModel>
        {
            new("improvement", "Improvement", "The change is good news for this measure (a rise where higher is better, a fall where lower is better)."),
            new("concern", "Concern", "The change is bad news for this measure (a fall where higher is better, a rise where lower is better)."),
            new("neutral", "Neutral", "The measure has no good or bad direction (for example, a rise in reported domestic abuse can mean more victims come forward)."),
            new("attention", "Needs attention", "Missing data, or a direction of travel unlike the peer group's, whatever the measure's direction."),
        };
        return new KeyModel(groups.Where(g => g.Symbols.Count > 0).ToList(), sentiments);
    }

    internal static SymbolModel KeySymbol(RuleDefinition rule) =>
        new(rule.Id, rule.ShortLabel, rule.KeyText, Symbols.Glyph(rule.Id), "none", string.Empty, $"{rule.ShortLabel}: {rule.KeyText}",
            new Markup(Symbols.Icon(rule.Id, $"{rule.ShortLabel}: {rule.KeyText}", "sym")));

    internal static SymbolModel FiredSymbol(RuleOutcome outcome)
    {
        var sentiment = Symbols.SentimentId(outcome.Sentiment);
        var label = Symbols.SentimentLabel(outcome.Sentiment);
        var title = $"{outcome.Rule.ShortLabel}: {outcome.Rule.KeyText} ({label.ToLowerInvariant()})";
        return new SymbolModel(outcome.Id, outcome.Rule.ShortLabel, outcome.Rule.KeyText, Symbols.Glyph(outcome.Id), sentiment, label, title,
            new Markup(Symbols.Icon(outcome.Id, title, $"sym sym--{sentiment}")));
    }

    private MeasureModel BuildMeasure(MeasureResult result)
    {
        var measure = result.Measure;
        var prose = new MeasureProse(result, evaluation.Quarter, evaluation.Month, Force);
        var paragraphs = prose.Sentences()
            .Select(s => new ParagraphModel(++_paragraph, new Markup("<p>" + WebUtility.HtmlEncode(s) + "</p>"), s, "generated"))
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
            result.Flags.Select(FiredSymbol).ToList(),
            paragraphs,
            text is not null,
            exceptions.Count > 0,
            Charts(result, anchor),
            ScorecardTable.Rows(result));
    }

    private IReadOnlyList<string> Headline(MeasureResult result, MeasureProse prose)
    {
        var measure = result.Measure;
        var f = result.Figures;
        var (current, previous) = PeriodLabels();
        string V(double? v) => v is { } x ? UkFormat.Value(x, measure.Format) : "not available";
        var unit = measure.Kind == MeasureKind.Count && !string.IsNullOrWhiteSpace(measure.Unit) ? " " + measure.Unit.Trim() : string.Empty;
        var twelve = prose.Twelve;
        var latest = $"{V(twelve.Rolling12)}{unit}{prose.MarginText()} in the 12 months to {UkFormat.Month(twelve.Month)}";
        if (measure.Kind == MeasureKind.Level)
        {
            return twelve.Lagging
                ? [latest]
                : [$"{previous}: {V(f.PreviousQuarter)}", $"{current}: {V(f.Rolling12 ?? f.Quarter)}{prose.MarginText()}"];
        }

        var previousRolling = f.PreviousQuarterRolling12 is { } pr ? $" – {V(pr)} rolling 12 months" : string.Empty;
        // As the reference report: "Q1: 10,952 – 43,523 rolling 12 months", but "273 collisions in
        // the 12 months to June 2019" (the unit where no quarter label says what the number is).
        return
        [
            $"{previous}: {V(f.PreviousQuarter)}{previousRolling}",
            twelve.Lagging ? latest : $"{current}: {V(f.Quarter)} – {V(f.Rolling12)} rolling 12 months",
        ];
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
        string Short(double v) => UkFormat.ValueShort(v, measure.Format);
        if (series is not null && series.In(window).Any(p => p.Value is not null))
        {
            var monthly = series.In(window).ToList();
            var (mean, sd, bandWindow, fromRule) = Band(result, series, window);
            var marks = new List<ChartMark>();
            foreach (var flag in result.Flags.Where(f => f.Rule.Group is RuleGroup.ExceptionHigh or RuleGroup.ExceptionLow))
            {
                if (flag.Id.Contains("trend", StringComparison.Ordinal))
                {
                    continue; // a trend is about the whole window, not particular months
                }

                var months = flag.Evidence.Tested is { Count: > 0 } tested ? tested.Select(p => p.Month) : [t];
                marks.AddRange(months.Select(m => new ChartMark(m, flag.Rule.ShortLabel, Symbols.SentimentId(flag.Sentiment))));
            }

            var first = UkFormat.Month(window.First);
            var last = UkFormat.Month(window.Last);
            var bands = mean is { } mm && sd is { } ss
                ? $" The dashed line is the average of {bandWindow} ({Short(mm)}){(fromRule ? ", the average the shift test compared against" : string.Empty)}; the shaded bands are 1 and 2 standard deviations ({Short(ss)}) either side of it."
                : string.Empty;
            var flagged = marks.Count > 0 ? $" Diamonds mark the {marks.Select(m => m.Month).Distinct().Count()} months that raised a symbol." : string.Empty;
            var description = $"{measure.Name}, each month from {first} to {last}.{bands}{flagged} Latest month: {(series.ValueAt(t) is { } lv ? Short(lv) : "no value")}.";
            charts.Add(new ChartModel(
                anchor + "-monthly",
                "monthly",
                $"{measure.Name}: monthly figures, {first} to {last}, with the 24-month average and ±1 and ±2 standard deviation bands",
                description,
                new Markup(new MonthlyChart(anchor + "-monthly", $"{measure.Name}: monthly figures", description, monthly, Short, mean, sd, marks).ToSvg())));

            if (measure.Kind != MeasureKind.Level)
            {
                var rolling = window.Months().Select(m => (m, PeriodAggregate.Rolling12(measure.Kind, series, m).Value)).ToList();
                if (rolling.Count(p => p.Value is not null) >= 2)
                {
                    var rollingDescription = $"{measure.Name}, rolling 12-month figure at each month from {first} to {last}: each point covers the 12 months to that month. Latest: {(rolling[^1].Value is { } rv ? Short(rv) : "not available")}.";
                    charts.Add(new ChartModel(
                        anchor + "-rolling",
                        "rolling",
                        $"{measure.Name}: rolling 12-month {(measure.Kind == MeasureKind.Count ? "total" : "figure")}, {first} to {last}",
                        rollingDescription,
                        new Markup(new MonthlyChart(anchor + "-rolling", $"{measure.Name}: rolling 12 months", rollingDescription, rolling, Short, Height: 190, SeriesClass: "series-rolling").ToSvg())));
                }
            }
        }

        if (result.Peers is { Points.Count: > 0 } peers)
        {
            var prose = new MeasureProse(result, evaluation.Quarter, t, Force);
            string P(double v) => UkFormat.Number(v, 1);
            var at = UkFormat.Month(peers.ComparisonMonth);
            var unit = prose.PeerUnit.Length > 0 ? $" ({prose.PeerUnit})" : string.Empty;
            var description = $"{measure.Name}{unit}, 12 months to {at}, for the {peers.Points.Count} forces of the {peers.GroupName}, highest first. {peers.Force}: {P(peers.ForceValue)}; group average {P(peers.GroupMean)}; the shaded band is one standard deviation ({P(peers.GroupSd)}) either side of the average.";
            charts.Add(new ChartModel(
                anchor + "-peers",
                "peers",
                $"{measure.Name}{unit}: {peers.GroupName} position, 12 months to {at}",
                description,
                new Markup(new PeerChart(anchor + "-peers", $"{measure.Name}: peer comparison", description, peers, P, measure.Rules.Peers.K).ToSvg())));
        }

        return charts;
    }

    /// <summary>
    /// The average and SD the chart draws: those the shift rule tested (its evidence), so the chart
    /// shows exactly what the symbols were tested against; when the rule has none (suppressed by
    /// no-data), the same statistics over the charted window.
    /// </summary>
    private static (double? Mean, double? Sd, string Window, bool FromRule) Band(MeasureResult result, MonthlySeries series, MonthWindow window)
    {
        var charted = $"these {window.Length} months";
        if (result.Outcome(RuleIds.ShiftHigh)?.Evidence is { Mean: { } mean, Sd: { } sd, Window: { } tested })
        {
            return (mean, sd, tested == window.ToString() ? charted : $"the months {tested}", true);
        }

        var stats = WindowStatistics.Of(window, series.ValueAt);
        return (stats.Mean, stats.Sd, charted, false);
    }

    private List<NotEvaluatedModel> BuildNotEvaluated(IReadOnlyList<MeasureModel> measures)
    {
        var list = new List<NotEvaluatedModel>();
        foreach (var m in measures)
        {
            var result = evaluation.Measures.First(r => r.Measure.Id == m.Id);

            // A measure the office gave no peer comparison has nothing missing: it is counted once
            // (MeasuresWithoutPeers), not listed as a data-quality problem for each of its peer tests.
            var missing = result.Outcomes.Where(o => o.Status == RuleStatus.NotEvaluated
                && !(result.Measure.PeerKey is null && o.Rule.Group == RuleGroup.Peers && o.Reason == PeerComparer.NoPeerDataReason));
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
