using ClosedXML.Excel;
using Scorecard.Core.Evaluation;
using Scorecard.Rendering.Workbook;

namespace Scorecard.Rendering.Tests.Identity;

/// <summary>The office's own words, logo and colours, in every output.</summary>
public sealed class OfficeWordsTests
{
    private static ReportInfo Mopac(string? commissioner = null) => Fixtures.Info with
    {
        Office = "Mayor's Office for Policing and Crime",
        Commissioner = commissioner,
        Title = "Quarterly performance report",
        Panel = "Police and Crime Committee",
        CommissionerTitle = "Deputy Mayor for Policing and Crime",
    };

    private static Commentary WithIntroduction() => Fixtures.Commentary() with { Introduction = "The quarter in brief." };

    [Fact]
    public void The_defaults_read_as_a_police_and_crime_commissioners_report()
    {
        var report = Fixtures.Render(commentary: WithIntroduction());

        report.Html.ShouldContain("For Police and Crime Panel meeting 19 December 2019");
        report.Html.ShouldContain("Introduction by Police and Crime Commissioner Angus Macpherson");
        report.Html.ShouldContain("@bottom-left { content: \"Performance report for the Police and Crime Panel\";");
        report.Markdown.ShouldContain("**Performance report: Quarter Two 2019-20");
    }

    [Fact]
    public void A_mopac_report_uses_its_own_words_and_never_says_panel_or_commissioner()
    {
        var report = Fixtures.Render(commentary: WithIntroduction(), info: Mopac());

        foreach (var text in new[] { report.Html, report.Markdown })
        {
            text.ShouldContain("For Police and Crime Committee meeting 19 December 2019");
            text.ShouldContain("Introduction by the Deputy Mayor for Policing and Crime");
            text.ShouldContain("Quarterly performance report");
            text.ShouldNotContain("Police and Crime Panel");
            text.ShouldNotContain("Commissioner", Case.Insensitive);
        }

        report.Html.ShouldContain("content: \"Quarterly performance report for the Police and Crime Committee\"");
    }

    [Fact]
    public void A_named_office_holder_follows_the_title()
    {
        var report = Fixtures.Render(commentary: WithIntroduction(), info: Mopac("Jane Example"));

        report.Markdown.ShouldContain("## Introduction by Deputy Mayor for Policing and Crime Jane Example");
    }

    [Fact]
    public void The_footer_is_a_safe_css_string_whatever_the_panel_is_called()
    {
        var report = Fixtures.Render(info: Mopac() with { Panel = "Panel \"A\" </style><script>alert(1)</script> \\ B" });

        report.Html.ShouldContain("content: \"Quarterly performance report for the Panel \\\"A\\\" \\3C /style\\3E \\3C script\\3E alert(1)\\3C /script\\3E  \\\\ B\";");
        report.Html.ShouldNotContain("<script>");
    }

    [Fact]
    public void The_logo_is_on_the_cover_as_a_data_uri_and_not_in_the_markdown()
    {
        var logo = OfficeLogo.Read(OfficeLogoTests.Png()).Logo!;

        var report = Fixtures.Render(info: Mopac() with { Logo = logo });

        report.Html.ShouldContain($"<img class=\"cover-logo\" src=\"{logo.DataUri}\" alt=\"\">");
        report.Markdown.ShouldNotContain("data:image");
    }

    [Fact]
    public void Without_a_logo_there_is_no_image()
    {
        Fixtures.Render().Html.ShouldNotContain("<img");
    }

    [Fact]
    public void The_palette_colours_the_html_and_its_charts()
    {
        var palette = SentimentPalette.Default.With(Sentiment.Concern, "#B35806");

        var report = Fixtures.Render(info: Fixtures.Info with { Palette = palette });

        report.Html.ShouldContain("--concern: #B35806;");
        report.Html.ShouldNotContain("--concern: #D55E00;");
    }

    [Fact]
    public void The_workbook_colours_flags_with_the_same_palette()
    {
        var palette = SentimentPalette.Default.With(Sentiment.Concern, "#B35806").With(Sentiment.Improvement, "#2166AC");
        using var stream = new MemoryStream();

        ScorecardWorkbook.Write(Fixtures.Evaluation(), Fixtures.Data(), new WorkbookInfo("MOPAC", "test", null, palette, "Quarterly performance report"), Fixtures.Clock, stream);

        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        var fills = workbook.Worksheets.SelectMany(s => s.CellsUsed())
            .Select(c => c.Style.Fill.BackgroundColor)
            .Where(c => c.ColorType == XLColorType.Color)
            .Select(c => "#" + c.Color.ToArgb().ToString("X8", System.Globalization.CultureInfo.InvariantCulture)[2..])
            .ToHashSet(StringComparer.Ordinal);
        fills.ShouldContain(palette.For(Sentiment.Concern).Fill);
        fills.ShouldContain(palette.For(Sentiment.Improvement).Fill);
        fills.ShouldNotContain(SentimentPalette.Default.For(Sentiment.Concern).Fill);
        workbook.Properties.Category.ShouldBe("Quarterly performance report");
    }
}

/// <summary>A new office's report, before its workbook is filled in.</summary>
public sealed class NoDataYetTests
{
    private static MeasureResult Empty(string id, string name) => new(
        new Scorecard.Core.Measures.Measure(id, name, Scorecard.Core.Measures.MeasureKind.Count, Scorecard.Core.Measures.Polarity.LowerIsBetter, Scorecard.Core.Measures.ValueFormat.Count, null, null, Scorecard.Core.Rules.RuleParameters.Default),
        2,
        new MeasureFigures(null, null, null, null, null, null),
        Fixtures.Outcomes(
            Scorecard.Core.Measures.Polarity.LowerIsBetter,
            new Dictionary<string, Evidence> { ["no-data"] = Evidence.None },
            Fixtures.Key.Where(r => r.Id != "no-data").ToDictionary(r => r.Id, _ => "no data in the 12 months to September 2019")),
        null);

    [Fact]
    public void Measures_with_no_figures_at_all_are_named_once_as_having_no_data_yet_and_left_out_of_the_untested_list()
    {
        var rendered = new ReportRenderer(null, Fixtures.Clock).Render(
            Fixtures.Evaluation(Fixtures.CrimeResult(), Empty("hate-crime", "Hate crime"), Empty("cybercrime", "Cybercrime")),
            Fixtures.Data(),
            Fixtures.Info,
            Fixtures.Commentary());

        var report = rendered.Value.ShouldNotBeNull();
        report.Markdown.ShouldContain("**No data yet.** These measures have no figures at all in the data, so nothing about them could be tested: Hate crime, Cybercrime. Add their monthly figures to the data.");
        report.Html.ShouldContain("<strong>No data yet.</strong> These measures have no figures at all in the data, so nothing about them could be tested: <a href=\"#m-hate-crime\">Hate crime</a>, <a href=\"#m-cybercrime\">Cybercrime</a>.");
        report.Markdown.ShouldNotContain("| no data in the 12 months to September 2019 |", customMessage: "the untested table would repeat them test by test");
        rendered.Diagnostics.Where(d => d.Code == "SC0503").ShouldHaveSingleItem("a measure with no figures needs figures, not commentary").Message.ShouldContain("crime-volume");
    }

    [Fact]
    public void A_report_with_figures_for_every_measure_says_nothing_about_no_data_yet()
    {
        Fixtures.Render().Markdown.ShouldNotContain("No data yet");
    }
}
