using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Rendering.Charts;

namespace Scorecard.Rendering.Tests.Charts;

public sealed partial class ChartTests
{
    private static readonly YearMonth First = new(2017, 10);

    private static List<(YearMonth Month, double? Value)> Months(params double[] values) =>
        values.Select((v, i) => (First.PlusMonths(i), (double?)v)).ToList();

    private static List<string> TickLabels(string svg) =>
        Tick().Matches(svg).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    /// <summary>The y-axis labels only (the x axis's month labels are in the same class).</summary>
    private static List<string> YLabels(string svg) => TickLabels(svg).Where(t => !MonthLabel().IsMatch(t)).ToList();

    [Theory]
    [InlineData(3_000, 4_200, ValueStyle.Count)]
    [InlineData(85.2, 91.3, ValueStyle.Percent)]
    [InlineData(4.1, 5.2, ValueStyle.Duration)]
    [InlineData(601, 790, ValueStyle.Duration)]
    [InlineData(0.0012, 0.0019, ValueStyle.Decimal)]
    [InlineData(1_234_567, 1_987_654, ValueStyle.Count)]
    public void Ticks_are_round_steps_and_no_two_labels_read_the_same(double low, double high, ValueStyle style)
    {
        var axis = ValueAxis.For([low, high], style, 0, style == ValueStyle.Percent ? 100 : null)!;

        var labels = axis.Ticks.Select(axis.Label).ToList();
        labels.Distinct().Count().ShouldBe(labels.Count, string.Join(", ", labels));
        axis.Ticks.Count.ShouldBeInRange(3, 11);
        axis.Min.ShouldBeLessThanOrEqualTo(low);
        axis.Max.ShouldBeGreaterThanOrEqualTo(high);
        var mantissa = axis.Step / Math.Pow(10, Math.Floor(Math.Log10(axis.Step)));
        if (style == ValueStyle.Duration)
        {
            (axis.Step % 1).ShouldBe(0, "whole seconds");
            (axis.Step < 60 || axis.Step % 60 == 0).ShouldBeTrue("whole minutes from a minute up");
        }
        else
        {
            new[] { 1.0, 2.0, 5.0 }.ShouldContain(Math.Round(mantissa, 9));
        }
    }

    [Fact]
    public void A_percentage_axis_stays_within_0_and_100_and_a_count_axis_at_or_above_0()
    {
        var percent = ValueAxis.For([-50, 20, 33, 150], ValueStyle.Percent, 0, 100)!;
        percent.Min.ShouldBe(0);
        percent.Max.ShouldBe(100);

        var count = ValueAxis.For([2, 3, -40], ValueStyle.Count, 0, null)!;
        count.Min.ShouldBe(0);
    }

    [Theory]
    [InlineData(1e14)]
    [InlineData(1e15)]
    [InlineData(1e17)]
    [InlineData(1e300)]
    [InlineData(-1e300)]
    public void Any_finite_values_give_a_small_axis_quickly(double level)
    {
        var watch = Stopwatch.StartNew();
        var axis = ValueAxis.For([level, level * 1.0000001, level + 3], ValueStyle.Count, null, null);

        axis.ShouldNotBeNull();
        axis.Ticks.Count.ShouldBeLessThanOrEqualTo(11);
        axis.Ticks.Select(axis.Label).Distinct().Count().ShouldBe(axis.Ticks.Count);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Values_spanning_more_than_a_double_holds_give_no_axis()
    {
        ValueAxis.For([-1e308, 1e308], ValueStyle.Count, null, null).ShouldBeNull();
        new MonthlyChart("c", "t", "d", Months(-1e308, 1e308), ValueFormat.Count, "count per month", null, null).Draw().ShouldBeNull();
    }

    [Theory]
    [InlineData(1e14)]
    [InlineData(1e15)]
    [InlineData(4.2e18)]
    public void A_monthly_chart_of_huge_values_draws(double level)
    {
        var drawing = new MonthlyChart("c", "t", "d", Months(level, level * 1.01, level * 0.99), ValueFormat.Count, "count per month", 0, null,
            new ChartLines(level, level / 50, 1, level, level / 40, 2)).Draw();

        drawing.ShouldNotBeNull();
        drawing.Svg.ShouldContain("</svg>");
    }

    [Fact]
    public void A_percentage_chart_never_shows_an_impossible_value_and_says_which_line_it_left_out()
    {
        // Appeals upheld: a few appeals a month, so the SD is large and mean − 2 SD is below 0 %.
        var lines = new ChartLines(40, 30, 1, 38, 35, 2);
        var drawing = new MonthlyChart("c", "t", "d", Months(0, 33, 50, 100, 20, 25), ValueFormat.Percent, "per cent", 0, 100, lines).Draw()!;

        foreach (var label in YLabels(drawing.Svg))
        {
            double.Parse(label.TrimEnd('%').Replace("\u2212", "-", StringComparison.Ordinal), CultureInfo.InvariantCulture).ShouldBeInRange(0, 100);
        }

        drawing.Notes.ShouldContain(n => n.Contains("−2 SD", StringComparison.Ordinal) && n.Contains("not drawn", StringComparison.Ordinal));
        drawing.Notes.ShouldContain(n => n.Contains("+2 SD", StringComparison.Ordinal) && n.Contains("above 100.0%", StringComparison.Ordinal));
    }

    [Fact]
    public void Duration_ticks_carry_units_and_never_repeat()
    {
        var drawing = new MonthlyChart("c", "t", "d", Months(4.1, 4.3, 4.6, 5.2), ValueFormat.Duration, "average time", 0, null).Draw()!;

        var labels = YLabels(drawing.Svg);
        labels.ShouldAllBe(l => l.EndsWith(" s", StringComparison.Ordinal));
        labels.Distinct().Count().ShouldBe(labels.Count);
    }

    [Fact]
    public void Every_chart_has_a_y_axis_title_with_its_unit()
    {
        var drawing = new MonthlyChart("c", "t", "d", Months(3_000, 3_400), ValueFormat.Count, "crimes per month", 0, null).Draw()!;

        drawing.Svg.ShouldContain(">crimes per month</text>");
    }

    [Fact]
    public void The_spike_lines_are_drawn_where_the_spike_test_put_them_and_the_band_where_the_shift_test_did()
    {
        // Shift window: mean 100, SD 10; spike window (the previous 24 months): mean 90, SD 5.
        var lines = new ChartLines(100, 10, 1, 90, 5, 2);
        var drawing = new MonthlyChart("c", "t", "d", Months(80, 120, 95, 105), ValueFormat.Count, "count per month", 0, null, lines).Draw()!;

        drawing.Svg.ShouldContain("+2 SD (spike test): 100.0".Replace(".0", string.Empty, StringComparison.Ordinal));
        drawing.Svg.ShouldContain("−2 SD (spike test): 80");
        System.Net.WebUtility.HtmlDecode(drawing.Svg).ShouldContain("±1 SD: 90 to 110");
        drawing.Svg.ShouldContain("Average 100");
    }

    /// <summary>The right end of every line label, at a realistic 6.4 px a character (DejaVu Sans at 10–10.5 px, digits and bold included).</summary>
    private static IEnumerable<(string Text, double End)> RightLabelEnds(string svg) =>
        RightLabel().Matches(svg).Select(m => (Text: System.Net.WebUtility.HtmlDecode(m.Groups[2].Value), X: double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)))
            .Select(l => (l.Text, l.X + (l.Text.Length * 6.4)));

    [Fact]
    public void A_seven_digit_average_is_labelled_whole_inside_the_chart()
    {
        var lines = new ChartLines(14_906_002.4, 120_000, 1, 14_800_000, 110_000, 2);
        var drawing = new MonthlyChart("c", "t", "d", Months(14_647_902, 14_906_002, 15_100_000, 14_990_000), ValueFormat.Count, "hours per month", 0, null, lines).Draw()!;

        var labels = RightLabelEnds(drawing.Svg).ToList();
        labels.ShouldContain(l => l.Text.StartsWith("Average 14,906,002", StringComparison.Ordinal));
        labels.ShouldAllBe(l => l.End <= ChartFrame.Width, string.Join(", ", labels));
    }

    [Fact]
    public void An_xmr_charts_limit_labels_are_whole_inside_the_chart()
    {
        var start = new YearMonth(2017, 10);
        double[] values = [6_100, 6_120, 5_950, 6_200, 6_660, 5_900, 6_210, 6_150, 6_080, 5_800, 5_660, 6_500, 6_300, 5_930, 5_560, 5_940, 5_620, 5_560, 5_800, 5_050, 4_880, 5_280, 5_010, 5_032];
        var series = new Scorecard.Core.Series.MonthlySeries("hours", values.Select((v, i) => new Scorecard.Core.Series.MonthlyObservation(start.PlusMonths(i), v)));
        var chart = Scorecard.Core.Spc.XmrChart.Build(series, start.PlusMonths(values.Length - 1), Scorecard.Core.Spc.SpcParameters.Default, Polarity.HigherIsBetter, 6_000.5);
        var format = ValueFormat.Count;

        var drawing = new XmrChartDrawing("c", "t", "d", chart, format, "hours per month", 0, null).Draw()!;

        var labels = RightLabelEnds(drawing.Svg).ToList();
        labels.ShouldContain(l => l.Text.StartsWith("Upper limit ", StringComparison.Ordinal));
        labels.ShouldAllBe(l => l.End <= ChartFrame.Width, string.Join(", ", labels));
    }

    [Fact]
    public void A_small_drift_is_not_drawn_as_a_cliff()
    {
        // A rolling total moving between 43,000 and 44,300: 3 per cent of its level.
        var drawing = new MonthlyChart("c", "t", "d", Months(43_500, 43_000, 43_300, 44_300), ValueFormat.Count, "crimes in 12 months", 0, null, MinimumRelativeSpan: 0.1).Draw()!;

        var labels = YLabels(drawing.Svg).Select(l => double.Parse(l.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture)).ToList();
        (labels.Max() - labels.Min()).ShouldBeGreaterThanOrEqualTo(0.1 * 44_300);
        drawing.Notes.ShouldHaveSingleItem().ShouldContain("the scale spans 10 per cent");
    }

    [Fact]
    public void Long_force_names_are_shown_whole_on_two_lines_with_the_full_name_in_the_tooltip()
    {
        PeerChart.Wrap("Wiltshire").ShouldBe(["Wiltshire"]);
        PeerChart.Wrap("Police Service of Northern Ireland (PSNI) Belfast").ShouldBe(["Police Service of Northern", "Ireland (PSNI) Belfast"]);
        PeerChart.Wrap("Metropolitan Police Service and the City of London Police combined area")[^1].ShouldEndWith("…");

        var peers = new PeerComparison(new YearMonth(2019, 6), "most similar group (MSG)", "Metropolitan Police Service", 95.2, 80, 9,
            [new PeerPoint("Metropolitan Police Service", 95.2, true), new PeerPoint("Greater Manchester Police and Crime Commissioner area", 88.0, false), new PeerPoint("West Midlands", 70, false)],
            1, null, null);
        var svg = new PeerChart("p", "t", "d", peers, v => UkFormat.Number(v, 1), "crimes per 1,000 population").Draw()!.Svg;

        svg.ShouldContain("<title>Greater Manchester Police and Crime Commissioner area</title>");
        svg.ShouldContain(">Greater Manchester Police and</tspan>");
        svg.ShouldContain(">Crime Commissioner area</tspan>");
    }

    [Fact]
    public void Peer_values_sit_in_their_own_column_clear_of_the_bars_and_the_average()
    {
        var peers = Fixtures.CrimePeers();
        var svg = new PeerChart("p", "t", "d", peers, v => UkFormat.Number(v, 1), "crimes per 1,000 population").Draw()!.Svg;

        var barEnds = BarRect().Matches(svg).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)).ToList();
        var values = ValueText().Matches(svg).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        values.Count.ShouldBe(peers.Points.Count);
        var mean = double.Parse(MeanLine().Match(svg).Groups[1].Value, CultureInfo.InvariantCulture);

        // Values are right-aligned at the edge, at least ~45 px (a 7-character label) right of every bar end and of the average line.
        values.ShouldAllBe(x => x - 45 > barEnds.Max() && x - 45 > mean);
    }

    [GeneratedRegex("""class="tick"[^>]*>([^<]*)</text>""")]
    private static partial Regex Tick();

    [GeneratedRegex(@"^[A-Z][a-z]{2}-\d{2}$")]
    private static partial Regex MonthLabel();

    [GeneratedRegex("""<rect class="bar[^"]*" x="([\d.]+)" y="[\d.]+" width="([\d.]+)""")]
    private static partial Regex BarRect();

    [GeneratedRegex("""<text class="bar-value[^"]*" x="([\d.]+)" """)]
    private static partial Regex ValueText();

    [GeneratedRegex("""<line class="mean" x1="([\d.]+)" """)]
    private static partial Regex MeanLine();

    [GeneratedRegex("""<text class="(?:mean|band|target)-label" x="([0-9.]+)" y="[^"]*">([^<]*)</text>""")]
    private static partial Regex RightLabel();
}
