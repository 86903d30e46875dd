using System.Globalization;
using NodaTime;
using Scorecard.Core.Peers;
using Scorecard.Core.Periods;
using Scorecard.Core.Rules;
using Scorecard.Core.Series;
using static Scorecard.ExampleGenerator.Aggregate;

namespace Scorecard.ExampleGenerator;

/// <summary>One figure of the reference report and what the generated data give for it.</summary>
internal sealed record CalibrationRow(string Measure, string Figure, string Printed, string Achieved, bool Hit);

/// <summary>
/// Every figure the reference report prints for a measure, recomputed from the generated data by
/// the dashboard key's aggregation rules. A percentage must print as the report prints it under
/// both common rounding conventions (half away from zero and half to even), so the data do not
/// sit on a rounding edge; a duration must round to the printed second.
/// </summary>
internal sealed class Calibration(MeasureData data, PeerData peers)
{
    private static readonly CultureInfo Gb = CultureInfo.GetCultureInfo("en-GB");
    private static readonly string[] OutageMeasures = ["response-immediate", "response-priority", "answer-999"];
    private readonly List<CalibrationRow> _rows = [];

    public IReadOnlyList<CalibrationRow> Rows => _rows;

    public bool AllHit => _rows.All(r => r.Hit);

    public Calibration Run()
    {
        var q1 = Quarter(2019, 1);
        var q2 = Quarter(2019, 2);
        var toJun19 = Year(2019, 6);
        var toSep19 = Year(2019, 9);
        var toSep18 = Year(2018, 9);

        // 1. Prevent crime and keep people safe
        CheckCount("crime-volume", "Q1 2019-20", q1, 10_952);
        CheckCount("crime-volume", "Q2 2019-20", q2, 11_856);
        CheckCount("crime-volume", "12 months to Jun 2019", toJun19, 43_523);
        CheckCount("crime-volume", "12 months to Sep 2019", toSep19, 44_340);
        CheckCount("crime-volume", "12 months to Sep 2018", toSep18, 43_082);
        CheckChange("crime-volume", toSep19, toSep18, 1_258, 2.9);
        Fact("crime-volume", "fewer crimes in the 12 months to Jun 2019 than to Jun 2018 (one of five forces)",
            Sum(S("crime-volume"), Year(2018, 6).From, Year(2018, 6).To) is { } jun18 && jun18 > 43_523, $"{Sum(S("crime-volume"), Year(2018, 6).From, Year(2018, 6).To):N0} to Jun 2018");
        CheckLevel("crime-recording-compliance", "Q1 (June 2019)", new YearMonth(2019, 6), 88.1, 1);
        CheckLevel("crime-recording-compliance", "Q2 / September 2019 audit", new YearMonth(2019, 9), 91.3, 1);
        Fact("crime-recording-compliance", "rising over the three audits of the new methodology (Jul–Sep 2019)",
            S("crime-recording-compliance").ValueAt(new YearMonth(2019, 7)) < S("crime-recording-compliance").ValueAt(new YearMonth(2019, 8))
            && S("crime-recording-compliance").ValueAt(new YearMonth(2019, 8)) < S("crime-recording-compliance").ValueAt(new YearMonth(2019, 9)), "rising");
        CheckCount("cybercrime", "Q1 2019-20", q1, 668);
        CheckCount("cybercrime", "Q2 2019-20", q2, 726);
        CheckCount("cybercrime", "12 months to Jun 2019", toJun19, 2_999);
        CheckCount("cybercrime", "12 months to Sep 2019", toSep19, 3_015);
        CheckChange("cybercrime", toSep19, toSep18, null, 26.4);
        CheckCount("hate-crime", "Q1 2019-20", q1, 163);
        CheckCount("hate-crime", "Q2 2019-20", q2, 178);
        CheckCount("hate-crime", "12 months to Jun 2019", toJun19, 624);
        CheckCount("hate-crime", "12 months to Sep 2019", toSep19, 619);
        CheckCount("hate-crime", "\"year to June 2018\" (taken as 12 months to Sep 2018)", toSep18, 658);
        CheckChange("hate-crime", toSep19, toSep18, -39, -5.9);
        CheckRatio("positive-outcome-ratio", "12 months to Sep 2019", toSep19, 16.5, 1, numerator: 7_296, denominator: 44_340);
        Fact("positive-outcome-ratio", "year-on-year increase in positive outcome volume",
            Ratio(S("positive-outcome-ratio"), toSep19.From, toSep19.To)!.Value.Numerator > Ratio(S("positive-outcome-ratio"), toSep18.From, toSep18.To)!.Value.Numerator,
            $"{Ratio(S("positive-outcome-ratio"), toSep18.From, toSep18.To)!.Value.Numerator:N0} → 7,296");
        Fact("positive-outcome-ratio", "denominator is crime volume", SameMonths("positive-outcome-ratio", o => o.Denominator, "crime-volume", o => o.Value), "identical");
        CheckCount("asb-incidents", "Q1 2019-20", q1, 4_424);
        CheckCount("asb-incidents", "Q2 2019-20", q2, 4_764);
        CheckCount("asb-incidents", "12 months to Jun 2019", toJun19, 16_848);
        CheckCount("asb-incidents", "12 months to Sep 2019", toSep19, 16_792);
        CheckCount("asb-incidents", "12 months to Sep 2018", toSep18, 16_369);
        CheckChange("asb-incidents", toSep19, toSep18, null, 2.6);
        var q4 = Quarter(2017, 4);
        Fact("asb-incidents", "Q4 2017-18 the lowest quarter since April 2014",
            Enumerable.Range(0, 21).Select(k => Quarter(2014 + (k / 4), 1 + (k % 4))).Where(q => q != q4).All(q => Sum(S("asb-incidents"), q.From, q.To) > Sum(S("asb-incidents"), q4.From, q4.To)),
            $"{Sum(S("asb-incidents"), q4.From, q4.To):N0}");
        Fact("asb-incidents", "long-term decline: 12 months to Sep 2019 below 12 months to Sep 2015",
            Sum(S("asb-incidents"), toSep19.From, toSep19.To) < Sum(S("asb-incidents"), Year(2015, 9).From, Year(2015, 9).To),
            $"{Sum(S("asb-incidents"), Year(2015, 9).From, Year(2015, 9).To):N0} → 16,792");
        CheckLevel("public-confidence", "12 months to Jun 2019", new YearMonth(2019, 6), 77.7, 1);
        Fact("public-confidence", "margin of error ±3.5 (Jun 2019)", S("public-confidence")[new YearMonth(2019, 6)]?.Margin == 3.5, $"±{S("public-confidence")[new YearMonth(2019, 6)]?.Margin}");
        Fact("public-confidence", "6.6 points lower than Jun 2018",
            Math.Round(Level(S("public-confidence"), new YearMonth(2018, 6))!.Value - 77.7, 1) == 6.6, $"{Level(S("public-confidence"), new YearMonth(2018, 6))} in Jun 2018");
        CheckCount("ksi-collisions", "12 months to Jun 2019", toJun19, 273);
        Fact("ksi-collisions", "on average 23 a month", Math.Round(Sum(S("ksi-collisions"), toJun19.From, toJun19.To)!.Value / 12.0) == 23, "22.75");
        Fact("ksi-collisions", "longer-term trend increasing (12 months to Jun 2019 above Jun 2016)",
            Sum(S("ksi-collisions"), toJun19.From, toJun19.To) > Sum(S("ksi-collisions"), Year(2016, 6).From, Year(2016, 6).To),
            $"{Sum(S("ksi-collisions"), Year(2016, 6).From, Year(2016, 6).To):N0} → 273");
        CheckCount("special-constable-hours", "Q1 2019-20", q1, 16_469);
        CheckCount("special-constable-hours", "Q2 2019-20", q2, 15_205);

        // 2. Protect the most vulnerable in society
        CheckCount("s136-arrests", "Q1 2019-20", q1, 70);
        CheckCount("s136-arrests", "Q2 2019-20", q2, 74);
        CheckCount("s136-arrests", "12 months to Sep 2019", toSep19, 285);
        CheckChange("s136-arrests", toSep19, toSep18, 45, 18.8);
        CheckCount("cse-crimes", "Q1 2019-20", q1, 33);
        CheckCount("cse-crimes", "Q2 2019-20", q2, 35);
        CheckCount("cse-crimes", "12 months to Sep 2019", toSep19, 146);
        CheckChange("cse-crimes", toSep19, toSep18, -5, null);
        CheckCount("domestic-abuse-crimes", "Q1 2019-20", q1, 1_594);
        CheckCount("domestic-abuse-crimes", "Q2 2019-20", q2, 1_735);
        CheckCount("domestic-abuse-crimes", "12 months to Jun 2019", toJun19, 6_516);
        CheckCount("domestic-abuse-crimes", "12 months to Sep 2019", toSep19, 6_610);
        CheckCount("domestic-abuse-crimes", "12 months to Sep 2018", toSep18, 5_989);
        CheckChange("domestic-abuse-crimes", toSep19, toSep18, 621, 10.4);
        CheckCount("sexual-offences", "Q1 2019-20", q1, 380);
        CheckCount("sexual-offences", "Q2 2019-20", q2, 425);
        CheckCount("sexual-offences", "12 months to Jun 2019", toJun19, 1_601);
        CheckCount("sexual-offences", "12 months to Sep 2019", toSep19, 1_599);
        CheckCount("sexual-offences", "12 months to Sep 2018", toSep18, 1_703);
        CheckChange("sexual-offences", toSep19, toSep18, null, -6.1);

        // 3. Put victims, witnesses and communities at the heart of everything we do
        CheckRatio("satisfaction-whole-experience", "12 months to Sep 2019", toSep19, 76.9, 1);
        CheckRatio("satisfaction-whole-experience", "12 months to Sep 2018", toSep18, 73.8, 1);
        CheckRatio("satisfaction-whole-experience", "12 months to Sep 2017", Year(2017, 9), 77.2, 1);
        CheckRatio("satisfaction-kept-informed", "12 months to Aug 2019", Year(2019, 8), 64.8, 1);
        CheckRatio("satisfaction-kept-informed", "12 months to Aug 2018 (table: Sep-18)", Year(2018, 8), 65.2, 1);
        CheckRatio("satisfaction-kept-informed", "12 months to Aug 2017 (table: Sep-17)", Year(2017, 8), 70.6, 1);
        CheckRatio("satisfaction-treatment", "12 months to Aug 2019", Year(2019, 8), 90.4, 1);
        CheckRatio("satisfaction-treatment", "12 months to Aug 2018 (table: Sep-18)", Year(2018, 8), 87.3, 1);
        CheckRatio("satisfaction-treatment", "12 months to Aug 2017 (table: Sep-17)", Year(2017, 8), 90.9, 1);
        CheckRatio("conviction-rate", "12 months to Aug 2019", Year(2019, 8), 89, 0, numerator: 4_437, denominator: 4_993);
        CheckRatio("cracked-ineffective-trials", "Q1 2019-20", q1, 21.0, 1);
        CheckRatio("cracked-ineffective-trials", "Q2 2019-20", q2, 16.9, 1, numerator: 43, denominator: 255);
        var fy1718 = (new YearMonth(2017, 4), new YearMonth(2018, 3));
        Fact("cracked-ineffective-trials", "below Q4 2018-19 but above the 2017-18 average",
            Ratio(S("cracked-ineffective-trials"), Quarter(2018, 4).From, Quarter(2018, 4).To)!.Value.Percent > Ratio(S("cracked-ineffective-trials"), q2.From, q2.To)!.Value.Percent
            && Ratio(S("cracked-ineffective-trials"), q2.From, q2.To)!.Value.Percent > Ratio(S("cracked-ineffective-trials"), fy1718.Item1, fy1718.Item2)!.Value.Percent,
            $"Q4 {Ratio(S("cracked-ineffective-trials"), Quarter(2018, 4).From, Quarter(2018, 4).To)!.Value.Percent:0.0}, 2017-18 {Ratio(S("cracked-ineffective-trials"), fy1718.Item1, fy1718.Item2)!.Value.Percent:0.0}");

        // 4. Secure a quality police service that is trusted and efficient
        CheckMean("response-immediate", "Q1 2019-20", q1, 626);
        CheckMean("response-immediate", "Q2 2019-20", q2, 767, volume: 5_029);
        CheckVolume("response-immediate", "incidents, 12 months to Sep 2019", toSep19, 17_918);
        Fact("response-immediate", "September 2019 the slowest month since April 2014 (IST outage)",
            S("response-immediate").Observations.All(o => o.Month == new YearMonth(2019, 9) || o.Value < S("response-immediate").ValueAt(new YearMonth(2019, 9))),
            $"{Duration(S("response-immediate").ValueAt(new YearMonth(2019, 9))!.Value)}");
        CheckMean("response-priority", "Q1 2019-20", q1, 3_206);
        CheckMean("response-priority", "Q2 2019-20", q2, 3_470, volume: 9_379);
        CheckMean("response-priority", "12 months to Sep 2019", toSep19, 3_101, volume: 36_329);
        CheckMean("answer-999", "Q1 2019-20", q1, 4);
        CheckMean("answer-999", "Q2 2019-20", q2, 5, volume: 27_163);
        CheckMean("answer-999", "12 months to Sep 2019 (table: Sep-19)", toSep19, 4, volume: 92_676);
        CheckMean("answer-999", "12 months to Sep 2018 (table: Sep-18)", toSep18, 4);
        CheckMean("answer-999", "12 months to Sep 2017 (table: Sep-17)", Year(2017, 9), 5);
        Fact("answer-999", "increasing demand: calls in the 12 months to Sep 2017 < 2018 < 2019",
            Mean(S("answer-999"), Year(2017, 9).From, Year(2017, 9).To)!.Value.Volume < Mean(S("answer-999"), toSep18.From, toSep18.To)!.Value.Volume
            && Mean(S("answer-999"), toSep18.From, toSep18.To)!.Value.Volume < 92_676,
            $"{Mean(S("answer-999"), Year(2017, 9).From, Year(2017, 9).To)!.Value.Volume:N0} → {Mean(S("answer-999"), toSep18.From, toSep18.To)!.Value.Volume:N0} → 92,676");
        CheckMean("answer-crib", "Q1 2019-20", q1, 64);
        CheckMean("answer-crib", "Q2 2019-20", q2, 105, volume: 40_524);
        CheckMean("answer-crib", "12 months to Sep 2019 (table: Sep-19)", toSep19, 80);
        CheckMean("answer-crib", "12 months to Sep 2018 (table: Sep-18)", toSep18, 102);
        CheckMean("answer-crib", "12 months to Sep 2017 (table: Sep-17)", Year(2017, 9), 229);
        CheckRatio("crib-abandonment", "Q1 2019-20", q1, 3.4, 1);
        CheckRatio("crib-abandonment", "Q2 2019-20", q2, 5.7, 1);
        CheckRatio("crib-abandonment", "12 months to Sep 2019", toSep19, 4.3, 1);
        Fact("crib-abandonment", "every month Apr 2016 – Sep 2017 above 10 per cent (18 months), Mar 2016 not",
            MonthsWhere("crib-abandonment", new YearMonth(2016, 4), new YearMonth(2017, 9), v => v > 10) == 18 && S("crib-abandonment").ValueAt(new YearMonth(2016, 3)) <= 10, "18 of 18");
        Fact("crib-abandonment", "every month Nov 2017 – Sep 2019 below 10 per cent; Oct 2017 exactly 10.0",
            MonthsWhere("crib-abandonment", new YearMonth(2017, 11), new YearMonth(2019, 9), v => v < 10) == 23 && S("crib-abandonment").ValueAt(new YearMonth(2017, 10)) == 10.0,
            $"23 of 23; Oct 2017 {S("crib-abandonment").ValueAt(new YearMonth(2017, 10))}");
        Fact("crib-abandonment", "denominator is the CRIB calls (answer-crib volume)", SameMonths("crib-abandonment", o => o.Denominator, "answer-crib", o => o.Volume), "identical");
        CheckRatio("file-quality-errors", "Q1 2019-20", q1, 2.5, 1);
        CheckRatio("file-quality-errors", "Q2 2019-20", q2, 0.5, 1, numerator: 1, denominator: 185);
        CheckCount("complaints", "Q1 2019-20", q1, 180);
        CheckCount("complaints", "Q2 2019-20", q2, 200);
        CheckCount("complaints", "12 months to Sep 2019", toSep19, 739);
        CheckCount("complaints", "12 months to Sep 2018", toSep18, 529);
        CheckChange("complaints", toSep19, toSep18, null, 39.7);
        CheckRatio("complaints-recorded-in-10-days", "Q1 2019-20", q1, 93, 0);
        CheckRatio("complaints-recorded-in-10-days", "Q2 2019-20", q2, 90, 0);
        Fact("complaints-recorded-in-10-days", "denominator is complaints recorded", SameMonths("complaints-recorded-in-10-days", o => o.Denominator, "complaints", o => o.Value), "identical");
        CheckRatio("complaint-appeals-upheld", "Q1 2019-20 (read as 2 of 6)", q1, 33, 0, numerator: 2, denominator: 6);
        CheckRatio("complaint-appeals-upheld", "Q2 2019-20", q2, 20, 0, numerator: 2, denominator: 10);
        CheckRatio("complaint-appeals-upheld", "12 months to Sep 2019", toSep19, 23, 0, numerator: 6, denominator: 26);
        Fact("complaint-appeals-upheld", "upheld appeals 0.8 per cent of complaints (12 months to Sep 2019)",
            Math.Round(100.0 * 6 / Sum(S("complaints"), toSep19.From, toSep19.To)!.Value, 1) == 0.8, "6 of 739");
        CheckLevel("days-lost-per-person", "12 months to Sep 2019", new YearMonth(2019, 9), 14.8, 1);

        // Statements the commentary makes about trends and norms, which the data must bear out.
        CommentaryFacts();

        // Peers
        PeerAverage("all-crime", new YearMonth(2019, 6), "Wiltshire", 61.2, 73.0, "less");
        PeerAverage("positive-outcome-ratio", new YearMonth(2019, 9), "Wiltshire", 16.5, 14.4, "in line (above average)");
        PeerAverage("sexual-offences", new YearMonth(2019, 9), "Wiltshire", null, null, "less");
        PeerAverage("public-confidence", new YearMonth(2019, 6), "Wiltshire", 77.7, null, "in line (above average)");
        return this;
    }

    /// <summary>
    /// What the example's commentary says about trends, norms and levels, checked against the data
    /// (examples/README.md, "Flags and words"): a trend is "significant" by the dashboard key's own
    /// test (OLS of the monthly values against the month, two-sided p below 0.05).
    /// </summary>
    private void CommentaryFacts()
    {
        var (asbSlope, asbP) = Trend("asb-incidents", new YearMonth(2014, 10), new YearMonth(2019, 9));
        Fact("asb-incidents", "significant long-term reducing trend: monthly volumes Oct 2014 to Sep 2019",
            asbSlope < 0 && asbP < 0.05, string.Create(Gb, $"slope {asbSlope:0.0} a month, p = {asbP:0.0e0}"));

        var conviction = new MonthWindow(new YearMonth(2017, 9), new YearMonth(2019, 8)).Months().Select(m => S("conviction-rate").ValueAt(m)).ToList();
        Fact("conviction-rate", "consistently high: above 84 per cent in every month, Sep 2017 to Aug 2019",
            conviction.TrueForAll(v => v > 84), string.Create(Gb, $"lowest {conviction.Min():0.0}%"));

        foreach (var id in OutageMeasures)
        {
            var (slope, p) = Trend(id, new YearMonth(2018, 10), new YearMonth(2019, 8));
            Fact(id, "rising over the year even without the September outage: monthly trend Oct 2018 to Aug 2019 significant",
                slope > 0 && p < 0.05, string.Create(Gb, $"+{slope:0.00} s a month, p = {p:0.0000}"));
        }

        var hate = Enumerable.Range(2015, 5).Select(y => Sum(S("hate-crime"), Year(y, 9).From, Year(y, 9).To)!.Value).ToList();
        Fact("hate-crime", "longer-term increase: 12 months to Sep rose each year 2015 to 2018, then fell",
            hate[0] < hate[1] && hate[1] < hate[2] && hate[2] < hate[3] && hate[4] < hate[3], string.Join(" → ", hate.Select(h => h.ToString("N0", Gb))));

        var crib = Enumerable.Range(2017, 3).Select(y => Mean(S("answer-crib"), Year(y, 9).From, Year(y, 9).To)!.Value.Mean).ToList();
        Fact("answer-crib", "12-month average to Sep 2019 less than half of two years earlier",
            crib[2] < crib[0] / 2, $"{Duration((int)Math.Round(crib[0]))} → {Duration((int)Math.Round(crib[2]))}");
    }

    /// <summary>The dashboard key's trend test on the monthly values from <paramref name="first"/> to <paramref name="last"/>: slope a month and two-sided p.</summary>
    private (double Slope, double P) Trend(string id, YearMonth first, YearMonth last)
    {
        var points = new MonthWindow(first, last).Months()
            .Select(m => (Month: m, Value: S(id).ValueAt(m)))
            .Where(p => p.Value is not null)
            .Select(p => ((double)MonthWindow.MonthsBetween(last, p.Month), p.Value!.Value))
            .ToList();
        var fit = LeastSquares.Fit(points);
        return (fit.Slope, fit.P ?? 1);
    }

    private MonthlySeries S(string id) => data.Find(id) ?? throw new InvalidOperationException($"No series {id}.");

    private void Add(string id, string figure, string printed, string achieved, bool hit) =>
        _rows.Add(new CalibrationRow(id, figure, printed, achieved, hit));

    private void CheckCount(string id, string figure, (YearMonth From, YearMonth To) window, double printed)
    {
        var achieved = Aggregate.Sum(S(id), window.From, window.To);
        Add(id, figure, printed.ToString("N0", Gb), achieved?.ToString("N0", Gb) ?? "missing", achieved == printed);
    }

    private void CheckChange(string id, (YearMonth From, YearMonth To) now, (YearMonth From, YearMonth To) before, double? printedDifference, double? printedPercent)
    {
        var a = Sum(S(id), now.From, now.To)!.Value;
        var b = Sum(S(id), before.From, before.To)!.Value;
        var percent = 100.0 * (a - b) / b;
        var hit = (printedDifference is null || a - b == printedDifference) && (printedPercent is null || PrintsAs(percent, printedPercent.Value, 1));
        var printed = string.Join(", ", new[] { printedDifference?.ToString("+#,0;-#,0", Gb), printedPercent is { } p ? p.ToString("+0.0;-0.0", Gb) + "%" : null }.Where(s => s is not null));
        Add(id, "change on previous 12 months", printed, string.Create(Gb, $"{a - b:+#,0;-#,0}, {percent:+0.000;-0.000}% ({b:N0} → {a:N0})"), hit);
    }

    private void CheckRatio(string id, string figure, (YearMonth From, YearMonth To) window, double printed, int decimals, int? numerator = null, int? denominator = null)
    {
        var r = Aggregate.Ratio(S(id), window.From, window.To);
        if (r is not { } v)
        {
            Add(id, figure, printed.ToString(CultureInfo.InvariantCulture), "missing", false);
            return;
        }

        var hit = PrintsAs(v.Percent, printed, decimals) && (numerator is null || v.Numerator == numerator) && (denominator is null || v.Denominator == denominator);
        var parts = numerator is null ? "" : string.Create(Gb, $" ({numerator:N0} of {denominator:N0})");
        Add(id, figure, printed.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), Gb) + "%" + parts,
            string.Create(Gb, $"{v.Percent:0.000}% ({v.Numerator:N0} of {v.Denominator:N0})"), hit);
    }

    private void CheckMean(string id, string figure, (YearMonth From, YearMonth To) window, int printedSeconds, double? volume = null)
    {
        var r = Aggregate.Mean(S(id), window.From, window.To);
        if (r is not { } v)
        {
            Add(id, figure, Duration(printedSeconds), "missing", false);
            return;
        }

        var hit = PrintsAs(v.Mean, printedSeconds, 0) && (volume is null || v.Volume == volume);
        Add(id, figure, Duration(printedSeconds) + (volume is null ? "" : string.Create(Gb, $" ({volume:N0})")),
            string.Create(Gb, $"{v.Mean:0.000} s ({v.Volume:N0})"), hit);
    }

    private void CheckVolume(string id, string figure, (YearMonth From, YearMonth To) window, double printed)
    {
        var v = Aggregate.Mean(S(id), window.From, window.To)?.Volume;
        Add(id, figure, printed.ToString("N0", Gb), v?.ToString("N0", Gb) ?? "missing", v == printed);
    }

    private void CheckLevel(string id, string figure, YearMonth month, double printed, int decimals)
    {
        var v = Aggregate.Level(S(id), month);
        Add(id, figure, printed.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), Gb), v?.ToString(Gb) ?? "missing", v is { } x && PrintsAs(x, printed, decimals));
    }

    private void Fact(string id, string figure, bool hit, string achieved) => Add(id, figure, "(narrative)", achieved, hit);

    private void PeerAverage(string key, YearMonth month, string force, double? printedForce, double? printedAverage, string expectedBand)
    {
        var values = peers.For(key).Where(o => o.Month == month).ToList();
        var v = values.Single(o => o.Force == force).Value;
        var mean = values.Average(o => o.Value);
        var sd = Math.Sqrt(values.Sum(o => Math.Pow(o.Value - mean, 2)) / (values.Count - 1));
        var band = v > mean + sd ? "greater" : v >= mean ? "in line (above average)" : v >= mean - sd ? "in line (below average)" : "less";
        var hit = values.Count == 8 && band == expectedBand
            && (printedForce is null || PrintsAs(v, printedForce.Value, 1))
            && (printedAverage is null || PrintsAs(mean, printedAverage.Value, 1));
        var printed = string.Create(Gb, $"{printedForce?.ToString("0.0", Gb) ?? "-"} vs MSG {printedAverage?.ToString("0.0", Gb) ?? "-"}, {expectedBand}");
        Add("peers:" + key, $"as at {month:MMM yyyy}", printed, string.Create(Gb, $"{v:0.000} vs {mean:0.000} (sd {sd:0.000}), {band}"), hit);
    }

    private int MonthsWhere(string id, YearMonth from, YearMonth to, Func<double, bool> test)
    {
        var n = 0;
        for (var m = from; m <= to; m = m.PlusMonths(1))
        {
            if (S(id).ValueAt(m) is { } v && test(v))
            {
                n++;
            }
        }

        return n;
    }

    private bool SameMonths(string id, Func<MonthlyObservation, double?> part, string otherId, Func<MonthlyObservation, double?> otherPart) =>
        S(id).Observations.All(o => S(otherId)[o.Month] is { } other && part(o) == otherPart(other));

    /// <summary>True when <paramref name="value"/> prints as <paramref name="printed"/> at <paramref name="decimals"/> places under both rounding conventions.</summary>
    private static bool PrintsAs(double value, double printed, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero) == printed && Math.Round(value, decimals, MidpointRounding.ToEven) == printed;

    public static string Duration(double seconds)
    {
        var s = (int)Math.Round(seconds, MidpointRounding.AwayFromZero);
        return string.Create(CultureInfo.InvariantCulture, $"{s / 60}:{s % 60:00}");
    }
}
