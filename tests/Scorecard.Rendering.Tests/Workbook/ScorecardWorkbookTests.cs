using ClosedXML.Excel;
using NodaTime;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Rendering.Workbook;
using static Scorecard.Rendering.Tests.Workbook.EvaluationBuilder;

namespace Scorecard.Rendering.Tests.Workbook;

public sealed class ScorecardWorkbookTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private XLWorkbook WriteAndOpen(EvaluationBuilder? builder = null, WorkbookInfo? info = null)
    {
        builder ??= Sample.Builder();
        var path = _folder.File("scorecard.xlsx");
        ScorecardWorkbook.Write(builder.Build(), builder.Data(), info ?? Sample.Info, Sample.Clock, path);
        return new XLWorkbook(path);
    }

    internal static IXLCell CellUnder(IXLWorksheet sheet, string heading, int row)
    {
        var header = sheet.Row(1).CellsUsed().FirstOrDefault(c => c.GetString() == heading)
            ?? throw new InvalidOperationException($"No column headed \"{heading}\" in {sheet.Name}.");
        return sheet.Cell(row, header.Address.ColumnNumber);
    }

    [Fact]
    public void Has_the_dashboard_evidence_data_issues_key_and_data_sheets_in_that_order()
    {
        using var workbook = WriteAndOpen();

        workbook.Worksheets.Select(s => s.Name).ShouldBe(["Dashboard", "Evidence", "Data issues", "Key", "Data"]);
    }

    [Fact]
    public void Dashboard_headings_name_the_quarters_and_the_12_month_periods()
    {
        using var workbook = WriteAndOpen();
        var sheet = workbook.Worksheet("Dashboard");

        sheet.Row(1).CellsUsed().Select(c => c.GetString()).ShouldBe(
        [
            "Priority", "Measure", "Q1 2019-20", "Q2 2019-20", "12 months to Sep-18", "12 months to Sep-19",
            "Change", "Change %", "Margin", "Peers", "Exception high", "Exception low", "Peer trend / no data", "Notes",
        ]);
    }

    [Fact]
    public void Dashboard_figures_are_numbers_with_the_measures_number_formats()
    {
        using var workbook = WriteAndOpen();
        var sheet = workbook.Worksheet("Dashboard");

        var crimes = CellUnder(sheet, "Q2 2019-20", 2);
        crimes.DataType.ShouldBe(XLDataType.Number);
        crimes.GetDouble().ShouldBe(11856);
        crimes.Style.NumberFormat.Format.ShouldBe("#,##0");
        CellUnder(sheet, "12 months to Sep-19", 2).GetDouble().ShouldBe(44340);
        CellUnder(sheet, "Change", 2).GetDouble().ShouldBe(1258);
        CellUnder(sheet, "Change", 2).Style.NumberFormat.Format.ShouldBe("+#,##0;-#,##0;#,##0");
        CellUnder(sheet, "Change %", 2).GetDouble().ShouldBe(2.92);
        CellUnder(sheet, "Change %", 2).Style.NumberFormat.Format.ShouldBe("+0.0\"%\";-0.0\"%\";0.0\"%\"");

        var rate = CellUnder(sheet, "Q2 2019-20", 3);
        rate.GetDouble().ShouldBe(16.5);
        rate.Style.NumberFormat.Format.ShouldBe("0.0\"%\"");
        CellUnder(sheet, "Change", 3).Style.NumberFormat.Format.ShouldBe("+0.0\" pp\";-0.0\" pp\";0.0\" pp\"");

        var margin = CellUnder(sheet, "Margin", 5);
        margin.GetDouble().ShouldBe(3.5);
        margin.Style.NumberFormat.Format.ShouldBe("\"±\"0.0");
    }

    [Fact]
    public void Durations_are_fractions_of_a_day_shown_as_minutes_and_seconds_with_units_and_their_change_in_seconds()
    {
        using var workbook = WriteAndOpen();
        var sheet = workbook.Worksheet("Dashboard");

        var answer = CellUnder(sheet, "Q2 2019-20", 4);
        answer.GetDateTime().ToOADate().ShouldBe(767 / 86400.0, tolerance: 1e-12); // ClosedXML reads a time-formatted number as a date

        // "12 min 47 s"; under a minute (below 59.5 s, which would round to one) seconds alone, "4 s".
        answer.Style.NumberFormat.Format.ShouldBe("[<0.000688657407407407][s]\" s\";[m]\" min \"s\" s\"");
        var change = CellUnder(sheet, "Change", 4);
        change.GetDouble().ShouldBe(45);
        change.Style.NumberFormat.Format.ShouldBe("+#,##0\" s\";-#,##0\" s\";#,##0\" s\"");
    }

    [Fact]
    public void A_measure_whose_data_lag_shows_its_latest_12_months_and_the_month_they_run_to()
    {
        var builder = new EvaluationBuilder()
            .Measure("crime-volume", "Crime volume", figures: new MeasureFigures(11856, 10952, 44340, 43082, 1258, 2.92, LatestMonthValue: 3950))
            .Measure("ksi", "Killed or seriously injured", figures: new MeasureFigures(null, 70, null, null, null, null,
                Latest: new LatestFigures(new YearMonth(2019, 6), 273, 250, 23, 9.2)));
        using var workbook = WriteAndOpen(builder);
        var sheet = workbook.Worksheet("Dashboard");

        CellUnder(sheet, "12 months to Sep-19", 3).GetDouble().ShouldBe(273);
        CellUnder(sheet, "12 months to Sep-18", 3).GetDouble().ShouldBe(250);
        CellUnder(sheet, "Change", 3).GetDouble().ShouldBe(23);
        CellUnder(sheet, "Data to", 3).GetString().ShouldBe("June 2019");
        CellUnder(sheet, "Data to", 2).IsEmpty().ShouldBeTrue();
        CellUnder(sheet, "Q2 2019-20", 3).IsEmpty().ShouldBeTrue();
    }

    [Fact]
    public void Missing_figures_are_blank_cells_not_zeros()
    {
        using var workbook = WriteAndOpen();
        var sheet = workbook.Worksheet("Dashboard");

        CellUnder(sheet, "Q2 2019-20", 6).IsEmpty().ShouldBeTrue();
        CellUnder(sheet, "Change %", 6).IsEmpty().ShouldBeTrue();
    }

    [Fact]
    public void Priority_shows_its_number_and_title_from_the_workbook_info()
    {
        using var workbook = WriteAndOpen();
        var sheet = workbook.Worksheet("Dashboard");

        sheet.Cell(2, 1).GetString().ShouldBe("1. Prevent crime and keep people safe");
        sheet.Cell(4, 1).GetString().ShouldBe("2. Protect the most vulnerable people");
        sheet.Cell(2, 2).GetString().ShouldBe("Crime volume");
    }

    [Fact]
    public void A_fired_flag_shows_its_symbol_and_words_in_its_groups_column()
    {
        using var workbook = WriteAndOpen();
        var sheet = workbook.Worksheet("Dashboard");

        CellUnder(sheet, "Peers", 2).GetString().ShouldBe("▼ Less than peers (improvement)");
        CellUnder(sheet, "Exception high", 2).GetString().ShouldBe("↗ Trend up (concern)");
        CellUnder(sheet, "Exception low", 2).IsEmpty().ShouldBeTrue();
        CellUnder(sheet, "Exception low", 3).GetString().ShouldBe("↓ Spike below (concern)");
        CellUnder(sheet, "Peer trend / no data", 6).GetString().ShouldBe("∅ No data (needs attention)");
    }

    [Fact]
    public void A_fired_concern_is_filled_light_vermillion_with_dark_text()
    {
        using var workbook = WriteAndOpen();
        var cell = CellUnder(workbook.Worksheet("Dashboard"), "Exception high", 2);

        cell.Style.Fill.BackgroundColor.Color.ToArgb().ShouldBe(unchecked((int)0xFFF7DFCC));
        cell.Style.Font.FontColor.Color.ToArgb().ShouldBe(unchecked((int)0xFF8A3D00));
    }

    [Fact]
    public void Fired_flags_are_coloured_by_their_sentiment()
    {
        using var workbook = WriteAndOpen();
        var sheet = workbook.Worksheet("Dashboard");

        Fill(CellUnder(sheet, "Peers", 2)).ShouldBe("CCE3F0");
        Fill(CellUnder(sheet, "Peer trend / no data", 6)).ShouldBe("F5E4ED");

        static string Fill(IXLCell cell) => cell.Style.Fill.BackgroundColor.Color.ToArgb().ToString("X8", System.Globalization.CultureInfo.InvariantCulture)[2..];
    }

    [Fact]
    public void Several_flags_in_one_group_go_on_separate_lines()
    {
        var builder = new EvaluationBuilder().Measure(
            "burglary",
            outcomes: [Fired("spike-high", Sentiment.Concern), Fired("run-above", Sentiment.Concern)]);
        using var workbook = WriteAndOpen(builder);
        var cell = CellUnder(workbook.Worksheet("Dashboard"), "Exception high", 2);

        cell.GetString().ShouldBe("↑ Spike above (concern)\n⇑ Run above (concern)");
        cell.Style.Alignment.WrapText.ShouldBeTrue();
    }

    [Fact]
    public void A_group_whose_tests_did_not_run_says_so_rather_than_showing_nothing()
    {
        using var workbook = WriteAndOpen();
        var sheet = workbook.Worksheet("Dashboard");

        CellUnder(sheet, "Exception low", 6).GetString().ShouldBe("not run");
        CellUnder(sheet, "Exception low", 6).Style.Font.Italic.ShouldBeTrue();
        CellUnder(sheet, "Exception high", 3).IsEmpty().ShouldBeTrue();
    }

    [Fact]
    public void A_group_with_some_tests_not_run_counts_them()
    {
        var builder = new EvaluationBuilder().Measure("burglary", outcomes: [NotEvaluated("run-below", "August 2019 missing")]);
        using var workbook = WriteAndOpen(builder);

        CellUnder(workbook.Worksheet("Dashboard"), "Exception low", 2).GetString().ShouldBe("1 of 5 not run");
    }

    [Theory]
    [InlineData("Dashboard")]
    [InlineData("Evidence")]
    public void Header_row_is_frozen_and_the_table_has_an_autofilter(string name)
    {
        using var workbook = WriteAndOpen();
        var sheet = workbook.Worksheet(name);

        sheet.SheetView.SplitRow.ShouldBe(1);
        sheet.AutoFilter.IsEnabled.ShouldBeTrue();
        var range = sheet.AutoFilter.Range;
        range.FirstRow().RowNumber().ShouldBe(1);
        range.LastRow().RowNumber().ShouldBe(sheet.LastRowUsed().RowNumber());
        range.LastColumn().ColumnNumber().ShouldBe(sheet.LastColumnUsed().ColumnNumber());
    }

    [Fact]
    public void Dashboard_keeps_the_measure_column_in_view_when_scrolling_right()
    {
        using var workbook = WriteAndOpen();

        workbook.Worksheet("Dashboard").SheetView.SplitColumn.ShouldBe(2);
    }

    [Fact]
    public void Columns_are_sized_to_their_text_and_long_names_wrap_onto_taller_rows()
    {
        using var workbook = WriteAndOpen();
        var sheet = workbook.Worksheet("Dashboard");

        sheet.Column(4).Width.ShouldBeGreaterThanOrEqualTo("Q2 2019-20".Length + 2);
        sheet.Column(2).Width.ShouldBe(24 + 2, "a measure name longer than 24 characters wraps");
        sheet.Column(2).Style.Alignment.WrapText.ShouldBeTrue();
        sheet.Column(1).Width.ShouldBe(16 + 2, "so does a long priority title");
        var priorityTwo = sheet.RowsUsed().First(r => r.Cell(1).GetString().StartsWith("2. Protect", StringComparison.Ordinal));
        priorityTwo.Height.ShouldBe(15 * 3, "\"2. Protect the most vulnerable people\" takes three lines of 16 characters");
    }

    [Theory]
    [InlineData("Dashboard")]
    [InlineData("Evidence")]
    [InlineData("Data issues")]
    [InlineData("Key")]
    public void Prints_on_A4_landscape_one_page_wide_with_the_header_row_on_every_page(string name)
    {
        using var workbook = WriteAndOpen();
        var page = workbook.Worksheet(name).PageSetup;

        page.PageOrientation.ShouldBe(XLPageOrientation.Landscape);
        page.PaperSize.ShouldBe(XLPaperSize.A4Paper);
        page.PagesWide.ShouldBe(1);
        page.PagesTall.ShouldBe(0);
        page.FirstRowToRepeatAtTop.ShouldBe(1);
        page.LastRowToRepeatAtTop.ShouldBe(1);
    }

    [Fact]
    public void Print_titles_are_absolute_references_as_excel_writes_them_so_that_libreoffice_repeats_them_too()
    {
        WriteAndOpen().Dispose();

        var names = DefinedNames(_folder.File("scorecard.xlsx"));

        names.ShouldContain(("_xlnm.Print_Titles", "0", "Dashboard!$1:$1"));
        names.ShouldContain(("_xlnm.Print_Titles", "1", "Evidence!$1:$1"));
        names.ShouldContain(("_xlnm.Print_Titles", "2", "'Data issues'!$1:$1"));
        names.ShouldContain(("_xlnm.Print_Titles", "4", "Data!$A:$A,Data!$1:$1"));
    }

    [Theory]
    [InlineData("Evidence", "Evidence")]
    [InlineData("Data issues", "'Data issues'")]
    [InlineData("SPC points", "'SPC points'")]
    [InlineData("O'Brien's data", "'O''Brien''s data'")]
    [InlineData("2019", "'2019'")]
    [InlineData("Data-2019", "'Data-2019'")]
    public void A_sheet_name_is_quoted_in_a_reference_when_a_formula_needs_it(string name, string quoted)
    {
        Scorecard.Rendering.Workbook.Xlsx.XlsxPackage.QuotedName(name).ShouldBe(quoted);
    }

    [Fact]
    public void Evidence_prints_the_columns_a_reader_needs_and_keeps_the_others_on_screen()
    {
        using (var workbook = WriteAndOpen())
        {
            var sheet = workbook.Worksheet("Evidence");
            sheet.Row(1).Cell(15).GetString().ShouldBe("Group change %");
            sheet.Row(1).Cell(16).GetString().ShouldBe("Priority");
            sheet.SheetView.SplitColumn.ShouldBe(2, "the measure and the test stay in view");
        }

        var area = DefinedNames(_folder.File("scorecard.xlsx")).Single(n => n.Name == "_xlnm.Print_Area");
        area.ShouldBe(("_xlnm.Print_Area", "1", $"Evidence!$A$1:$O${1 + (5 * Key.Count)}"));
    }

    [Fact]
    public void Evidence_headings_wrap_in_narrow_columns_on_a_taller_header_row()
    {
        using var workbook = WriteAndOpen();
        var sheet = workbook.Worksheet("Evidence");

        var lower = CellUnder(sheet, "Lower threshold", 1);
        lower.Style.Alignment.WrapText.ShouldBeTrue();
        sheet.Column(lower.Address.ColumnNumber).Width.ShouldBeLessThan("Lower threshold".Length);
        sheet.Row(1).Height.ShouldBeGreaterThanOrEqualTo(30);
    }

    /// <summary>The workbook's defined names (ClosedXML 0.95 does not read back print titles that repeat both rows and columns).</summary>
    private static List<(string Name, string? Sheet, string Value)> DefinedNames(string path)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        using var stream = zip.GetEntry("xl/workbook.xml")!.Open();
        return System.Xml.Linq.XDocument.Load(stream).Descendants()
            .Where(e => e.Name.LocalName == "definedName")
            .Select(e => ((string)e.Attribute("name")!, (string?)e.Attribute("localSheetId"), e.Value))
            .ToList();
    }

    [Fact]
    public void Printed_pages_carry_the_title_and_the_office()
    {
        // ClosedXML 0.95 does not read page headers back, so this reads the sheet's XML.
        var path = _folder.File("scorecard.xlsx");
        ScorecardWorkbook.Write(Sample.Evaluation, Sample.Data, Sample.Info, Sample.Clock, path);
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        using var stream = zip.GetEntry("xl/worksheets/sheet1.xml")!.Open();
        var parts = System.Xml.Linq.XDocument.Load(stream).Descendants().ToList();

        parts.Single(e => e.Name.LocalName == "oddHeader").Value.ShouldBe("&CScorecard – Quarter Two 2019-20");
        parts.Single(e => e.Name.LocalName == "oddFooter").Value
            .ShouldBe("&LOffice of the Police and Crime Commissioner for Wiltshire && Swindon&RPage &P of &N");
    }

    [Fact]
    public void Document_properties_name_the_quarter_the_office_the_version_and_the_time_of_writing()
    {
        using var workbook = WriteAndOpen();
        var properties = workbook.Properties;

        properties.Title.ShouldBe("Scorecard – Quarter Two 2019-20");
        properties.Subject.ShouldBe("Quarter Two 2019-20 (1 July to 30 September 2019)");
        properties.Author.ShouldBe(Sample.Office);
        properties.Company.ShouldBe(Sample.Office);
        properties.Created.ToUniversalTime().ShouldBe(new DateTime(2019, 12, 2, 9, 30, 0, DateTimeKind.Utc));
        workbook.CustomProperty("Scorecard version").Value.ShouldBe("1.2.3-test");
        workbook.CustomProperty("Generated at").Value.ShouldBe("2019-12-02T09:30:00Z");
        workbook.CustomProperty("Quarter").Value.ShouldBe("2019-20Q2");
        workbook.CustomProperty("Reporting month").Value.ShouldBe("2019-09");
    }

    [Fact]
    public void The_current_tool_version_is_the_assemblys_informational_version()
    {
        WorkbookInfo.CurrentToolVersion.ShouldStartWith("0.1.0");
    }

    [Fact]
    public void Evidence_has_one_row_per_measure_and_rule_with_real_numbers_and_blanks_for_nulls()
    {
        using var workbook = WriteAndOpen();
        var sheet = workbook.Worksheet("Evidence");

        sheet.LastRowUsed().RowNumber().ShouldBe(1 + (5 * Key.Count));
        var trend = EvidenceRow(sheet, "crime-volume", "trend-up");
        CellUnder(sheet, "Status", trend).GetString().ShouldBe("fired");
        CellUnder(sheet, "Sentiment", trend).GetString().ShouldBe("concern");
        CellUnder(sheet, "Key text", trend).GetString().ShouldBe("The Discrete Trend, for the past 12 months, is significant and Increasing");
        CellUnder(sheet, "Window", trend).GetString().ShouldBe("2018-10..2019-09");
        CellUnder(sheet, "n", trend).GetDouble().ShouldBe(12);
        CellUnder(sheet, "Slope per month", trend).DataType.ShouldBe(XLDataType.Number);
        CellUnder(sheet, "Slope per month", trend).GetDouble().ShouldBe(12.25);
        CellUnder(sheet, "Standard error", trend).GetDouble().ShouldBe(4.1);
        CellUnder(sheet, "t", trend).GetDouble().ShouldBe(2.9878);
        CellUnder(sheet, "df", trend).GetDouble().ShouldBe(10);
        CellUnder(sheet, "p", trend).GetDouble().ShouldBe(0.0136);
        CellUnder(sheet, "Mean", trend).IsEmpty().ShouldBeTrue();
        CellUnder(sheet, "Threshold", trend).IsEmpty().ShouldBeTrue();
        CellUnder(sheet, "Status", trend).Style.Fill.BackgroundColor.Color.ToArgb().ShouldBe(unchecked((int)0xFFF7DFCC));
    }

    [Fact]
    public void Evidence_says_why_a_rule_was_not_evaluated()
    {
        using var workbook = WriteAndOpen();
        var sheet = workbook.Worksheet("Evidence");

        var run = EvidenceRow(sheet, "outcome-rate", "run-below");
        CellUnder(sheet, "Status", run).GetString().ShouldBe("not evaluated");
        CellUnder(sheet, "Reason", run).GetString().ShouldBe("August 2019 missing");
        CellUnder(sheet, "Sentiment", run).IsEmpty().ShouldBeTrue();
    }

    [Fact]
    public void Key_lists_every_symbol_with_its_words_and_dashboard_column_then_the_sentiment_colours()
    {
        using var workbook = WriteAndOpen();
        var sheet = workbook.Worksheet("Key");

        sheet.Row(1).CellsUsed().Select(c => c.GetString()).ShouldBe(["Symbol", "Short label", "Meaning", "Key text", "Dashboard column", "Direction", "Rule id", "Rule set"]);
        var ids = Enumerable.Range(2, Key.Count).Select(r => CellUnder(sheet, "Rule id", r).GetString()).ToList();
        ids.ShouldBe(Key.Select(r => r.Id));
        Enumerable.Range(2, Key.Count).Select(r => sheet.Cell(r, 1).GetString()).Distinct().Count().ShouldBe(Key.Count);
        sheet.Cell(2, 1).GetString().ShouldBe("▲");
        CellUnder(sheet, "Key text", 2).GetString().ShouldBe("Greater than Peers");
        CellUnder(sheet, "Dashboard column", 2).GetString().ShouldBe("Peers");
        CellUnder(sheet, "Rule set", 2).GetString().ShouldBe("dashboard key");

        var concern = sheet.CellsUsed().Single(c => c.GetString() == "concern");
        concern.CellLeft().GetString().ShouldBe("#D55E00");
        concern.CellLeft().Style.Fill.BackgroundColor.Color.ToArgb().ShouldBe(unchecked((int)0xFFF7DFCC));
        sheet.CellsUsed().Select(c => c.GetString()).ShouldContain("improvement");
        sheet.CellsUsed().Select(c => c.GetString()).ShouldContain("needs attention");
        sheet.CellsUsed().Select(c => c.GetString()).ShouldContain("neutral");
    }

    [Fact]
    public void Data_sheet_is_the_wide_layout_with_a_row_per_series_part()
    {
        using var workbook = WriteAndOpen();
        var sheet = workbook.Worksheet("Data");

        sheet.Cell(1, 1).GetString().ShouldBe("Measure");
        sheet.Cell(1, 2).DataType.ShouldBe(XLDataType.DateTime);
        sheet.Cell(1, 2).GetDateTime().ShouldBe(new DateTime(2017, 10, 1));
        sheet.Cell(1, 2).Style.NumberFormat.Format.ShouldBe("mmm-yy");
        sheet.Cell(1, 25).GetDateTime().ShouldBe(new DateTime(2019, 9, 1));
        sheet.Cell(1, 26).IsEmpty().ShouldBeTrue();
        var keys = sheet.Column(1).CellsUsed().Skip(1).Select(c => c.GetString()).ToList();
        keys.ShouldBe(
        [
            "crime-volume", "outcome-rate.numerator", "outcome-rate.denominator",
            "call-answer-time", "call-answer-time.volume", "confidence", "confidence.margin", "hate-crime-outcomes",
        ]);
        sheet.Cell(2, 2).GetDouble().ShouldBe(3500);
        sheet.Cell(3, 24).IsEmpty().ShouldBeTrue();
        sheet.Cell(7, 3).IsEmpty().ShouldBeTrue();
    }

    [Fact]
    public void Data_sheet_holds_only_the_series_that_were_evaluated()
    {
        var builder = new EvaluationBuilder()
            .Measure("burglary")
            .Series("burglary", Counts(new YearMonth(2019, 1), 5, 6))
            .Series("unused", Counts(new YearMonth(2018, 1), 1));
        using var workbook = WriteAndOpen(builder);
        var sheet = workbook.Worksheet("Data");

        sheet.Column(1).CellsUsed().Select(c => c.GetString()).ShouldBe(["Measure", "burglary"]);
        sheet.Cell(1, 2).GetDateTime().ShouldBe(new DateTime(2019, 1, 1));
    }

    [Fact]
    public void Text_longer_than_a_cell_holds_is_cut_to_excels_limit_with_an_ellipsis()
    {
        var name = "Crime " + new string('x', 40_000) + "\U0001F600";
        using var workbook = WriteAndOpen(new EvaluationBuilder().Measure("long", name));

        var cell = workbook.Worksheet("Dashboard").Cell(2, 2);
        cell.GetString().Length.ShouldBe(Cells.LongestText);
        cell.GetString().ShouldStartWith("Crime xxx");
        cell.GetString().ShouldEndWith("x\u2026");
    }

    [Fact]
    public void A_cut_never_leaves_half_of_a_character()
    {
        var text = new string('x', Cells.LongestText - 2) + "\U0001F600\U0001F600";

        var cut = Cells.Fit(text);

        cut.Length.ShouldBe(Cells.LongestText - 1);
        cut.ShouldEndWith("x\u2026");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("@SUM(1)")]
    [InlineData("+1+1")]
    [InlineData("-1")]
    [InlineData("\t=1")]
    public void Text_that_looks_like_a_formula_is_written_as_text(string text)
    {
        var builder = new EvaluationBuilder().Measure("injected", text);
        var info = Sample.Info with
        {
            Office = text,
            PriorityTitles = new Dictionary<int, string> { [1] = text },
        };
        using var workbook = WriteAndOpen(builder, info);
        var cell = workbook.Worksheet("Dashboard").Cell(2, 2);

        cell.HasFormula.ShouldBeFalse();
        cell.DataType.ShouldBe(XLDataType.Text);
        cell.GetString().ShouldBe(text);
        cell.Style.IncludeQuotePrefix.ShouldBeTrue();
        workbook.Worksheet("Dashboard").Cell(2, 1).HasFormula.ShouldBeFalse();
        CellUnder(workbook.Worksheet("Evidence"), "Measure", 2).GetString().ShouldBe(text);
        CellUnder(workbook.Worksheet("Evidence"), "Measure", 2).HasFormula.ShouldBeFalse();
        workbook.Properties.Author.ShouldBe(text);
        workbook.Worksheets.SelectMany(s => s.CellsUsed()).ShouldAllBe(c => !c.HasFormula);
    }

    [Fact]
    public void The_written_file_contains_no_formula_elements()
    {
        var builder = new EvaluationBuilder().Measure("injected", "=HYPERLINK(\"http://x\",\"y\")").Measure("at", "@SUM(1)");
        var path = _folder.File("scorecard.xlsx");
        ScorecardWorkbook.Write(builder.Build(), builder.Data(), Sample.Info, Sample.Clock, path);

        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            reader.ReadToEnd().ShouldNotContain("<x:f>");
        }
    }

    [Fact]
    public void Writing_over_an_existing_file_replaces_it_and_leaves_no_temporary_file()
    {
        var path = _folder.File("scorecard.xlsx");
        File.WriteAllText(path, "old");

        ScorecardWorkbook.Write(Sample.Evaluation, Sample.Data, Sample.Info, Sample.Clock, path);

        using (var workbook = new XLWorkbook(path))
        {
            workbook.Worksheets.Count.ShouldBe(5);
        }

        Directory.GetFiles(_folder.Path).ShouldBe([path]);
    }

    [Fact]
    public void A_failure_while_writing_leaves_the_earlier_file_untouched_and_nothing_half_written()
    {
        var path = _folder.File("scorecard.xlsx");
        File.WriteAllText(path, "old");
        var broken = new EvaluationBuilder().Measure(
            "broken",
            format: new ValueFormat((ValueStyle)99, 0),
            figures: new MeasureFigures(1, 1, 1, 1, 0, 0));

        Should.Throw<ArgumentOutOfRangeException>(() =>
            ScorecardWorkbook.Write(broken.Build(), broken.Data(), Sample.Info, Sample.Clock, path));

        File.ReadAllText(path).ShouldBe("old");
        Directory.GetFiles(_folder.Path).ShouldBe([path]);
    }

    [Fact]
    public void Writes_to_a_stream_and_leaves_it_open()
    {
        using var stream = new MemoryStream();

        ScorecardWorkbook.Write(Sample.Evaluation, Sample.Data, Sample.Info, Sample.Clock, stream);

        stream.CanWrite.ShouldBeTrue();
        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        workbook.Worksheet("Dashboard").Cell(2, 2).GetString().ShouldBe("Crime volume");
    }

    [Fact]
    public void An_evaluation_without_measures_still_writes_every_sheet_with_its_header()
    {
        using var workbook = WriteAndOpen(new EvaluationBuilder());

        workbook.Worksheet("Dashboard").Cell(1, 2).GetString().ShouldBe("Measure");
        workbook.Worksheet("Evidence").Cell(1, 1).GetString().ShouldBe("Measure");
        workbook.Worksheet("Data issues").Cell(2, 1).GetString().ShouldBe("The office has marked no data issues.");
        workbook.Worksheet("Data").Cell(1, 1).GetString().ShouldBe("Measure");
    }

    internal static int EvidenceRow(IXLWorksheet sheet, string measureId, string ruleId) =>
        sheet.RowsUsed().Single(r => CellUnder(sheet, "Measure id", r.RowNumber()).GetString() == measureId && CellUnder(sheet, "Rule id", r.RowNumber()).GetString() == ruleId).RowNumber();
}
