using NodaTime;
using static Scorecard.Excel.Tests.XlsxParts;

namespace Scorecard.Excel.Tests;

/// <summary>
/// A package may leave out its optional parts (styles, shared strings), and a damaged one may
/// name a part it lacks. Either way each cell reads as what it is, or is refused at its cell:
/// a missing part never makes data vanish from a load that succeeds.
/// </summary>
public sealed class MissingPartTests
{
    private static readonly string Header = Row(1, Inline("A1", "Measure"), Inline("B1", "2019-04"), Inline("C1", "2019-05"));

    [Fact]
    public void Reads_a_workbook_with_no_styles_part_with_every_cell_unstyled()
    {
        // Found by the fuzzer: such a workbook once loaded as "1 measure, no months" and exited 0.
        using var folder = new TempFolder();
        var path = new XlsxParts { HasStyles = false }
            .Sheet("Monthly", Header + Row(2, Inline("A2", "crime-volume"), Num("B2", 5), Num("C2", 0.25)))
            .SaveTo(folder);

        var data = SeriesLoader.Load(path).Loaded();

        var series = data.Find("crime-volume").ShouldNotBeNull();
        series.ValueAt(new YearMonth(2019, 4)).ShouldBe(5);
        series.ValueAt(new YearMonth(2019, 5)).ShouldBe(0.25);
        LoadSummary.Of(data).ToString().ShouldBe("1 measure, 2 months (April 2019 to May 2019), no gaps");
    }

    [Fact]
    public void Reads_unstyled_cells_in_a_workbook_with_no_styles_part_even_when_they_name_a_style()
    {
        // A cell's s="1" points into a style table the package does not have: the cell is unstyled.
        using var folder = new TempFolder();
        var path = new XlsxParts { HasStyles = false }
            .Sheet("Monthly", Header + Row(2, Inline("A2", "crime-volume"), Num("B2", 5, style: 1), Num("C2", 0.25, style: 2)))
            .SaveTo(folder);

        var series = SeriesLoader.Load(path).Loaded().Find("crime-volume").ShouldNotBeNull();

        series.ValueAt(new YearMonth(2019, 4)).ShouldBe(5);
        series.ValueAt(new YearMonth(2019, 5)).ShouldBe(0.25);
    }

    [Fact]
    public void Reads_a_workbook_whose_styles_relationship_names_a_missing_part_as_unstyled()
    {
        using var folder = new TempFolder();
        var path = new XlsxParts()
            .Sheet("Monthly", Header + Row(2, Inline("A2", "crime-volume"), Num("B2", 5), Num("C2", 6)))
            .Without("xl/styles.xml")
            .SaveTo(folder);

        SeriesLoader.Load(path).Loaded().Find("crime-volume").ShouldNotBeNull().Count.ShouldBe(2);
    }

    [Fact]
    public void Refuses_date_headings_in_a_workbook_with_no_styles_at_their_cells_as_the_numbers_they_are()
    {
        // Without a style a date serial is a plain number, as Excel shows it: never a month, never dropped.
        using var folder = new TempFolder();
        var path = new XlsxParts { HasStyles = false }
            .Sheet("Monthly", Row(1, Inline("A1", "Measure"), Num("B1", 43556, style: 1)) + Row(2, Inline("A2", "crime-volume"), Num("B2", 5)))
            .SaveTo(folder);

        SeriesLoader.Load(path).Error("SC0104").At("Monthly", "B1").Saying("found the number 43556");
    }

    [Fact]
    public void Refuses_shared_string_cells_when_the_workbook_has_no_shared_strings_part()
    {
        using var folder = new TempFolder();
        var path = new XlsxParts()
            .Sheet("Monthly", Header + Row(2, "<c r=\"A2\" t=\"s\"><v>0</v></c>", Num("B2", 5), Num("C2", 6)))
            .SaveTo(folder);

        SeriesLoader.Load(path).Error("SC0103").At("Monthly", "A2")
            .Saying("expected a measure id; found (the cell could not be read: it refers to shared string \"0\", which the workbook does not have).");
    }

    [Fact]
    public void Refuses_shared_string_cells_when_the_shared_strings_relationship_names_a_missing_part()
    {
        using var folder = new TempFolder();
        var path = new XlsxParts { SharedStrings = "<si><t>crime-volume</t></si>" }
            .Sheet("Monthly", Header + Row(2, "<c r=\"A2\" t=\"s\"><v>0</v></c>", Num("B2", 5), Num("C2", 6)))
            .Without("xl/sharedStrings.xml")
            .SaveTo(folder);

        SeriesLoader.Load(path).Error("SC0103").At("Monthly", "A2").Saying("shared string \"0\", which the workbook does not have");
    }

    [Fact]
    public void Refuses_an_error_cell_as_a_measure_id_naming_the_error_not_as_a_misspelt_id()
    {
        using var folder = new TempFolder();
        var wide = new XlsxParts()
            .Sheet("Monthly", Header + Row(2, "<c r=\"A2\" t=\"e\"><f>VLOOKUP(X2,Ids,2)</f><v>#N/A</v></c>", Num("B2", 5), Num("C2", 6)))
            .SaveTo(folder);
        var longLayout = folder.WriteText("long.csv", "measure,month,value\n#N/A,2019-04,5\n");

        SeriesLoader.Load(wide).Error("SC0103").At("Monthly", "A2")
            .Saying("expected a measure id; found the error #N/A. Type the measure id in the cell, or correct the formula that makes it.");
        SeriesLoader.Load(longLayout).Error("SC0103").AtLine(2, 1).Saying("expected a measure id; found the error #N/A.");
    }

    [Fact]
    public void Refuses_an_error_cell_as_a_peer_force_at_its_cell()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("peers.csv", "measure,force,month,value\ncrime-rate,#REF!,2019-06,61.3\n");

        PeerLoader.Load(path).Error("SC0403").AtLine(2, 2).Saying("expected a force; found the error #REF!.");
    }

    [Fact]
    public void Reads_peer_data_from_a_workbook_with_no_styles_part()
    {
        using var folder = new TempFolder();
        var path = new XlsxParts { HasStyles = false }
            .Sheet("Peers",
                Row(1, Inline("A1", "measure"), Inline("B1", "force"), Inline("C1", "month"), Inline("D1", "value"))
                + Row(2, Inline("A2", "crime-rate"), Inline("B2", "Dorset"), Inline("C2", "2019-06"), Num("D2", 61.3)))
            .SaveTo(folder, "peers.xlsx");

        var observation = PeerLoader.Load(path).Loaded().Observations.Single();

        observation.Force.ShouldBe("Dorset");
        observation.Value.ShouldBe(61.3);
    }
}
