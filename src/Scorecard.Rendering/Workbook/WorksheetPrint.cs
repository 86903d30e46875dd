using Scorecard.Rendering.Workbook.Xlsx;

namespace Scorecard.Rendering.Workbook;

/// <summary>
/// Page setup shared by the sheets: A4 landscape, one page wide (but for the data), the header row on every page,
/// the title in the page header, the office and page number in the footer.
/// </summary>
internal static class WorksheetPrint
{
    public static void Setup(Sheet sheet, string title, WorkbookInfo info, bool onePageWide = true)
    {
        var page = sheet.Page;
        page.Landscape = true;
        page.PaperSize = A4;
        if (onePageWide)
        {
            page.PagesWide = 1;
        }

        page.RowsToRepeat = (1, 1);
        page.PrintGridlines = true;
        page.SideMargin = 0.3;
        page.HeaderCentre = Fit(title, LongestHeader);
        page.FooterLeft = Fit(info.Office, LongestFooterText);
        page.FooterRight = "Page &P of &N";
    }

    /// <summary>SpreadsheetML's paper size code for A4.</summary>
    private const int A4 = 9;

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
    internal static string Fit(string text, int longest) =>
        Cells.Shorten(Cells.Clean(text).ReplaceLineEndings(" ").Replace("&", "&&", StringComparison.Ordinal), longest, WholeAmpersands);

    /// <summary>The cut end without half of a doubled ampersand.</summary>
    private static string WholeAmpersands(string cut) =>
        (cut.Length - cut.TrimEnd('&').Length) % 2 == 1 ? cut[..^1] : cut;
}
