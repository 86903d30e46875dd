using System.Text;

namespace Scorecard.Rendering.Tests.Identity;

public sealed class OfficeLogoTests
{
    /// <summary>The smallest PNG a program would write: the signature, then an IHDR chunk (1 × 1 pixel).</summary>
    internal static byte[] Png() =>
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A,
        0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89,
    ];

    private static LogoCheck Svg(string text) => OfficeLogo.Read(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_png_is_embedded_as_a_data_uri()
    {
        var logo = OfficeLogo.Read(Png()).Logo.ShouldNotBeNull();

        logo.MediaType.ShouldBe("image/png");
        logo.DataUri.ShouldStartWith("data:image/png;base64,iVBORw0KGgo");
    }

    [Fact]
    public void A_jpeg_is_known_by_its_bytes_whatever_the_file_is_called()
    {
        OfficeLogo.Read([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46]).Logo.ShouldNotBeNull().MediaType.ShouldBe("image/jpeg");
    }

    [Fact]
    public void A_plain_svg_is_accepted()
    {
        var check = Svg("""<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="10" height="10"/><use href="#g"/></svg>""");

        check.Logo.ShouldNotBeNull().MediaType.ShouldBe("image/svg+xml");
    }

    [Theory]
    [InlineData("GIF89a", "a GIF image")]
    [InlineData("%PDF-1.7", "a PDF document")]
    [InlineData("BM6", "a BMP image")]
    [InlineData("PK\u0003\u0004", "a zip archive")]
    [InlineData("just some text", "not a PNG, JPEG or SVG image")]
    public void Other_files_are_refused_saying_what_they_are(string start, string said)
    {
        var check = OfficeLogo.Read(Encoding.Latin1.GetBytes(start + new string(' ', 20)));

        check.Logo.ShouldBeNull();
        check.Problem.ShouldBe(LogoProblem.NotAnImage);
        check.Message.ShouldNotBeNull().ShouldContain(said);
    }

    [Fact]
    public void An_empty_file_and_a_damaged_png_are_refused()
    {
        OfficeLogo.Read([]).Message.ShouldNotBeNull().ShouldContain("empty");
        OfficeLogo.Read(Png()[..10]).Message.ShouldNotBeNull().ShouldContain("damaged");
    }

    [Fact]
    public void A_logo_over_one_megabyte_is_refused()
    {
        var bytes = new byte[OfficeLogo.MaximumBytes + 1];
        Png().CopyTo(bytes, 0);

        var check = OfficeLogo.Read(bytes);

        check.Problem.ShouldBe(LogoProblem.TooLarge);
        check.Message.ShouldNotBeNull().ShouldContain("1.0 MB");
    }

    [Theory]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>""", "holds a script")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>""", "event handler (onload")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="https://example.com/a.png"/></svg>""", "refers to \"https://example.com/a.png\"")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><use href="other.svg#shape"/></svg>""", "refers to \"other.svg#shape\"")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://example.com/x.css);</style></svg>""", "@import")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill: url('https://example.com/p.svg#p')"/></svg>""", "url(")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject></svg>""", "embeds other content")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><rect/></a></svg>""", "refers to \"javascript:alert(1)\"")]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>""", "document type declaration")]
    public void An_svg_with_script_or_outside_references_is_refused(string svg, string said)
    {
        var check = Svg(svg);

        check.Logo.ShouldBeNull();
        check.Problem.ShouldBe(LogoProblem.UnsafeSvg);
        check.Message.ShouldNotBeNull().ShouldContain(said);
    }

    [Fact]
    public void Xml_that_is_not_svg_or_not_well_formed_is_not_an_image()
    {
        Svg("<html><body/></html>").Message.ShouldNotBeNull().ShouldContain("root is <html>");
        Svg("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>").Message.ShouldNotBeNull().ShouldContain("not a well-formed SVG");
    }
}
