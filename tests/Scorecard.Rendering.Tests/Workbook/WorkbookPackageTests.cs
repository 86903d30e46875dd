using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using NodaTime;
using NodaTime.Testing;
using Scorecard.Rendering.Workbook;

namespace Scorecard.Rendering.Tests.Workbook;

/// <summary>The workbook as a package: valid Open XML, and the same bytes for the same scorecard and time.</summary>
public sealed class WorkbookPackageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Workbooks => ["bundled-like", "making-data-count", "no-commentary", "hostile-office"];

    private string Write(string which)
    {
        var path = _folder.File($"{which}.xlsx");
        switch (which)
        {
            case "making-data-count":
                ScorecardWorkbook.Write(MakingDataCountReportTests.Mixed(), MakingDataCountReportTests.MixedData(), Sample.Info, Sample.Clock, path);
                break;
            case "no-commentary":
                // Every measure that fired lacks commentary: the Dashboard's notes carry a bold line (rich text).
                ScorecardWorkbook.Write(Sample.Evaluation, Sample.Data, Sample.Info with { MeasuresWithCommentary = [] }, Sample.Clock, path);
                break;
            case "hostile-office":
                var office = "=HYPERLINK(\"http://x\") & <Commissioner> \u0001 " + new string('&', 300);
                ScorecardWorkbook.Write(Sample.Evaluation, Sample.Data, Sample.Info with { Office = office, Title = "@SUM(1) \"report\"" }, Sample.Clock, path);
                break;
            default:
                ScorecardWorkbook.Write(Sample.Evaluation, Sample.Data, Sample.Info, Sample.Clock, path);
                break;
        }

        return path;
    }

    [Theory]
    [MemberData(nameof(Workbooks))]
    public void The_workbook_is_valid_spreadsheetml_by_the_open_xml_sdks_own_validator(string which)
    {
        var path = Write(which);

        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2010).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();

        errors.ShouldBeEmpty(string.Join(Environment.NewLine, errors.Take(20)));
    }

    [Fact]
    public void The_same_scorecard_written_at_the_same_time_is_the_same_bytes()
    {
        var first = File.ReadAllBytes(Write("bundled-like"));
        var second = File.ReadAllBytes(Write("bundled-like"));

        second.SequenceEqual(first).ShouldBeTrue("a workbook written twice from the same evaluation and clock differs");
    }

    [Fact]
    public void A_workbook_written_at_another_time_differs_only_in_its_times()
    {
        var path = _folder.File("later.xlsx");
        var later = new FakeClock(Sample.GeneratedAt + Duration.FromDays(1));
        ScorecardWorkbook.Write(Sample.Evaluation, Sample.Data, Sample.Info, later, path);

        var parts = Parts(Write("bundled-like"));
        var laterParts = Parts(path);

        laterParts.Keys.ShouldBe(parts.Keys);
        laterParts.Where(p => p.Value != parts[p.Key]).Select(p => p.Key).ShouldBe(["docProps/core.xml", "docProps/custom.xml"], ignoreOrder: true);
    }

    private static Dictionary<string, string> Parts(string path)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        });
    }
}
