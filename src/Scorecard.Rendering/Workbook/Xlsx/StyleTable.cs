using System.Globalization;
using System.Xml;

namespace Scorecard.Rendering.Workbook.Xlsx;

/// <summary>
/// The workbook's styles part: each distinct <see cref="CellStyle"/> once, as a cell format made of
/// a number format, a font, a fill and a border, each itself listed once. Index 0 is the default
/// style (General, Calibri 11, no fill, no border). Every number format but General is written as
/// the workbook's own (ids from 164), so that a program reading it gets the same code back.
/// </summary>
internal sealed class StyleTable
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string FontName = "Calibri";
    private const string FontSize = "11";

    /// <summary>The first id of a workbook's own number formats; those below are built in.</summary>
    private const int FirstCustomFormat = 164;

    private readonly Dictionary<CellStyle, int> _styles = [];
    private readonly List<CellStyle> _ordered = [];
    private readonly Dictionary<string, int> _formats = new(StringComparer.Ordinal);
    private readonly Dictionary<(bool Bold, bool Italic, string? Colour), int> _fonts = [];
    private readonly Dictionary<string, int> _fills = new(StringComparer.Ordinal);

    public StyleTable() => Index(CellStyle.Default);

    /// <summary>The index of <paramref name="style"/>'s cell format, adding it the first time.</summary>
    public int Index(CellStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        if (_styles.TryGetValue(style, out var index))
        {
            return index;
        }

        index = _ordered.Count;
        _styles[style] = index;
        _ordered.Add(style);
        if (style.NumberFormat != CellStyle.General && !_formats.ContainsKey(style.NumberFormat))
        {
            _formats[style.NumberFormat] = FirstCustomFormat + _formats.Count;
        }

        var font = (style.Bold, style.Italic, style.FontColour);
        if (!_fonts.ContainsKey(font))
        {
            _fonts[font] = _fonts.Count;
        }

        if (style.Fill is { } fill && !_fills.ContainsKey(fill))
        {
            _fills[fill] = 2 + _fills.Count; // 0 and 1 are the two fills every workbook starts with
        }

        return index;
    }

    public void Write(XmlWriter w)
    {
        w.WriteStartElement("styleSheet", Main);
        if (_formats.Count > 0)
        {
            w.WriteStartElement("numFmts", Main);
            Count(w, _formats.Count);
            foreach (var (code, id) in _formats.OrderBy(f => f.Value))
            {
                Xml.Empty(w, "numFmt", Main, ("numFmtId", Text(id)), ("formatCode", code));
            }

            w.WriteEndElement();
        }

        w.WriteStartElement("fonts", Main);
        Count(w, _fonts.Count);
        foreach (var ((bold, italic, colour), _) in _fonts.OrderBy(f => f.Value))
        {
            w.WriteStartElement("font", Main);
            if (bold)
            {
                w.WriteElementString("b", Main, null);
            }

            if (italic)
            {
                w.WriteElementString("i", Main, null);
            }

            Value(w, "sz", FontSize);
            if (colour is not null)
            {
                Xml.Empty(w, "color", Main, ("rgb", Argb(colour)));
            }

            Value(w, "name", FontName);
            Value(w, "family", "2");
            w.WriteEndElement();
        }

        w.WriteEndElement();

        w.WriteStartElement("fills", Main);
        Count(w, 2 + _fills.Count);
        Pattern(w, "none", null);
        Pattern(w, "gray125", null);
        foreach (var (colour, _) in _fills.OrderBy(f => f.Value))
        {
            Pattern(w, "solid", colour);
        }

        w.WriteEndElement();

        w.WriteStartElement("borders", Main);
        Count(w, 2);
        Border(w, bottom: false);
        Border(w, bottom: true);
        w.WriteEndElement();

        w.WriteStartElement("cellStyleXfs", Main);
        Count(w, 1);
        Xml.Empty(w, "xf", Main, ("numFmtId", "0"), ("fontId", "0"), ("fillId", "0"), ("borderId", "0"));
        w.WriteEndElement();

        w.WriteStartElement("cellXfs", Main);
        Count(w, _ordered.Count);
        foreach (var style in _ordered)
        {
            WriteFormat(w, style);
        }

        w.WriteEndElement();

        w.WriteStartElement("cellStyles", Main);
        Count(w, 1);
        Xml.Empty(w, "cellStyle", Main, ("name", "Normal"), ("xfId", "0"), ("builtinId", "0"));
        w.WriteEndElement();

        w.WriteEndElement();
    }

    /// <summary>A rich text run's font: the default font, its weight given by the run.</summary>
    public static void WriteRunFont(XmlWriter w)
    {
        Value(w, "sz", FontSize);
        Value(w, "rFont", FontName);
        Value(w, "family", "2");
    }

    private void WriteFormat(XmlWriter w, CellStyle style)
    {
        var format = style.NumberFormat == CellStyle.General ? 0 : _formats[style.NumberFormat];
        var font = _fonts[(style.Bold, style.Italic, style.FontColour)];
        var fill = style.Fill is { } colour ? _fills[colour] : 0;
        var border = style.BottomBorder ? 1 : 0;
        var aligned = style.Horizontal != HorizontalAlignment.General || style.Vertical != VerticalAlignment.Bottom || style.WrapText;

        w.WriteStartElement("xf", Main);
        w.WriteAttributeString("numFmtId", Text(format));
        w.WriteAttributeString("fontId", Text(font));
        w.WriteAttributeString("fillId", Text(fill));
        w.WriteAttributeString("borderId", Text(border));
        w.WriteAttributeString("xfId", "0");
        if (style.QuotePrefix)
        {
            w.WriteAttributeString("quotePrefix", "1");
        }

        Apply(w, "applyNumberFormat", format != 0);
        Apply(w, "applyFont", font != 0);
        Apply(w, "applyFill", fill != 0);
        Apply(w, "applyBorder", border != 0);
        Apply(w, "applyAlignment", aligned);
        if (aligned)
        {
            w.WriteStartElement("alignment", Main);
            if (style.Horizontal == HorizontalAlignment.Center)
            {
                w.WriteAttributeString("horizontal", "center");
            }

            if (style.Vertical == VerticalAlignment.Top)
            {
                w.WriteAttributeString("vertical", "top");
            }

            if (style.WrapText)
            {
                w.WriteAttributeString("wrapText", "1");
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();

        static void Apply(XmlWriter w, string name, bool applies)
        {
            if (applies)
            {
                w.WriteAttributeString(name, "1");
            }
        }
    }

    private static void Pattern(XmlWriter w, string pattern, string? colour)
    {
        w.WriteStartElement("fill", Main);
        w.WriteStartElement("patternFill", Main);
        w.WriteAttributeString("patternType", pattern);
        if (colour is not null)
        {
            Xml.Empty(w, "fgColor", Main, ("rgb", Argb(colour)));
            Xml.Empty(w, "bgColor", Main, ("indexed", "64"));
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Border(XmlWriter w, bool bottom)
    {
        w.WriteStartElement("border", Main);
        w.WriteElementString("left", Main, null);
        w.WriteElementString("right", Main, null);
        w.WriteElementString("top", Main, null);
        w.WriteStartElement("bottom", Main);
        if (bottom)
        {
            w.WriteAttributeString("style", "thin");
            Xml.Empty(w, "color", Main, ("indexed", "64"));
        }

        w.WriteEndElement();
        w.WriteElementString("diagonal", Main, null);
        w.WriteEndElement();
    }

    private static void Value(XmlWriter w, string element, string value) => Xml.Empty(w, element, Main, ("val", value));

    private static void Count(XmlWriter w, int count) => w.WriteAttributeString("count", Text(count));

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>"#8A3D00" → "FF8A3D00": opaque, as SpreadsheetML writes colours.</summary>
    internal static string Argb(string colour)
    {
        var hex = colour.TrimStart('#');
        if (hex.Length != 6 || !hex.All(char.IsAsciiHexDigit))
        {
            throw new ArgumentException($"Not a colour as #RRGGBB: '{colour}'.", nameof(colour));
        }

        return "FF" + hex.ToUpperInvariant();
    }
}
