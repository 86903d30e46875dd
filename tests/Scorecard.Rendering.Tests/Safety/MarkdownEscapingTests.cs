using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Scorecard.Rendering.Safety;

namespace Scorecard.Rendering.Tests.Safety;

/// <summary>Issue 11 #9: every value in report.md reads as the text it is.</summary>
public sealed class MarkdownEscapingTests
{
    private static readonly MarkdownPipeline GitHub = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private static string RenderedName(string name) =>
        Fixtures.Render(Fixtures.Evaluation(Fixtures.CrimeResult(name))).Markdown;

    [Fact]
    public void A_measure_name_with_a_pipe_keeps_the_dashboard_row_in_its_six_columns()
    {
        var markdown = RenderedName("Crime | all | of it");

        var rows = Markdown.Parse(markdown, GitHub).Descendants<Table>().SelectMany(t => t.Cast<TableRow>());
        var row = rows.Single(r => RowText(markdown, r).Contains("Crime \\|", StringComparison.Ordinal) && RowText(markdown, r).Contains("10,952", StringComparison.Ordinal));
        row.Count.ShouldBe(6);
        RowText(markdown, row).ShouldContain("10,952");
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("![x](https://tracker.example/p.png)")]
    [InlineData("[x][y]\n\n[y]: javascript:alert(1)")]
    public void A_measure_name_that_looks_like_a_link_or_html_is_text(string name)
    {
        var markdown = RenderedName(name);

        Live.MarkdownLinks(markdown).Where(l => !LinkPolicy.IsAllowed(l)).ShouldBeEmpty();
        Markdown.Parse(markdown, GitHub).Descendants<Markdig.Syntax.Inlines.LinkInline>().ShouldNotContain(l => l.IsImage);
    }

    [Theory]
    [InlineData("# Heading", true, "\\# Heading")]
    [InlineData("1. Crime", true, "1\\. Crime")]
    [InlineData("88.1%", true, "88.1%")]
    [InlineData("+1,258", true, "+1,258")]
    [InlineData("- item", true, "\\- item")]
    [InlineData("> quote", true, "\\> quote")]
    [InlineData("a > b", true, "a > b")]
    [InlineData("a*b*c_d_", false, "a\\*b\\*c\\_d\\_")]
    [InlineData("R&D &amp; more", false, "R&D \\&amp; more")]
    [InlineData("line\nbreak", false, "line break")]
    [InlineData("back\\slash `code`", false, "back\\\\slash \\`code\\`")]
    public void Markdown_metacharacters_are_escaped_where_they_would_act(string text, bool atLineStart, string expected) =>
        MarkdownEscape.Inline(text, atLineStart).ShouldBe(expected);

    [Fact]
    public void An_escaped_value_renders_back_to_the_same_text()
    {
        const string text = "A | b * c _ d [e] (f) <g> `h` ~i~ \\ j & k #1";

        var html = Markdown.ToHtml(MarkdownEscape.Inline(text, atLineStart: true), GitHub);

        System.Net.WebUtility.HtmlDecode(html.Trim()).ShouldBe("<p>" + text + "</p>");
    }

    private static string RowText(string markdown, TableRow row) => markdown.Substring(row.Span.Start, row.Span.Length);
}
