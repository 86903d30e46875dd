using ClosedXML.Excel;
using Scorecard.Rendering.Workbook;

namespace Scorecard.Rendering.Tests.Workbook;

/// <summary>Issue 11 #5: an office name the configuration would refuse still never crashes the workbook writer.</summary>
public sealed class HostileOfficeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("Office of the\vCommissioner")]
    [InlineData("Office\0of the Commissioner")]
    [InlineData("Half \ud800 a character")]
    public void Characters_xml_cannot_hold_are_replaced_in_the_properties_and_footers(string office)
    {
        var path = _folder.File("scorecard.xlsx");

        ScorecardWorkbook.Write(Sample.Evaluation, Sample.Data, Sample.Info with { Office = office }, Sample.Clock, path);

        using var workbook = new XLWorkbook(path);
        workbook.Properties.Author.ShouldContain("\uFFFD");
    }

    [Fact]
    public void An_office_name_longer_than_a_page_footer_holds_is_shortened_there()
    {
        var path = _folder.File("scorecard.xlsx");
        var office = string.Concat(Enumerable.Repeat("Office & Commissioner ", 20));

        ScorecardWorkbook.Write(Sample.Evaluation, Sample.Data, Sample.Info with { Office = office }, Sample.Clock, path);

        using var workbook = new XLWorkbook(path);
        workbook.Properties.Author.ShouldBe(office);
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        foreach (var sheet in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(sheet.Open());
            var footer = System.Xml.Linq.XDocument.Parse(reader.ReadToEnd()).Descendants().Single(e => e.Name.LocalName == "oddFooter").Value;
            footer.Length.ShouldBeLessThanOrEqualTo(255);
            footer.ShouldContain("\u2026");
        }
    }
}
