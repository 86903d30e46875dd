using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Scorecard.Rendering;
using Scorecard.Rendering.Tests.Accessibility;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Outline;

namespace Scorecard.Cli.Tests.Examples;

/// <summary>A test that prints the report with headless Chromium; skipped, with the reason shown, when none is installed.</summary>
public sealed class PrintFactAttribute : FactAttribute
{
    public PrintFactAttribute()
    {
        if (ChromiumPdfPrinter.FindBrowser() is null)
        {
            Skip = "No Chromium or Chrome found. " + ChromiumPdfPrinter.InstallHint;
        }
    }
}

/// <summary>The bundled example rendered once, PDF included, for the tests that read it as a panel member would.</summary>
public class PrintedExample : IDisposable
{
    private readonly CliRun _run = new();
    private readonly Lazy<PdfDocument> _pdf;

    public PrintedExample()
        : this(null)
    {
    }

    /// <param name="config">The example's configuration, relative to the repository; null for the bundled example's.</param>
    protected PrintedExample(string? config)
    {
        _pdf = new Lazy<PdfDocument>(() =>
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            string[] args = config is null ? ["render", "--out", _run.Folder, "--pdf"] : ["render", "--config", config, "--out", _run.Folder, "--pdf"];
            var code = ScorecardApp.Run(args, output, error, CliRun.Clock, RepositoryRoot.Path);
            if (code != 0)
            {
                throw new InvalidOperationException($"render --pdf failed ({code}): {error}");
            }

            return PdfDocument.Open(Path.Combine(_run.Folder, "report.pdf"));
        });
    }

    public PdfDocument Pdf => _pdf.Value;

    /// <summary>The output folder, rendered first if need be.</summary>
    public string Folder
    {
        get
        {
            _ = Pdf;
            return _run.Folder;
        }
    }

    public string Html => File.ReadAllText(Path.Combine(Folder, "report.html"));

    public JsonDocument Evaluation() => JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "evaluation.json")));

    /// <summary>Every bookmark, depth first, with the page it opens.</summary>
    public IReadOnlyList<(string Title, int Level, int Page)> Bookmarks()
    {
        Pdf.TryGetBookmarks(out var bookmarks).ShouldBeTrue("the PDF has no bookmarks");
        var list = new List<(string, int, int)>();
        void Walk(IEnumerable<BookmarkNode> nodes)
        {
            foreach (var node in nodes)
            {
                list.Add((node.Title, node.Level, node is DocumentBookmarkNode d ? d.PageNumber : 0));
                Walk(node.Children);
            }
        }

        Walk(bookmarks!.Roots);
        return list;
    }

    public int PageOf(string bookmark) => Bookmarks().First(b => b.Title == bookmark).Page;

    /// <summary>The page of the first top-level bookmark that starts with <paramref name="prefix"/>.</summary>
    public int PageStartingWith(string prefix) => Bookmarks().First(b => b.Title.StartsWith(prefix, StringComparison.Ordinal)).Page;

    /// <summary>The pages of Appendix A: from its first page to the page before the next section.</summary>
    public (int First, int Last) AppendixPages()
    {
        var marks = Bookmarks();
        var appendix = marks.First(b => b.Title.StartsWith("Appendix A", StringComparison.Ordinal));
        var after = marks.FirstOrDefault(b => b.Level == appendix.Level && b.Page > appendix.Page);
        return (appendix.Page, after == default ? Pdf.NumberOfPages : after.Page - 1);
    }

    /// <summary>The words of pages <paramref name="from"/> to <paramref name="to"/>, ligatures ("ﬁ", "ﬃ") spelt out.</summary>
    public string Text(int from, int to) =>
        string.Join("\n", Enumerable.Range(from, to - from + 1).Select(n => string.Join(" ", Pdf.GetPage(n).GetWords().Select(w => w.Text))))
            .Normalize(System.Text.NormalizationForm.FormKC);

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        if (_pdf.IsValueCreated)
        {
            _pdf.Value.Dispose();
        }

        _run.Dispose();
    }
}

/// <summary>The MOPAC example (examples/mopac) rendered once, PDF included: a Met-sized office with 7-digit counts and long force names.</summary>
public sealed class PrintedMopacExample() : PrintedExample("examples/mopac/scorecard.config.json");

/// <summary>The bundled office on Making Data Count XmR charts (examples/scorecard.mdc.json), mixed with the dashboard key, rendered once with its PDF.</summary>
public sealed class PrintedMdcExample() : PrintedExample("examples/scorecard.mdc.json");

/// <summary>What every printed report must be, whichever office: navigable, readable at its printed size, every symbol explaining itself in grey, axes that stay within what the measure can take.</summary>
public abstract partial class PrintedReportChecks(PrintedExample example)
{
    protected PrintedExample Example => example;

    [PrintFact]
    public void Every_measure_has_a_bookmark_that_reads_as_its_name()
    {
        var titles = example.Bookmarks().Select(b => b.Title).ToList();

        using var evaluation = example.Evaluation();
        foreach (var measure in evaluation.RootElement.GetProperty("measures").EnumerateArray())
        {
            titles.ShouldContain(measure.GetProperty("name").GetString()!);
        }
    }

    [PrintFact]
    public void The_pdf_is_in_british_english_and_stays_tagged()
    {
        var catalog = example.Pdf.Structure.Catalog.CatalogDictionary;
        catalog.Data["Lang"].ToString()!.ShouldContain("en-GB");
        catalog.Data.ContainsKey("StructTreeRoot").ShouldBeTrue("the PDF is tagged");
    }

    [PrintFact]
    public void Pages_print_at_their_real_size_and_the_appendix_is_at_least_8_point()
    {
        // A page wider than A4 makes the browser shrink every page: the body text would be under 10 pt.
        var body = example.Pdf.GetPage(example.PageStartingWith("1. "));
        MostCommonSize(body).ShouldBe(10, 0.15);

        var (first, last) = example.AppendixPages();
        foreach (var number in Enumerable.Range(first, last - first + 1))
        {
            var letters = example.Pdf.GetPage(number).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            letters.Where(l => l.PointSize < 7.95).Select(l => l.Value).ShouldBeEmpty($"page {number} has text under 8 pt");
        }
    }

    [PrintFact]
    public void Figures_in_the_appendix_never_run_into_each_other()
    {
        var (first, last) = example.AppendixPages();
        var text = example.Text(first, last);

        GluedFigures().Matches(text).Select(m => m.Value).ShouldBeEmpty();
        text.ShouldContain("Slope (");
    }

    [PrintFact]
    public void Figures_on_the_dashboard_never_run_into_each_other()
    {
        // The dashboard's columns have fixed widths: a long figure ("10 min 26 s", "77.7% (± 3.5 per cent)") must wrap, not overrun the next.
        var text = DashboardText();

        GluedFigures().Matches(text).Select(m => m.Value).ShouldBeEmpty();
        GluedUnits().Matches(text).Select(m => m.Value).ShouldBeEmpty();
    }

    [PrintFact]
    public void Every_symbol_on_the_dashboard_prints_its_sentiment_word()
    {
        var text = DashboardText();
        using var evaluation = example.Evaluation();
        var flags = evaluation.RootElement.GetProperty("measures").EnumerateArray().Sum(m => m.GetProperty("flags").GetArrayLength());

        // The words print in small capitals: PdfPig reads them in capitals.
        var words = SentimentWord().Count(text);
        words.ShouldBe(flags);
    }

    [AxeFact]
    public async Task The_report_meets_wcag_2_2_aa_by_axe_core()
    {
        var violations = await AxeCore.RunAsync(Path.Combine(example.Folder, "report.html"));

        violations.ShouldBeEmpty(string.Join("\n", violations));
    }

    [PrintFact]
    public void No_chart_axis_leaves_what_its_measure_can_take_or_repeats_a_label()
    {
        var html = example.Html;
        using var evaluation = example.Evaluation();
        var charts = 0;
        foreach (var measure in evaluation.RootElement.GetProperty("measures").EnumerateArray())
        {
            var id = measure.GetProperty("id").GetString()!;
            foreach (var kind in new[] { "monthly", "rolling", "xmr" })
            {
                var start = html.IndexOf($"id=\"m-{id}-{kind}\"", StringComparison.Ordinal);
                if (start < 0)
                {
                    continue;
                }

                charts++;
                start = html.IndexOf("<svg class=\"chart-svg\"", start, StringComparison.Ordinal);
                var svg = html[start..html.IndexOf("</svg>", start, StringComparison.Ordinal)];
                var labels = YTick().Matches(svg).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Where(l => !MonthTick().IsMatch(l)).ToList();
                labels.Distinct().Count().ShouldBe(labels.Count, $"{id} {kind}: {string.Join(", ", labels)}");
                labels.ShouldAllBe(l => !l.StartsWith('\u2212'), $"{id} {kind} goes below 0: {string.Join(", ", labels)}");
                if (labels.All(l => l.EndsWith('%')))
                {
                    labels.ShouldAllBe(l => double.Parse(l.TrimEnd('%'), CultureInfo.InvariantCulture) <= 100, $"{id} {kind}");
                }

                svg.ShouldContain("class=\"axis-title\"");
            }
        }

        charts.ShouldBeGreaterThan(0, "no chart was found: the test would check nothing");
    }

    /// <summary>The dashboard's pages: from its heading to the page before the first priority.</summary>
    protected string DashboardText()
    {
        var dashboard = example.Bookmarks().First(b => b.Title.EndsWith("performance dashboard", StringComparison.Ordinal)).Page;
        return example.Text(dashboard, example.PageStartingWith("1. ") - 1);
    }

    private static double MostCommonSize(Page page) =>
        page.Letters.GroupBy(l => Math.Round(l.PointSize, 1)).OrderByDescending(g => g.Count()).First().Key;

    /// <summary>Two figures printed as one word: "18,875.21,807.5", "16.45%16.31%".</summary>
    [GeneratedRegex(@"\d\.\d+[,%]?\d[\d,]*\.\d")]
    private static partial Regex GluedFigures();

    /// <summary>A unit printed against the next figure: "26 s12 min", "per cent−6.6 pp".</summary>
    [GeneratedRegex(@"\b(s|min|pp|cent\))[\d−+-]")]
    private static partial Regex GluedUnits();

    [GeneratedRegex(@"\b(IMPROVEMENT|CONCERN|NEUTRAL|NEEDS ATTENTION)\b")]
    private static partial Regex SentimentWord();

    [GeneratedRegex("""class="tick"[^>]*text-anchor="end">([^<]*)</text>""")]
    private static partial Regex YTick();

    [GeneratedRegex(@"^[A-Z][a-z]{2}-\d{2}$")]
    private static partial Regex MonthTick();
}

/// <summary>The bundled example as printed: its sections, contents page numbers, title and not-run notes.</summary>
public sealed class PrintedReportTests(PrintedExample example) : PrintedReportChecks(example), IClassFixture<PrintedExample>
{
    private static readonly string[] Sections =
    [
        "Introduction by Commissioner Angus Macpherson",
        "Performance dashboard key",
        "Quarter Two 2019-20 performance dashboard",
        "1. Prevent crime and keep people safe",
        "2. Protect the most vulnerable in society",
        "3. Put victims, witnesses and communities at the heart of everything we do",
        "4. Secure a quality police service that is trusted and efficient",
        "Appendix A: the scorecard",
        "Data quality",
        "Method notes",
    ];

    [PrintFact]
    public void Every_section_and_priority_has_a_bookmark_that_reads_as_its_heading()
    {
        var titles = Example.Bookmarks().Select(b => b.Title).ToList();

        titles.ShouldContain("Office of the Police and Crime Commissioner for Wiltshire and Swindon");
        foreach (var section in Sections)
        {
            titles.ShouldContain(section);
        }
    }

    [PrintFact]
    public void The_contents_list_gives_each_section_the_page_it_starts_on_without_double_numbering()
    {
        var cover = Example.Text(1, 1);

        foreach (var section in Sections.Select(s => s.Replace("Quarter Two 2019-20 performance dashboard", "Performance dashboard", StringComparison.Ordinal)))
        {
            var page = Example.PageOf(section == "Performance dashboard" ? "Quarter Two 2019-20 performance dashboard" : section);
            cover.ShouldContain($"{section} {page.ToString(CultureInfo.InvariantCulture)}");
        }

        cover.ShouldNotContain("4. 1.");
        cover.ShouldNotContain("5. 2.");
    }

    [PrintFact]
    public void The_pdf_has_the_reports_title()
    {
        Example.Pdf.Information.Title.ShouldBe("Office of the Police and Crime Commissioner for Wiltshire and Swindon – Performance report, Quarter Two 2019-20");
    }

    [PrintFact]
    public void The_dashboard_says_which_tests_did_not_run_and_why()
    {
        DashboardText().ShouldContain("3 tests not run: the figures end in August 2019");
    }

    [PrintFact]
    public void The_appendix_states_the_slopes_unit()
    {
        var (first, last) = Example.AppendixPages();

        Example.Text(first, last).ShouldContain("Slope (crimes a");
    }
}

/// <summary>The MOPAC example as printed: a Met-sized office (7-digit counts, long force names, a measure without commentary, recent months missing) meets the same bar.</summary>
public sealed class PrintedMopacReportTests(PrintedMopacExample example) : PrintedReportChecks(example), IClassFixture<PrintedMopacExample>
{
    [PrintFact]
    public void The_contents_list_gives_each_priority_the_page_it_starts_on()
    {
        var cover = Example.Text(1, 1);

        foreach (var priority in new[] { "1. Reducing and preventing violence", "2. Keeping neighbourhoods safe", "3. Resourcing the Met" })
        {
            cover.ShouldContain($"{priority} {Example.PageOf(priority).ToString(CultureInfo.InvariantCulture)}");
        }

        cover.ShouldContain($"Appendix A: the scorecard {Example.PageOf("Appendix A: the scorecard").ToString(CultureInfo.InvariantCulture)}");
    }

    [PrintFact]
    public void The_pdf_has_the_offices_title()
    {
        Example.Pdf.Information.Title.ShouldBe("Mayor's Office for Policing and Crime – Quarterly performance report, Quarter Three 2021-22");
    }
}

/// <summary>The bundled office on Making Data Count charts, as printed: the same bar, both keys and every XmR chart with its icons.</summary>
public sealed class PrintedMdcReportTests(PrintedMdcExample example) : PrintedReportChecks(example), IClassFixture<PrintedMdcExample>
{
    [PrintFact]
    public void Every_making_data_count_measure_prints_its_xmr_chart_and_both_icon_names()
    {
        var html = Example.Html;
        using var evaluation = Example.Evaluation();
        var spc = evaluation.RootElement.GetProperty("measures").EnumerateArray()
            .Where(m => m.GetProperty("ruleSet").GetString() == "making-data-count").ToList();

        spc.ShouldNotBeEmpty();
        foreach (var measure in spc)
        {
            html.ShouldContain($"id=\"m-{measure.GetProperty("id").GetString()}-xmr\"");
        }

        var bookmarks = Example.Bookmarks().Select(b => b.Title).ToList();
        bookmarks.Count(b => b.Contains("key", StringComparison.OrdinalIgnoreCase)).ShouldBeGreaterThanOrEqualTo(2, string.Join(", ", bookmarks));
    }
}
