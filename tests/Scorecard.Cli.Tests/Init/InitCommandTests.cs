using System.Globalization;
using System.Text.Json;
using ClosedXML.Excel;

namespace Scorecard.Cli.Tests.Init;

/// <summary><c>scorecard init</c>: a new office's folder, then <c>validate</c> and <c>render</c> straight away.</summary>
public sealed class InitCommandTests
{
    private static readonly string[] KitFiles =
        ["README.md", "commentary/introduction.md", "data/monthly.xlsx", "scorecard.config.json", "scorecard.schema.json"];

    private static IEnumerable<string> FilesIn(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Init_makes_the_office_folder_and_says_what_to_do_next()
    {
        using var run = new CliRun();

        var (code, output, error) = run.Run("init", "my-office");

        error.ShouldBeEmpty();
        code.ShouldBe(0);
        FilesIn(Path.Combine(run.Folder, "my-office")).ShouldBe(KitFiles);
        output.ShouldContain("wrote my-office/data/monthly.xlsx");
        output.ShouldContain("cd my-office, then run 'scorecard validate' and 'scorecard render'");
    }

    [Fact]
    public void Right_after_init_validate_succeeds_and_render_writes_a_report_that_says_which_measures_have_no_data_yet()
    {
        using var run = new CliRun();
        run.Run("init", "office").ExitCode.ShouldBe(0);
        var office = Path.Combine(run.Folder, "office");

        var validate = run.Run("validate", "--config", "office/scorecard.config.json");
        validate.ExitCode.ShouldBe(0, validate.Error);
        validate.Output.ShouldContain("28 measures (28 configured)");

        var render = run.Run("render", "--config", "office/scorecard.config.json");
        render.ExitCode.ShouldBe(0, render.Error);
        render.Error.ShouldContain("warning SC0013");
        render.Error.ShouldContain("Quarter Two 2019-20", customMessage: "the latest complete quarter before 2 December 2019");
        render.Error.ShouldNotContain("SC0503", customMessage: "a measure with no figures needs figures, not commentary");
        FilesIn(Path.Combine(office, "out")).Where(f => !f.StartsWith('.')).ShouldBe(["evaluation.json", "report.html", "report.md", "scorecard.xlsx"]);
        var markdown = File.ReadAllText(Path.Combine(office, "out", "report.md"));
        markdown.ShouldContain("**No data yet.** These measures have no figures at all in the data, so nothing about them could be tested: Crime volume, Crime recording compliance rate,");
        File.ReadAllText(Path.Combine(office, "out", "report.html")).ShouldContain("<strong>No data yet.</strong>");
    }

    [Fact]
    public void The_configuration_has_the_schema_the_reference_measures_and_every_setting_the_schema_declares()
    {
        using var run = new CliRun();
        run.Run("init").ExitCode.ShouldBe(0);

        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(run.Folder, "scorecard.config.json")));
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(run.Folder, "scorecard.schema.json")));
        var root = config.RootElement;
        root.GetProperty("$schema").GetString().ShouldBe("./scorecard.schema.json");
        File.ReadAllText(Path.Combine(run.Folder, "scorecard.schema.json")).ShouldBe(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "scorecard.schema.json")));
        root.GetProperty("priorities").GetArrayLength().ShouldBe(4);
        root.GetProperty("priorities")[0].GetProperty("measures")[0].GetProperty("id").GetString().ShouldBe("crime-volume");
        root.GetProperty("panel").GetString().ShouldBe("Police and Crime Panel");
        root.GetProperty("logo").ValueKind.ShouldBe(JsonValueKind.Null);
        root.GetProperty("rules").GetProperty("spike").GetProperty("window").GetInt32().ShouldBe(24);
        MissingSettings(schema.RootElement, root, "$").ShouldBeEmpty();
    }

    /// <summary>Every key the schema's objects declare (recursively, through $refs) that the configuration leaves out.</summary>
    private static List<string> MissingSettings(JsonElement schemaNode, JsonElement config, string path)
    {
        var missing = new List<string>();
        if (!schemaNode.TryGetProperty("properties", out var properties) || config.ValueKind != JsonValueKind.Object)
        {
            return missing;
        }

        foreach (var property in properties.EnumerateObject())
        {
            if (!config.TryGetProperty(property.Name, out var value))
            {
                missing.Add(path + "." + property.Name);
                continue;
            }

            missing.AddRange(MissingSettings(property.Value, value, path + "." + property.Name));
        }

        return missing;
    }

    [Fact]
    public void The_workbook_has_a_title_row_real_dates_for_the_last_36_months_a_row_per_value_and_a_notes_sheet()
    {
        using var run = new CliRun();
        run.Run("init").ExitCode.ShouldBe(0);

        using var workbook = new XLWorkbook(Path.Combine(run.Folder, "data", "monthly.xlsx"));
        var sheet = workbook.Worksheet("Monthly");
        sheet.Cell(1, 1).GetString().ShouldContain("monthly figures");
        sheet.Cell(4, 1).GetString().ShouldBe("Measure");
        var first = sheet.Cell(4, 2);
        first.DataType.ShouldBe(XLDataType.DateTime);
        first.GetDateTime().ShouldBe(new DateTime(2016, 12, 1, 0, 0, 0, DateTimeKind.Unspecified));
        sheet.Cell(4, 37).GetDateTime().ShouldBe(new DateTime(2019, 11, 1, 0, 0, 0, DateTimeKind.Unspecified), "the last complete month before 2 December 2019");
        sheet.Cell(4, 38).IsEmpty().ShouldBeTrue();
        var keys = sheet.Column(1).CellsUsed().Select(c => c.GetString()).Skip(3).ToList();
        keys[0].ShouldBe("crime-volume");
        keys.ShouldContain("positive-outcome-ratio.numerator");
        keys.ShouldContain("positive-outcome-ratio.denominator");
        keys.ShouldContain("answer-999.volume");
        sheet.Range(5, 2, 4 + keys.Count, 37).CellsUsed().ShouldBeEmpty("every value is left to fill in");
        var notes = workbook.Worksheet("Notes");
        notes.CellsUsed().Select(c => c.GetString()).ShouldContain(t => t.Contains("A blank cell is a month with no figure", StringComparison.Ordinal));
        notes.CellsUsed().Select(c => c.GetString()).ShouldContain("answer-999.volume");
    }

    [Fact]
    public void Figures_typed_into_the_workbook_load_and_reach_the_report()
    {
        using var run = new CliRun();
        run.Run("init").ExitCode.ShouldBe(0);
        var path = Path.Combine(run.Folder, "data", "monthly.xlsx");
        using (var workbook = new XLWorkbook(path))
        {
            var sheet = workbook.Worksheet("Monthly");
            for (var column = 2; column <= 37; column++)
            {
                sheet.Cell(5, column).Value = 3_600 + (column * 10);
            }

            workbook.Save();
        }

        var validate = run.Run("validate");
        validate.ExitCode.ShouldBe(0, validate.Error);
        validate.Output.ShouldContain("36 months (December 2016 to November 2019)");

        var render = run.Run("render", "--format", "md", "--quarter", "2019-20Q2");
        render.ExitCode.ShouldBe(0, render.Error);
        var markdown = File.ReadAllText(Path.Combine(run.Folder, "out", "report.md"));
        markdown.ShouldContain(string.Create(CultureInfo.InvariantCulture, $"| Crime volume | {(3_600 * 3) + ((30 + 31 + 32) * 10):#,##0} | {(3_600 * 3) + ((33 + 34 + 35) * 10):#,##0} |"));
        markdown.ShouldNotContain("These measures have no figures at all in the data, so nothing about them could be tested: Crime volume");
    }

    [Fact]
    public void Init_never_overwrites_and_names_every_file_that_is_already_there()
    {
        using var run = new CliRun();
        run.Write("README.md", "my own notes");
        run.Write("data/monthly.xlsx", "not really a workbook");

        var (code, output, error) = run.Run("init");

        code.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldContain("error SC0010 README.md: this file already exists, and init never overwrites a file.");
        error.ShouldContain("error SC0010 data/monthly.xlsx:");
        error.ShouldContain("nothing was written.");
        File.ReadAllText(Path.Combine(run.Folder, "README.md")).ShouldBe("my own notes");
        FilesIn(run.Folder).ShouldBe(["README.md", "data/monthly.xlsx"]);
    }

    [Fact]
    public void Init_a_second_time_changes_nothing()
    {
        using var run = new CliRun();
        run.Run("init").ExitCode.ShouldBe(0);
        var before = FilesIn(run.Folder).Select(f => f + " " + Convert.ToBase64String(File.ReadAllBytes(Path.Combine(run.Folder, f)))).ToList();

        var (code, _, error) = run.Run("init");

        code.ShouldBe(1);
        error.Split('\n').Count(l => l.StartsWith("error SC0010", StringComparison.Ordinal)).ShouldBe(5);
        FilesIn(run.Folder).Select(f => f + " " + Convert.ToBase64String(File.ReadAllBytes(Path.Combine(run.Folder, f)))).ShouldBe(before);
    }

    [Fact]
    public void Init_into_a_file_is_refused()
    {
        using var run = new CliRun();
        run.Write("office", "a file");

        var (code, _, error) = run.Run("init", "office");

        code.ShouldBe(1);
        error.ShouldContain("error SC0012 office: this is a file, not a folder");
    }
}
