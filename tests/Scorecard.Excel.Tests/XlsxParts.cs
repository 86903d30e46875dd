using System.IO.Compression;
using System.Text;

namespace Scorecard.Excel.Tests;

/// <summary>
/// Writes a workbook part by part, as other programs write them (inline strings, no
/// dimension, sheets listed out of rId order, 1904 dates ...): the XML is given as text and
/// zipped with System.IO.Compression, with nothing added but the package's plumbing.
/// </summary>
internal sealed class XlsxParts
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly List<(string Name, string RelId, string SheetData)> _sheets = [];
    private readonly Dictionary<string, string> _extra = [];
    private readonly HashSet<string> _missing = [];

    /// <summary>Attributes of <c>&lt;workbookPr&gt;</c>, such as <c>date1904="1"</c>.</summary>
    public string WorkbookProperties { get; init; } = string.Empty;

    /// <summary>The shared strings part's <c>&lt;si&gt;</c> items, or null for none.</summary>
    public string? SharedStrings { get; init; }

    /// <summary>False for a workbook with no styles part at all (every cell unstyled), as some writers make.</summary>
    public bool HasStyles { get; init; } = true;

    /// <summary>Extra elements before <c>&lt;sheetData&gt;</c>, such as a <c>&lt;dimension&gt;</c>.</summary>
    public string BeforeSheetData { get; init; } = string.Empty;

    /// <summary>Adds a sheet whose <c>&lt;sheetData&gt;</c> holds <paramref name="rows"/>; sheets are listed in the order added.</summary>
    public XlsxParts Sheet(string name, string rows, string? relId = null)
    {
        _sheets.Add((name, relId ?? "rId" + (_sheets.Count + 1), rows));
        return this;
    }

    /// <summary>Leaves a part out of the zip (its relationships and content type stay, as in a damaged package).</summary>
    public XlsxParts Without(string path)
    {
        _missing.Add(path);
        return this;
    }

    /// <summary>Replaces (or adds) a part by its path in the zip.</summary>
    public XlsxParts Part(string path, string content)
    {
        _extra[path] = content;
        return this;
    }

    public byte[] ToBytes()
    {
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
                (HasStyles ? "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>" : string.Empty) +
                (SharedStrings is null ? string.Empty : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>") +
                string.Concat(_sheets.Select((s, i) => $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")) +
                "</Types>",
            ["_rels/.rels"] =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
            ["xl/workbook.xml"] =
                $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Main}\" xmlns:r=\"{Relationships}\"><workbookPr {WorkbookProperties}/><sheets>" +
                string.Concat(_sheets.Select((s, i) => $"<sheet name=\"{s.Name}\" sheetId=\"{i + 1}\" r:id=\"{s.RelId}\"/>")) +
                "</sheets></workbook>",
            ["xl/_rels/workbook.xml.rels"] =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                string.Concat(_sheets.Select((s, i) => $"<Relationship Id=\"{s.RelId}\" Type=\"{Relationships}/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>")) +
                (HasStyles ? $"<Relationship Id=\"rIdStyles\" Type=\"{Relationships}/styles\" Target=\"styles.xml\"/>" : string.Empty) +
                (SharedStrings is null ? string.Empty : $"<Relationship Id=\"rIdStrings\" Type=\"{Relationships}/sharedStrings\" Target=\"sharedStrings.xml\"/>") +
                "</Relationships>",

            // Style 0 is General, style 1 a date (built-in format 14), style 2 a percentage (built-in 10).
            ["xl/styles.xml"] =
                $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"{Main}\">" +
                "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>" +
                "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>" +
                "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>" +
                "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>" +
                "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" +
                "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" +
                "<xf numFmtId=\"10\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>" +
                "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>",
        };
        if (!HasStyles)
        {
            parts.Remove("xl/styles.xml");
        }

        if (SharedStrings is not null)
        {
            parts["xl/sharedStrings.xml"] = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{Main}\">{SharedStrings}</sst>";
        }

        for (var i = 0; i < _sheets.Count; i++)
        {
            parts[$"xl/worksheets/sheet{i + 1}.xml"] =
                $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\" xmlns:r=\"{Relationships}\">{BeforeSheetData}<sheetData>{_sheets[i].SheetData}</sheetData></worksheet>";
        }

        foreach (var (path, content) in _extra)
        {
            parts[path] = content;
        }

        foreach (var path in _missing)
        {
            parts.Remove(path);
        }

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return buffer.ToArray();
    }

    public string SaveTo(TempFolder folder, string name = "monthly.xlsx")
    {
        var path = folder.File(name);
        File.WriteAllBytes(path, ToBytes());
        return path;
    }

    /// <summary>A row of cells, such as <c>Row(1, Str("A1", "Measure"), Num("B1", 43556, style: 1))</c>.</summary>
    public static string Row(int number, params string[] cells) =>
        $"<row r=\"{number}\">{string.Concat(cells)}</row>";

    public static string Num(string cell, double value, int style = 0) =>
        $"<c r=\"{cell}\"{(style == 0 ? string.Empty : $" s=\"{style}\"")}><v>{value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}</v></c>";

    public static string Inline(string cell, string text) =>
        $"<c r=\"{cell}\" t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(text)}</t></is></c>";
}
