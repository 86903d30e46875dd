using Scorecard.Rendering.Images;
using Scorecard.Rendering.Safety;

namespace Scorecard.Rendering.Tests.Safety;

/// <summary>
/// Issue 10: the last check finds anything the rendered report would load from outside itself
/// (an image source, a srcset, a CSS url() or @import) and names the line of the output.
/// </summary>
public sealed class SelfContainedReportTests
{
    private static IReadOnlyList<Core.Diagnostics.Diagnostic> Check(string body) =>
        LinkGuard.CheckHtml("<!doctype html><html><head></head><body>\n" + body + "\n</body></html>", "report.html");

    [Theory]
    [InlineData("<img src=\"https://example.com/crest.png\" alt=\"\">", "https://example.com/crest.png")]
    [InlineData("<img src=\"crest.png\" alt=\"\">", "crest.png")]
    [InlineData("<img src=\"data:image/png;base64,AAAA\" srcset=\"data:image/png;base64,AA,BB 1x, crest@2x.png 2x\" alt=\"\">", "crest@2x.png")]
    [InlineData("<video poster=\"http://example.com/p.jpg\"></video>", "http://example.com/p.jpg")]
    [InlineData("<link rel=\"stylesheet\" href=\"https://example.com/site.css\">", "https://example.com/site.css")]
    [InlineData("<svg><image href=\"https://example.com/a.png\"/></svg>", "https://example.com/a.png")]
    [InlineData("<svg><use xlink:href=\"sprites.svg#tick\"/></svg>", "sprites.svg#tick")]
    [InlineData("<div style=\"background: url('https://example.com/a.png')\"></div>", "https://example.com/a.png")]
    [InlineData("<div style=\"background-image: image-set(&quot;a.png&quot; 1x)\"></div>", "a.png")]
    [InlineData("<svg><rect fill=\"url(https://example.com/p.svg#p)\"/></svg>", "https://example.com/p.svg#p")]
    [InlineData("<script src=\"https://example.com/x.js\"></script>", "https://example.com/x.js")]
    public void Anything_the_page_would_load_from_outside_itself_is_refused_at_its_line(string html, string shown)
    {
        var problem = Check(html).ShouldHaveSingleItem();

        problem.Code.ShouldBe("SC0320");
        problem.Location.File.ShouldBe("report.html");
        problem.Location.Line.ShouldBe(2);
        problem.Message.ShouldContain($"the report would load \"{shown}\"");
    }

    [Fact]
    public void A_css_url_in_a_style_element_is_located_at_its_own_line_and_column()
    {
        var problem = Check("<style>\n.a { color: red; }\n.b { background: url(paper.png); }\n</style>").ShouldHaveSingleItem();

        problem.Location.Line.ShouldBe(4);
        problem.Location.Column.ShouldBe(22);
        problem.Message.ShouldContain("(url(…) in <style>)");
    }

    [Fact]
    public void An_import_in_a_style_element_is_refused_even_of_inline_css()
    {
        Check("<style>@import url(data:text/css,a{});</style>").ShouldHaveSingleItem().Message.ShouldContain("@import in <style>");
    }

    [Fact]
    public void Inline_images_fragments_and_inline_fonts_pass()
    {
        Check("""
            <style>.a { background: url("data:image/png;base64,AAAA"); } @font-face { font-family: x; src: url(data:font/woff2;base64,AAAA); }</style>
            <img src="data:image/svg+xml;base64,PHN2Zz4=" srcset="data:image/png;base64,AA,BB 1x, data:image/gif;base64,R0lG 2x" alt="">
            <svg><defs><linearGradient id="g"/></defs><rect fill="url(#g)"/><use href="#g"/></svg>
            <a href="https://example.com/page">words about url(x) and src=y in the text</a>
            """).ShouldBeEmpty();
    }

    [Fact]
    public void A_source_that_is_an_inline_document_rather_than_an_image_is_refused()
    {
        Check("<iframe src=\"data:text/html,x\"></iframe>").ShouldHaveSingleItem().Code.ShouldBe("SC0320");
    }

    [Theory]
    [InlineData("![Crest](https://example.com/crest.png)", true)]
    [InlineData("![Crest](crest.png)", true)]
    [InlineData("![Crest](data:image/png;base64,AAAA)", false)]
    [InlineData("[Crest](https://example.com/crest.png)", false)]
    public void A_markdown_image_must_be_inline(string markdown, bool refused)
    {
        var problems = LinkGuard.CheckMarkdown("# Report\n\n" + markdown + "\n", "report.md");

        if (refused)
        {
            var problem = problems.ShouldHaveSingleItem();
            problem.Location.Line.ShouldBe(3);
            problem.Message.ShouldContain("(an image) from outside itself");
        }
        else
        {
            problems.ShouldBeEmpty();
        }
    }

    [Fact]
    public void A_srcset_is_read_as_browsers_read_it_keeping_the_comma_of_a_data_uri()
    {
        var candidates = ImageReferences.Srcset("data:image/png;base64,AA,BB 1x,  crest@2x.png 2x ,small.png, big.png 640w");

        candidates.Select(c => c.Url).ShouldBe(["data:image/png;base64,AA,BB", "crest@2x.png", "small.png", "big.png"]);
        candidates[1].Start.ShouldBe(33);
    }

    [Theory]
    [InlineData("<img src=\"", 0)]
    [InlineData("<img src=", 0)]
    [InlineData("<img src=\"images/", 0)]
    [InlineData("background: url(images/", 0)]
    [InlineData("<img src=crest.png alt=\"\">", 1)]
    [InlineData("<img src='crest.png'>", 1)]
    [InlineData("<img\nsrc=\"crest.png\"\nsrcset=\"a.png 1x, b.png 2x\">", 3)]
    [InlineData("a { background: url( \"a.png\" ) } b { background: image-set(\"b.png\" 1x, url(c.png) 2x) }", 3)]
    public void Only_references_written_whole_in_a_templates_text_are_found(string text, int count)
    {
        ImageReferences.InTemplateText(text).Count.ShouldBe(count);
    }

    [Theory]
    [InlineData("crest.png", ReferenceTarget.LocalFile)]
    [InlineData("images/crest%20badge.png?v=2#top", ReferenceTarget.LocalFile)]
    [InlineData("#tick", ReferenceTarget.Inside)]
    [InlineData("", ReferenceTarget.Inside)]
    [InlineData("DATA:image/png;base64,AA", ReferenceTarget.Inline)]
    [InlineData("https://example.com/a.png", ReferenceTarget.Outside)]
    [InlineData("//example.com/a.png", ReferenceTarget.Outside)]
    [InlineData("/etc/a.png", ReferenceTarget.Outside)]
    [InlineData("C:\\logo.png", ReferenceTarget.Outside)]
    [InlineData("java\tscript:alert(1)", ReferenceTarget.Outside)]
    public void A_reference_is_told_by_what_it_points_at(string url, ReferenceTarget target)
    {
        ImageReferences.TargetOf(url).ShouldBe(target);
    }

    [Fact]
    public void A_local_reference_names_its_file_without_query_and_keeps_its_fragment()
    {
        ImageReferences.FileOf("images/crest%20badge.png?v=2#top").ShouldBe(("images/crest badge.png", "#top"));
    }
}
