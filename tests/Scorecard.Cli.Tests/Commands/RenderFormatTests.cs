using System.Globalization;
using System.Text;

namespace Scorecard.Cli.Tests.Commands;

/// <summary><c>--format</c> says exactly which files to write; a quarter's own commentary is used for that quarter.</summary>
public sealed class RenderFormatTests
{
    private static CliRun Office(string output)
    {
        var run = new CliRun();
        var sb = new StringBuilder("measure,month,value\n");
        for (var i = 0; i < 36; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"crime-volume,{new NodaTime.YearMonth(2016, 10).PlusMonths(i):yyyy-MM},{3_600 + (i % 5 * 40)}\n");
        }

        run.Write("data/monthly.csv", sb.ToString());
        run.Write("scorecard.config.json", $$"""
            { "data": { "monthly": "data/monthly.csv", "commentary": "commentary" }, "quarter": "2019-20Q2",
              "output": {{output}},
              "measures": [ { "id": "crime-volume", "name": "Crime volume", "polarity": "lower-is-better" } ] }
            """);
        run.Write("commentary/introduction.md", "The standing introduction.");
        return run;
    }

    private static string[] Written(CliRun run) =>
        [.. Directory.GetFiles(Path.Combine(run.Folder, "out")).Select(Path.GetFileName).OfType<string>().Where(f => !f.StartsWith('.')).Order(StringComparer.Ordinal)];

    [Fact]
    public void Format_overrides_the_configurations_formats_and_its_pdf_setting()
    {
        using var run = Office("""{ "formats": ["html", "md", "json", "xlsx"], "pdf": true }""");

        var (code, output, error) = run.Run("render", "--format", "md");

        code.ShouldBe(0, error);
        Written(run).ShouldBe(["report.md"]);
        output.ShouldNotContain("report.html");
        output.ShouldNotContain("report.pdf");
    }

    [Fact]
    public void Format_can_ask_for_files_the_configuration_leaves_out()
    {
        using var run = Office("""{ "formats": ["md"] }""");

        run.Run("render", "--format", "json,xlsx").ExitCode.ShouldBe(0);

        Written(run).ShouldBe(["evaluation.json", "scorecard.xlsx"]);
    }

    [Fact]
    public void Without_format_the_configured_pdf_comes_with_its_html()
    {
        using var run = Office("""{ "formats": ["md"], "pdf": true }""");

        var (code, _, error) = run.Run("render");

        if (Scorecard.Rendering.ChromiumPdfPrinter.FindBrowser() is null)
        {
            code.ShouldBe(1);
            error.ShouldContain("Chromium");
            return;
        }

        code.ShouldBe(0, error);
        Written(run).ShouldBe(["report.html", "report.md", "report.pdf"]);
    }

    [PdfFact]
    public void Format_pdf_writes_the_pdf_alone()
    {
        using var run = Office("""{ "formats": ["html", "md"] }""");

        var (code, _, error) = run.Run("render", "--format", "pdf");

        code.ShouldBe(0, error);
        Written(run).ShouldBe(["report.pdf"]);
        OutsidePrograms.PdfText(Path.Combine(run.Folder, "out", "report.pdf")).ShouldContain("Crime volume");
    }

    [Fact]
    public void The_quarters_own_introduction_is_used_and_the_standing_one_otherwise()
    {
        using var run = Office("""{ "formats": ["md"] }""");
        run.Write("commentary/2019-20Q2/introduction.md", "Quarter two's own introduction.");

        run.Run("render").ExitCode.ShouldBe(0);
        var quarterTwo = File.ReadAllText(Path.Combine(run.Folder, "out", "report.md"));
        run.Run("render", "--quarter", "2019-20Q1").ExitCode.ShouldBe(0);
        var quarterOne = File.ReadAllText(Path.Combine(run.Folder, "out", "report.md"));

        quarterTwo.ShouldContain("Quarter two's own introduction.");
        quarterTwo.ShouldNotContain("The standing introduction.");
        quarterOne.ShouldContain("The standing introduction.");
    }

    [Fact]
    public void The_not_evaluated_count_leaves_out_peer_tests_of_measures_without_a_peer_comparison()
    {
        using var run = Office("""{ "formats": ["md"] }""");

        var (code, output, _) = run.Run("evaluate", "--quarter", "2019-20Q2");

        code.ShouldBe(0);
        output.ShouldContain("1 measure; ");
        output.ShouldContain("fired; 0 rule results not evaluated; peer tests not applicable to the 1 measure with no peer comparison configured");
    }
}
