using System.Diagnostics;
using Scorecard.Rendering;

namespace Scorecard.Cli.Tests;

/// <summary>The outside programs some end-to-end tests drive, found on the PATH.</summary>
internal static class OutsidePrograms
{
    public static string? PdfToText { get; } = Find("pdftotext");

    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    /// <summary>The text of every page of a PDF, pages separated by form feeds (poppler's pdftotext).</summary>
    public static string PdfText(string pdf)
    {
        var start = new ProcessStartInfo(PdfToText ?? throw new InvalidOperationException("pdftotext is not installed."))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-enc");
        start.ArgumentList.Add("UTF-8");
        start.ArgumentList.Add(pdf);
        start.ArgumentList.Add("-");
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }
}

/// <summary>A test that prints a PDF with Chromium and reads it back with pdftotext; skipped, saying why, when either is missing.</summary>
public sealed class PdfFactAttribute : FactAttribute
{
    public PdfFactAttribute()
    {
        if (ChromiumPdfPrinter.FindBrowser() is null)
        {
            Skip = "No Chromium or Chrome found. " + ChromiumPdfPrinter.InstallHint;
        }
        else if (OutsidePrograms.PdfToText is null)
        {
            Skip = "pdftotext (poppler-utils) is not installed: sudo apt-get install poppler-utils.";
        }
    }
}
