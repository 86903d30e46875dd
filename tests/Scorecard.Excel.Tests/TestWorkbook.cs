using System.IO.Compression;
using System.Text.RegularExpressions;
using ClosedXML.Excel;

namespace Scorecard.Excel.Tests;

/// <summary>
/// Builds workbooks for tests: sheets from rows of values, any ClosedXML change, and raw cell
/// XML for what ClosedXML cannot write (a formula with a cached value it cannot evaluate, an
/// error cell), patched into the saved file.
/// </summary>
internal sealed class TestWorkbook
{
    private readonly List<Action<XLWorkbook>> _steps = [];
    private readonly List<(int SheetNumber, string Cell, string Xml)> _patches = [];
    private readonly List<string> _sheets = [];

    /// <summary>Adds a sheet; each row's values go from column A (null leaves a cell blank).</summary>
    public TestWorkbook Sheet(string name, params object?[][] rows)
    {
        _sheets.Add(name);
        _steps.Add(workbook =>
        {
            var sheet = workbook.Worksheets.Add(name);
            for (var r = 0; r < rows.Length; r++)
            {
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var cell = sheet.Cell(r + 1, c + 1);
                    switch (rows[r][c])
                    {
                        case null:
                            break;
                        case string s:
                            cell.SetValue(s);
                            cell.DataType = XLDataType.Text;
                            break;
                        case DateTime d:
                            cell.Value = d;
                            break;
                        case var v:
                            cell.Value = Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture);
                            break;
                    }
                }
            }
        });
        return this;
    }

    /// <summary>The usual wide sheet "Monthly": Measure and months as real dates, then the rows.</summary>
    public static TestWorkbook Wide(DateTime[] months, params object?[][] rows) =>
        new TestWorkbook().Sheet("Monthly", [["Measure", .. months.Cast<object?>()], .. rows]);

    public TestWorkbook With(Action<XLWorkbook> change)
    {
        _steps.Add(change);
        return this;
    }

    /// <summary>Replaces a cell of a sheet with raw SpreadsheetML, such as <c>&lt;c r="C2"&gt;&lt;f&gt;X()&lt;/f&gt;&lt;v&gt;42&lt;/v&gt;&lt;/c&gt;</c>.</summary>
    public TestWorkbook RawCell(string sheet, string cell, string xml)
    {
        var number = _sheets.IndexOf(sheet) + 1;
        _steps.Add(workbook => workbook.Worksheet(sheet).Cell(cell).Value = 0);
        _patches.Add((number, cell, xml));
        return this;
    }

    public string SaveTo(TempFolder folder, string name = "monthly.xlsx")
    {
        var path = folder.File(name);
        using (var workbook = new XLWorkbook())
        {
            foreach (var step in _steps)
            {
                step(workbook);
            }

            workbook.SaveAs(path);
        }

        if (_patches.Count > 0)
        {
            using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
            foreach (var group in _patches.GroupBy(p => p.SheetNumber))
            {
                var entry = zip.GetEntry($"xl/worksheets/sheet{group.Key}.xml") ?? throw new InvalidOperationException("no sheet part");
                string xml;
                using (var reader = new StreamReader(entry.Open()))
                {
                    xml = reader.ReadToEnd();
                }

                foreach (var (_, cell, raw) in group)
                {
                    // ClosedXML may write the elements with a namespace prefix (<x:c>); the raw cell follows suit.
                    var pattern = new Regex($"<(?<p>\\w+:)?c r=\"{cell}\"[^>]*?(/>|>.*?</(\\w+:)?c>)");
                    var match = pattern.Match(xml);
                    match.Success.ShouldBeTrue($"cell {cell} not found in the sheet XML");
                    var prefixed = Regex.Replace(raw, "<(/?)(\\w+)", "<$1" + match.Groups["p"].Value + "$2");
                    xml = string.Concat(xml.AsSpan(0, match.Index), prefixed, xml.AsSpan(match.Index + match.Length));
                }

                entry.Delete();
                var replaced = zip.CreateEntry($"xl/worksheets/sheet{group.Key}.xml");
                using var writer = new StreamWriter(replaced.Open());
                writer.Write(xml);
            }
        }

        return path;
    }
}
