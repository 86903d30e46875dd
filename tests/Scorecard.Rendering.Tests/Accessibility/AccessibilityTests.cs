namespace Scorecard.Rendering.Tests.Accessibility;

/// <summary>The report is a public body's document: WCAG 2.2 AA, checked by axe-core in headless Chromium.</summary>
public sealed class AccessibilityTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("scorecard-a11y-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string html)
    {
        var path = Path.Combine(_folder.FullName, "report.html");
        File.WriteAllText(path, html);
        return path;
    }

    [AxeFact]
    public async Task The_report_has_no_accessibility_violations()
    {
        var report = Fixtures.Render(commentary: Fixtures.Commentary(
            ("crime-volume", "Commentary with a [link](https://www.ons.gov.uk/) and a list:\n\n- one\n- two\n\n> A quotation.")));

        var violations = await AxeCore.RunAsync(Write(report.Html));

        violations.ShouldBeEmpty(string.Join("\n", violations));
    }

    [AxeFact]
    public async Task The_check_finds_a_violation_when_there_is_one()
    {
        var report = Fixtures.Render();
        var broken = report.Html.Replace("<html lang=\"en-GB\">", "<html>", StringComparison.Ordinal);

        var violations = await AxeCore.RunAsync(Write(broken));

        violations.Select(v => v.Id).ShouldContain("html-has-lang");
    }
}
