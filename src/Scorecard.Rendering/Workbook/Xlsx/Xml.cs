using System.Xml;

namespace Scorecard.Rendering.Workbook.Xlsx;

/// <summary>The one shape most of a package's XML takes: an empty element with attributes.</summary>
internal static class Xml
{
    /// <summary>Writes <c>&lt;name a="1" b="2"/&gt;</c> in <paramref name="ns"/>, its attributes in the order given.</summary>
    public static void Empty(XmlWriter w, string name, string ns, params ReadOnlySpan<(string Name, string Value)> attributes)
    {
        w.WriteStartElement(name, ns);
        foreach (var (attribute, value) in attributes)
        {
            w.WriteAttributeString(attribute, value);
        }

        w.WriteEndElement();
    }
}
