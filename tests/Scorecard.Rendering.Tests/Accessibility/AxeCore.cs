using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Scorecard.Rendering.Tests.Accessibility;

/// <summary>One rule axe-core found broken, with the first few elements that break it.</summary>
public sealed record AxeViolation(string Id, string Impact, string Help, int Nodes, IReadOnlyList<string> Examples)
{
    public override string ToString() => $"{Id} ({Impact}, {Nodes} elements): {Help}\n  " + string.Join("\n  ", Examples);
}

/// <summary>A test that runs axe-core in headless Chromium; skipped, with the reason shown, when either is missing.</summary>
public sealed class AxeFactAttribute : FactAttribute
{
    public AxeFactAttribute()
    {
        if (ChromiumPdfPrinter.FindBrowser() is null)
        {
            Skip = "No Chromium or Chrome found. " + ChromiumPdfPrinter.InstallHint;
        }
        else if (AxeCore.Script is null)
        {
            Skip = "axe-core is not installed: run `npm ci --prefix tests/Scorecard.Rendering.Tests/Accessibility` (.ci/run does).";
        }
    }
}

/// <summary>
/// Runs axe-core (the npm package, installed under tests/Scorecard.Rendering.Tests/Accessibility) on
/// a copy of a rendered report, loaded into headless Chromium, for the WCAG 2.2 A and AA rules and
/// axe's best practices. The report itself is never changed: the script is added to a copy.
/// </summary>
public static partial class AxeCore
{
    private const string Tags = "\"wcag2a\",\"wcag2aa\",\"wcag21a\",\"wcag21aa\",\"wcag22aa\",\"best-practice\"";

    /// <summary>axe.min.js from the npm install beside the tests, or null when it is not installed.</summary>
    public static string? Script { get; } = Find();

    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(string htmlFile)
    {
        var folder = Directory.CreateTempSubdirectory("scorecard-axe-");
        try
        {
            File.Copy(Script!, Path.Combine(folder.FullName, "axe.min.js"));
            var probe = "<script src=\"axe.min.js\"></script><script>window.addEventListener('load', () => axe.run(document, { runOnly: { type: 'tag', values: [" + Tags + "] } })"
                + ".then(r => { const p = document.createElement('pre'); p.id = 'axe-results'; p.textContent = JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, examples: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ': ' + n.failureSummary) }))); document.body.appendChild(p); }));</script>";
            var html = await File.ReadAllTextAsync(htmlFile);
            var copy = Path.Combine(folder.FullName, "report.html");
            await File.WriteAllTextAsync(copy, html.Replace("</body>", probe + "</body>", StringComparison.Ordinal));

            var browser = ChromiumPdfPrinter.Create(TimeSpan.FromSeconds(120)).Value!;
            var run = await browser.RunAsync(copy, ["--virtual-time-budget=60000", "--dump-dom"]);
            var match = Results().Match(run.StandardOutput);
            match.Success.ShouldBeTrue("axe-core did not report: " + run.StandardError);
            using var json = JsonDocument.Parse(WebUtility.HtmlDecode(match.Groups[1].Value));
            return json.RootElement.EnumerateArray().Select(v => new AxeViolation(
                v.GetProperty("id").GetString()!,
                v.GetProperty("impact").GetString() ?? "unknown",
                v.GetProperty("help").GetString()!,
                v.GetProperty("nodes").GetInt32(),
                v.GetProperty("examples").EnumerateArray().Select(e => e.GetString()!).ToList())).ToList();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Scorecard.Rendering.Tests", "Accessibility", "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    [GeneratedRegex("<pre id=\"axe-results\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex Results();
}
