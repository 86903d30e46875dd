using NodaTime;

namespace Scorecard.Excel.Tests;

public sealed class CellTextTests
{
    [Theory]
    [InlineData("2019-04", 2019, 4)]
    [InlineData("2019-4", 2019, 4)]
    [InlineData("2019/04", 2019, 4)]
    [InlineData("201904", 2019, 4)]
    [InlineData("04/2019", 2019, 4)]
    [InlineData("Apr-19", 2019, 4)]
    [InlineData("apr 19", 2019, 4)]
    [InlineData("Apr 2019", 2019, 4)]
    [InlineData("April 2019", 2019, 4)]
    [InlineData("Sept 2019", 2019, 9)]
    [InlineData("Sep-99", 1999, 9)]
    [InlineData("2019 Apr", 2019, 4)]
    [InlineData("2019-04-15", 2019, 4)]
    [InlineData("2019-04-01T00:00:00", 2019, 4)]
    [InlineData("15/04/2019", 2019, 4)]
    [InlineData("01/04/2019", 2019, 4)]
    [InlineData("1 April 2019", 2019, 4)]
    [InlineData("01-Apr-19", 2019, 4)]
    [InlineData(" \u00A0Apr-19 ", 2019, 4)]
    public void Reads_a_month_written_in_a_common_form(string text, int year, int month)
    {
        CellText.TryParseMonth(text, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(new YearMonth(year, month));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Q2 2019")]
    [InlineData("2019-13")]
    [InlineData("Aprl 2019")]
    [InlineData("2019")]
    [InlineData("32/04/2019")]
    [InlineData("April")]
    public void Refuses_what_is_not_a_month(string text)
    {
        CellText.TryParseMonth(text, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("1234", 1234)]
    [InlineData("1,234", 1234)]
    [InlineData("1,234,567.5", 1234567.5)]
    [InlineData(" 12.5 ", 12.5)]
    [InlineData("45%", 45)]
    [InlineData("12.5 %", 12.5)]
    [InlineData("-3", -3)]
    [InlineData("+3", 3)]
    [InlineData(".5", 0.5)]
    [InlineData("1e3", 1000)]
    [InlineData("\u00A07\u00A0", 7)]
    public void Reads_a_number_stored_as_text(string text, double expected)
    {
        CellText.TryParseNumber(text, out var number).ShouldBeTrue();
        number.ShouldBe(expected);
    }

    [Theory]
    [InlineData("n/a")]
    [InlineData("12,5")]
    [InlineData("1,23")]
    [InlineData("1.234,5")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("£12")]
    [InlineData("-")]
    [InlineData("%")]
    public void Refuses_text_that_is_not_plainly_a_number(string text)
    {
        CellText.TryParseNumber(text, out _).ShouldBeFalse();
    }

    [Fact]
    public void Names_columns_as_excel_does()
    {
        SourceTable.CellName(14, 5).ShouldBe("F14");
        SourceTable.ColumnLetters(25).ShouldBe("Z");
        SourceTable.ColumnLetters(26).ShouldBe("AA");
        SourceTable.ColumnLetters(701).ShouldBe("ZZ");
        SourceTable.ColumnLetters(702).ShouldBe("AAA");
    }
}
