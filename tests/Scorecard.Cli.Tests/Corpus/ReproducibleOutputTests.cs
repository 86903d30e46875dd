using System.Diagnostics;

namespace Scorecard.Cli.Tests.Corpus;

/// <summary>
/// The same inputs give byte-identical HTML, Markdown, JSON, CSV and workbook on any machine: whatever the
/// culture (de-DE, en-GB, globalization-invariant mode) and time zone, with the generation date
/// from SOURCE_DATE_EPOCH. Each run is a separate process, as culture, time zone and invariant
/// mode are fixed when a process starts.
/// </summary>
[Trait("Category", "Corpus")]
public sealed class ReproducibleOutputTests
{
    private static readonly Dictionary<string, Dictionary<string, string>> Machines = new()
    {
        ["en-GB, London"] = new() { ["LANG"] = "en_GB.UTF-8", ["LC_ALL"] = "en_GB.UTF-8", ["TZ"] = "Europe/London" },
        ["de-DE, New York"] = new() { ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8", ["TZ"] = "America/New_York" },
        ["invariant, Kiritimati (UTC+14)"] = new() { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1", ["LANG"] = "C", ["LC_ALL"] = "C", ["TZ"] = "Pacific/Kiritimati" },
    };

    [Fact]
    public void Html_markdown_json_csv_and_the_workbook_are_byte_identical_across_cultures_and_time_zones()
    {
        using var folder = new CaseFolder();
        var outputs = new Dictionary<string, Dictionary<string, byte[]>>();
        foreach (var (machine, environment) in Machines)
        {
            var outFolder = Path.Combine(folder.Path, "out-" + outputs.Count);
            var render = Cli(environment, "render", "--format", "html,md,json,xlsx", "--out", outFolder);
            render.Code.ShouldBe(0, $"{machine}: {render.Error}");
            var csv = Cli(environment, "evaluate", "--format", "csv");
            csv.Code.ShouldBe(0, $"{machine}: {csv.Error}");
            outputs[machine] = new Dictionary<string, byte[]>
            {
                ["report.html"] = File.ReadAllBytes(Path.Combine(outFolder, "report.html")),
                ["report.md"] = File.ReadAllBytes(Path.Combine(outFolder, "report.md")),
                ["evaluation.json"] = File.ReadAllBytes(Path.Combine(outFolder, "evaluation.json")),
                ["scorecard.xlsx"] = File.ReadAllBytes(Path.Combine(outFolder, "scorecard.xlsx")),
                ["evaluate.csv"] = System.Text.Encoding.UTF8.GetBytes(csv.Output),
            };
        }

        var first = outputs.First();
        foreach (var (machine, files) in outputs.Skip(1))
        {
            foreach (var (name, bytes) in files)
            {
                bytes.SequenceEqual(first.Value[name]).ShouldBeTrue($"{name} differs between {first.Key} and {machine}");
            }
        }

        System.Text.Encoding.UTF8.GetString(first.Value["report.md"]).ShouldContain("Produced on 1 January 2020");
    }

    /// <summary>Runs the built command on the bundled example in a new process with <paramref name="environment"/>.</summary>
    private static (int Code, string Output, string Error) Cli(Dictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(typeof(ScorecardApp).Assembly.Location);
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT");
        start.Environment["SOURCE_DATE_EPOCH"] = "1577836800";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
