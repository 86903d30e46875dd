using NodaTime;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Peers;
using Scorecard.Core.Periods;
using Scorecard.Core.Rules;
using Scorecard.Core.Series;

namespace Scorecard.Cli.Commands;

/// <summary>
/// The small scorecard the warm-ups evaluate and write (<see cref="ReportWarmUp"/>,
/// <see cref="WorkbookWarmUp"/>, <see cref="EvaluateWarmUp"/>): made up here, so that nothing the
/// user gave is read. Two measures over three years to September 2019: a count with a peer group
/// and a known data issue, and a ratio with missing months (tests not run), so that it reaches
/// most of the code a real scorecard runs.
/// </summary>
internal sealed record MadeUpScorecard(ScorecardEvaluation Evaluation, MeasureData Data, PeerGroup Group)
{
    public static MadeUpScorecard Evaluate()
    {
        var quarter = new FinancialQuarter(2019, 2);
        var month = quarter.LastMonth;
        var months = Enumerable.Range(0, 36).Select(i => month.PlusMonths(i - 35)).ToList();
        var crimes = new Measure("crimes", "Crimes", MeasureKind.Count, Polarity.LowerIsBetter, ValueFormat.Count, "crimes", "crimes", RuleParameters.Default,
            Issues: [new DataIssue(month.PlusMonths(-5), month.PlusMonths(-4), DataIssueKind.Outage, "A new system.")]);
        var answered = new Measure("answered", "Calls answered", MeasureKind.Ratio, Polarity.HigherIsBetter, ValueFormat.Percent, null, null, RuleParameters.Default);
        var data = new MeasureData(
        [
            new MonthlySeries(crimes.Id, months.Select((m, i) => new MonthlyObservation(m, 100 + (i % 7) + (i > 27 ? 20 : 0)))),
            new MonthlySeries(answered.Id, months.Where((m, i) => i is < 20 or > 22).Select((m, i) => new MonthlyObservation(m, Numerator: 90 - (i % 3), Denominator: 100))),
        ]);
        string[] forces = ["Here", "There", "Elsewhere"];
        var peers = new PeerData([.. forces.SelectMany((force, f) => months.Select((m, i) => new PeerObservation(crimes.Id, force, m, 50 + f + (i % 5), 100_000)))]);
        var group = new PeerGroup(forces[0], forces, AsOf: new LocalDate(2019, 4, 1));
        var evaluation = ScorecardEvaluator.Default.Evaluate([(crimes, 1), (answered, 2)], data, peers, group, quarter, month);
        return new MadeUpScorecard(evaluation, data, group);
    }
}
