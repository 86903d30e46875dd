using System.Diagnostics;
using Scorecard.Core.Diagnostics;

namespace Scorecard.Rendering;

/// <summary>The outcome of running the browser: its exit code and what it printed.</summary>
public sealed record BrowserRun(int ExitCode, string StandardOutput, string StandardError);

/// <summary>
/// Prints the HTML report to PDF with headless Chromium (or Chrome), and runs the browser for
/// screenshots and DOM dumps. The browser is found at /usr/bin/chromium or on the PATH as
/// chromium, chromium-browser, google-chrome or google-chrome-stable.
/// </summary>
public sealed class ChromiumPdfPrinter
{
    public const string InstallHint = "Install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or Google Chrome, or leave out --pdf.";

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    public ChromiumPdfPrinter(string browserPath, TimeSpan? timeout = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(browserPath);
        BrowserPath = browserPath;
        Timeout = timeout ?? TimeSpan.FromSeconds(120);
    }

    public string BrowserPath { get; }

    public TimeSpan Timeout { get; }

    /// <summary>The first browser found, or null.</summary>
    public static string? FindBrowser()
    {
        if (File.Exists("/usr/bin/chromium"))
        {
            return "/usr/bin/chromium";
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in Names)
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>A printer for the browser found, or SC0505 with how to install one.</summary>
    public static Result<ChromiumPdfPrinter> Create(TimeSpan? timeout = null) =>
        FindBrowser() is { } browser
            ? new Result<ChromiumPdfPrinter>(new ChromiumPdfPrinter(browser, timeout), [])
            : new Result<ChromiumPdfPrinter>(null, [Diagnostic.Error(RenderingDiagnostics.PdfBrowserMissing, SourceLocation.None,
                "no Chromium or Chrome browser was found to print the PDF. " + InstallHint)]);

    /// <summary>
    /// Prints <paramref name="htmlFile"/> to <paramref name="pdfFile"/>, with bookmarks for its
    /// headings (the PDF's outline), its title and language, tagged. When the HTML marks places for
    /// page numbers (<c>data-page-of</c>, the contents list), it is printed twice: the first print
    /// says where each section landed, the second carries the numbers. The PDF is written to a
    /// temporary name and moved into place only when complete.
    /// </summary>
    public async Task<IReadOnlyList<Diagnostic>> PrintAsync(string htmlFile, string pdfFile, CancellationToken cancellationToken = default)
    {
        var target = Path.GetFullPath(pdfFile);
        var folder = Path.GetDirectoryName(target)!;
        var temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp.pdf");
        var numbered = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(htmlFile))!, $".{Path.GetFileNameWithoutExtension(htmlFile)}.{Guid.NewGuid():N}.paged.html");
        try
        {
            if (await PrintOnceAsync(htmlFile, temp, cancellationToken).ConfigureAwait(false) is { } failed)
            {
                return [failed];
            }

            var html = await File.ReadAllTextAsync(htmlFile, cancellationToken).ConfigureAwait(false);
            if (PdfPageNumbers.HasPlaceholders(html))
            {
                var pages = PdfPageNumbers.Of(await File.ReadAllBytesAsync(temp, cancellationToken).ConfigureAwait(false));
                await File.WriteAllTextAsync(numbered, PdfPageNumbers.Fill(html, pages), cancellationToken).ConfigureAwait(false);
                if (await PrintOnceAsync(numbered, temp, cancellationToken).ConfigureAwait(false) is { } again)
                {
                    return [again];
                }
            }

            File.Move(temp, target, overwrite: true);
            return [];
        }
        catch (TimeoutException e)
        {
            return [Failed(e.Message)];
        }
        finally
        {
            foreach (var file in new[] { temp, numbered })
            {
                if (File.Exists(file))
                {
                    File.Delete(file);
                }
            }
        }
    }

    private async Task<Diagnostic?> PrintOnceAsync(string htmlFile, string pdfFile, CancellationToken cancellationToken)
    {
        if (File.Exists(pdfFile))
        {
            File.Delete(pdfFile);
        }

        var run = await RunAsync(htmlFile, ["--no-pdf-header-footer", "--generate-pdf-document-outline", "--print-to-pdf=" + pdfFile], cancellationToken).ConfigureAwait(false);
        return !File.Exists(pdfFile) || new FileInfo(pdfFile).Length == 0
            ? Failed($"the browser exited with code {run.ExitCode} and wrote no PDF. {LastLines(run.StandardError)}")
            : null;
    }

    /// <summary>Runs the headless browser on a local HTML file with extra flags (e.g. --screenshot=…, --dump-dom).</summary>
    public async Task<BrowserRun> RunAsync(string htmlFile, IEnumerable<string> flags, CancellationToken cancellationToken = default)
    {
        var profile = Directory.CreateTempSubdirectory("scorecard-chromium-");
        try
        {
            var info = new ProcessStartInfo(BrowserPath)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var flag in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile.FullName,
            }.Concat(flags))
            {
                info.ArgumentList.Add(flag);
            }

            info.ArgumentList.Add(new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri);
            using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {BrowserPath}.");
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"the browser did not finish within {Timeout.TotalSeconds:0} seconds and was stopped.");
            }

            return new BrowserRun(process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // the browser may still hold a lock file for a moment; a temp folder left behind is harmless
            }
        }
    }

    private static Diagnostic Failed(string message) =>
        Diagnostic.Error(RenderingDiagnostics.PdfFailed, SourceLocation.None, "the PDF could not be printed: " + message);

    private static string LastLines(string text) =>
        string.Join(" ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(3));
}
