using System.Globalization;
using Scorecard.Core.Series;
using Scorecard.ExampleGenerator;

// Regenerates examples/data and examples/measures.json. Run from anywhere inside the repository:
//   dotnet run --project examples/generator
var root = RepositoryRoot();
var examples = Path.Combine(root, "examples");
Seasonality.Load(Path.Combine(examples, "generator", "source", "mps-seasonal-source.csv"));

var series = Wiltshire.Generate();
CheckShape(series);
var data = new MeasureData(series.Select(s => s.ToMonthlySeries()));
var peers = Peers.Generate(data);
var calibration = new Calibration(data, peers).Run();

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"measure",-32} {"figure",-62} {"report",-34} {"example data",-44} hit"));
foreach (var row in calibration.Rows)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Measure,-32} {Cut(row.Figure, 62),-62} {Cut(row.Printed, 34),-34} {Cut(row.Achieved, 44),-44} {(row.Hit ? "yes" : "NO")}"));
}

var missed = calibration.Rows.Count(r => !r.Hit);
if (missed > 0)
{
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: {missed} of {calibration.Rows.Count} figures of the reference report are not reproduced; nothing written."));
    return 1;
}

var dataDirectory = Path.Combine(examples, "data");
Directory.CreateDirectory(dataDirectory);
Writers.Workbook(series, Path.Combine(dataDirectory, "monthly.xlsx"));
Writers.LongCsv(series, Path.Combine(dataDirectory, "monthly-long.csv"));
Writers.PeersCsv(peers, Path.Combine(dataDirectory, "peers.csv"));
Writers.MeasuresJson(Path.Combine(examples, "measures.json"));
Writers.CalibrationMarkdown(calibration.Rows, Path.Combine(examples, "calibration.md"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"All {calibration.Rows.Count} figures reproduced. Wrote {series.Count} measures to {Path.GetRelativePath(root, dataDirectory)}."));
return 0;

static string RepositoryRoot()
{
    foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Scorecard.sln")))
            {
                return dir.FullName;
            }
        }
    }

    throw new DirectoryNotFoundException("Run the generator inside the Scorecard repository (no Scorecard.sln found above the current directory).");
}

static string Cut(string text, int width) => text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 1), "…");

static void CheckShape(IReadOnlyList<GeneratedSeries> series)
{
    var ids = Catalogue.Measures.Select(m => m.Id).ToList();
    if (!series.Select(s => s.Id).SequenceEqual(ids))
    {
        throw new InvalidOperationException("The generated series and the catalogue list different measures.");
    }

    foreach (var s in series)
    {
        var definition = Catalogue.Get(s.Id);
        var last = Enumerable.Range(0, Months.Count).Last(i => s.Value[i] is not null || s.Numerator[i] is not null);
        if (Months.At(last) != definition.LastMonth)
        {
            throw new InvalidOperationException($"{s.Id} ends {Months.At(last)}, the catalogue says {definition.LastMonth}.");
        }

        for (var i = 0; i <= last; i++)
        {
            if (s.Value[i] is < 0 || s.Numerator[i] is < 0 || s.Numerator[i] > s.Denominator[i] || s.Volume[i] is < 0)
            {
                throw new InvalidOperationException($"{s.Id} {Months.At(i)}: impossible value.");
            }
        }
    }
}
