using Markdig.Syntax;
using Scorecard.Rendering.Safety;

namespace Scorecard.Rendering.Tests.Safety;

/// <summary>Issue 11 #1: only http, https, mailto and in-report links, in every kind of link and every format.</summary>
public sealed class LinkSafetyTests
{
    public static TheoryData<string, string> HostileLinks => new()
    {
        { "<javascript:alert(1)>", "javascript:alert(1)" },
        { "<JaVaScRiPt:alert(1)>", "JaVaScRiPt:alert(1)" },
        { "<data:text/html,hello>", "data:text/html,hello" },
        { "<VBSCRIPT:msgbox(1)>", "VBSCRIPT:msgbox(1)" },
        { "<file:///etc/passwd>", "file:///etc/passwd" },
        { "[click](javascript:alert(1))", "javascript:alert(1)" },
        { "[click](JAVASCRIPT:alert(1) \"title\")", "JAVASCRIPT:alert(1)" },
        { "[click](<javascript:alert(1)>)", "javascript:alert(1)" },
        { "[click](&#x6A;avascript:alert(1))", "javascript:alert(1)" },
        { "![pic](javascript:alert(1))", "javascript:alert(1)" },
        { "[click][bad]\n\n[bad]: javascript:alert(1)", "javascript:alert(1)" },
        { "[bad]\n\n[bad]: <data:text/html,x>", "data:text/html,x" },
        { "| a |\n|---|\n| [x](vbscript:run) |", "vbscript:run" },
        { "> quoted [x](javascript:alert(1))", "javascript:alert(1)" },
        { "- item <javascript:alert(1)>", "javascript:alert(1)" },
        { "**[bold *link*](javascript:alert(1))**", "javascript:alert(1)" },
    };

    [Theory]
    [MemberData(nameof(HostileLinks))]
    public void A_hostile_link_in_commentary_is_not_live_in_the_html_or_the_markdown(string commentary, string url)
    {
        var report = Fixtures.Render(commentary: Fixtures.Commentary(("crime-volume", "Before. " + commentary + "\n\nAfter.")));

        Live.HtmlDangers(report.Html).ShouldBeEmpty();
        Live.HtmlLinks(report.Html).ShouldNotContain(url);
        Live.MarkdownLinks(report.Markdown).Where(l => !l.StartsWith('#') && !LinkPolicy.IsAllowed(l)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(HostileLinks))]
    public void A_hostile_link_in_commentary_is_reported_with_its_line(string commentary, string url)
    {
        _ = url;
        using var folder = new TempDirectory();
        folder.Write("crime-volume.md", "First line.\n\n" + commentary + "\n");

        var result = Commentary.Load(folder.Path, ["crime-volume"]);

        result.HasErrors.ShouldBeFalse();
        var warning = result.Diagnostics.ShouldHaveSingleItem();
        warning.Code.ShouldBe("SC0520");
        warning.Location.Line.ShouldNotBeNull();
        warning.Location.Line!.Value.ShouldBeInRange(3, 5);
        warning.Message.ShouldContain("shown as plain text");
    }

    [Fact]
    public void Allowed_links_stay_links_in_both_formats()
    {
        var report = Fixtures.Render(commentary: Fixtures.Commentary(("crime-volume",
            "See <https://www.ons.gov.uk/x>, [the plan](http://example.org/plan), <mailto:opcc@example.org>, opcc@example.org and [the dashboard](#dashboard).")));

        Live.HtmlLinks(report.Html).ShouldContain("https://www.ons.gov.uk/x");
        Live.HtmlLinks(report.Html).ShouldContain("http://example.org/plan");
        Live.HtmlLinks(report.Html).ShouldContain("mailto:opcc@example.org");
        Live.MarkdownLinks(report.Markdown).ShouldContain("https://www.ons.gov.uk/x");
        Live.MarkdownLinks(report.Markdown).ShouldContain("http://example.org/plan");
    }

    [Fact]
    public void An_image_becomes_a_link_so_the_report_makes_no_request()
    {
        var report = Fixtures.Render(commentary: Fixtures.Commentary(("crime-volume", "![chart](https://example.org/chart.png)")));

        report.Html.ShouldNotContain("<img");
        Live.HtmlLinks(report.Html).ShouldContain("https://example.org/chart.png");
        report.Markdown.ShouldNotContain("![chart]");
        report.Markdown.ShouldContain("[chart](https://example.org/chart.png)");
    }

    [Fact]
    public void Raw_html_in_commentary_is_text_in_both_formats_but_code_is_left_as_written()
    {
        var report = Fixtures.Render(commentary: Fixtures.Commentary(("crime-volume",
            "A <script>alert(1)</script> <img src=x onerror=alert(1)> tag, and `a<b` in code.\n\n```\nif (a<b) {}\n```")));

        Live.HtmlDangers(report.Html).ShouldBeEmpty();
        report.Html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        Live.MarkdownLinks(report.Markdown).Where(l => !l.StartsWith('#')).ShouldBeEmpty();
        report.Markdown.ShouldContain("`a<b`");
        report.Markdown.ShouldContain("if (a<b) {}");
    }

    [Fact]
    public void A_code_fence_left_open_is_closed_so_it_does_not_swallow_the_rest_of_the_markdown_report()
    {
        var report = Fixtures.Render(commentary: Fixtures.Commentary(("crime-volume", "```\nnever closed")));

        var after = report.Markdown[report.Markdown.IndexOf("never closed", StringComparison.Ordinal)..];
        after.ShouldStartWith("never closed\n```");
        var headings = Markdig.Markdown.Parse(report.Markdown).Descendants<Markdig.Syntax.HeadingBlock>().Count();
        headings.ShouldBe(Markdig.Markdown.Parse(Fixtures.Render().Markdown).Descendants<Markdig.Syntax.HeadingBlock>().Count());
    }

    [Theory]
    [InlineData("http://x", true)]
    [InlineData("HTTPS://x", true)]
    [InlineData("mailto:a@b", true)]
    [InlineData("#dashboard", true)]
    [InlineData(" javascript:x", false)]
    [InlineData("\u0001javascript:x", false)]
    [InlineData("java\nscript:x", false)]
    [InlineData("//evil.example/x", false)]
    [InlineData("report.html", false)]
    [InlineData("data:image/png;base64,AAAA", false)]
    public void The_link_policy_allows_only_web_mail_and_in_report_links(string url, bool allowed) =>
        LinkPolicy.IsAllowed(url).ShouldBe(allowed);

    [Fact]
    public void A_template_that_writes_data_into_a_link_fails_the_render_at_the_line_of_the_output()
    {
        using var templates = new TempDirectory();
        templates.Write("_measure.html.sbn", "<section>\n<a href=\"{{ measure.name }}\">{{ measure.name }}</a>\n</section>\n");

        var result = new ReportRenderer(templates.Path, Fixtures.Clock).Render(
            Fixtures.Evaluation(Fixtures.CrimeResult("javascript:alert(1)")), Fixtures.Data(), Fixtures.Info, Fixtures.Commentary());

        result.Value.ShouldBeNull();
        var error = result.Diagnostics.First(d => d.IsError);
        error.Code.ShouldBe("SC0320");
        error.Location.File.ShouldBe("report.html");
        error.Location.Line.ShouldNotBeNull();
        error.Message.ShouldContain("javascript:alert(1)");
    }

    [Fact]
    public void A_markdown_template_that_writes_data_into_a_link_fails_the_render()
    {
        using var templates = new TempDirectory();
        templates.Write("report.md.sbn", "{{ for m in report.measures }}[{{ m.name }}]({{ m.name }})\n{{ end }}");

        var result = new ReportRenderer(templates.Path, Fixtures.Clock).Render(
            Fixtures.Evaluation(Fixtures.CrimeResult("javascript:alert(1)")), Fixtures.Data(), Fixtures.Info, Fixtures.Commentary());

        result.Value.ShouldBeNull();
        result.Diagnostics.ShouldContain(d => d.Code == "SC0320" && d.Location.File == "report.md");
    }

    [Theory]
    [InlineData("<p>x</p>\n<a/href=javascript:alert(1)>x</a>")]
    [InlineData("<svg><a xlink:href='javascript:alert(1)'><text>x</text></a></svg>")]
    [InlineData("<A HREF = \"JAVASCRIPT:alert(1)\">x</A>")]
    [InlineData("<a href=\"&#106;avascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"java&#x09;script:alert(1)\">x</a>")]
    [InlineData("<form action=javascript:alert(1)><button formaction=\"data:text/html,x\">x</button></form>")]
    [InlineData("<iframe src=\"data:text/html,x\"></iframe>")]
    public void The_final_check_finds_a_refused_link_in_any_html_spelling(string html)
    {
        var problems = LinkGuard.CheckHtml("<!doctype html><html><body>" + html + "</body></html>", "report.html");

        problems.ShouldNotBeEmpty();
        problems.ShouldAllBe(p => p.Code == "SC0320" && p.Location.Line != null);
    }

    [Fact]
    public void The_final_check_passes_allowed_links_and_inline_images()
    {
        LinkGuard.CheckHtml("<a href=\"#m-crime\">x</a><a href='https://x.example/?a=1&amp;b=2'>y</a><img src=\"data:image/png;base64,AAAA\"><div data-id=\"javascript:1\"></div>", "report.html")
            .ShouldBeEmpty();
    }
}
