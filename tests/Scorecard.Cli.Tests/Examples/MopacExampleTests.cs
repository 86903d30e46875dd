using System.Globalization;
using System.IO.Compression;
using System.Text;
using Scorecard.Excel;
using Scorecard.Rendering.Tests.Accessibility;

namespace Scorecard.Cli.Tests.Examples;

/// <summary>The second bundled office (examples/mopac): a Met-sized report from the Met's real series.</summary>
public sealed class MopacExampleTests
{
    private const string Config = "examples/mopac/scorecard.config.json";

    private static string Example(string relative) => Path.Combine(RepositoryRoot.Path, "examples", "mopac", relative);

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = ScorecardApp.Run(args, output, error, CliRun.Clock, RepositoryRoot.Path);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Validate_finds_the_mopac_example_clean()
    {
        var (code, output, error) = Run("validate", "--config", Config);

        error.ShouldBeEmpty();
        code.ShouldBe(0);
        output.ShouldStartWith("OK examples/mopac/data/monthly.csv: 9 measures (9 configured), 142 months (April 2010 to January 2022)");
        output.ShouldContain("peers: 2 measures for 8 forces");
    }

    [Fact]
    public void Render_writes_every_file_with_only_the_deliberate_missing_commentary_warning()
    {
        using var run = new CliRun();

        var (code, output, error) = Run("render", "--config", Config, "--out", run.Folder);

        code.ShouldBe(0, error);
        error.Trim().Split('\n').ShouldHaveSingleItem().ShouldStartWith("warning SC0503 examples/mopac/commentary/all-burglary.md");
        output.ShouldContain("Quarter Three 2021-22 (1 October to 31 December 2021): 9 measures");
        Directory.GetFiles(run.Folder).Select(Path.GetFileName).Where(f => !f!.StartsWith('.')).Order().ShouldBe(["evaluation.json", "report.html", "report.md", "scorecard.xlsx"]);
        var markdown = File.ReadAllText(Path.Combine(run.Folder, "report.md"));
        markdown.ShouldContain("794,098");
        markdown.ShouldContain("Avon and Somerset Constabulary");
    }

    /// <summary>Words a MOPAC report must not carry unless its configuration says them.</summary>
    private static void ShouldHaveNoneOfWiltshiresWording(string text, string where)
    {
        text.ShouldNotContain("Police and Crime Panel", Case.Insensitive, where);
        text.ShouldNotContain("Commissioner", Case.Insensitive, where);
        text.ShouldNotContain("Wiltshire", Case.Insensitive, where);
    }

    /// <summary>Every part of the workbook (sheets, shared strings, headers and footers, document properties), as text.</summary>
    private static string WorkbookText(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var sb = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith(".bin", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            sb.Append(entry.FullName).Append('\n').Append(reader.ReadToEnd()).Append('\n');
        }

        return sb.ToString();
    }

    [Fact]
    public void No_page_sheet_footer_or_console_line_says_panel_or_commissioner()
    {
        using var run = new CliRun();

        var (code, output, error) = Run("render", "--config", Config, "--out", run.Folder);

        code.ShouldBe(0, error);
        ShouldHaveNoneOfWiltshiresWording(output + error, "the console");
        var html = File.ReadAllText(Path.Combine(run.Folder, "report.html"));
        ShouldHaveNoneOfWiltshiresWording(html, "report.html");
        html.ShouldContain("For Police and Crime Committee meeting 10 March 2022");
        html.ShouldContain("Introduction by the Deputy Mayor for Policing and Crime");
        html.ShouldContain("content: \"Quarterly performance report for the Police and Crime Committee\"");
        html.ShouldContain("<img class=\"cover-logo\" src=\"data:image/svg+xml;base64,");
        html.ShouldContain("--concern: #B35806;");
        var markdown = File.ReadAllText(Path.Combine(run.Folder, "report.md"));
        ShouldHaveNoneOfWiltshiresWording(markdown, "report.md");
        markdown.ShouldContain("For Police and Crime Committee meeting 10 March 2022");
        ShouldHaveNoneOfWiltshiresWording(File.ReadAllText(Path.Combine(run.Folder, "evaluation.json")), "evaluation.json");
        var workbook = WorkbookText(Path.Combine(run.Folder, "scorecard.xlsx"));
        ShouldHaveNoneOfWiltshiresWording(workbook, "scorecard.xlsx");
        workbook.ShouldContain("Mayor's Office for Policing and Crime");
        workbook.ShouldContain("F0DECD", Case.Insensitive, "the concern fill made from MOPAC's concern colour");
    }

    [PdfFact]
    public void The_printed_pdf_says_the_committee_on_every_page_footer_and_nowhere_panel_or_commissioner()
    {
        using var run = new CliRun();

        var (code, _, error) = Run("render", "--config", Config, "--out", run.Folder, "--pdf");

        code.ShouldBe(0, error);
        var text = OutsidePrograms.PdfText(Path.Combine(run.Folder, "report.pdf"));
        ShouldHaveNoneOfWiltshiresWording(text, "report.pdf");
        var pages = text.Split('\f', StringSplitOptions.RemoveEmptyEntries);
        pages.Length.ShouldBeGreaterThan(5);
        pages.Skip(1).ShouldAllBe(page => page.Contains("Quarterly performance report for the Police and Crime Committee", StringComparison.Ordinal));
    }

    [AxeFact]
    public async Task The_mopac_report_meets_wcag_2_2_aa_by_axe_core()
    {
        using var run = new CliRun();
        var (code, _, error) = Run("render", "--config", Config, "--out", run.Folder, "--format", "html");
        code.ShouldBe(0, error);

        var violations = await AxeCore.RunAsync(Path.Combine(run.Folder, "report.html"));

        violations.ShouldBeEmpty(string.Join("\n", violations));
    }

    [Fact]
    public void Every_real_series_is_the_mets_own_figures_from_the_copied_source()
    {
        var loaded = SeriesLoader.Load(Example("data/monthly.csv"));
        loaded.Diagnostics.ShouldBeEmpty();
        var data = loaded.Value.ShouldNotBeNull();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Total notifiable offences (MPS, all boroughs)"] = "total-notifiable-offences",
            ["Domestic Burglary (MPS)"] = "domestic-burglary",
            ["All Burglary (MPS)"] = "all-burglary",
            ["Robbery of Personal Property (MPS)"] = "robbery",
            ["Violence with Injury (MPS)"] = "violence-with-injury",
            ["All Violence Against the Person (MPS)"] = "violence-against-the-person",
            ["Possession of Article with Blade or Point (MPS)"] = "knife-possession",
        };

        var checkedValues = 0;
        foreach (var line in File.ReadLines(Example("source/mps_monthly_force_totals_2010-04_2022-01.csv")).Skip(1))
        {
            var month = line[..7];
            var count = double.Parse(line[(line.LastIndexOf(',') + 1)..], CultureInfo.InvariantCulture);
            var name = line[(line.IndexOf(",Q", StringComparison.Ordinal) + 4)..line.LastIndexOf(',')].Trim('"');
            var series = data.Find(ids[name]).ShouldNotBeNull(name);
            var at = NodaTime.Text.YearMonthPattern.Iso.Parse(month).Value;
            if (name.StartsWith("Possession", StringComparison.Ordinal) && string.CompareOrdinal(month, "2021-09") > 0)
            {
                series.ValueAt(at).ShouldBeNull("knife possession is cut short at September 2021");
                continue;
            }

            series.ValueAt(at).ShouldBe(count, $"{name} {month}");
            checkedValues++;
        }

        checkedValues.ShouldBe((7 * 142) - 4);
    }

    [Fact]
    public void The_illustrative_measure_has_seven_digit_monthly_counts_and_says_it_is_illustrative()
    {
        var data = SeriesLoader.Load(Example("data/monthly.csv")).Value.ShouldNotBeNull();
        var hours = data.Find("officer-hours").ShouldNotBeNull();

        hours.Observations.ShouldAllBe(o => o.Value >= 1_000_000 && o.Value < 10_000_000);
        File.ReadAllText(Example("scorecard.config.json")).ShouldContain("Police officer hours on duty (illustrative)");
    }
}
