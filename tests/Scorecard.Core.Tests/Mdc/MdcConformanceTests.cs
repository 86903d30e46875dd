using System.Text.Json;
using Scorecard.Core.Peers;
using Scorecard.Core.Periods;
using Scorecard.Core.Spc;

namespace Scorecard.Core.Tests.Mdc;

/// <summary>
/// The NHS "Making Data Count" Single Chart Tool v5 test cases (Mdc/README.md): every point's
/// colour, the stated lines, every variation icon and the guide's assurance examples.
/// </summary>
public sealed class MdcConformanceTests
{
    public static TheoryData<string> Measures => MdcCases.Measures;

    [Fact]
    public void The_set_holds_35_charts_and_765_points_each_with_a_value_and_a_colour()
    {
        MdcCases.All.Count.ShouldBe(35);
        MdcCases.All.Sum(c => MdcCases.SeriesOf(c.Measure).Count).ShouldBe(765);
        MdcCases.All.Sum(c => MdcCases.ExpectedColours(c.Measure).Count).ShouldBe(765);
        MdcCases.All.ShouldAllBe(c => MdcCases.SeriesOf(c.Measure).Count == c.Points);
    }

    [Theory]
    [MemberData(nameof(Measures))]
    public void Reproduces_every_point_colour(string measure)
    {
        var c = MdcCases.Named(measure);
        var chart = MdcCases.Chart(c);

        chart.Points.Select(p => $"{EnglishDates.Iso(p.Month)}: {SpcNames.Of(p.Variation)}")
            .ShouldBe(MdcCases.ExpectedColours(measure).Select(e => $"{EnglishDates.Iso(e.Month)}: {SpcNames.Of(e.Variation)}"));
    }

    [Fact]
    public void Reproduces_the_stated_mean_limits_mean_moving_range_and_sigma_of_process_limits_15()
    {
        var chart = MdcCases.Chart(MdcCases.Named("process-limits-15"));

        var lines = chart.Periods.ShouldHaveSingleItem().Lines;
        Math.Round(lines.Mean, 2).ShouldBe(23.20);
        Math.Round(lines.UpperLimit!.Value, 2).ShouldBe(37.64);
        Math.Round(lines.LowerLimit!.Value, 2).ShouldBe(8.76);
        Math.Round(lines.MovingRangeMean!.Value, 2).ShouldBe(5.43);
        Math.Round(lines.Sigma!.Value, 2).ShouldBe(4.81);
        Math.Round(lines.MovingRangeMean!.Value / 1.128, 2).ShouldBe(4.81, "the guide's sigma, MR̄ ÷ 1.128, agrees to 2 decimal places");
    }

    [Theory]
    [MemberData(nameof(Measures))]
    public void Reproduces_every_stated_number(string measure)
    {
        var c = MdcCases.Named(measure);
        if (!c.Json.TryGetProperty("stated_statistics", out var stated))
        {
            return;
        }

        var chart = MdcCases.Chart(c);
        var lines = chart.Periods[^1].Lines;
        foreach (var property in stated.EnumerateObject())
        {
            double? actual = property.Name switch
            {
                "mean" => lines.Mean,
                "upl" => lines.UpperLimit,
                "lpl" => lines.LowerLimit,
                "mrbar" => lines.MovingRangeMean,
                "sigma" => lines.Sigma,
                "limits_shown" => null,
                _ => throw new InvalidDataException($"{measure}: unknown stated number {property.Name}."),
            };
            if (property.Name == "limits_shown")
            {
                chart.HasLimits.ShouldBe(property.Value.GetBoolean());
                chart.Points.ShouldAllBe(p => p.Lines.HasLimits == property.Value.GetBoolean());
            }
            else
            {
                Math.Round(actual!.Value, 2).ShouldBe(property.Value.GetDouble(), $"{measure} {property.Name}");
            }
        }
    }

    [Fact]
    public void Below_13_points_only_the_mean_is_shown_and_every_point_is_grey()
    {
        var chart = MdcCases.Chart(MdcCases.Named("process-limits-10"));

        chart.HasLimits.ShouldBeFalse();
        Math.Round(chart.Periods.ShouldHaveSingleItem().Lines.Mean, 2).ShouldBe(22.10);
        chart.Points.ShouldAllBe(p => p.Lines.UpperLimit == null && p.Lines.LowerLimit == null && p.Signals == XmrSignals.None);
        chart.Points.ShouldAllBe(p => p.Variation == Variation.CommonCause);
        chart.VariationIcon.ShouldBe(VariationIcon.None);
    }

    [Theory]
    [MemberData(nameof(Measures))]
    public void Gives_every_stated_and_derived_variation_icon(string measure)
    {
        var c = MdcCases.Named(measure);

        MdcCases.Chart(c).VariationIcon.ShouldBe(ExpectedVariationIcon(c));
    }

    [Theory]
    [InlineData("summary-icons-assurance-high-is-good", 40, "fail")]
    [InlineData("summary-icons-assurance-high-is-good", 30, "hit-or-miss")]
    [InlineData("summary-icons-assurance-high-is-good", 10, "pass")]
    [InlineData("summary-icons-assurance-low-is-good", 40, "pass")]
    [InlineData("summary-icons-assurance-low-is-good", 30, "hit-or-miss")]
    [InlineData("summary-icons-assurance-low-is-good", 10, "fail")]
    public void Gives_the_guides_assurance_icons_for_targets_40_30_and_10(string measure, double target, string icon)
    {
        var c = MdcCases.Named(measure);
        var chart = MdcCases.Chart(c, target);

        SpcNames.Of(chart.AssuranceIcon).ShouldBe(icon);
        var lines = chart.Periods.ShouldHaveSingleItem().Lines;
        Math.Round(lines.LowerLimit!.Value, 2).ShouldBe(13.33);
        Math.Round(lines.UpperLimit!.Value, 2).ShouldBe(37.00);

        // The targets move no point's colour.
        chart.Points.Select(p => p.Variation).ShouldBe(MdcCases.Chart(c).Points.Select(p => p.Variation));
    }

    [Fact]
    public void Every_assurance_example_in_cases_json_is_among_those_tested()
    {
        var examples = MdcCases.All
            .Where(c => c.Json.TryGetProperty("expected_summary_icons", out var icons) && icons.TryGetProperty("assurance", out _))
            .SelectMany(c => c.Json.GetProperty("expected_summary_icons").GetProperty("assurance").EnumerateArray()
                .Select(a => (c.Measure, a.GetProperty("target").GetDouble(), a.GetProperty("icon").GetString())))
            .ToList();

        examples.Count.ShouldBe(6);
        foreach (var (measure, target, icon) in examples)
        {
            SpcNames.Of(MdcCases.Chart(MdcCases.Named(measure), target).AssuranceIcon).ShouldBe(icon);
        }
    }

    [Theory]
    [MemberData(nameof(Measures))]
    public void The_making_data_count_rule_set_flags_the_last_point_as_its_colour_says(string measure)
    {
        var c = MdcCases.Named(measure);
        var rules = RuleParameters.Default with { Spc = c.Parameters };
        var m = new Measure(measure, measure, MeasureKind.Count, c.Polarity, ValueFormat.Count, null, null, rules);

        var result = ScorecardEvaluator.MakingDataCount.Evaluate(m, null, MdcCases.SeriesOf(measure), PeerData.Empty, null, c.LastMonth);

        result.Outcomes.Select(o => o.Id).ShouldBe(RuleSet.MakingDataCount.Key.Select(d => d.Id));
        result.Spc.ShouldNotBeNull().Points.Select(p => p.Variation).ShouldBe(MdcCases.ExpectedColours(measure).Select(e => e.Variation));
        var spc = result.Outcomes.Where(o => o.Id != RuleIds.NoData).ToList();
        if (c.Points < c.Parameters.MinimumPoints)
        {
            spc.ShouldAllBe(o => o.Status == RuleStatus.NotEvaluated && o.Reason == $"{c.Points} points; process limits need at least 13");
            return;
        }

        var sentiments = spc.Where(o => o.Fired).Select(o => o.Sentiment!.Value).Distinct().ToList();
        var expected = MdcCases.ExpectedColours(measure)[^1].Variation switch
        {
            Variation.CommonCause => [],
            Variation.Improvement => new[] { Sentiment.Improvement },
            Variation.Concern => [Sentiment.Concern],
            _ => [Sentiment.Neutral],
        };
        sentiments.ShouldNotContain(Sentiment.Attention);
        if (expected.Length == 0)
        {
            sentiments.ShouldBeEmpty();
        }
        else
        {
            sentiments.ShouldContain(expected[0]);
        }
    }

    [SharedMdcDataFact]
    public void The_committed_copy_equals_the_shared_conformance_data()
    {
        foreach (var file in MdcCases.Files)
        {
            File.ReadAllBytes(MdcCases.PathOf(file)).ShouldBe(File.ReadAllBytes(Path.Combine(SharedMdcDataFactAttribute.Folder!, file)), file);
        }
    }

    /// <summary>The icon cases.json states, or else the one the last point's expected colour gives.</summary>
    private static VariationIcon ExpectedVariationIcon(MdcCase c)
    {
        if (c.Json.TryGetProperty("expected_summary_icons", out var icons))
        {
            return SpcNames.ParseVariationIcon(icons.GetProperty("variation").GetString()!) ?? throw new InvalidDataException(c.Measure);
        }

        if (c.Points < c.Parameters.MinimumPoints)
        {
            return VariationIcon.None;
        }

        return (MdcCases.ExpectedColours(c.Measure)[^1].Variation, c.Polarity) switch
        {
            (Variation.CommonCause, _) => VariationIcon.CommonCause,
            (Variation.Improvement, Polarity.HigherIsBetter) => VariationIcon.ImprovementHigh,
            (Variation.Improvement, Polarity.LowerIsBetter) => VariationIcon.ImprovementLow,
            (Variation.Concern, Polarity.HigherIsBetter) => VariationIcon.ConcernLow,
            (Variation.Concern, Polarity.LowerIsBetter) => VariationIcon.ConcernHigh,
            _ => throw new InvalidDataException($"{c.Measure}: a purple last point needs its icon stated in cases.json."),
        };
    }
}

/// <summary>
/// A fact that compares the committed copy with <c>../shared/data/mdc</c> beside the repository;
/// skipped, with the reason shown, when that folder is absent (a clone on its own).
/// </summary>
internal sealed class SharedMdcDataFactAttribute : FactAttribute
{
    public SharedMdcDataFactAttribute()
    {
        if (Folder is null)
        {
            Skip = "../shared/data/mdc is not beside the repository; the committed copy in tests/Scorecard.Core.Tests/Mdc is used on its own.";
        }
    }

    /// <summary>The shared folder, or null: found from the repository root (the folder holding Scorecard.sln).</summary>
    public static string? Folder { get; } = Find();

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Scorecard.sln")))
            {
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "mdc"));
                return MdcCases.Files.All(f => File.Exists(Path.Combine(shared, f))) ? shared : null;
            }
        }

        return null;
    }
}
