using Scorecard.Core.Diagnostics;
using Scorecard.Rendering.Templates;

namespace Scorecard.Rendering.Tests.Templates;

public sealed class TemplateCheckerTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("scorecard-templates-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return path;
    }

    private IReadOnlyList<Diagnostic> Check() => TemplateChecker.Check(_folder.FullName);

    [Fact]
    public void The_built_in_templates_are_clean()
    {
        TemplateChecker.Check(null).ShouldBeEmpty();
    }

    [Fact]
    public void A_misspelt_member_of_a_loop_variable_is_caught_with_did_you_mean()
    {
        Write("report.md.sbn", "# {{ report.title }}\n{{ for m in report.measures }}\n{{ m.figures.margn }}\n{{ end }}\n");

        var d = Check().ShouldHaveSingleItem();

        d.Code.ShouldBe("SC0310");
        d.Location.File.ShouldEndWith("report.md.sbn");
        d.Location.Line.ShouldBe(3);
        d.Location.Column.ShouldBe(14);
        d.Message.ShouldContain("m.figures has no member \"margn\" (did you mean \"margin\"?)");
    }

    [Fact]
    public void A_misspelling_in_a_branch_that_does_not_run_this_quarter_is_caught()
    {
        Write("report.md.sbn", "{{ if false }}\n{{ report.quarter.lable }}\n{{ else }}\n{{ report.quarter.label }}\n{{ end }}\n");

        var d = Check().ShouldHaveSingleItem();

        d.Location.Line.ShouldBe(2);
        d.Message.ShouldContain("report.quarter has no member \"lable\" (did you mean \"label\"?)");
    }

    [Fact]
    public void Loop_variables_follow_nested_lists_and_indexers()
    {
        Write("report.md.sbn", """
            {{ for p in report.priorities }}{{ for m in p.measures }}{{ for row in m.scorecard }}{{ row.resut }}{{ end }}{{ end }}{{ end }}
            {{ report.measures[0].flags[0].glyf }}
            {{ report.measures.size }} {{ report.title.size }}
            """);

        var messages = Check().Select(d => d.Message).ToList();

        messages.Count.ShouldBe(2);
        messages[0].ShouldContain("row has no member \"resut\" (did you mean \"result\"?)");
        messages[1].ShouldContain("report.measures[…].flags[…] has no member \"glyf\" (did you mean \"glyph\"?)");
    }

    [Fact]
    public void A_partial_is_checked_with_the_loop_variables_of_the_place_that_includes_it()
    {
        Write("_measure.html.sbn", "<h3>{{ measure.nmae }}</h3>\n");

        var d = Check().ShouldHaveSingleItem();

        d.Location.File.ShouldEndWith("_measure.html.sbn");
        d.Location.Line.ShouldBe(1);
        d.Message.ShouldContain("measure has no member \"nmae\" (did you mean \"name\"?)");
    }

    [Fact]
    public void An_unknown_variable_and_an_unknown_helper_are_caught()
    {
        Write("report.md.sbn", "{{ reprot.title }}\n{{ uk.numbr 3 }}\n{{ string.downcse 'A' }}\n");

        var messages = Check().OrderBy(d => d.Location.Line).Select(d => (d.Code, d.Message)).ToList();

        messages.Count.ShouldBe(3);
        messages[0].Code.ShouldBe("SC0311");
        messages[0].Message.ShouldContain("there is no variable \"reprot\" here (did you mean \"report\"?)");
        messages[1].Code.ShouldBe("SC0310");
        messages[1].Message.ShouldContain("uk has no helper \"numbr\" (did you mean \"number\"?)");
        messages[2].Message.ShouldContain("string object has no function \"downcse\" (did you mean \"downcase\"?)");
    }

    [Fact]
    public void A_loop_variable_used_after_its_loop_is_unknown()
    {
        Write("report.md.sbn", "{{ for m in report.measures }}{{ m.name }}{{ end }}\n{{ m.name }}\n");

        var d = Check().ShouldHaveSingleItem();

        d.Code.ShouldBe("SC0311");
        d.Location.Line.ShouldBe(2);
    }

    [Fact]
    public void Assigned_variables_captures_and_scriban_loop_objects_are_known()
    {
        Write("report.md.sbn", """
            {{ q = report.quarter }}{{ q.label }}{{ q.labl }}
            {{ capture heading }}{{ report.title }}{{ end }}{{ heading | string.upcase }}
            {{ for m in report.measures }}{{ if for.first }}first{{ end }}{{ end }}
            {{ func shout(x) }}{{ x | string.upcase }}{{ end }}{{ shout report.title }}
            """);

        var d = Check().ShouldHaveSingleItem();

        d.Message.ShouldContain("q has no member \"labl\" (did you mean \"label\"?)");
    }

    [Fact]
    public void A_list_has_only_size()
    {
        Write("report.md.sbn", "{{ report.measures.name }}\n");

        Check().ShouldHaveSingleItem().Message.ShouldContain("report.measures is a list, so it has no member \"name\"; each of its items has one: loop over it with for x in report.measures, then x.name.");
    }

    [Fact]
    public void An_unclosed_block_is_reported_at_its_opening_tag()
    {
        Write("report.md.sbn", "# Title\n\n{{ for m in report.measures }}\n{{ m.name }}\n{{ if m.has_commentary }}\nyes\n{{ end }}\n\nlots more text\n");

        var d = Check().ShouldHaveSingleItem();

        d.Code.ShouldBe("SC0301");
        d.Location.Line.ShouldBe(3);
        d.Location.Column.ShouldBe(4);
        d.Message.ShouldStartWith("this for block is never closed");
    }

    [Fact]
    public void Every_unclosed_block_is_reported_and_else_if_opens_nothing()
    {
        Write("report.md.sbn", "{{ if report.force }}\n{{ else if report.office }}\n{{ for m in report.measures }}\n");

        var lines = Check().Select(d => d.Location.Line).ToList();

        lines.ShouldBe([1, 3]);
    }

    [Fact]
    public void An_include_of_a_template_that_does_not_exist_is_caught_with_did_you_mean()
    {
        Write("report.md.sbn", "{{ include '_mesure.html.sbn' }}\n");

        var d = Check().ShouldHaveSingleItem();

        d.Code.ShouldBe("SC0304");
        d.Message.ShouldContain("did you mean \"_measure.html.sbn\"?");
    }

    [Fact]
    public void A_template_nobody_includes_is_still_checked_for_the_models_names()
    {
        Write("_spare.html.sbn", "{{ report.quater.label }} {{ something_a_caller_sets }}\n");

        var d = Check().ShouldHaveSingleItem();

        d.Location.File.ShouldEndWith("_spare.html.sbn");
        d.Message.ShouldContain("did you mean \"quarter\"?");
    }

    [Fact]
    public void A_syntax_error_is_reported_once_with_its_location()
    {
        Write("report.md.sbn", "{{ report.title + }}\n");

        var d = Check().ShouldHaveSingleItem();

        d.Code.ShouldBe("SC0301");
        d.Location.Line.ShouldBe(1);
    }

    [Fact]
    public void A_missing_folder_is_its_own_error()
    {
        TemplateChecker.Check(Path.Combine(_folder.FullName, "nope")).ShouldHaveSingleItem().Code.ShouldBe("SC0305");
    }
}

public sealed class TemplateModelTests
{
    [Fact]
    public void The_description_follows_the_model_records_with_scribans_names()
    {
        var report = TemplateModel.Current.Report;

        report.Member("quarter").ShouldNotBeNull().Type.Member("long_label").ShouldNotBeNull().Type.Kind.ShouldBe(ModelValueKind.Text);
        var measures = report.Member("measures").ShouldNotBeNull().Type;
        measures.Kind.ShouldBe(ModelValueKind.List);
        measures.Element.ShouldNotBeNull().Member("figures").ShouldNotBeNull().Type.Member("margin").ShouldNotBeNull().MayBeNull.ShouldBeTrue();
        report.Member("introduction").ShouldNotBeNull().MayBeNull.ShouldBeTrue();
        report.Member("palette").ShouldNotBeNull().Type.Kind.ShouldBe(ModelValueKind.Markup);
        report.Member("panel").ShouldNotBeNull().ClrName.ShouldBe("Panel");
    }

    [Fact]
    public void Every_property_of_every_model_record_is_described()
    {
        foreach (var (type, described) in TemplateModel.Current.Types.Where(t => t.Value.Kind == ModelValueKind.Object))
        {
            var properties = type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0);
            described.Members.Select(m => m.ClrName).ShouldBe(properties.Select(p => p.Name), ignoreOrder: true, customMessage: type.Name);
        }
    }

    [Fact]
    public void The_uk_helpers_are_the_ones_templates_can_call()
    {
        var names = TemplateModel.Current.Uk.Select(f => f.Name).ToList();

        names.ShouldContain("number");
        names.ShouldContain("percent_short");
        names.ShouldContain("duration");
        TemplateModel.Current.Uk.Single(f => f.Name == "number").Parameters.ShouldBe(["value", "decimals"]);
    }
}

public sealed class TemplateGlobalsTests
{
    [Fact]
    public void The_checker_knows_the_globals_the_renderer_gives_every_template()
    {
        TemplateModel.Current.Globals.ShouldBe(["include", "report", "uk"]);
    }
}

public sealed class UnclosedBlockRenderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("scorecard-unclosed-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Render_reports_an_unclosed_block_in_an_included_partial_at_its_opening_tag()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "_measure.html.sbn"), "<article>\n<h3>{{ measure.name }}</h3>\n{{ for p in measure.paragraphs }}\n{{ p.html }}\n</article>\n");

        var result = new ReportRenderer(_folder.FullName, Fixtures.Clock).Render(Fixtures.Evaluation(), Fixtures.Data(), Fixtures.Info, Fixtures.Commentary());

        var error = result.Diagnostics.Where(d => d.IsError).ShouldHaveSingleItem();
        error.Code.ShouldBe("SC0301");
        error.Location.File.ShouldEndWith("_measure.html.sbn");
        error.Location.Line.ShouldBe(3);
        error.Message.ShouldStartWith("this for block is never closed");
    }
}
