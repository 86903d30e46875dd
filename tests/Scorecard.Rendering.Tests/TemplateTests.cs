using Scorecard.Core.Diagnostics;

namespace Scorecard.Rendering.Tests;

public sealed class TemplateTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("scorecard-templates-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private Result<RenderedReport> Render() =>
        new ReportRenderer(_folder.FullName, Fixtures.Clock).Render(Fixtures.Evaluation(), Fixtures.Data(), Fixtures.Info, Fixtures.Commentary());

    [Fact]
    public void An_empty_template_folder_falls_back_to_the_built_in_templates()
    {
        var result = Render();
        result.HasErrors.ShouldBeFalse();
        result.Value!.Html.ShouldBe(Fixtures.Render().Html);
    }

    [Fact]
    public void A_partial_in_the_template_folder_replaces_the_built_in_one_and_the_rest_fall_back()
    {
        Write("_chart.html.sbn", "<p class=\"custom-chart\">{{ chart.caption }}</p>");
        var html = Render().Value!.Html;
        html.ShouldContain("<p class=\"custom-chart\">Crime volume: monthly figures");
        html.ShouldNotContain("<figure class=\"chart");
        html.ShouldContain("class=\"dashboard-table\"");
    }

    [Fact]
    public void A_syntax_error_is_reported_with_file_line_and_column()
    {
        var path = Write("_measure.html.sbn", "<article>\n  {{ for p in measure.paragraphs }}\n  {{ p.html }\n</article>\n");
        var result = Render();
        result.Value.ShouldBeNull();
        var error = result.Diagnostics.First(d => d.IsError);
        error.Code.ShouldStartWith("SC03");
        error.Location.File.ShouldBe(path);
        error.Location.Line.ShouldBe(3);
        error.Location.Column.ShouldNotBeNull();
        error.ToString().ShouldContain(path + " line 3, column");
    }

    [Fact]
    public void A_misspelt_member_is_a_runtime_error_not_an_empty_string()
    {
        var path = Write("_dashboard.html.sbn", "<table>\n{{ report.quarter.lable }}\n</table>\n");
        var result = Render();
        result.Value.ShouldBeNull();
        var error = result.Diagnostics.First(d => d.IsError);
        error.Code.ShouldBe("SC0302");
        error.Location.File.ShouldBe(path);
        error.Location.Line.ShouldBe(2);
        error.Location.Column.ShouldBe(19, error.ToString()); // at "lable"
    }

    [Fact]
    public void An_undefined_variable_is_a_runtime_error()
    {
        Write("report.md.sbn", "# {{ reprot.office }}\n");
        var error = Render().Diagnostics.First(d => d.IsError);
        error.Code.ShouldBe("SC0302");
        error.Location.Line.ShouldBe(1);
    }

    [Theory]
    [InlineData("../secret.sbn")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/../../x.sbn")]
    public void Includes_cannot_leave_the_template_folder(string name)
    {
        Write("report.md.sbn", $"{{{{ include '{name}' }}}}\n");
        var error = Render().Diagnostics.First(d => d.IsError);
        error.Code.ShouldBe("SC0303");
        error.Message.ShouldContain(name);
        error.Location.Line.ShouldBe(1);
    }

    [Fact]
    public void Including_a_template_that_exists_nowhere_is_an_error()
    {
        Write("report.md.sbn", "{{ include '_nothing.sbn' }}\n");
        Render().Diagnostics.First(d => d.IsError).Code.ShouldBe("SC0304");
    }

    [Fact]
    public void A_missing_template_folder_is_an_error()
    {
        var result = new ReportRenderer("/nonexistent/templates", Fixtures.Clock).Render(Fixtures.Evaluation(), Fixtures.Data(), Fixtures.Info, Commentary.None);
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("SC0305");
    }

    [Fact]
    public void Values_written_by_a_custom_template_are_escaped_but_markup_is_not()
    {
        Write("report.html.sbn", "{{ '<b>' }}|{{ report.measures[0].charts[0].svg }}");
        var html = Render().Value!.Html;
        html.ShouldStartWith("&lt;b&gt;|<svg");
    }

    [Fact]
    public void Uk_format_functions_are_available_to_templates()
    {
        Write("report.md.sbn", "{{ uk.number 11856 }} {{ uk.percent 2.92 }} {{ uk.duration 767 }} {{ uk.duration_short 767 }} {{ uk.more_or_fewer(-3) }}");
        var result = Render();
        result.HasErrors.ShouldBeFalse(string.Join("\n", result.Diagnostics));
        result.Value!.Markdown.ShouldBe("11,856 2.9 per cent 12 minutes 47 seconds 12 min 47 s fewer");
    }
}

public sealed class OutputWriterTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("scorecard-out-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Writes_every_file_and_leaves_no_temporary_files()
    {
        var result = OutputWriter.Write(_folder.FullName, [new OutputFile("report.html", "<p>hi</p>"), new OutputFile("report.md", "hi")]);
        result.HasErrors.ShouldBeFalse();
        Directory.GetFiles(_folder.FullName).Select(Path.GetFileName).Order().ShouldBe(["report.html", "report.md"]);
        File.ReadAllText(Path.Combine(_folder.FullName, "report.md")).ShouldBe("hi");
    }

    [Fact]
    public void When_one_file_cannot_be_written_nothing_is_written()
    {
        // a folder where the second file should go makes its rename fail... and a file named like
        // a folder makes its write fail: use an unwritable name.
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "report.md"));
        File.WriteAllText(Path.Combine(_folder.FullName, "keep.txt"), "x");
        var result = OutputWriter.Write(_folder.FullName, [new OutputFile("report.html", "<p>hi</p>"), new OutputFile("report.md", "hi")]);
        result.HasErrors.ShouldBeTrue();
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("SC0504");
        File.Exists(Path.Combine(_folder.FullName, "report.html")).ShouldBeFalse();
        Directory.GetFiles(_folder.FullName).Select(Path.GetFileName).ShouldBe(["keep.txt"]);
    }

    [Fact]
    public void Earlier_reports_are_kept_when_a_new_one_cannot_be_written()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "report.html"), "old html");
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "report.md"));
        OutputWriter.Write(_folder.FullName, [new OutputFile("report.html", "new html"), new OutputFile("report.md", "new md")]).HasErrors.ShouldBeTrue();
        File.ReadAllText(Path.Combine(_folder.FullName, "report.html")).ShouldBe("old html");
        Directory.GetFiles(_folder.FullName).Select(Path.GetFileName).ShouldBe(["report.html"]);
    }

    [Fact]
    public void A_failed_render_leaves_nothing_to_write()
    {
        var folder = Directory.CreateTempSubdirectory("scorecard-bad-templates-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "report.md.sbn"), "{{ if }}");
            var result = new ReportRenderer(folder.FullName, Fixtures.Clock).Render(Fixtures.Evaluation(), Fixtures.Data(), Fixtures.Info, Commentary.None);
            result.Value.ShouldBeNull();
            result.Diagnostics.ShouldContain(d => d.Code == "SC0301");
            Directory.GetFiles(_folder.FullName).ShouldBeEmpty();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
