using System.Text;
using Scorecard.Cli.Configuration;
using Scorecard.Core.Diagnostics;
using Scorecard.Core.Evaluation;
using Scorecard.Rendering;

namespace Scorecard.Cli.Tests.Configuration;

/// <summary><c>title</c>, <c>panel</c>, <c>commissionerTitle</c>, <c>logo</c> and <c>palette</c>.</summary>
public sealed class OfficeSettingsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("scorecard-office-");

    public void Dispose() => _folder.Delete(recursive: true);

    private Result<ScorecardConfig> Read(string json) =>
        ConfigReader.Read(Encoding.UTF8.GetBytes(json.ReplaceLineEndings("\n")), "scorecard.config.json", _folder.FullName);

    private void Write(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(_folder.FullName, name), bytes);

    private static readonly byte[] Png =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A,
        0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89,
    ];

    [Fact]
    public void Without_the_settings_the_report_speaks_as_a_police_and_crime_commissioners_office()
    {
        var config = Read("{}").Value.ShouldNotBeNull();

        config.Title.ShouldBe("Performance report");
        config.Panel.ShouldBe("Police and Crime Panel");
        config.CommissionerTitle.ShouldBe("Police and Crime Commissioner");
        config.Logo.ShouldBeNull();
        config.Palette.ShouldBeSameAs(SentimentPalette.Default);
    }

    [Fact]
    public void Reads_the_offices_own_words_logo_and_colours()
    {
        Write("logo.png", Png);

        var result = Read("""
            { "title": "Quarterly performance report", "panel": "Police and Crime Committee",
              "commissionerTitle": "Deputy Mayor for Policing and Crime", "logo": "logo.png",
              "palette": { "concern": "#B35806", "improvement": { "base": "#2166AC", "text": "#102F50" } } }
            """);

        result.Diagnostics.ShouldBeEmpty();
        var config = result.Value.ShouldNotBeNull();
        config.Title.ShouldBe("Quarterly performance report");
        config.Panel.ShouldBe("Police and Crime Committee");
        config.CommissionerTitle.ShouldBe("Deputy Mayor for Policing and Crime");
        config.Logo.ShouldNotBeNull().MediaType.ShouldBe("image/png");
        config.Palette.For(Sentiment.Concern).Base.ShouldBe("#B35806");
        config.Palette.For(Sentiment.Improvement).Text.ShouldBe("#102F50");
        config.Palette.For(Sentiment.Neutral).ShouldBe(SentimentPalette.Default.For(Sentiment.Neutral));
    }

    [Fact]
    public void A_missing_logo_is_an_error_at_its_setting()
    {
        var d = Read("{\n  \"logo\": \"images/crest.png\"\n}").Diagnostics.ShouldHaveSingleItem();

        d.Code.ShouldBe("SC0230");
        d.IsError.ShouldBeTrue();
        d.Location.JsonPath.ShouldBe("$.logo");
        d.Location.Line.ShouldBe(2);
        d.Message.ShouldContain("crest.png");
        d.Message.ShouldContain("does not exist");
    }

    [Fact]
    public void A_folder_given_as_the_logo_is_an_error_saying_so()
    {
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "images"));

        var d = Read("""{ "logo": "images" }""").Diagnostics.ShouldHaveSingleItem();

        d.Code.ShouldBe("SC0230");
        d.Message.ShouldContain("is a folder");
    }

    [Fact]
    public void A_logo_that_is_not_a_png_jpeg_or_svg_is_an_error_saying_what_it_is()
    {
        Write("logo.png", Encoding.ASCII.GetBytes("GIF89a and the rest of a gif"));

        var d = Read("""{ "logo": "logo.png" }""").Diagnostics.ShouldHaveSingleItem();

        d.Code.ShouldBe("SC0231");
        d.Location.JsonPath.ShouldBe("$.logo");
        d.Message.ShouldContain("a GIF image");
    }

    [Fact]
    public void An_svg_logo_with_a_script_is_refused()
    {
        Write("logo.svg", Encoding.UTF8.GetBytes("""<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"""));

        var d = Read("""{ "logo": "logo.svg" }""").Diagnostics.ShouldHaveSingleItem();

        d.Code.ShouldBe("SC0232");
        d.Message.ShouldContain("script");
    }

    [Fact]
    public void A_logo_larger_than_a_megabyte_is_refused_without_reading_it()
    {
        var big = new byte[OfficeLogo.MaximumBytes + 10];
        Png.CopyTo(big, 0);
        Write("logo.png", big);

        var d = Read("""{ "logo": "logo.png" }""").Diagnostics.ShouldHaveSingleItem();

        d.Code.ShouldBe("SC0231");
        d.Message.ShouldContain("1.0 MB");
    }

    [Fact]
    public void A_colour_that_is_not_hex_is_an_error_at_its_path()
    {
        var d = Read("""{ "palette": { "concern": { "base": "orange" } } }""").Diagnostics.ShouldHaveSingleItem();

        d.Code.ShouldBe("SC0204");
        d.Location.JsonPath.ShouldBe("$.palette.concern.base");
        d.Message.ShouldContain("#RRGGBB");
    }

    [Fact]
    public void An_unknown_sentiment_is_an_unknown_key()
    {
        var d = Read("""{ "palette": { "good": "#00FF00" } }""").Diagnostics.ShouldHaveSingleItem();

        d.Code.ShouldBe("SC0202");
        d.Message.ShouldContain("improvement, concern, neutral, attention");
    }

    [Fact]
    public void Red_and_green_for_improvement_and_concern_is_a_warning_naming_the_colour_vision()
    {
        var result = Read("""
            {
              "palette": {
                "improvement": "#2E7D32",
                "concern": "#C62828"
              }
            }
            """);

        result.HasErrors.ShouldBeFalse();
        var d = result.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe("SC0233");
        d.IsError.ShouldBeFalse();
        d.Location.JsonPath.ShouldBe("$.palette.concern");
        d.Location.Line.ShouldBe(4);
        d.Message.ShouldContain("improvement (#2E7D32) and concern (#C62828) are hard to tell apart for readers with deuteranopia");
    }

    [Fact]
    public void Text_that_does_not_read_on_its_fill_is_a_warning()
    {
        var d = Read("""{ "palette": { "neutral": { "fill": "#EBEBEB", "text": "#AAAAAA" } } }""").Diagnostics.ShouldHaveSingleItem();

        d.Code.ShouldBe("SC0234");
        d.Location.JsonPath.ShouldBe("$.palette.neutral");
        d.Message.ShouldContain("4.5:1");
    }
}
