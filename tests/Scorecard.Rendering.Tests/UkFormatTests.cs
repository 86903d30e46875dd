using System.Globalization;
using NodaTime;
using Scorecard.Core.Measures;

namespace Scorecard.Rendering.Tests;

public sealed class UkFormatTests
{
    [Theory]
    [InlineData(11856, 0, "11,856")]
    [InlineData(1258.4, 0, "1,258")]
    [InlineData(14.75, 1, "14.8")]
    [InlineData(-6.6, 1, "\u22126.6")]
    [InlineData(-0.01, 1, "0.0")]
    public void Numbers_are_written_with_uk_grouping(double value, int decimals, string expected) =>
        UkFormat.Number(value, decimals).ShouldBe(expected);

    [Fact]
    public void Numbers_do_not_depend_on_the_machine_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            UkFormat.Number(44340.5, 1).ShouldBe("44,340.5");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Percentages_say_per_cent_in_prose_and_use_the_sign_in_tables()
    {
        UkFormat.Percent(2.92).ShouldBe("2.9 per cent");
        UkFormat.PercentShort(2.92).ShouldBe("2.9%");
        UkFormat.Points(6.6).ShouldBe("6.6 percentage points");
        UkFormat.Points(1).ShouldBe("1.0 percentage point");
    }

    [Theory]
    [InlineData(767, "12 minutes 47 seconds", "12 min 47 s")]
    [InlineData(60, "1 minute", "1 min")]
    [InlineData(45, "45 seconds", "45 s")]
    [InlineData(0, "0 seconds", "0 s")]
    [InlineData(3725, "1 hour 2 minutes 5 seconds", "1 h 2 min 5 s")]
    [InlineData(-46, "46 seconds", "−46 s")]
    public void Durations_are_words_in_prose_and_carry_their_units_in_tables(double seconds, string prose, string table)
    {
        UkFormat.Duration(seconds).ShouldBe(prose);
        UkFormat.DurationShort(seconds).ShouldBe(table);
    }

    [Theory]
    [InlineData(767.23, 1, "12 minutes 47.2 seconds")]
    [InlineData(4.26, 1, "4.3 seconds")]
    [InlineData(1, 0, "1 second")]
    public void A_duration_in_prose_may_show_fractions_of_a_second(double seconds, int decimals, string expected) =>
        UkFormat.Duration(seconds, decimals).ShouldBe(expected);

    [Fact]
    public void Dates_months_and_quarters_are_written_out()
    {
        UkFormat.Date(new LocalDate(2019, 9, 30)).ShouldBe("30 September 2019");
        UkFormat.Month(new YearMonth(2019, 6)).ShouldBe("June 2019");
        UkFormat.QuarterProse(Fixtures.Q2).ShouldBe("quarter two");
    }

    [Fact]
    public void Changes_are_more_or_fewer_and_signed_in_tables()
    {
        UkFormat.MoreOrFewer(1258).ShouldBe("more");
        UkFormat.MoreOrFewer(-39).ShouldBe("fewer");
        UkFormat.DifferenceShort(1258, ValueFormat.Count).ShouldBe("+1,258");
        UkFormat.DifferenceShort(-6.6, ValueFormat.Percent).ShouldBe("\u22126.6 pp");
        UkFormat.DifferenceShort(20, ValueFormat.Duration).ShouldBe("+20 s");
        UkFormat.ChangePercentShort(2.92).ShouldBe("+2.9%");
        UkFormat.Difference(-6.6, ValueFormat.Percent).ShouldBe("6.6 percentage points");
    }

    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(11, "11th")]
    [InlineData(22, "22nd")]
    public void Ordinals(int n, string expected) => UkFormat.Ordinal(n).ShouldBe(expected);

    [Theory]
    [InlineData(0.0123, null, "0.012")]
    [InlineData(0.0004, null, "< 0.001")]
    [InlineData(0.0503, 0.05, "0.0503")]
    [InlineData(0.0497, 0.05, "0.0497")]
    [InlineData(0.05004, 0.05, "0.05004")]
    [InlineData(0.172, 0.05, "0.172")]
    public void A_p_value_next_to_alpha_shows_which_side_of_it_it_falls(double p, double? alpha, string expected)
    {
        UkFormat.PValue(p, alpha).ShouldBe(expected);
    }
}
