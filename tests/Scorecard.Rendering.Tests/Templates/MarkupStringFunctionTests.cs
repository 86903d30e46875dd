using Scorecard.Rendering.Tests.Safety;

namespace Scorecard.Rendering.Tests.Templates;

/// <summary>
/// Issue 10: renderer-built HTML (a paragraph's <c>html</c>, an include) piped through a
/// <c>string.*</c> function stays HTML; text from the model that joins it is escaped; functions
/// that answer with no text answer as Scriban's own do.
/// </summary>
public sealed class MarkupStringFunctionTests : IDisposable
{
    private readonly TempDirectory _templates = new();

    public void Dispose() => _templates.Dispose();

    private const string Intro = "report.introduction.blocks[0].html";

    /// <summary>Renders <paramref name="html"/> as the whole HTML report (and <paramref name="markdown"/> as the Markdown one).</summary>
    private RenderedReport Render(string html, string markdown = "# {{ report.title }}\n", string measureName = "Crime volume")
    {
        _templates.Write("report.html.sbn", html);
        _templates.Write("report.md.sbn", markdown);
        var result = new ReportRenderer(_templates.Path, Fixtures.Clock).Render(
            Fixtures.Evaluation(Fixtures.CrimeResult(measureName)), Fixtures.Data(), Fixtures.Info, Fixtures.Commentary());
        result.HasErrors.ShouldBeFalse(string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    [Fact]
    public void Replacing_words_in_a_paragraphs_html_keeps_it_html()
    {
        Render($"{{{{ {Intro} | string.replace \"quarter two\" \"Q2\" }}}}").Html
            .ShouldBe("<p>This document provides the performance information for Q2 2019-20.</p>");
    }

    [Fact]
    public void Html_written_in_quotes_in_the_call_is_the_templates_own()
    {
        Render($"{{{{ {Intro} | string.replace \"<p>\" \"<p class='lead'>\" }}}}").Html
            .ShouldStartWith("<p class='lead'>This document");
    }

    [Fact]
    public void A_value_from_the_model_joining_the_html_is_escaped_so_data_never_becomes_markup()
    {
        var html = Render(
            $"{{{{ {Intro} | string.replace \"quarter two\" report.measures[0].name }}}}\n{{{{ report.measures[0].name | string.append {Intro} }}}}",
            measureName: "<script>alert(1)</script>").Html;

        html.ShouldBe(
            "<p>This document provides the performance information for &lt;script&gt;alert(1)&lt;/script&gt; 2019-20.</p>\n"
            + "&lt;script&gt;alert(1)&lt;/script&gt;<p>This document provides the performance information for quarter two 2019-20.</p>");
    }

    [Fact]
    public void A_value_piped_in_from_quotes_is_the_templates_own_html()
    {
        Render($"{{{{ \"<hr>\" | string.append {Intro} }}}}").Html.ShouldStartWith("<hr><p>This document");
    }

    [Fact]
    public void Functions_that_answer_with_no_text_answer_as_scribans_own()
    {
        Render($"{{{{ if {Intro} | string.contains \"quarter two\" }}}}yes{{{{ end }}}} {{{{ {Intro} | string.size }}}} {{{{ {Intro} | string.starts_with \"<p>\" }}}}").Html
            .ShouldBe("yes 82 true");
    }

    [Fact]
    public void The_pieces_of_split_html_are_html()
    {
        var html = Render("{{ for item in (report.introduction.blocks[1].html | string.split \"</li>\") }}{{ item | string.strip }}|{{ end }}").Html;

        html.ShouldContain("<li>Have shown a significant change;|");
        html.ShouldContain("<li>Are of particular concern to me.|");
        html.ShouldNotContain("&lt;");
    }

    [Fact]
    public void Html_strip_gives_the_words_as_text()
    {
        Render($"{{{{ {Intro} | html.strip }}}}").Html.ShouldBe("This document provides the performance information for quarter two 2019-20.");
    }

    [Fact]
    public void Included_templates_are_html_too()
    {
        _templates.Write("_note.html.sbn", "<aside class=\"note\">Figures for Wiltshire & Swindon</aside>");

        Render("{{ include '_note.html.sbn' | string.replace \"Wiltshire\" \"Wilts\" }}").Html
            .ShouldBe("<aside class=\"note\">Figures for Wilts & Swindon</aside>");
    }

    [Fact]
    public void In_the_markdown_report_the_commentary_stays_markdown()
    {
        var markdown = Render("x", "{{ report.introduction.blocks[1].markdown | string.replace \"concern\" \"worry\" }}\n{{ report.introduction.blocks[0].markdown | string.append report.measures[0].name }}\n", measureName: "*Crime* [x](y)").Markdown;

        markdown.ShouldBe("- a) Have shown a significant change;\n- b) Are of particular worry to me.\nThis document provides the performance information for quarter two 2019-20.\\*Crime\\* \\[x\\](y)\n");
    }

    [Fact]
    public void Plain_text_is_transformed_and_escaped_as_before()
    {
        Render("{{ \"a<b\" | string.replace \"a\" \"c\" }} {{ 5 | string.append \"x\" }} {{ report.measures[0].name | string.upcase }}", measureName: "R&D").Html
            .ShouldBe("c&lt;b 5x R&amp;D");
    }
}
