using System.Diagnostics;

namespace Scorecard.Rendering.Tests.Workbook;

/// <summary>
/// Runs LibreOffice's <c>soffice --headless --convert-to</c> (CSV or PDF) on a workbook, with a profile of
/// its own so that parallel runs do not clash.
/// </summary>
internal static class LibreOffice
{
    public static string? Path { get; } = Find();

    /// <summary>
    /// Converts <paramref name="workbook"/> to CSV in <paramref name="outputFolder"/>: every sheet to
    /// <c>name-Sheet.csv</c> (LibreOffice 7.2 or later), UTF-8, values as they are shown when
    /// <paramref name="asShown"/>, raw otherwise. Returns the files by sheet name.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ConvertToCsv(string workbook, string outputFolder, bool asShown)
    {
        // Separator ',', quote '"', UTF-8, from line 1, standard cell format, language, quoted field as text,
        // detect special numbers, save as shown, formulas, remove spaces, every sheet (-1).
        var filter = $"csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,{(asShown ? "true" : "false")},false,false,-1";
        var (output, error, exitCode) = Convert(workbook, outputFolder, filter);
        var prefix = System.IO.Path.GetFileNameWithoutExtension(workbook) + "-";
        var files = Directory.GetFiles(outputFolder, prefix + "*.csv")
            .ToDictionary(f => System.IO.Path.GetFileNameWithoutExtension(f)[prefix.Length..], f => f);
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"soffice wrote no CSV (exit {exitCode}): {output} {error}");
        }

        return files;
    }

    /// <summary>Prints <paramref name="workbook"/> to PDF in <paramref name="outputFolder"/>, as its page setup says, and returns the PDF's path.</summary>
    public static string ConvertToPdf(string workbook, string outputFolder)
    {
        var (output, error, exitCode) = Convert(workbook, outputFolder, "pdf");
        var pdf = System.IO.Path.Combine(outputFolder, System.IO.Path.GetFileNameWithoutExtension(workbook) + ".pdf");
        return File.Exists(pdf) ? pdf : throw new InvalidOperationException($"soffice wrote no PDF (exit {exitCode}): {output} {error}");
    }

    private static (string Output, string Error, int ExitCode) Convert(string workbook, string outputFolder, string filter)
    {
        var soffice = Path ?? throw new InvalidOperationException("soffice is not installed.");
        var profile = System.IO.Path.Combine(outputFolder, "profile");
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     $"-env:UserInstallation={new Uri(profile).AbsoluteUri}", "--headless", "--norestore",
                     "--convert-to", filter, "--outdir", outputFolder, workbook,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HOME"] = profile;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("soffice took more than 3 minutes to convert the workbook.");
        }

        return (output.Result, error.Result, process.ExitCode);
    }

    private static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => System.IO.Path.Combine(folder, "soffice"))
            .FirstOrDefault(File.Exists);
    }
}

/// <summary>A fact that needs LibreOffice, skipped with the reason when <c>soffice</c> is not on the PATH.</summary>
internal sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (LibreOffice.Path is null)
        {
            Skip = "LibreOffice (soffice) is not on the PATH; install it to check that LibreOffice reads the workbook.";
        }
    }
}
