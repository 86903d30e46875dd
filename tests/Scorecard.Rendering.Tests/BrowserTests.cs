using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Scorecard.Rendering.Tests;

/// <summary>A test that needs a headless Chromium; skipped, with the reason shown, when none is installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (ChromiumPdfPrinter.FindBrowser() is null)
        {
            Skip = "No Chromium or Chrome found. " + ChromiumPdfPrinter.InstallHint;
        }
    }
}

public sealed partial class BrowserTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("scorecard-browser-");

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>Renders the report into the temp folder; when SCORECARD_ARTIFACTS is set, also there (screenshots to look at).</summary>
    private string WriteReport()
    {
        var report = Fixtures.Render(commentary: Fixtures.Commentary(
            ("crime-volume", "The latest national crime statistics publication cites that **for many crime types**, police recorded crime statistics do not provide a reliable measure.\n\n> Residential burglaries and vehicle crime each dropped by 27 per cent and 26 per cent respectively.\n\nPolice recorded crime has increased nationally by 6 per cent in the 12 months to June 2019."),
            ("response-immediate", "Demand in August was unusually high; the Force has reviewed its deployment model.")));
        OutputWriter.Write(_folder.FullName, [new OutputFile("report.html", report.Html), new OutputFile("report.md", report.Markdown)]).HasErrors.ShouldBeFalse();
        return Path.Combine(_folder.FullName, "report.html");
    }

    private static ChromiumPdfPrinter Browser() => ChromiumPdfPrinter.Create(TimeSpan.FromSeconds(90)).Value!;

    [ChromiumFact]
    public async Task The_report_opens_without_console_errors_and_has_the_dashboard()
    {
        var html = WriteReport();
        var run = await Browser().RunAsync(html, ["--enable-logging=stderr", "--v=0", "--dump-dom"]);
        run.StandardError.ShouldNotContain("Uncaught");
        run.StandardError.ShouldNotContain("CONSOLE");
        run.StandardOutput.ShouldContain("class=\"dashboard-table\"");
        run.StandardOutput.ShouldContain("Crime volume");
    }

    [ChromiumFact]
    public async Task The_report_prints_to_a_sensible_number_of_a4_pages()
    {
        var html = WriteReport();
        var pdf = Path.Combine(_folder.FullName, "report.pdf");
        (await Browser().PrintAsync(html, pdf)).ShouldBeEmpty();
        var bytes = await File.ReadAllBytesAsync(pdf);
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        text.ShouldStartWith("%PDF");
        var pages = PageObject().Count(text);
        pages.ShouldBeInRange(6, 30);
        MediaBoxA4().IsMatch(text).ShouldBeTrue("pages should be A4 (595 x 842 points)");
        Directory.GetFiles(_folder.FullName, "*.tmp*").ShouldBeEmpty();
        Keep(pdf);
    }

    [ChromiumFact]
    public async Task A_screenshot_can_be_taken()
    {
        var html = WriteReport();
        var png = Path.Combine(_folder.FullName, "report.png");
        var run = await Browser().RunAsync(html, ["--screenshot=" + png, "--window-size=1240,1754", "--hide-scrollbars"]);
        File.Exists(png).ShouldBeTrue(run.StandardError);
        new FileInfo(png).Length.ShouldBeGreaterThan(10_000);
        Keep(png);
    }

    private static void Keep(string file)
    {
        if (Environment.GetEnvironmentVariable("SCORECARD_ARTIFACTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }
    }

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+59[45](\.\d+)?\s+84[12](\.\d+)?\s*\]")]
    private static partial Regex MediaBoxA4();
}
