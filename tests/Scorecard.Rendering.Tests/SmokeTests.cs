namespace Scorecard.Rendering.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Renders_the_reference_quarter()
    {
        var report = Fixtures.Render(commentary: Fixtures.Commentary(("crime-volume", "The latest national crime statistics publication cites that **for many crime types**, police recorded crime statistics do not provide a reliable measure.\n\nPolice recorded crime has increased nationally by 6 per cent.\n\n> A quote from the press release.")));
        Directory.CreateDirectory("/tmp/scorecard-out");
        File.WriteAllText("/tmp/scorecard-out/report.html", report.Html);
        File.WriteAllText("/tmp/scorecard-out/report.md", report.Markdown);
    }
}
