using Scorecard.Core.Evaluation;
using Scorecard.Rendering.Palette;

namespace Scorecard.Rendering.Tests.Identity;

public sealed class PaletteTests
{
    /// <summary>Sharma, Wu and Dalal (2005), the CIEDE2000 test data: pairs 1, 7, 17 and 25.</summary>
    [Theory]
    [InlineData(50.0, 2.6772, -79.7751, 50.0, 0.0, -82.7485, 2.0425)]
    [InlineData(50.0, 0.0, 0.0, 50.0, -1.0, 2.0, 2.3669)]
    [InlineData(50.0, 2.5, 0.0, 73.0, 25.0, -18.0, 27.1492)]
    [InlineData(60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644)]
    public void Ciede2000_matches_the_published_test_data(double l1, double a1, double b1, double l2, double a2, double b2, double expected)
    {
        ColourVision.Ciede2000((l1, a1, b1), (l2, a2, b2)).ShouldBe(expected, tolerance: 0.0001);
        ColourVision.Ciede2000((l2, a2, b2), (l1, a1, b1)).ShouldBe(expected, tolerance: 0.0001);
    }

    [Theory]
    [InlineData(ColourVisionKind.Protanopia)]
    [InlineData(ColourVisionKind.Deuteranopia)]
    [InlineData(ColourVisionKind.Tritanopia)]
    public void A_grey_looks_the_same_to_every_reader(ColourVisionKind vision)
    {
        var grey = new Rgb(128, 128, 128);
        var seen = ColourVision.Simulate(grey, vision);
        var linear = grey.Linear();

        seen.R.ShouldBe(linear.R, tolerance: 0.001);
        seen.G.ShouldBe(linear.G, tolerance: 0.001);
        seen.B.ShouldBe(linear.B, tolerance: 0.001);
    }

    [Fact]
    public void Red_and_green_are_hard_to_tell_apart_for_deuteranopes_but_not_for_typical_readers()
    {
        var red = Rgb.Parse("#C62828")!.Value;
        var green = Rgb.Parse("#2E7D32")!.Value;

        ColourVision.Difference(red, green, ColourVisionKind.Typical).ShouldBeGreaterThan(50);
        ColourVision.Closest(red, green).ShouldSatisfyAllConditions(
            c => c.Vision.ShouldBe(ColourVisionKind.Deuteranopia),
            c => c.Difference.ShouldBeLessThan(ColourVision.MinimumDifference));
    }

    [Fact]
    public void The_default_palette_has_no_problems()
    {
        SentimentPalette.Default.Problems().ShouldBeEmpty();
    }

    [Fact]
    public void A_red_and_green_palette_is_reported_as_hard_to_tell_apart_for_deuteranopes()
    {
        var palette = SentimentPalette.Default.With(Sentiment.Improvement, "#2E7D32").With(Sentiment.Concern, "#C62828");

        var problem = palette.Problems().ShouldHaveSingleItem();
        problem.Sentiment.ShouldBe(Sentiment.Improvement);
        problem.Other.ShouldBe(Sentiment.Concern);
        problem.Vision.ShouldBe(ColourVisionKind.Deuteranopia);
    }

    [Fact]
    public void Text_that_does_not_read_on_its_fill_is_a_problem()
    {
        var palette = SentimentPalette.Default.With(Sentiment.Concern, "#D55E00", fill: "#F7DFCC", text: "#E08040");

        var problem = palette.Problems().ShouldHaveSingleItem();
        problem.Sentiment.ShouldBe(Sentiment.Concern);
        problem.Contrast.ShouldNotBeNull().ShouldBeLessThan(ColourVision.MinimumTextContrast);
    }

    [Fact]
    public void A_base_colour_alone_gives_a_light_fill_and_a_text_colour_that_reads_on_it()
    {
        var colour = SentimentPalette.Default.With(Sentiment.Improvement, "#0072b2").For(Sentiment.Improvement);

        colour.Base.ShouldBe("#0072B2");
        colour.Fill.ShouldBe("#CCE3F0", "a fifth of the base on white, as the default fills are");
        Rgb.Parse(colour.Text)!.Value.Contrast(Rgb.Parse(colour.Fill)!.Value).ShouldBeGreaterThanOrEqualTo(7.0);
    }

    [Theory]
    [InlineData("#0072B2", "#0072B2")]
    [InlineData("#abc", "#AABBCC")]
    [InlineData(" #ffffff ", "#FFFFFF")]
    public void Colours_are_read_as_hex(string text, string expected) => Rgb.Parse(text)!.Value.ToHex().ShouldBe(expected);

    [Theory]
    [InlineData("blue")]
    [InlineData("#12345")]
    [InlineData("#GGGGGG")]
    [InlineData("rgb(0,0,0)")]
    [InlineData("")]
    public void Anything_else_is_not_a_colour(string text) => Rgb.Parse(text).ShouldBeNull();

    [Fact]
    public void The_css_carries_every_sentiments_colours()
    {
        var css = SentimentPalette.Default.With(Sentiment.Attention, "#EE99AA").Css();

        css.ShouldContain("--attention: #EE99AA;");
        css.ShouldContain("--improvement: #0072B2; --improvement-fill: #CCE3F0; --improvement-ink: #00466E;");
    }
}
