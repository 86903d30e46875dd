using System.Diagnostics;
using System.Text;
using Scorecard.Core.Diagnostics;
using Scorecard.Rendering.Templates;
using Scorecard.Rendering.Tests.Identity;
using Scorecard.Rendering.Tests.Safety;
using Scriban.Syntax;

namespace Scorecard.Rendering.Tests.Templates;

/// <summary>
/// Issue 10: a local image a template names is embedded as a data: URI, or refused at its
/// template line and column; the report never ships a broken image or an outside reference.
/// </summary>
public sealed class TemplateImageTests : IDisposable
{
    private readonly TempDirectory _templates = new();

    public void Dispose() => _templates.Dispose();

    /// <summary>The smallest GIF a program writes: a 1 × 1 transparent pixel (GIF89a).</summary>
    private static readonly byte[] Gif = [.. "GIF89a"u8, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x21, 0xF9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B];

    /// <summary>The start of a lossless WebP: RIFF, its size, WEBP, then the VP8L chunk.</summary>
    private static readonly byte[] WebP = [.. "RIFF"u8, 0x1A, 0x00, 0x00, 0x00, .. "WEBPVP8L"u8, 0x0D, 0x00, 0x00, 0x00, 0x2F, 0x00, 0x00, 0x00, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xFE, 0x07, 0x00];

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9];

    private static readonly byte[] Svg = Encoding.UTF8.GetBytes("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#1d3557"/></svg>""");

    private static string DataUri(string mediaType, byte[] bytes) => $"data:{mediaType};base64,{Convert.ToBase64String(bytes)}";

    private Result<RenderedReport> Render() =>
        new ReportRenderer(_templates.Path, Fixtures.Clock).Render(Fixtures.Evaluation(), Fixtures.Data(), Fixtures.Info, Fixtures.Commentary());

    /// <summary>The built-in key partial with <paramref name="html"/> at its start: the HTML report includes it once.</summary>
    private string WriteKey(string html) => _templates.Write("_key.html.sbn", html + "\n" + BuiltIn("_key.html.sbn"));

    private static string BuiltIn(string name) =>
        File.ReadAllText(Path.Combine(RepositoryRoot(), "templates", name)).ReplaceLineEndings("\n");

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Scorecard.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (Scorecard.sln) was not found above the test's folder.");
    }

    private static Diagnostic SingleError(Result<RenderedReport> result)
    {
        result.Value.ShouldBeNull();
        return result.Diagnostics.Where(d => d.IsError).ShouldHaveSingleItem(string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void A_png_named_in_an_img_tag_is_embedded_as_a_data_uri()
    {
        _templates.Write("crest.png", OfficeLogoTests.Png());
        WriteKey("<img class=\"crest\" src=\"crest.png\" alt=\"The force's crest\">");

        var result = Render();

        result.HasErrors.ShouldBeFalse(string.Join("\n", result.Diagnostics));
        result.Value!.Html.ShouldContain($"<img class=\"crest\" src=\"{DataUri("image/png", OfficeLogoTests.Png())}\" alt=\"The force's crest\">");
        result.Value.Html.ShouldNotContain("crest.png");
    }

    [Theory]
    [InlineData("gif", "image/gif")]
    [InlineData("webp", "image/webp")]
    [InlineData("jpeg", "image/jpeg")]
    [InlineData("svg", "image/svg+xml")]
    public void Gif_webp_jpeg_and_svg_are_known_by_their_bytes_whatever_the_file_is_called(string kind, string mediaType)
    {
        var bytes = kind switch { "gif" => Gif, "webp" => WebP, "jpeg" => Jpeg, _ => Svg };
        _templates.Write("picture.img", bytes);
        WriteKey("<img src=\"picture.img\" alt=\"\">");

        var html = Render().Value.ShouldNotBeNull().Html;

        html.ShouldContain($"<img src=\"{DataUri(mediaType, bytes)}\" alt=\"\">");
    }

    [Fact]
    public void Css_urls_in_the_stylesheet_and_in_a_style_attribute_are_embedded_keeping_a_fragment()
    {
        _templates.Write("images/banner.png", OfficeLogoTests.Png());
        _templates.Write("images/icons.svg", Svg);
        _templates.Write("_styles.css", ".cover { background: url('images/banner.png') no-repeat; }\n.tick { background-image: url(images/icons.svg#tick); }\n" + BuiltIn("_styles.css"));
        WriteKey("<div class=\"band\" style=\"background: url(images/banner.png)\"></div>");

        var html = Render().Value.ShouldNotBeNull().Html;

        html.ShouldContain($".cover {{ background: url('{DataUri("image/png", OfficeLogoTests.Png())}') no-repeat; }}");
        html.ShouldContain($".tick {{ background-image: url({DataUri("image/svg+xml", Svg)}#tick); }}");
        html.ShouldContain($"<div class=\"band\" style=\"background: url({DataUri("image/png", OfficeLogoTests.Png())})\"></div>");
        html.ShouldNotContain("images/");
    }

    [Fact]
    public void Every_candidate_of_a_srcset_is_embedded_with_its_descriptor()
    {
        _templates.Write("crest.png", OfficeLogoTests.Png());
        _templates.Write("crest@2x.gif", Gif);
        WriteKey("<img src=\"crest.png\" srcset=\"crest.png 1x, crest@2x.gif 2x\" alt=\"\">");

        var html = Render().Value.ShouldNotBeNull().Html;

        html.ShouldContain($"srcset=\"{DataUri("image/png", OfficeLogoTests.Png())} 1x, {DataUri("image/gif", Gif)} 2x\"");
    }

    [Fact]
    public void A_markdown_image_in_the_markdown_template_is_embedded()
    {
        _templates.Write("crest.png", OfficeLogoTests.Png());
        _templates.Write("report.md.sbn", "![The force's crest](crest.png \"Crest\")\n\n# {{ report.office }}\n");

        var markdown = Render().Value.ShouldNotBeNull().Markdown;

        markdown.ShouldStartWith($"![The force's crest]({DataUri("image/png", OfficeLogoTests.Png())} \"Crest\")");
    }

    [Fact]
    public void An_image_named_by_a_built_in_template_is_looked_for_in_the_folder_first_then_among_the_built_in_files()
    {
        // The folder has no such file, but the built-in templates do: the name is found there (and is no image).
        WriteKey("<img src=\"_styles.css\" alt=\"\">");

        var error = SingleError(Render());

        error.Code.ShouldBe("SC0343");
        error.Message.ShouldContain("\"_styles.css\" is not a PNG, JPEG, GIF, WebP or SVG image");
    }

    [Fact]
    public void A_missing_image_is_an_error_at_its_template_line_and_column_with_did_you_mean()
    {
        _templates.Write("images/crest.png", OfficeLogoTests.Png());
        var key = WriteKey("<section>\n  <img src=\"images/cerst.png\" alt=\"\">");

        var error = SingleError(Render());

        error.Code.ShouldBe("SC0340");
        error.Location.File.ShouldBe(key);
        error.Location.Line.ShouldBe(2);
        error.Location.Column.ShouldBe(13);
        error.Message.ShouldContain("there is no image \"images/cerst.png\" in the template folder or the built-in templates (did you mean \"images/crest.png\"?)");
    }

    [Fact]
    public void An_image_in_an_included_stylesheet_is_located_in_that_file()
    {
        var styles = _templates.Write("_styles.css", "body {\n  background: url(\"paper.png\");\n}\n" + BuiltIn("_styles.css"));

        var error = SingleError(Render());

        error.Code.ShouldBe("SC0340");
        error.Location.File.ShouldBe(styles);
        error.Location.Line.ShouldBe(2);
        error.Location.Column.ShouldBe(20);
    }

    [Theory]
    [InlineData("../outside.png", "is outside the template folder")]
    [InlineData("/etc/crest.png", "is outside the template folder")]
    [InlineData("file:///etc/crest.png", "is outside the template folder")]
    [InlineData("https://example.com/crest.png", "from the web")]
    [InlineData("//example.com/crest.png", "from the web")]
    public void An_image_outside_the_folder_or_on_the_web_is_refused(string source, string said)
    {
        WriteKey($"<img src=\"{source}\" alt=\"\">");

        var error = SingleError(Render());

        error.Code.ShouldBe("SC0342");
        error.Location.Line.ShouldBe(1);
        error.Location.Column.ShouldBe(11);
        error.Message.ShouldContain(said);
    }

    [Fact]
    public void A_link_to_an_image_outside_the_folder_is_refused()
    {
        using var outside = new TempDirectory();
        var secret = outside.Write("crest.png", OfficeLogoTests.Png());
        File.CreateSymbolicLink(Path.Combine(_templates.Path, "crest.png"), secret);
        WriteKey("<img src=\"crest.png\" alt=\"\">");

        var error = SingleError(Render());

        error.Code.ShouldBe("SC0342");
        error.Message.ShouldContain("outside the template folder");
    }

    [Fact]
    public void A_folder_named_as_an_image_is_unreadable()
    {
        Directory.CreateDirectory(Path.Combine(_templates.Path, "crest.png"));
        WriteKey("<img src=\"crest.png\" alt=\"\">");

        var error = SingleError(Render());

        error.Code.ShouldBe("SC0341");
        error.Message.ShouldContain("it is a folder, not a file");
    }

    [Fact]
    public async Task A_named_pipe_named_as_an_image_is_refused_without_blocking()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return; // named pipes in the file system are a Unix thing
        }

        Process.Start("mkfifo", [Path.Combine(_templates.Path, "crest.png")])!.WaitForExit();
        WriteKey("<img src=\"crest.png\" alt=\"\">");

        var render = Task.Run(Render);

        (await Task.WhenAny(render, Task.Delay(TimeSpan.FromSeconds(60))) == render).ShouldBeTrue("the render must not wait for a writer");
        var error = SingleError(await render);
        error.Code.ShouldBe("SC0341");
        error.Message.ShouldContain("named pipe");
    }

    [Fact]
    public void An_image_over_a_megabyte_is_refused()
    {
        var big = new byte[InlineImageLimit + 1];
        OfficeLogoTests.Png().CopyTo(big, 0);
        _templates.Write("banner.png", big);
        WriteKey("<img src=\"banner.png\" alt=\"\">");

        var error = SingleError(Render());

        error.Code.ShouldBe("SC0345");
        error.Message.ShouldContain("\"banner.png\" is 1.0 MB, and every report would carry it; use an image under 1 MB");
    }

    private const int InlineImageLimit = Images.InlineImage.MaximumBytes;

    [Theory]
    [InlineData("notes.txt", "Some words, not a picture.", "\"notes.txt\" is not a PNG, JPEG, GIF, WebP or SVG image")]
    [InlineData("crest.bmp", "BM6\0\0\0\0\0\0\0", "\"crest.bmp\" is a BMP image")]
    [InlineData("font.woff2", "wOF2\0\u0001\0\0", "\"font.woff2\" is a font")]
    [InlineData("page.html", "<html><body>x</body></html>", "root is <html>, not an SVG image")]
    public void A_file_that_is_not_an_image_is_refused_saying_what_it_is(string name, string content, string said)
    {
        _templates.Write(name, Encoding.Latin1.GetBytes(content));
        WriteKey($"<div style=\"background: url({name})\"></div>");

        var error = SingleError(Render());

        error.Code.ShouldBe("SC0343");
        error.Message.ShouldContain(said);
    }

    [Theory]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>""", "the SVG image \"crest.svg\" holds a script")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>""", "event handler (onload")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><image href="https://example.com/a.png"/></svg>""", "refers to \"https://example.com/a.png\", outside itself")]
    public void An_svg_with_script_or_outside_references_is_refused_as_the_logo_is(string svg, string said)
    {
        _templates.Write("crest.svg", svg);
        WriteKey("<img src=\"crest.svg\" alt=\"\">");

        var error = SingleError(Render());

        error.Code.ShouldBe("SC0344");
        error.Message.ShouldContain(said);
    }

    [Fact]
    public void An_import_of_another_stylesheet_is_refused_at_its_line()
    {
        var styles = _templates.Write("_styles.css", "@import url(\"print.css\");\n" + BuiltIn("_styles.css"));

        var error = SingleError(Render());

        error.Code.ShouldBe("SC0346");
        error.Location.File.ShouldBe(styles);
        error.Location.Line.ShouldBe(1);
        error.Message.ShouldContain("{{ include 'more.css' }}");
    }

    [Fact]
    public void An_image_named_twice_is_read_once_and_each_problem_is_reported_once()
    {
        WriteKey("<img src=\"gone.png\" alt=\"\"><img src=\"gone.png\" alt=\"\">");

        var errors = Render().Diagnostics.Where(d => d.IsError).ToList();

        errors.Count.ShouldBe(2); // one for each place it is named, at its own column
        errors.Select(e => e.Location.Column).Distinct().Count().ShouldBe(2);
        errors.ShouldAllBe(e => e.Code == "SC0340");
    }

    [Fact]
    public void A_source_a_template_makes_with_code_is_refused_at_the_line_of_the_output()
    {
        _templates.Write("crest.png", OfficeLogoTests.Png());
        WriteKey("<img src=\"{{ 'crest' }}.png\" alt=\"\">");

        var error = SingleError(Render());

        error.Code.ShouldBe("SC0320");
        error.Location.File.ShouldBe("report.html");
        error.Location.Line.ShouldNotBeNull();
        error.Message.ShouldContain("the report would load \"crest.png\" (<img src>) from outside itself");
        error.Message.ShouldContain("name the file in the template's text");
    }

    [Fact]
    public void A_css_url_a_template_makes_with_code_is_refused_at_the_line_of_the_output()
    {
        WriteKey("<div style=\"background: url({{ 'https://example.com/a.png' }})\"></div>");

        var error = SingleError(Render());

        error.Code.ShouldBe("SC0320");
        error.Location.File.ShouldBe("report.html");
        error.Message.ShouldContain("url(…) in <div style>");
    }

    [Fact]
    public void Validate_reports_an_image_that_cannot_be_embedded()
    {
        var key = WriteKey("<img src=\"crest.png\" alt=\"\">");

        var d = TemplateChecker.Check(_templates.Path).ShouldHaveSingleItem();

        d.Code.ShouldBe("SC0340");
        d.Location.File.ShouldBe(key);
        d.Location.Line.ShouldBe(1);
    }

    [Fact]
    public void The_built_in_templates_name_no_image_so_the_bundled_report_is_unchanged()
    {
        var files = new TemplateFiles(null);
        var images = new TemplateImages(files);
        const string prefix = "Templates/";
        var names = typeof(TemplateFiles).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Select(n => n[prefix.Length..]).ToList();
        names.ShouldContain("_styles.css");

        foreach (var name in names)
        {
            var path = files.Resolve(name, out _)!;
            var template = Scriban.Template.Parse(files.Read(path, out _)!, path);
            var before = RawTexts(template);
            images.Embed(template, path);
            RawTexts(template).ShouldBe(before, name);
        }

        images.Errors.ShouldBeEmpty();
    }

    private static List<string> RawTexts(Scriban.Template template)
    {
        var texts = new List<string>();
        void Visit(ScriptNode? node)
        {
            if (node is ScriptRawStatement raw)
            {
                texts.Add(raw.Text.ToString());
            }

            foreach (var child in node?.Children ?? [])
            {
                Visit(child);
            }
        }

        Visit(template.Page);
        return texts;
    }
}
