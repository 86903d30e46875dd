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
        page.Header.Center.AddText(Escape(title), XLHFOccurrence.AllPages);
        page.Footer.Left.AddText(Escape(info.Office), XLHFOccurrence.AllPages);
        page.Footer.Right.AddText("Page ", XLHFOccurrence.AllPages);
        page.Footer.Right.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.AllPages);
        page.Footer.Right.AddText(" of ", XLHFOccurrence.AllPages);
        page.Footer.Right.AddText(XLHFPredefinedText.NumberOfPages, XLHFOccurrence.AllPages);
    }

    /// <summary>An ampersand starts a code in a page header; a literal one is doubled.</summary>
    private static string Escape(string text) => text.Replace("&", "&&", StringComparison.Ordinal);
}
