using System.Globalization;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Tokens;

namespace Scorecard.Rendering;

/// <summary>
/// Page numbers for a printed contents list. A template marks where a page number goes with an
/// empty element carrying <c>data-page-of="ID"</c> (the id of the element it refers to, which some
/// link in the report points at: <c>&lt;a href="#ID"&gt;</c>). After a first print, the PDF's
/// internal links say which page each id landed on; the numbers are filled in and the report is
/// printed again. The placeholders keep their width, so the second print breaks its pages where
/// the first did.
/// </summary>
internal static partial class PdfPageNumbers
{
    public static bool HasPlaceholders(string html) => html.Contains("data-page-of=\"", StringComparison.Ordinal);

    /// <summary>Every internal link target (the named destination, an element id) and the 1-based page it points to.</summary>
    public static IReadOnlyDictionary<string, int> Of(byte[] pdf)
    {
        var pages = new Dictionary<string, int>(StringComparer.Ordinal);
        using var document = PdfDocument.Open(pdf);
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            foreach (var annotation in document.GetPage(number).GetAnnotations())
            {
                if (annotation.Action is GoToAction { Destination: { } destination }
                    && annotation.AnnotationDictionary.TryGet(NameToken.Dest, out var token)
                    && token is NameToken or StringToken)
                {
                    var name = token is NameToken n ? n.Data : ((StringToken)token).Data;
                    pages.TryAdd(name, destination.PageNumber);
                }
            }
        }

        return pages;
    }

    /// <summary>Fills each empty <c>data-page-of</c> element with its target's page number; targets not found stay empty.</summary>
    public static string Fill(string html, IReadOnlyDictionary<string, int> pages) =>
        Placeholder().Replace(html, m => pages.TryGetValue(System.Net.WebUtility.HtmlDecode(m.Groups["id"].Value), out var page)
            ? m.Groups["open"].Value + page.ToString(CultureInfo.InvariantCulture) + m.Groups["close"].Value
            : m.Value);

    [GeneratedRegex("""(?<open><(?<tag>[a-zA-Z][a-zA-Z0-9]*)\b[^<>]*\sdata-page-of="(?<id>[^"]*)"[^<>]*>)(?<close></\k<tag>>)""", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
