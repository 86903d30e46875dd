using System.Diagnostics;

namespace Scorecard.Rendering.Tests.Safety;

/// <summary>Issue 11 #6, #10, #12: template files that reach outside the folder, block, or run away.</summary>
public sealed class TemplateFileTests
{
    private static Core.Diagnostics.Result<RenderedReport> Render(string folder) =>
        new ReportRenderer(folder, Fixtures.Clock).Render(Fixtures.Evaluation(), Fixtures.Data(), Fixtures.Info, Fixtures.Commentary());

    [Fact]
    public void An_include_of_a_link_to_a_file_outside_the_folder_is_refused()
    {
        using var outside = new TempDirectory();
        var secret = outside.Write("secret.txt", "TOP SECRET");
        using var templates = new TempDirectory();
        File.CreateSymbolicLink(Path.Combine(templates.Path, "leak.txt"), secret);
        templates.Write("_key.html.sbn", "{{ include 'leak.txt' }}");

        var result = Render(templates.Path);

        result.Value.ShouldBeNull();
        var error = result.Diagnostics.First(d => d.IsError);
        error.Code.ShouldBe("SC0303");
        error.Message.ShouldContain("outside the template folder");
    }

    [Fact]
    public void An_include_through_a_linked_folder_that_leads_outside_is_refused()
    {
        using var outside = new TempDirectory();
        outside.Write("partials/_p.sbn", "TOP SECRET");
        using var templates = new TempDirectory();
        Directory.CreateSymbolicLink(Path.Combine(templates.Path, "partials"), Path.Combine(outside.Path, "partials"));
        templates.Write("_key.html.sbn", "{{ include 'partials/_p.sbn' }}");

        var result = Render(templates.Path);

        result.Diagnostics.ShouldContain(d => d.Code == "SC0303" && d.Message.Contains("outside the template folder"));
    }

    [Fact]
    public void A_root_template_that_links_outside_the_folder_is_refused_not_replaced_by_the_built_in_one()
    {
        using var outside = new TempDirectory();
        var elsewhere = outside.Write("report.md.sbn", "{{ report.title }}");
        using var templates = new TempDirectory();
        File.CreateSymbolicLink(Path.Combine(templates.Path, "report.md.sbn"), elsewhere);

        var result = Render(templates.Path);

        result.Diagnostics.ShouldContain(d => d.Code == "SC0322" && d.Message.Contains("outside the template folder"));
    }

    [Fact]
    public void A_link_that_stays_inside_the_folder_is_followed()
    {
        using var templates = new TempDirectory();
        templates.Write("shared/_legend.sbn", "<p class=\"legend\">Legend</p>");
        File.CreateSymbolicLink(Path.Combine(templates.Path, "_legend.sbn"), Path.Combine(templates.Path, "shared", "_legend.sbn"));
        templates.Write("_key.html.sbn", "{{ include '_legend.sbn' }}");

        var result = Render(templates.Path);

        result.HasErrors.ShouldBeFalse();
        result.Value!.Html.ShouldContain("<p class=\"legend\">Legend</p>");
    }

    [Fact]
    public void A_template_folder_reached_through_a_link_is_used()
    {
        using var real = new TempDirectory();
        real.Write("_key.html.sbn", "<p class=\"mine\">Mine</p>");
        using var parent = new TempDirectory();
        var linked = Path.Combine(parent.Path, "templates");
        Directory.CreateSymbolicLink(linked, real.Path);

        var result = Render(linked);

        result.HasErrors.ShouldBeFalse();
        result.Value!.Html.ShouldContain("<p class=\"mine\">Mine</p>");
    }

    [Fact]
    public async Task A_named_pipe_as_a_template_is_refused_without_blocking()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        using var templates = new TempDirectory();
        Process.Start("mkfifo", [Path.Combine(templates.Path, "_key.html.sbn")])!.WaitForExit();

        var render = Task.Run(() => Render(templates.Path));

        (await Task.WhenAny(render, Task.Delay(TimeSpan.FromSeconds(60))) == render).ShouldBeTrue("the render must not wait for a writer");
        (await render).Diagnostics.ShouldContain(d => d.Code == "SC0303" && d.Message.Contains("named pipe"));
    }

    [Fact]
    public void A_template_that_writes_past_the_output_limit_fails_instead_of_being_cut_short()
    {
        using var templates = new TempDirectory();
        var path = templates.Write("report.md.sbn", "{{ for i in 1..70000 }}{{ \"x\" | string.pad_right 1000 }}\n{{ end }}");

        var result = Render(templates.Path);

        result.Value.ShouldBeNull();
        var error = result.Diagnostics.Where(d => d.IsError).ShouldHaveSingleItem();
        error.Code.ShouldBe("SC0324");
        error.Location.File.ShouldBe(path);
        error.Message.ShouldContain("64 MB");
    }

    [Fact]
    public void A_template_in_windows_1252_is_read_with_a_warning()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var templates = new TempDirectory();
        templates.Write("_key.html.sbn", System.Text.Encoding.GetEncoding(1252).GetBytes("<p>Costs in £</p>"));

        var result = Render(templates.Path);

        result.HasErrors.ShouldBeFalse();
        result.Value!.Html.ShouldContain("<p>Costs in £</p>");
        result.Diagnostics.ShouldContain(d => d.Code == "SC0321" && d.Location.Line == 1);
    }
}
