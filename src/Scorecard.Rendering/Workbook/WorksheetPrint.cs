using ClosedXML.Excel;

namespace Scorecard.Rendering.Workbook;

/// <summary>
/// Page setup shared by the sheets: A4 landscape, one page wide (but for the data), the header row on every page,
/// the title in the page header, the office and page number in the footer.
/// </summary>
internal static class WorksheetPrint
{
    public static void Setup(IXLWorksheet sheet, string title, WorkbookInfo info, bool onePageWide = true)
    {
        var page = sheet.PageSetup;
        page.PageOrientation = XLPageOrientation.Landscape;
        page.PaperSize = XLPaperSize.A4Paper;
        if (onePageWide)
        {
            page.FitToPages(1, 0);
        }

        page.SetRowsToRepeatAtTop(1, 1);
        page.ShowGridlines = true;
        page.Margins.Left = 0.3;
        page.Margins.Right = 0.3;
        page.Header.Center.AddText(Fit(title, LongestHeader), XLHFOccurrence.AllPages);
        page.Footer.Left.AddText(Fit(info.Office, LongestFooterText), XLHFOccurrence.AllPages);
        page.Footer.Right.AddText("Page ", XLHFOccurrence.AllPages);
        page.Footer.Right.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.AllPages);
        page.Footer.Right.AddText(" of ", XLHFOccurrence.AllPages);
        page.Footer.Right.AddText(XLHFPredefinedText.NumberOfPages, XLHFOccurrence.AllPages);
    }

    /// <summary>
    /// Excel holds at most 255 characters in a page header or footer, codes included; the footer's
    /// "Page &amp;P of &amp;N" and section codes take about 25, so its text gets the rest.
    /// </summary>
    private const int LongestFooterText = 220;

    private const int LongestHeader = 240;

    /// <summary>
    /// Text for a page header or footer: characters XML cannot hold replaced, each ampersand doubled
    /// (a single one starts a code), and shortened with an ellipsis to fit Excel's limit.
    /// </summary>
    internal static string Fit(string text, int longest)
    {
        var escaped = Cells.Clean(text).ReplaceLineEndings(" ").Replace("&", "&&", StringComparison.Ordinal);
        if (escaped.Length <= longest)
        {
            return escaped;
        }

        var cut = escaped[..(longest - 1)];
        var trailing = cut.Length - cut.TrimEnd('&').Length;
        if (trailing % 2 == 1)
        {
            cut = cut[..^1]; // never leave half of a doubled ampersand
        }

        if (char.IsHighSurrogate(cut[^1]))
        {
            cut = cut[..^1];
        }

        return cut + "\u2026";
    }
}
