using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Scorecard.Rendering.Workbook.Xlsx;

/// <summary>What a workbook says about itself (File → Info in Excel).</summary>
internal sealed record DocumentProperties(
    string Title,
    string Subject,
    string Author,
    string Company,
    string Category,
    string Keywords,
    string Comments,
    DateTimeOffset Created,
    IReadOnlyList<(string Name, string Value)> Custom);

/// <summary>
/// Writes sheets as an Office Open XML workbook (ECMA-376, SpreadsheetML): the package's parts
/// streamed straight into a zip archive with <see cref="XmlWriter"/>, in the order the schema
/// requires. It is the Open XML that Excel itself writes for these features, no more: shared
/// strings (rich text included), number formats, fonts, fills and borders, alignment, quote
/// prefixes, column widths, row heights, merged cells, frozen panes, autofilters, page setup,
/// print titles and areas, page headers and footers, and core, extended and custom document
/// properties. Every part's entry carries <see cref="DocumentProperties.Created"/> as its time,
/// so the same sheets and properties always make the same bytes.
/// </summary>
/// <remarks>
/// Written directly rather than through ClosedXML or the Open XML SDK's DOM: both cost most of a
/// second of compiling and first use in every process, which was most of <c>scorecard render</c>'s
/// time (tests/Scorecard.Benchmarks/README.md). The tests validate the parts against the schema
/// with the Open XML SDK's validator and read them back with ClosedXML and LibreOffice.
/// </remarks>
internal static class XlsxPackage
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string CoreProperties = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string ExtendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
    private const string CustomProperties = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
    private const string VariantTypes = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";
    private const string DublinCoreTerms = "http://purl.org/dc/terms/";
    private const string XmlSchemaInstance = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>The format id of property sets that hold user-defined properties.</summary>
    private const string UserDefinedProperties = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    /// <summary>
    /// What a column's width in the file adds to the characters it is to show: the cell's margins,
    /// 5 pixels of 7 in the default font, as Excel (and ClosedXML, which takes it off when reading) count them.
    /// </summary>
    internal const double ColumnWidthPadding = 0.710625;

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        CheckCharacters = true,
        CloseOutput = true,
    };

    /// <summary>Writes the workbook of <paramref name="sheets"/> (the first one active) to <paramref name="stream"/>, which stays open.</summary>
    public static void Write(Stream stream, IReadOnlyList<Sheet> sheets, DocumentProperties properties)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentNullException.ThrowIfNull(properties);
        if (sheets.Count == 0)
        {
            throw new ArgumentException("A workbook has at least one sheet.", nameof(sheets));
        }

        var strings = new SharedStrings();
        var styles = new StyleTable();
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        var time = properties.Created;

        Part(zip, "[Content_Types].xml", time, w => WriteContentTypes(w, sheets.Count));
        Part(zip, "_rels/.rels", time, WritePackageRelationships);
        Part(zip, "docProps/core.xml", time, w => WriteCoreProperties(w, properties));
        Part(zip, "docProps/app.xml", time, w => WriteExtendedProperties(w, properties, sheets));
        Part(zip, "docProps/custom.xml", time, w => WriteCustomProperties(w, properties));
        Part(zip, "xl/workbook.xml", time, w => WriteWorkbook(w, sheets));
        Part(zip, "xl/_rels/workbook.xml.rels", time, w => WriteWorkbookRelationships(w, sheets.Count));
        for (var i = 0; i < sheets.Count; i++)
        {
            var sheet = sheets[i];
            var selected = i == 0;
            Part(zip, $"xl/worksheets/sheet{i + 1}.xml", time, w => SheetWriter.Write(w, sheet, selected, strings, styles));
        }

        // Written last: the sheets fill them.
        Part(zip, "xl/styles.xml", time, styles.Write);
        Part(zip, "xl/sharedStrings.xml", time, strings.Write);
    }

    private static void Part(ZipArchive zip, string name, DateTimeOffset time, Action<XmlWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = time;
        using var writer = XmlWriter.Create(entry.Open(), Settings);
        writer.WriteStartDocument(standalone: true);
        write(writer);
        writer.WriteEndDocument();
    }

    private static void WriteContentTypes(XmlWriter w, int sheets)
    {
        w.WriteStartElement("Types", ContentTypes);
        Default(w, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(w, "xml", "application/xml");
        Override(w, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        for (var i = 1; i <= sheets; i++)
        {
            Override(w, $"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        }

        Override(w, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        Override(w, "/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
        Override(w, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        Override(w, "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
        Override(w, "/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml");
        w.WriteEndElement();

        static void Default(XmlWriter w, string extension, string type)
        {
            Xml.Empty(w, "Default", ContentTypes, ("Extension", extension), ("ContentType", type));
        }

        static void Override(XmlWriter w, string part, string type)
        {
            Xml.Empty(w, "Override", ContentTypes, ("PartName", part), ("ContentType", type));
        }
    }

    private static void WritePackageRelationships(XmlWriter w)
    {
        w.WriteStartElement("Relationships", PackageRelationships);
        Relationship(w, "rId1", Relationships + "/officeDocument", "xl/workbook.xml");
        Relationship(w, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml");
        Relationship(w, "rId3", Relationships + "/extended-properties", "docProps/app.xml");
        Relationship(w, "rId4", Relationships + "/custom-properties", "docProps/custom.xml");
        w.WriteEndElement();
    }

    private static void WriteWorkbookRelationships(XmlWriter w, int sheets)
    {
        w.WriteStartElement("Relationships", PackageRelationships);
        for (var i = 1; i <= sheets; i++)
        {
            Relationship(w, $"rId{i}", Relationships + "/worksheet", $"worksheets/sheet{i}.xml");
        }

        Relationship(w, $"rId{sheets + 1}", Relationships + "/styles", "styles.xml");
        Relationship(w, $"rId{sheets + 2}", Relationships + "/sharedStrings", "sharedStrings.xml");
        w.WriteEndElement();
    }

    private static void Relationship(XmlWriter w, string id, string type, string target)
    {
        Xml.Empty(w, "Relationship", PackageRelationships, ("Id", id), ("Type", type), ("Target", target));
    }

    private static void WriteCoreProperties(XmlWriter w, DocumentProperties p)
    {
        w.WriteStartElement("cp", "coreProperties", CoreProperties);
        w.WriteAttributeString("xmlns", "dc", null, DublinCore);
        w.WriteAttributeString("xmlns", "dcterms", null, DublinCoreTerms);
        w.WriteAttributeString("xmlns", "xsi", null, XmlSchemaInstance);
        w.WriteElementString("dc", "title", DublinCore, p.Title);
        w.WriteElementString("dc", "subject", DublinCore, p.Subject);
        w.WriteElementString("dc", "creator", DublinCore, p.Author);
        w.WriteElementString("cp", "keywords", CoreProperties, p.Keywords);
        w.WriteElementString("dc", "description", DublinCore, p.Comments);
        w.WriteElementString("cp", "lastModifiedBy", CoreProperties, p.Author);
        var time = p.Created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        foreach (var name in new[] { "created", "modified" })
        {
            w.WriteStartElement("dcterms", name, DublinCoreTerms);
            w.WriteAttributeString("xsi", "type", XmlSchemaInstance, "dcterms:W3CDTF");
            w.WriteString(time);
            w.WriteEndElement();
        }

        w.WriteElementString("cp", "category", CoreProperties, p.Category);
        w.WriteEndElement();
    }

    private static void WriteExtendedProperties(XmlWriter w, DocumentProperties p, IReadOnlyList<Sheet> sheets)
    {
        w.WriteStartElement("Properties", ExtendedProperties);
        w.WriteAttributeString("xmlns", "vt", null, VariantTypes);
        w.WriteElementString("Application", ExtendedProperties, "Scorecard");
        w.WriteElementString("DocSecurity", ExtendedProperties, "0");
        w.WriteElementString("ScaleCrop", ExtendedProperties, "false");
        w.WriteStartElement("HeadingPairs", ExtendedProperties);
        w.WriteStartElement("vector", VariantTypes);
        w.WriteAttributeString("size", "2");
        w.WriteAttributeString("baseType", "variant");
        w.WriteStartElement("variant", VariantTypes);
        w.WriteElementString("lpstr", VariantTypes, "Worksheets");
        w.WriteEndElement();
        w.WriteStartElement("variant", VariantTypes);
        w.WriteElementString("i4", VariantTypes, sheets.Count.ToString(CultureInfo.InvariantCulture));
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("TitlesOfParts", ExtendedProperties);
        w.WriteStartElement("vector", VariantTypes);
        w.WriteAttributeString("size", sheets.Count.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("baseType", "lpstr");
        foreach (var sheet in sheets)
        {
            w.WriteElementString("lpstr", VariantTypes, sheet.Name);
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteElementString("Company", ExtendedProperties, p.Company);
        w.WriteElementString("LinksUpToDate", ExtendedProperties, "false");
        w.WriteElementString("SharedDoc", ExtendedProperties, "false");
        w.WriteElementString("HyperlinksChanged", ExtendedProperties, "false");
        w.WriteEndElement();
    }

    private static void WriteCustomProperties(XmlWriter w, DocumentProperties p)
    {
        w.WriteStartElement("Properties", CustomProperties);
        w.WriteAttributeString("xmlns", "vt", null, VariantTypes);
        var id = 2; // 0 and 1 are reserved
        foreach (var (name, value) in p.Custom)
        {
            w.WriteStartElement("property", CustomProperties);
            w.WriteAttributeString("fmtid", UserDefinedProperties);
            w.WriteAttributeString("pid", (id++).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("name", name);
            w.WriteElementString("lpwstr", VariantTypes, value);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void WriteWorkbook(XmlWriter w, IReadOnlyList<Sheet> sheets)
    {
        w.WriteStartElement("workbook", Main);
        w.WriteAttributeString("xmlns", "r", null, Relationships);
        w.WriteStartElement("bookViews", Main);
        Xml.Empty(w, "workbookView", Main, ("activeTab", "0"));
        w.WriteEndElement();

        w.WriteStartElement("sheets", Main);
        for (var i = 0; i < sheets.Count; i++)
        {
            w.WriteStartElement("sheet", Main);
            w.WriteAttributeString("name", sheets[i].Name);
            w.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("id", Relationships, $"rId{i + 1}");
            w.WriteEndElement();
        }

        w.WriteEndElement();

        var names = DefinedNames(sheets).ToList();
        if (names.Count > 0)
        {
            w.WriteStartElement("definedNames", Main);
            foreach (var (name, sheet, hidden, value) in names)
            {
                w.WriteStartElement("definedName", Main);
                w.WriteAttributeString("name", name);
                w.WriteAttributeString("localSheetId", sheet.ToString(CultureInfo.InvariantCulture));
                if (hidden)
                {
                    w.WriteAttributeString("hidden", "1");
                }

                w.WriteString(value);
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    /// <summary>
    /// The sheets' built-in names, as Excel writes them: the autofilter's range, the print area and
    /// the print titles, each an absolute reference (LibreOffice ignores relative print titles).
    /// </summary>
    private static IEnumerable<(string Name, int Sheet, bool Hidden, string Value)> DefinedNames(IReadOnlyList<Sheet> sheets)
    {
        for (var i = 0; i < sheets.Count; i++)
        {
            var sheet = sheets[i];
            var prefix = QuotedName(sheet.Name) + "!";
            if (sheet.AutoFilter is { } filter)
            {
                yield return ("_xlnm._FilterDatabase", i, true, prefix + filter.AbsoluteReference);
            }

            if (sheet.Page.PrintArea is { } area)
            {
                yield return ("_xlnm.Print_Area", i, false, prefix + area.AbsoluteReference);
            }

            var titles = new List<string>();
            if (sheet.Page.ColumnsToRepeat is { } columns)
            {
                titles.Add($"{prefix}${CellReference.Column(columns.First)}:${CellReference.Column(columns.Last)}");
            }

            if (sheet.Page.RowsToRepeat is { } rows)
            {
                titles.Add(string.Create(CultureInfo.InvariantCulture, $"{prefix}${rows.First}:${rows.Last}"));
            }

            if (titles.Count > 0)
            {
                yield return ("_xlnm.Print_Titles", i, false, string.Join(",", titles));
            }
        }
    }

    /// <summary>"Dashboard", "'Data issues'": a sheet's name as a formula names it, quoted unless it is letters, digits, underscores and dots.</summary>
    internal static string QuotedName(string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.') && !char.IsAsciiDigit(name[0])
            ? name
            : $"'{name.Replace("'", "''", StringComparison.Ordinal)}'";

    /// <summary>The workbook's table of strings: each text once, cells refer to it by its index.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _plain = new(StringComparer.Ordinal);
        private readonly List<object> _items = [];
        private int _uses;

        public int Index(SheetCell cell)
        {
            _uses++;
            if (cell.Runs is { } runs)
            {
                _items.Add(runs);
                return _items.Count - 1;
            }

            var text = (string)cell.Value!;
            if (!_plain.TryGetValue(text, out var index))
            {
                index = _items.Count;
                _items.Add(text);
                _plain[text] = index;
            }

            return index;
        }

        public void Write(XmlWriter w)
        {
            w.WriteStartElement("sst", Main);
            w.WriteAttributeString("count", _uses.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("uniqueCount", _items.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var item in _items)
            {
                w.WriteStartElement("si", Main);
                if (item is IReadOnlyList<(string Text, bool Bold)> runs)
                {
                    foreach (var (text, bold) in runs)
                    {
                        w.WriteStartElement("r", Main);
                        w.WriteStartElement("rPr", Main);
                        if (bold)
                        {
                            w.WriteElementString("b", Main, null);
                        }

                        StyleTable.WriteRunFont(w);
                        w.WriteEndElement();
                        Text(w, text);
                        w.WriteEndElement();
                    }
                }
                else
                {
                    Text(w, (string)item);
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        private static void Text(XmlWriter w, string text)
        {
            w.WriteStartElement("t", Main);
            if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains('\n', StringComparison.Ordinal)))
            {
                w.WriteAttributeString("xml", "space", null, "preserve");
            }

            w.WriteString(text);
            w.WriteEndElement();
        }
    }

    /// <summary>One worksheet part.</summary>
    private static class SheetWriter
    {
        public static void Write(XmlWriter w, Sheet sheet, bool selected, SharedStrings strings, StyleTable styles)
        {
            var page = sheet.Page;
            w.WriteStartElement("worksheet", Main);
            w.WriteAttributeString("xmlns", "r", null, Relationships);
            if (page.PagesWide is not null)
            {
                w.WriteStartElement("sheetPr", Main);
                Xml.Empty(w, "pageSetUpPr", Main, ("fitToPage", "1"));
                w.WriteEndElement();
            }

            Xml.Empty(w, "dimension", Main, ("ref", sheet.Used().Reference));
            WriteView(w, sheet, selected);
            Xml.Empty(w, "sheetFormatPr", Main, ("defaultRowHeight", "15"));
            WriteColumns(w, sheet, styles);
            WriteData(w, sheet, strings, styles);
            if (sheet.AutoFilter is { } filter)
            {
                Xml.Empty(w, "autoFilter", Main, ("ref", filter.Reference));
            }

            if (sheet.Merged.Count > 0)
            {
                w.WriteStartElement("mergeCells", Main);
                w.WriteAttributeString("count", sheet.Merged.Count.ToString(CultureInfo.InvariantCulture));
                foreach (var range in sheet.Merged)
                {
                    Xml.Empty(w, "mergeCell", Main, ("ref", range.Reference));
                }

                w.WriteEndElement();
            }

            WritePrinting(w, page);
            w.WriteEndElement();
        }

        private static void WriteView(XmlWriter w, Sheet sheet, bool selected)
        {
            w.WriteStartElement("sheetViews", Main);
            w.WriteStartElement("sheetView", Main);
            if (selected)
            {
                w.WriteAttributeString("tabSelected", "1");
            }

            w.WriteAttributeString("workbookViewId", "0");
            var (rows, columns) = sheet.Frozen;
            if (rows > 0 || columns > 0)
            {
                var pane = (rows > 0, columns > 0) switch
                {
                    (true, true) => "bottomRight",
                    (true, false) => "bottomLeft",
                    _ => "topRight",
                };
                var topLeft = CellReference.Of(rows + 1, columns + 1);
                w.WriteStartElement("pane", Main);
                if (columns > 0)
                {
                    w.WriteAttributeString("xSplit", columns.ToString(CultureInfo.InvariantCulture));
                }

                if (rows > 0)
                {
                    w.WriteAttributeString("ySplit", rows.ToString(CultureInfo.InvariantCulture));
                }

                w.WriteAttributeString("topLeftCell", topLeft);
                w.WriteAttributeString("activePane", pane);
                w.WriteAttributeString("state", "frozen");
                w.WriteEndElement();
                Xml.Empty(w, "selection", Main, ("pane", pane), ("activeCell", topLeft), ("sqref", topLeft));
            }

            w.WriteEndElement();
            w.WriteEndElement();
        }

        private static void WriteColumns(XmlWriter w, Sheet sheet, StyleTable styles)
        {
            var columns = sheet.Columns().ToList();
            if (columns.Count == 0)
            {
                return;
            }

            w.WriteStartElement("cols", Main);
            foreach (var (column, line) in columns)
            {
                var number = column.ToString(CultureInfo.InvariantCulture);
                w.WriteStartElement("col", Main);
                w.WriteAttributeString("min", number);
                w.WriteAttributeString("max", number);
                w.WriteAttributeString("width", Number((line.Size ?? 8.43) + ColumnWidthPadding));
                if (line.Style is { } style)
                {
                    w.WriteAttributeString("style", styles.Index(style).ToString(CultureInfo.InvariantCulture));
                }

                if (line.Size is not null)
                {
                    w.WriteAttributeString("customWidth", "1");
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        private static void WriteData(XmlWriter w, Sheet sheet, SharedStrings strings, StyleTable styles)
        {
            w.WriteStartElement("sheetData", Main);
            foreach (var (row, settings, cells) in sheet.Rows())
            {
                var number = row.ToString(CultureInfo.InvariantCulture);
                w.WriteStartElement("row", Main);
                w.WriteAttributeString("r", number);
                if (settings?.Style is { } rowStyle)
                {
                    w.WriteAttributeString("s", styles.Index(rowStyle).ToString(CultureInfo.InvariantCulture));
                    w.WriteAttributeString("customFormat", "1");
                }

                if (settings?.Size is { } height)
                {
                    w.WriteAttributeString("ht", Number(height));
                    w.WriteAttributeString("customHeight", "1");
                }

                foreach (var (column, cell) in cells)
                {
                    w.WriteStartElement("c", Main);
                    w.WriteAttributeString("r", CellReference.Column(column) + number);
                    var style = styles.Index(cell.Style);
                    if (style != 0)
                    {
                        w.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
                    }

                    switch (cell.Value)
                    {
                        case string:
                            w.WriteAttributeString("t", "s");
                            w.WriteElementString("v", Main, strings.Index(cell).ToString(CultureInfo.InvariantCulture));
                            break;
                        case double value:
                            w.WriteElementString("v", Main, Number(value));
                            break;
                        case DateTime date:
                            w.WriteElementString("v", Main, Number(date.ToOADate()));
                            break;
                    }

                    w.WriteEndElement();
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        private static void WritePrinting(XmlWriter w, PageSetup page)
        {
            if (page.PrintGridlines)
            {
                Xml.Empty(w, "printOptions", Main, ("gridLines", "1"));
            }

            Xml.Empty(w, "pageMargins", Main, ("left", Number(page.SideMargin)), ("right", Number(page.SideMargin)), ("top", "0.75"), ("bottom", "0.75"), ("header", "0.3"), ("footer", "0.3"));

            w.WriteStartElement("pageSetup", Main);
            if (page.PaperSize is { } paper)
            {
                w.WriteAttributeString("paperSize", paper.ToString(CultureInfo.InvariantCulture));
            }

            if (page.PagesWide is { } wide)
            {
                w.WriteAttributeString("fitToWidth", wide.ToString(CultureInfo.InvariantCulture));
                w.WriteAttributeString("fitToHeight", "0");
            }

            w.WriteAttributeString("orientation", page.Landscape ? "landscape" : "portrait");
            w.WriteEndElement();

            if (page.HeaderCentre is null && page.FooterLeft is null && page.FooterRight is null)
            {
                return;
            }

            w.WriteStartElement("headerFooter", Main);
            if (page.HeaderCentre is { } header)
            {
                w.WriteElementString("oddHeader", Main, "&C" + header);
            }

            var footer = (page.FooterLeft is { } left ? "&L" + left : "") + (page.FooterRight is { } right ? "&R" + right : "");
            if (footer.Length > 0)
            {
                w.WriteElementString("oddFooter", Main, footer);
            }

            w.WriteEndElement();
        }
    }

    /// <summary>
    /// A number as SpreadsheetML holds it: invariant, and to the 15 significant digits Excel keeps
    /// (so the workbook shows what Excel would, and two figures equal to 15 digits compare equal).
    /// </summary>
    internal static string Number(double value) => value.ToString("G15", CultureInfo.InvariantCulture);
}
