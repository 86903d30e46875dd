using System.Globalization;
using NodaTime;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Peers;
using Scorecard.Core.Periods;
using Scorecard.Core.Series;

namespace Scorecard.Rendering.Tests;

/// <summary>The report must be whole however many measures it has: a size limit may stop a render, never cut it short.</summary>
public sealed class LargeReportTests
{
    [Fact]
    public void A_report_of_fifty_measures_is_rendered_whole_to_its_last_section()
    {
        var quarter = new FinancialQuarter(2019, 2);
        var random = new Random(7);
        var series = Enumerable.Range(1, 50).Select(i => new MonthlySeries(
            string.Create(CultureInfo.InvariantCulture, $"measure-{i:00}"),
            Enumerable.Range(0, 72).Select(m => new MonthlyObservation(new YearMonth(2014, 4).PlusMonths(m), Value: 1000 + random.Next(300) + (5 * m))))).ToList();
        var measures = series.Select((s, i) => (Measure: Measure.Default(s.MeasureId) with { Name = $"Measure number {i + 1}" }, Priority: (int?)((i % 4) + 1))).ToList();
        var evaluation = ScorecardEvaluator.Default.Evaluate(measures, new MeasureData(series), PeerData.Empty, null, quarter, quarter.LastMonth);
        var info = Fixtures.Info with { Priorities = Enumerable.Range(1, 4).Select(n => new PriorityHeading(n, $"Priority {n}")).ToList() };

        var result = new ReportRenderer(null, Fixtures.Clock).Render(evaluation, new MeasureData(series), info, Commentary.None);

        var report = result.Value.ShouldNotBeNull();
        report.Html.Length.ShouldBeGreaterThan(1_000_000, "fifty measures with three charts each make a page larger than Scriban's default string limit (1 MiB)");
        report.Html.TrimEnd().ShouldEndWith("</html>");
        report.Html.ShouldContain("Method notes");
        report.Html.ShouldContain("Measure number 50");
        report.Markdown.ShouldContain("Method notes");
    }
}
