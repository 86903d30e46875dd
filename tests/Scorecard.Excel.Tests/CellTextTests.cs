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
    [InlineData("1899-12")]
    [InlineData("\u0662\u0660\u0661\u0669-\u0660\u0664")]
    [InlineData("\uFF12\uFF10\uFF11\uFF19-04")]
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
    [InlineData("\u221212", -12)]
    [InlineData("(1,234)", -1234)]
    [InlineData("(12.5)", -12.5)]
    [InlineData("12 %", 12)]
    [InlineData("0e-400", 0)]
    [InlineData("1e300", 1e300)]
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
    [InlineData("£1,234")]
    [InlineData("-Infinity")]
    [InlineData("+Infinity")]
    [InlineData("\u221E")]
    [InlineData("-\u221E")]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("1e-400")]
    [InlineData("0x10")]
    [InlineData("1_000")]
    [InlineData("(-12)")]
    [InlineData("()")]
    [InlineData("(12")]
    [InlineData("\u0661\u0662")]
    [InlineData("\uFF11\uFF12")]
    [InlineData("1.5.2")]
    [InlineData("--1")]
    [InlineData("-")]
    [InlineData("%")]
    public void Refuses_text_that_is_not_plainly_a_number(string text)
    {
        CellText.TryParseNumber(text, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData(1, false, 1900, 1, 1)]
    [InlineData(31, false, 1900, 1, 31)]
    [InlineData(32, false, 1900, 2, 1)]
    [InlineData(59, false, 1900, 2, 28)]
    [InlineData(60, false, 1900, 2, 29)]
    [InlineData(61, false, 1900, 3, 1)]
    [InlineData(43556, false, 2019, 4, 1)]
    [InlineData(43556.75, false, 2019, 4, 1)]
    [InlineData(0, true, 1904, 1, 1)]
    [InlineData(42094, true, 2019, 4, 1)]
    public void Reads_date_serial_numbers_in_both_of_excels_date_systems(double serial, bool date1904, int year, int month, int day)
    {
        CellText.TryDateFromSerial(serial, date1904, out var date).ShouldBeTrue();
        date.ShouldBe((year, month, day));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(-1, false)]
    [InlineData(-1, true)]
    [InlineData(double.NaN, false)]
    [InlineData(double.PositiveInfinity, true)]
    [InlineData(2958466, false)]
    public void Refuses_serial_numbers_that_are_not_plausible_dates(double serial, bool date1904)
    {
        CellText.TryDateFromSerial(serial, date1904, out _).ShouldBeFalse();
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
