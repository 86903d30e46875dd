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
    public async Task A_report_that_mixes_the_dashboard_key_and_making_data_count_has_no_accessibility_violations()
    {
        var report = MakingDataCountReportTests.RenderMixed();

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

/// <summary>An office's own logo, words and colours keep the report accessible.</summary>
public sealed class OfficeAccessibilityTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("scorecard-a11y-office-");

    public void Dispose() => _folder.Delete(recursive: true);

    [AxeFact]
    public async Task A_report_with_a_logo_and_its_own_palette_has_no_accessibility_violations()
    {
        var palette = SentimentPalette.Default
            .With(Scorecard.Core.Evaluation.Sentiment.Improvement, "#2166AC")
            .With(Scorecard.Core.Evaluation.Sentiment.Concern, "#B35806")
            .With(Scorecard.Core.Evaluation.Sentiment.Neutral, "#6B6B6B")
            .With(Scorecard.Core.Evaluation.Sentiment.Attention, "#EE99AA");
        var info = Fixtures.Info with
        {
            Office = "Mayor's Office for Policing and Crime",
            Panel = "Police and Crime Committee",
            CommissionerTitle = "Deputy Mayor for Policing and Crime",
            Logo = OfficeLogo.Read(Identity.OfficeLogoTests.Png()).Logo,
            Palette = palette,
        };
        var report = Fixtures.Render(commentary: Fixtures.Commentary() with { Introduction = "The quarter in brief." }, info: info);
        var path = Path.Combine(_folder.FullName, "report.html");
        File.WriteAllText(path, report.Html);

        var violations = await AxeCore.RunAsync(path);

        violations.ShouldBeEmpty(string.Join("\n", violations));
    }
}
