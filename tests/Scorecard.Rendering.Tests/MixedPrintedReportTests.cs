using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Scorecard.Rendering;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace Scorecard.Rendering.Tests;

/// <summary>
/// A report that mixes the dashboard key and "Making Data Count" measures (built in code:
/// <see cref="MakingDataCountReportTests.Mixed"/>), printed once with headless Chromium.
/// </summary>
public sealed class PrintedMixedReport : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("scorecard-mixed-print-");
    private readonly Lazy<PdfDocument> _pdf;

    public PrintedMixedReport()
    {
        Html = MakingDataCountReportTests.RenderMixed().Html;
        _pdf = new Lazy<PdfDocument>(() =>
        {
            var html = Path.Combine(_folder.FullName, "report.html");
            var pdf = Path.Combine(_folder.FullName, "report.pdf");
            File.WriteAllText(html, Html);
            var printer = ChromiumPdfPrinter.Create().Value!;
            var problems = printer.PrintAsync(html, pdf).GetAwaiter().GetResult();
            problems.ShouldBeEmpty();
            return PdfDocument.Open(pdf);
        });
    }

    public string Html { get; }

    public PdfDocument Pdf => _pdf.Value;

    public IReadOnlyList<(string Title, int Page)> Bookmarks()
    {
        Pdf.TryGetBookmarks(out var bookmarks).ShouldBeTrue("the PDF has no bookmarks");
        var list = new List<(string, int)>();
        void Walk(IEnumerable<BookmarkNode> nodes)
        {
            foreach (var node in nodes)
            {
                list.Add((node.Title, node is DocumentBookmarkNode d ? d.PageNumber : 0));
                Walk(node.Children);
            }
        }

        Walk(bookmarks!.Roots);
        return list;
    }

    public int PageOf(string bookmark) => Bookmarks().First(b => b.Title == bookmark).Page;

    public string Text(int from, int to) =>
        string.Join("\n", Enumerable.Range(from, to - from + 1).Select(n => string.Join(" ", Pdf.GetPage(n).GetWords().Select(w => w.Text))))
            .Normalize(System.Text.NormalizationForm.FormKC);

    public void Dispose()
    {
        if (_pdf.IsValueCreated)
        {
            _pdf.Value.Dispose();
        }

        _folder.Delete(recursive: true);
    }
}

/// <summary>The mixed report as printed: both keys navigable, every icon and symbol explaining itself in words, honest XmR axes.</summary>
public sealed partial class MixedPrintedReportTests(PrintedMixedReport report) : IClassFixture<PrintedMixedReport>
{
    [ChromiumFact]
    public void Both_keys_and_every_measure_have_a_bookmark()
    {
        var titles = report.Bookmarks().Select(b => b.Title).ToList();

        titles.ShouldContain("Performance dashboard key");
        titles.ShouldContain("Statistical process control key (NHS Making Data Count)");
        foreach (var measure in MakingDataCountReportTests.Mixed().Measures)
        {
            titles.ShouldContain(measure.Measure.Name);
        }
    }

    [ChromiumFact]
    public void The_dashboard_prints_every_symbols_sentiment_word_and_every_icons_name()
    {
        var text = report.Text(report.PageOf("Quarter Two 2019-20 performance dashboard"), report.PageOf("1. Prevent crime and keep people safe") - 1);
        var flags = MakingDataCountReportTests.Mixed().Measures.Sum(m => m.Flags.Count);

        SentimentWord().Count(text).ShouldBe(flags);
        text.ShouldContain("SPC ICONS");
        // Words in table cells come out line by line across the row: each cell's last line reads whole.
        text.ShouldContain("improving nature (low values); target hit or miss");
        text.ShouldContain("Common cause variation; no assurance icon");
    }

    [ChromiumFact]
    public void Each_xmr_chart_prints_with_its_icon_names_and_its_caption()
    {
        var text = report.Text(report.PageOf("1. Prevent crime and keep people safe"), report.PageOf("Appendix A: the scorecard") - 1);

        text.ShouldContain("Burglary: statistical process control (XmR) chart, March 2017 to September 2019.");
        text.ShouldContain("There are no process limits yet: the chart has 10 points and limits need at least 13");
        text.ShouldContain("Upper limit 320.5");
        text.ShouldContain("Special cause variation of improving nature (low values) Target hit or miss");
    }

    [ChromiumFact]
    public void The_appendix_is_at_least_8_point_and_its_figures_never_run_into_each_other()
    {
        var first = report.PageOf("Appendix A: the scorecard");
        var last = report.PageOf("Data quality");
        foreach (var number in Enumerable.Range(first, last - first))
        {
            var letters = report.Pdf.GetPage(number).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            letters.Where(l => l.PointSize < 7.95).Select(l => l.Value).ShouldBeEmpty($"page {number} has text under 8 pt");
        }

        var text = report.Text(first, last);
        GluedFigures().Matches(text).Select(m => m.Value).ShouldBeEmpty();
        text.ShouldContain("7 of 7 below;");
        text.ShouldContain("highest 249");
        text.ShouldNotContain("6 of 6 below");
    }

    [ChromiumFact]
    public void No_xmr_chart_axis_leaves_what_its_measure_can_take_or_repeats_a_label()
    {
        foreach (var id in new[] { "burglary", "satisfaction", "domestic-abuse" })
        {
            var figure = report.Html.IndexOf($"id=\"m-{id}-xmr\"", StringComparison.Ordinal);
            figure.ShouldBeGreaterThanOrEqualTo(0, id);
            var start = report.Html.IndexOf("<svg class=\"chart-svg\"", figure, StringComparison.Ordinal);
            var svg = report.Html[start..report.Html.IndexOf("</svg>", start, StringComparison.Ordinal)];
            var labels = YTick().Matches(svg).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            labels.Count.ShouldBeGreaterThan(2, id);
            labels.Distinct().Count().ShouldBe(labels.Count, $"{id}: {string.Join(", ", labels)}");
            labels.ShouldAllBe(l => !l.StartsWith('\u2212'), $"{id} goes below 0: {string.Join(", ", labels)}");
            if (labels.All(l => l.EndsWith('%')))
            {
                labels.ShouldAllBe(l => double.Parse(l.TrimEnd('%'), CultureInfo.InvariantCulture) <= 100, id);
            }

            svg.ShouldContain("class=\"axis-title\"");
        }
    }

    [GeneratedRegex(@"\d\.\d+[,%]?\d[\d,]*\.\d")]
    private static partial Regex GluedFigures();

    [GeneratedRegex(@"\b(IMPROVEMENT|CONCERN|NEUTRAL|NEEDS ATTENTION)\b")]
    private static partial Regex SentimentWord();

    [GeneratedRegex("""class="tick"[^>]*text-anchor="end">([^<]*)</text>""")]
    private static partial Regex YTick();
}
