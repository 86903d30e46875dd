using Scorecard.Cli.Preview;
using Scorecard.Core.Diagnostics;

namespace Scorecard.Cli.Tests.Preview;

/// <summary>The served page: the report with the reload script, and the banner when the last render failed.</summary>
public sealed class PreviewPageTests
{
    private const string Report = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head><title>Report</title></head>\n<body class=\"report\">\n<h1>Performance report</h1>\n</body>\n</html>\n";

    private static readonly Diagnostic SyntaxError =
        Diagnostic.Error("SC0301", SourceLocation.AtLine("templates/sentences/_change.sbn", 15, 4), "this if block is never closed: add {{ end }} where it should stop.");

    [Fact]
    public void The_reload_script_goes_at_the_end_of_the_body_and_the_report_is_otherwise_unchanged()
    {
        var page = PreviewPage.Compose(new PreviewState("abc-2", Report, "# Report", [], "10:00:00"));

        page.ShouldContain("const version = \"abc-2\";");
        page.ShouldContain("new EventSource(\"/_scorecard/events\")");
        page.IndexOf("<script id=\"scorecard-preview-reload\"", StringComparison.Ordinal).ShouldBeGreaterThan(page.IndexOf("<h1>", StringComparison.Ordinal));
        page.IndexOf("</script>", StringComparison.Ordinal).ShouldBeLessThan(page.IndexOf("</body>", StringComparison.Ordinal));
        page.ShouldNotContain(PreviewPage.BannerId);
        RemoveScript(page).ShouldBe(Report);
    }

    [Fact]
    public void A_failed_render_puts_a_banner_with_each_errors_file_line_and_column_above_the_last_good_report()
    {
        var page = PreviewPage.Compose(new PreviewState("abc-3", Report, "# Report", [SyntaxError], "10:01:02"));

        var banner = page.IndexOf($"<div id=\"{PreviewPage.BannerId}\" role=\"alert\"", StringComparison.Ordinal);
        banner.ShouldBeGreaterThan(page.IndexOf("<body class=\"report\">", StringComparison.Ordinal));
        banner.ShouldBeLessThan(page.IndexOf("<h1>Performance report</h1>", StringComparison.Ordinal));
        page.ShouldContain("The last render failed with 1 error (10:01:02). Nothing was written; below is the last good report.");
        page.ShouldContain("templates/sentences/_change.sbn</code> line 15, column 4: this if block is never closed: add {{ end }} where it should stop.");
        page.ShouldContain("(SC0301)");
        page.ShouldContain("@media print");
    }

    [Fact]
    public void Text_in_an_error_is_shown_as_text_never_run_as_markup()
    {
        var hostile = Diagnostic.Error("SC0102", SourceLocation.InCell("<img src=x onerror=alert(1)>.xlsx", "Monthly", "B2"), "found \"</script><script>alert(1)</script>\".");

        var page = PreviewPage.Compose(new PreviewState("abc-4", Report, null, [hostile], "10:02:00"));

        page.ShouldNotContain("<img src=x");
        page.ShouldNotContain("<script>alert(1)");
        page.ShouldContain("&lt;img src=x onerror=alert(1)&gt;.xlsx");
        page.ShouldContain("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    [Fact]
    public void Before_the_first_good_render_the_page_says_so_and_reloads_when_there_is_one()
    {
        var rendering = PreviewPage.Compose(PreviewState.Starting("abc"));
        var failed = PreviewPage.Compose(new PreviewState("abc-1", null, null, [SyntaxError], "10:00:00"));

        rendering.ShouldContain("Rendering the report");
        rendering.ShouldContain("const version = \"abc-0\";");
        failed.ShouldContain("the first render failed");
        failed.ShouldContain("templates/sentences/_change.sbn</code> line 15, column 4");
        failed.ShouldNotContain("below is the last good report");
    }

    [Fact]
    public void A_template_that_writes_no_body_tag_still_gets_the_banner_first_and_the_script_last()
    {
        var page = PreviewPage.Inject("<!DOCTYPE html>\n<p>Just a paragraph</p>", "<div>banner</div>", "<script>reload</script>");

        page.ShouldBe("<!DOCTYPE html><div>banner</div>\n<p>Just a paragraph</p>\n<script>reload</script>\n");
    }

    [Fact]
    public void A_version_is_only_letters_digits_and_hyphens_so_it_cannot_break_out_of_the_script()
    {
        Should.Throw<ArgumentException>(() => PreviewPage.ReloadScript("1\";alert(1);\""));
    }

    private static string RemoveScript(string page)
    {
        var start = page.IndexOf("<script id=\"scorecard-preview-reload\"", StringComparison.Ordinal);
        var end = page.IndexOf("</script>\n", start, StringComparison.Ordinal) + "</script>\n".Length;
        return page.Remove(start, end - start);
    }
}
