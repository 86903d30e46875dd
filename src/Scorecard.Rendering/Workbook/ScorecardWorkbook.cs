using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Periods;
using Scorecard.Core.Series;
using Scorecard.Rendering.Workbook.Xlsx;

namespace Scorecard.Rendering.Workbook;

/// <summary>
/// The scorecard as a workbook (the report's Appendix A), for panels and analysts who filter it,
/// paste from it and check its figures. Five sheets: <c>Dashboard</c> (one row per measure, the
/// figures, the fired flags with their sentiment words, and notes on tests not run, data issues
/// and missing commentary), <c>Evidence</c> (one row per measure and rule), <c>Data issues</c>
/// (the office's known data issues), <c>Key</c> (the symbols, their plain meanings and the
/// colours) and <c>Data</c> (the monthly series, in the wide layout Scorecard reads).
/// </summary>
/// <remarks>
/// Numbers are real numbers with number formats, never text. Text from data or configuration is
/// always written as text, so a measure called <c>=HYPERLINK(...)</c> is not a formula. Excel
/// keeps 15 significant digits; so does the workbook.
/// </remarks>
public static class ScorecardWorkbook
{
    /// <summary>
    /// Writes the workbook to <paramref name="path"/> with <see cref="OutputWriter"/>: a temporary
    /// file in the same folder first, which then replaces <paramref name="path"/>. If anything
    /// fails, nothing half-written is left behind, an earlier file at <paramref name="path"/> is
    /// untouched, and an <see cref="IOException"/> says why (SC0504's message).
    /// </summary>
    public static void Write(ScorecardEvaluation evaluation, MeasureData data, WorkbookInfo info, IClock clock, string path)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        var bytes = Save(evaluation, data, info, clock).ToArray();

        var written = OutputWriter.WriteFile(path, bytes);
        if (written.HasErrors)
        {
            throw new IOException(string.Join(Environment.NewLine, written.Diagnostics.Select(d => d.ToString())));
        }
    }

    /// <summary>Writes the workbook to <paramref name="stream"/>, which stays open.</summary>
    public static void Write(ScorecardEvaluation evaluation, MeasureData data, WorkbookInfo info, IClock clock, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(stream);

        using var saved = Save(evaluation, data, info, clock);
        saved.CopyTo(stream);
    }

    /// <summary>"Scorecard – Quarter Two 2019-20".</summary>
    public static string Title(ScorecardEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return $"Scorecard – {evaluation.Quarter.Label}";
    }

    /// <summary>The workbook's package, in memory.</summary>
    private static MemoryStream Save(ScorecardEvaluation evaluation, MeasureData data, WorkbookInfo info, IClock clock)
    {
        var now = clock.GetCurrentInstant();
        var sheets = new List<Sheet>();
        DashboardSheet.Write(Add(sheets, DashboardSheet.Name), evaluation, info);
        EvidenceSheet.Write(Add(sheets, EvidenceSheet.Name), evaluation, info);
        DataIssuesSheet.Write(Add(sheets, DataIssuesSheet.Name), evaluation, info);
        KeySheet.Write(Add(sheets, KeySheet.Name), evaluation, info);
        DataSheet.Write(Add(sheets, DataSheet.Name), evaluation, data, info);
        if (SpcPointsSheet.Applies(evaluation))
        {
            SpcPointsSheet.Write(Add(sheets, SpcPointsSheet.Name), evaluation, info);
        }

        var buffer = new MemoryStream();
        try
        {
            XlsxPackage.Write(buffer, sheets, Properties(evaluation, info, now));
            buffer.Position = 0;
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private static Sheet Add(List<Sheet> sheets, string name)
    {
        var sheet = new Sheet(name);
        sheets.Add(sheet);
        return sheet;
    }

    private static DocumentProperties Properties(ScorecardEvaluation evaluation, WorkbookInfo info, Instant now)
    {
        // In UTC, as the report's date and the "Generated at" property are: loading the time zone
        // database for UK time would cost more than writing the rest of the workbook.
        var generated = now.InUtc();
        var generatedText = $"{EnglishDates.Long(generated.Date)} at {generated.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC";
        var office = Cells.Clean(info.Office);
        return new DocumentProperties(
            Title: Title(evaluation),
            Subject: evaluation.Quarter.LongLabel,
            Author: office,
            Company: office,
            Category: Cells.Clean(info.Title ?? ReportInfo.DefaultTitle),
            Keywords: $"scorecard; {evaluation.Quarter.Label}; {EnglishDates.Month(evaluation.Month)}",
            Comments: Cells.Clean($"Written by Scorecard {info.ToolVersion} on {generatedText}."),
            Created: now.ToDateTimeOffset(),
            Custom:
            [
                ("Scorecard version", Cells.Clean(info.ToolVersion)),
                ("Generated at", InstantPattern.ExtendedIso.Format(now)),
                ("Quarter", evaluation.Quarter.ToString()),
                ("Reporting month", EnglishDates.Iso(evaluation.Month)),
            ]);
    }
}
