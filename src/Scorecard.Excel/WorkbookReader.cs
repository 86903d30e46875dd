using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Scorecard.Core.Diagnostics;

namespace Scorecard.Excel;

/// <summary>
/// Reads the cells of one sheet of an .xlsx/.xlsm workbook straight from its Open XML parts, in
/// one pass and streaming: the zip is opened once, and only the parts needed are unpacked (the
/// package relationships, the workbook, its relationships, the styles, the shared strings and the
/// sheet), each read once with a forward-only XML reader. Every part parsed, whatever its name,
/// is held to the same limits while it is read: the bytes it unpacks to count against
/// <see cref="LoadLimits.UnpackedBytes"/> (a zip bomb stops there), its XML may nest no deeper than
/// <see cref="LoadLimits.XmlDepth"/>, DTDs are refused (no entity expansion, no external entities),
/// and the cells and shared strings held count against <see cref="LoadLimits.Cells"/>.
/// Numbers are read exactly as stored (17 significant digits), dates by the workbook's date
/// system (1900 or 1904), error cells as errors, and a formula with no saved result is an error
/// at its cell, never a blank month.
/// </summary>
internal sealed class WorkbookReader
{
    private const string StrictNamespace = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string StrictRelationshipsNamespace = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    private readonly Dictionary<string, ZipArchiveEntry> _entries;
    private readonly string _file;
    private readonly ProblemList _problems;
    private readonly LoadLimits _limits;
    private long _unpackedLeft;
    private int _cellsLeft;
    private bool _date1904;
    private List<NumberStyle> _styles = [];
    private List<string> _sharedStrings = [];

    private WorkbookReader(ZipArchive zip, string file, ProblemList problems, LoadLimits limits)
    {
        _entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            _entries.TryAdd(entry.FullName.Replace('\\', '/').TrimStart('/'), entry);
        }

        _file = file;
        _problems = problems;
        _limits = limits;
        _unpackedLeft = limits.UnpackedBytes;
        _cellsLeft = limits.Cells;
    }

    /// <summary>How a number cell's style shows it.</summary>
    private enum NumberStyle : byte
    {
        General,
        Date,
        Time,
        Percent,
    }

    /// <summary>A sheet as the workbook lists it.</summary>
    private sealed record SheetEntry(string Name, string? Part, bool Hidden)
    {
        public string Listed => "'" + Name + "'" + (Hidden ? " (hidden)" : string.Empty);
    }

    /// <summary>The cells of the chosen sheet, or null with the problem reported.</summary>
    public static SourceTable? Read(byte[] bytes, string file, SheetChoice choice, LoadLimits limits, ProblemList problems)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            problems.Add(Unreadable(problems.Area, file, ex.Message));
            return null;
        }

        using (zip)
        {
            if (zip.Entries.Count > LoadLimits.Parts)
            {
                problems.Add(LoadMessages.Oversized(problems.Area, SourceLocation.InFile(file),
                    string.Create(CultureInfo.InvariantCulture, $"the workbook is made of {zip.Entries.Count:N0} parts, more than {LoadLimits.Parts:N0}"),
                    "open it in Excel and save it again as an Excel Workbook (.xlsx), or copy the data into a new workbook"));
                return null;
            }

            var reader = new WorkbookReader(zip, file, problems, limits);
            try
            {
                return reader.Read(choice);
            }
            catch (RefusedException ex)
            {
                problems.Add(ex.Diagnostic);
                return null;
            }
            catch (Exception ex) when (ex is XmlException or InvalidDataException or IOException or NotSupportedException or FormatException or OverflowException)
            {
                problems.Add(Unreadable(problems.Area, file, ex.Message));
                return null;
            }
        }
    }

    private static Diagnostic Unreadable(DataArea area, string file, string reason) =>
        LoadMessages.NotWorkbook(area, file,
            $"a zip file that Excel workbooks are made of, but not a readable workbook ({reason.TrimEnd('.')}). Open it in Excel and save it again as an Excel Workbook (.xlsx)");

    private SourceTable? Read(SheetChoice choice)
    {
        var workbookPart = PackageTarget("_rels/.rels", string.Empty, "/officeDocument") ?? "xl/workbook.xml";
        if (!_entries.ContainsKey(workbookPart))
        {
            throw Refuse(Unreadable(_problems.Area, _file, $"it has no workbook part {workbookPart}"));
        }

        var relationships = Relationships(workbookPart);
        var sheets = Sheets(workbookPart, relationships);
        var clash = sheets.GroupBy(s => s.Name.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw Refuse(Unreadable(_problems.Area, _file,
                $"it has two sheets with the same name ignoring case ({string.Join(" and ", clash.Select(s => "'" + s.Name + "'"))}), which Excel does not allow; rename one of them in the program that wrote it"));
        }

        if (Target(relationships, "/styles") is { } styles)
        {
            _styles = ReadStyles(styles);
        }

        if (Target(relationships, "/sharedStrings") is { } strings)
        {
            _sharedStrings = ReadSharedStrings(strings);
        }

        var sheet = Choose(sheets, choice);
        if (sheet is null)
        {
            return null;
        }

        if (sheet.Part is null || !_entries.ContainsKey(sheet.Part))
        {
            throw Refuse(Unreadable(_problems.Area, _file, $"its sheet '{sheet.Name}' has no part {sheet.Part}"));
        }

        return ReadSheet(sheet, int.MaxValue);
    }

    /// <summary>
    /// The sheet to read: the one named (ignoring case and surrounding spaces); when none has that
    /// name and the choice allows it, the only sheet, else the one visible sheet whose first rows
    /// hold a header the reader knows.
    /// </summary>
    private SheetEntry? Choose(IReadOnlyList<SheetEntry> sheets, SheetChoice choice)
    {
        var named = sheets.FirstOrDefault(s => string.Equals(s.Name.Trim(), choice.Name.Trim(), StringComparison.OrdinalIgnoreCase));
        if (named is not null)
        {
            return named;
        }

        var listed = sheets.Select(s => s.Listed).ToList();
        if (choice.Explicit || sheets.Count == 0)
        {
            _problems.Add(LoadMessages.NoSuchSheet(_problems.Area, _file, choice.Name, listed, choice.Setting));
            return null;
        }

        if (sheets.Count == 1)
        {
            return sheets[0];
        }

        var visible = sheets.Where(s => !s.Hidden && s.Part is not null && _entries.ContainsKey(s.Part)).ToList();
        var fitting = choice.Fits is null ? visible.Take(1).ToList() : visible.Where(s => choice.Fits(ReadSheet(s, LoadMessages.HeaderSearchRows))).ToList();
        if (fitting.Count == 1)
        {
            if (choice.Fits is not null)
            {
                _problems.Add(LoadMessages.SheetChosen(_problems.Area, _file, fitting[0].Name, choice.Name, choice.Setting));
            }

            return fitting[0];
        }

        _problems.Add(fitting.Count == 0
            ? LoadMessages.NoSheetFits(_problems.Area, _file, choice.Name, listed, choice.Setting)
            : LoadMessages.SeveralSheetsFit(_problems.Area, _file, choice.Name, fitting.Select(s => s.Listed).ToList(), choice.Setting));
        return null;
    }

    /// <summary>The sheets in workbook order, with the path of each one's part.</summary>
    private List<SheetEntry> Sheets(string workbookPart, Dictionary<string, (string Type, string Target)> relationships)
    {
        var sheets = new List<SheetEntry>();
        using var xml = Open(workbookPart);
        var first = true;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            CheckDepth(xml, workbookPart);
            if (first && xml.NamespaceURI == StrictNamespace)
            {
                throw Refuse(LoadMessages.NotWorkbook(_problems.Area, _file,
                    "a Strict Open XML Spreadsheet, which cannot be read. Open it in Excel and save it as an Excel Workbook (.xlsx), not as Strict Open XML"));
            }

            first = false;
            switch (xml.LocalName)
            {
                case "workbookPr":
                    _date1904 = xml.GetAttribute("date1904") is "1" or "true";
                    break;
                case "sheet":
                    var name = xml.GetAttribute("name") ?? string.Empty;
                    var id = xml.GetAttribute("id", RelationshipsNamespace) ?? xml.GetAttribute("id", StrictRelationshipsNamespace);
                    var part = id is not null && relationships.TryGetValue(id, out var target) ? target.Target : null;
                    sheets.Add(new SheetEntry(name, part, xml.GetAttribute("state") is "hidden" or "veryHidden"));
                    break;
            }
        }

        return sheets;
    }

    /// <summary>The relationships of a part, by id, with targets as paths in the zip.</summary>
    private Dictionary<string, (string Type, string Target)> Relationships(string part)
    {
        var folder = part.Contains('/', StringComparison.Ordinal) ? part[..(part.LastIndexOf('/') + 1)] : string.Empty;
        var relsPart = folder + "_rels/" + part[folder.Length..] + ".rels";
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        if (!_entries.ContainsKey(relsPart))
        {
            return result;
        }

        using var xml = Open(relsPart);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            CheckDepth(xml, relsPart);
            if (xml.LocalName == "Relationship" && xml.GetAttribute("Id") is { } id && xml.GetAttribute("Target") is { } target
                && !string.Equals(xml.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase))
            {
                result.TryAdd(id, (xml.GetAttribute("Type") ?? string.Empty, Resolve(folder, target)));
            }
        }

        return result;
    }

    private static string? Target(Dictionary<string, (string Type, string Target)> relationships, string typeEnding) =>
        relationships.Values.Where(r => r.Type.EndsWith(typeEnding, StringComparison.Ordinal)).Select(r => r.Target).FirstOrDefault();

    /// <summary>The target of the package's relationship of a type ("/officeDocument"), or null.</summary>
    private string? PackageTarget(string relsPart, string folder, string typeEnding)
    {
        if (!_entries.ContainsKey(relsPart))
        {
            return null;
        }

        using var xml = Open(relsPart);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                CheckDepth(xml, relsPart);
                if (xml.LocalName == "Relationship" && (xml.GetAttribute("Type") ?? string.Empty).EndsWith(typeEnding, StringComparison.Ordinal)
                    && xml.GetAttribute("Target") is { } target)
                {
                    return Resolve(folder, target);
                }
            }
        }

        return null;
    }

    /// <summary>A relationship's target as a path in the zip: absolute ("/xl/x.xml") or relative to the source's folder, with ".." resolved.</summary>
    private static string Resolve(string folder, string target)
    {
        var path = Uri.UnescapeDataString(target.Replace('\\', '/'));
        var segments = new List<string>();
        foreach (var segment in (path.StartsWith('/') ? path : folder + path).Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }

                continue;
            }

            segments.Add(segment);
        }

        return string.Join('/', segments);
    }

    /// <summary>Each cell style's number format, as it decides how a number reads: a date, a time, a percentage, or plain.</summary>
    private List<NumberStyle> ReadStyles(string part)
    {
        var styles = new List<NumberStyle>();
        if (!_entries.ContainsKey(part))
        {
            return styles;
        }

        var formats = new Dictionary<int, string>();
        var formatIds = new List<int>();
        var inCellXfs = false;
        using (var xml = Open(part))
        {
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "cellXfs")
                {
                    inCellXfs = false;
                }

                if (xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                CheckDepth(xml, part);
                switch (xml.LocalName)
                {
                    case "numFmt" when int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id):
                        formats[id] = xml.GetAttribute("formatCode") ?? string.Empty;
                        break;
                    case "cellXfs":
                        inCellXfs = !xml.IsEmptyElement;
                        break;
                    case "xf" when inCellXfs:
                        formatIds.Add(int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var formatId) ? formatId : 0);
                        CountCell(part);
                        break;
                }
            }
        }

        foreach (var id in formatIds)
        {
            var code = formats.GetValueOrDefault(id);
            styles.Add(CellFormats.IsPercent(id, code) ? NumberStyle.Percent
                : CellFormats.IsDate(id, code) ? NumberStyle.Date
                : CellFormats.IsTime(id, code) ? NumberStyle.Time
                : NumberStyle.General);
        }

        return styles;
    }

    /// <summary>The shared strings, each the plain text of its runs (phonetic guides left out).</summary>
    private List<string> ReadSharedStrings(string part)
    {
        var strings = new List<string>();
        if (!_entries.ContainsKey(part))
        {
            return strings;
        }

        using var xml = Open(part);
        var text = new System.Text.StringBuilder();
        var inItem = false;
        var phoneticDepth = -1;
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                CheckDepth(xml, part);
                switch (xml.LocalName)
                {
                    case "si":
                        CountCell(part);
                        text.Clear();
                        inItem = true;
                        if (xml.IsEmptyElement)
                        {
                            strings.Add(string.Empty);
                            inItem = false;
                        }

                        break;
                    case "rPh" when !xml.IsEmptyElement:
                        phoneticDepth = xml.Depth;
                        break;
                    case "t" when inItem && phoneticDepth < 0:
                        text.Append(xml.ReadElementContentAsString());
                        continue;
                }
            }
            else if (xml.NodeType == XmlNodeType.EndElement)
            {
                if (xml.LocalName == "rPh" && xml.Depth == phoneticDepth)
                {
                    phoneticDepth = -1;
                }
                else if (xml.LocalName == "si" && inItem)
                {
                    strings.Add(text.ToString());
                    inItem = false;
                }
            }

            xml.Read();
        }

        return strings;
    }

    /// <summary>The cells of a sheet, up to row <paramref name="lastRow"/>; content beyond the row and column limits is refused at its cell.</summary>
    private SourceTable ReadSheet(SheetEntry sheet, int lastRow)
    {
        var part = sheet.Part!;
        var rows = new Dictionary<int, List<(int Column, SourceCell Cell)>>();
        var rowNumber = 0;
        var column = -1;
        var cell = new CellXml();
        var inCell = false;
        var inSheetData = false;
        var inInline = false;
        var phoneticDepth = -1;
        var first = true;
        using var xml = Open(part);
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                CheckDepth(xml, part);
                if (first && xml.NamespaceURI == StrictNamespace)
                {
                    throw Refuse(LoadMessages.NotWorkbook(_problems.Area, _file,
                        "a Strict Open XML Spreadsheet, which cannot be read. Open it in Excel and save it as an Excel Workbook (.xlsx), not as Strict Open XML"));
                }

                first = false;
                switch (xml.LocalName)
                {
                    case "sheetData":
                        inSheetData = !xml.IsEmptyElement;
                        break;
                    case "row" when inSheetData:
                        rowNumber = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0 ? r : rowNumber + 1;
                        column = -1;
                        if (rowNumber > lastRow)
                        {
                            return Table(sheet, rows);
                        }

                        break;
                    case "c" when inSheetData:
                        cell = new CellXml { Type = xml.GetAttribute("t"), Style = xml.GetAttribute("s") };
                        if (SourceTable.TryParseCell(xml.GetAttribute("r"), out var at))
                        {
                            rowNumber = at.Row;
                            column = at.Column;
                        }
                        else
                        {
                            column++;
                        }

                        inCell = !xml.IsEmptyElement;
                        break;
                    case "f" when inCell:
                        cell.HasFormula = true;
                        if (!xml.IsEmptyElement)
                        {
                            cell.Formula = xml.ReadElementContentAsString();
                            continue;
                        }

                        break;
                    case "v" when inCell:
                        cell.HasValue = true;
                        if (!xml.IsEmptyElement)
                        {
                            cell.Value = xml.ReadElementContentAsString();
                            continue;
                        }

                        break;
                    case "is" when inCell:
                        inInline = !xml.IsEmptyElement;
                        cell.Inline = string.Empty;
                        break;
                    case "rPh" when inInline && !xml.IsEmptyElement:
                        phoneticDepth = xml.Depth;
                        break;
                    case "t" when inInline && phoneticDepth < 0:
                        cell.Inline += xml.ReadElementContentAsString();
                        continue;
                }
            }
            else if (xml.NodeType == XmlNodeType.EndElement)
            {
                switch (xml.LocalName)
                {
                    case "c" when inCell:
                        inCell = false;
                        inInline = false;
                        if (rowNumber <= lastRow)
                        {
                            Keep(sheet, rows, rowNumber, column, Convert(cell));
                        }

                        break;
                    case "is":
                        inInline = false;
                        break;
                    case "rPh" when xml.Depth == phoneticDepth:
                        phoneticDepth = -1;
                        break;
                    case "sheetData":
                        return Table(sheet, rows);
                }
            }

            xml.Read();
        }

        return Table(sheet, rows);
    }

    private void Keep(SheetEntry sheet, Dictionary<int, List<(int Column, SourceCell Cell)>> rows, int row, int column, SourceCell value)
    {
        if (value.IsBlank)
        {
            return;
        }

        if (row > LoadLimits.Rows || column >= LoadLimits.Columns || column < 0)
        {
            throw Refuse(LoadMessages.Oversized(_problems.Area, SourceLocation.InCell(_file, sheet.Name, SourceTable.CellName(row, Math.Max(column, 0))),
                string.Create(CultureInfo.InvariantCulture, $"this cell has content ({LoadMessages.Describe(value)}) beyond row {LoadLimits.Rows:N0} or column {SourceTable.ColumnLetters(LoadLimits.Columns - 1)}"),
                "if it is a stray entry, clear it (Ctrl+End in Excel goes to the last cell with content); if the data is really this large, split it into smaller files"));
        }

        if (--_cellsLeft < 0)
        {
            throw Refuse(TooManyCells(SourceLocation.InCell(_file, sheet.Name, SourceTable.CellName(row, column))));
        }

        if (!rows.TryGetValue(row, out var cells))
        {
            cells = [];
            rows[row] = cells;
        }

        cells.Add((column, value));
    }

    private SourceTable Table(SheetEntry sheet, Dictionary<int, List<(int Column, SourceCell Cell)>> cells)
    {
        var lastRow = cells.Count == 0 ? 0 : cells.Keys.Max();
        var rows = new List<SourceRow>(lastRow);
        for (var r = 1; r <= lastRow; r++)
        {
            if (!cells.TryGetValue(r, out var inRow))
            {
                rows.Add(new SourceRow(r, []));
                continue;
            }

            var row = new SourceCell[inRow.Max(c => c.Column) + 1];
            Array.Fill(row, SourceCell.Blank);
            foreach (var (column, value) in inRow)
            {
                row[column] = value;
            }

            rows.Add(new SourceRow(r, row));
        }

        return new SourceTable(_file, sheet.Name, rows);
    }

    /// <summary>What one cell's XML says, as a <see cref="SourceCell"/>.</summary>
    private SourceCell Convert(CellXml cell)
    {
        var value = cell.Value ?? string.Empty;
        if (cell.HasFormula && (!cell.HasValue || (value.Trim().Length == 0 && cell.Type is not ("str" or "inlineStr"))))
        {
            // <f>…</f> with a missing or empty <v>, as libraries write formulas they cannot calculate;
            // only a text result may be empty (a formula that returns "").
            return NoSavedResult(cell);
        }

        switch (cell.Type)
        {
            case "e":
                return cell.HasValue && value.Trim().Length > 0 ? new SourceCell(CellKind.Error, value.Trim()) : SourceCell.Blank;
            case "s":
                if (!cell.HasValue)
                {
                    return SourceCell.Blank;
                }

                if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) || index < 0 || index >= _sharedStrings.Count)
                {
                    return Unreadable($"it refers to shared string {Quote(value)}, which the workbook does not have");
                }

                return SourceCell.FromText(_sharedStrings[index]);
            case "inlineStr":
                return SourceCell.FromText(cell.Inline ?? value);
            case "str":
                return SourceCell.FromText(value);
            case "b":
                return !cell.HasValue || value.Trim().Length == 0 ? SourceCell.Blank
                    : new SourceCell(CellKind.Other, value.Trim() is "1" or "true" ? "the value TRUE" : "the value FALSE");
            case "d":
                if (value.Trim().Length == 0)
                {
                    return SourceCell.Blank;
                }

                return DateTime.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date)
                    ? SourceCell.FromDate(date.Year, date.Month, date.Day)
                    : Unreadable($"its date {Quote(value)} is not an ISO 8601 date");
            default:
                if (value.Trim().Length == 0)
                {
                    return SourceCell.Blank;
                }

                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return Unreadable($"its value {Quote(value)} is not a number");
                }

                return FromNumber(number, StyleOf(cell.Style), _date1904);
        }
    }

    private NumberStyle StyleOf(string? style) =>
        int.TryParse(style, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _styles.Count ? _styles[index] : NumberStyle.General;

    private static SourceCell FromNumber(double number, NumberStyle style, bool date1904)
    {
        if (!double.IsFinite(number))
        {
            // A hand-made or damaged file may store NaN or INF; Excel cannot, and no series may hold them.
            return new SourceCell(CellKind.Other, $"a value that is not a finite number ({number.ToString(CultureInfo.InvariantCulture)})");
        }

        switch (style)
        {
            case NumberStyle.Date when CellText.TryDateFromSerial(number, date1904, out var date):
                return SourceCell.FromDate(date.Year, date.Month, date.Day);
            case NumberStyle.Date when CellText.TryAnyDateFromSerial(number, date1904, out var far):
                return new SourceCell(CellKind.Other, $"the date {far.Day} {Core.Periods.EnglishDates.MonthName(far.Month)} {far.Year}, outside the years read as months ({CellText.FirstYear} to {CellText.LastYear})");
            case NumberStyle.Time when number is >= 0 and < 1_000_000:
                return new SourceCell(CellKind.Other, "the time " + TimeSpan.FromDays(number).ToString("c", CultureInfo.InvariantCulture));
            case NumberStyle.Percent:
                return SourceCell.FromNumber(number * 100, isPercent: true);
            default:
                return SourceCell.FromNumber(number);
        }
    }

    private static SourceCell NoSavedResult(CellXml cell) =>
        new(CellKind.Error, string.IsNullOrWhiteSpace(cell.Formula)
            ? "a formula with no saved result; open the workbook in Excel or LibreOffice and save it, so that the results are stored"
            : $"a formula (={cell.Formula.Trim()}) with no saved result; open the workbook in Excel or LibreOffice and save it, so that the results are stored");

    private static SourceCell Unreadable(string reason) => new(CellKind.Error, "(the cell could not be read: " + reason + ")");

    private static string Quote(string text) => "\"" + (text.Length > 40 ? text[..37] + "..." : text) + "\"";

    private void CountCell(string part)
    {
        if (--_cellsLeft < 0)
        {
            throw Refuse(TooManyCells(SourceLocation.InFile(_file), part));
        }
    }

    private Diagnostic TooManyCells(SourceLocation at, string? part = null) =>
        LoadMessages.Oversized(_problems.Area, at,
            string.Create(CultureInfo.InvariantCulture, $"the workbook holds more than {_limits.Cells:N0} cells with content{(part is null ? string.Empty : $" (reached in its part {part})")}"),
            "check that it is the right file; clear unused cells or split the data into smaller workbooks, or raise data.limits.cells in the configuration if the data is really this large");

    private void CheckDepth(XmlReader xml, string part)
    {
        if (xml.Depth > LoadLimits.XmlDepth)
        {
            throw Refuse(LoadMessages.Oversized(_problems.Area, SourceLocation.InFile(_file),
                $"the workbook's part {part} nests its XML more than {LoadLimits.XmlDepth} levels deep",
                "no spreadsheet program writes this; the file is damaged or was made to break readers. Copy the data into a new workbook"));
        }
    }

    private static RefusedException Refuse(Diagnostic diagnostic) => new(diagnostic);

    /// <summary>A forward-only reader over one part, its unpacked bytes counted against the workbook's budget.</summary>
    private XmlReader Open(string part)
    {
        var stream = new CountingStream(_entries[part].Open(), this, part);
        return XmlReader.Create(stream, XmlSettings);
    }

    /// <summary>Stops reading a workbook that is refused; the diagnostic says why and where.</summary>
    private sealed class RefusedException(Diagnostic diagnostic) : Exception(diagnostic.Message)
    {
        public Diagnostic Diagnostic { get; } = diagnostic;
    }

    /// <summary>One cell's XML as read: its type and style attributes, its formula, saved value and inline text.</summary>
    private struct CellXml
    {
        public string? Type;
        public string? Style;
        public bool HasFormula;
        public string? Formula;
        public bool HasValue;
        public string? Value;
        public string? Inline;
    }

    /// <summary>Passes a part's bytes through, counting them against the budget of the whole workbook.</summary>
    private sealed class CountingStream(Stream inner, WorkbookReader owner, string part) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Count(int read)
        {
            owner._unpackedLeft -= read;
            if (owner._unpackedLeft < 0)
            {
                throw Refuse(LoadMessages.Oversized(owner._problems.Area, SourceLocation.InFile(owner._file),
                    $"the workbook unpacks to more than {LoadLimits.Megabytes(owner._limits.UnpackedBytes)} (reached in its part {part})",
                    "a workbook this large is damaged or is not the right file; open it in Excel and save it again, or copy the data into a new workbook, or raise data.limits.unpackedMegabytes in the configuration"));
            }

            return read;
        }
    }
}
