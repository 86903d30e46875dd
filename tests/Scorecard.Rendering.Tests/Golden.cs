using System.Runtime.CompilerServices;

namespace Scorecard.Rendering.Tests;

/// <summary>
/// Compares text with a golden file under Golden/. <c>SCORECARD_ACCEPT=1 dotnet test</c> rewrites
/// the golden files instead; review the diff in the commit.
/// </summary>
internal static class Golden
{
    public static void Matches(string actual, string name, [CallerFilePath] string caller = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(caller)!, "Golden", name);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("SCORECARD_ACCEPT") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        File.Exists(path).ShouldBeTrue($"No golden file {path}. Run SCORECARD_ACCEPT=1 dotnet test to create it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            return;
        }

        var a = actual.Split('\n');
        var e = expected.Split('\n');
        var line = Enumerable.Range(0, Math.Min(a.Length, e.Length)).FirstOrDefault(i => a[i] != e[i], Math.Min(a.Length, e.Length));
        throw new Xunit.Sdk.XunitException(
            $"{name} differs from its golden file at line {line + 1}.\nexpected: {(line < e.Length ? e[line] : "<end>")}\nactual:   {(line < a.Length ? a[line] : "<end>")}\n" +
            "If the change is intended, run SCORECARD_ACCEPT=1 dotnet test and review the diff.");
    }
}

public sealed class GoldenTests
{
    [Fact]
    public void The_markdown_report_matches_its_golden_file()
    {
        var report = Fixtures.Render(commentary: Fixtures.Commentary(
            ("crime-volume", "The latest national crime statistics publication cites that **for many crime types**, police recorded crime statistics do not provide a reliable measure.\n\nPolice recorded crime has increased nationally by 6 per cent in the 12 months to June 2019.")));
        Golden.Matches(report.Markdown, "report.md");
    }
}
