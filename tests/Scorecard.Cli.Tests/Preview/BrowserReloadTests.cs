using System.Diagnostics;
using Scorecard.Cli.Preview;
using Scorecard.Rendering;

namespace Scorecard.Cli.Tests.Preview;

/// <summary>A test that opens the preview in headless Chromium; skipped, saying why, when there is none.</summary>
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

/// <summary>The page's own script reloads it in a real browser after each render, failed or not.</summary>
public sealed class BrowserReloadTests
{
    private static string Page(string title) => $"<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head><title>{title}</title></head>\n<body>\n<h1>{title}</h1>\n</body>\n</html>\n";

    [ChromiumFact]
    public async Task An_open_page_reloads_after_each_render()
    {
        await using var server = PreviewServer.Start(null, new PreviewState("t-1", Page("First"), null, [], "10:00:00")).Value!;
        var profile = Directory.CreateTempSubdirectory("scorecard-preview-browser-");
        var start = new ProcessStartInfo(ChromiumPdfPrinter.FindBrowser()!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var flag in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-extensions",
            "--remote-debugging-port=0", "--user-data-dir=" + profile.FullName, server.Address })
        {
            start.ArgumentList.Add(flag);
        }

        using var browser = Process.Start(start)!;
        browser.BeginOutputReadLine();
        browser.BeginErrorReadLine();
        try
        {
            await Until(() => server.PageLoads >= 1, "the browser to load the page", browser);

            server.Publish(new PreviewState("t-2", Page("Second"), null, [], "10:00:05"));
            await Until(() => server.PageLoads >= 2, "the page to reload after a render", browser);

            server.Publish(new PreviewState("t-3", Page("Second"), null, [Core.Diagnostics.Diagnostic.Error("SC0301", Core.Diagnostics.SourceLocation.AtLine("templates/_key.html.sbn", 3, 4), "broken")], "10:00:09"));
            await Until(() => server.PageLoads >= 3, "the page to reload after a failed render", browser);
        }
        finally
        {
            browser.Kill(entireProcessTree: true);
            await browser.WaitForExitAsync();
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // the browser may hold a lock file for a moment
            }
        }
    }

    private static async Task Until(Func<bool> condition, string what, Process browser)
    {
        var giveUp = DateTime.UtcNow + WatchedRender.Patience;
        while (!condition())
        {
            browser.HasExited.ShouldBeFalse($"the browser stopped (exit code {(browser.HasExited ? browser.ExitCode : 0)}) while waiting for {what}");
            (DateTime.UtcNow < giveUp).ShouldBeTrue($"gave up waiting for {what}");
            await Task.Delay(50);
        }
    }
}
