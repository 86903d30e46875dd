using Scorecard.Core.Diagnostics;
using Scorecard.Core.Series;

namespace Scorecard.Excel;

/// <summary>
/// Loads monthly series from an .xlsx/.xlsm workbook or a .csv file, in the wide layout
/// (<c>Measure</c>, then one column per month) or the long layout (<c>measure,month,value,...</c>),
/// found from the header. Every problem in the file is reported, each with its location; the
/// file is opened read-only and shared, never changed.
/// </summary>
public static class SeriesLoader
{
    /// <summary>
    /// Loads the file at <paramref name="path"/>. Locations in diagnostics name the file as
    /// <paramref name="path"/> gives it. The value is null when there are errors.
    /// </summary>
    public static Result<MeasureData> Load(string path, SeriesLoadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= SeriesLoadOptions.Default;
        var problems = new ProblemList(DataArea.Monthly, path);
        var table = TableSource.Read(path, Choice(options), options.Limits ?? LoadLimits.Default, problems);
        return Finish(table, options, problems);
    }

    /// <summary>
    /// Loads from a stream; <paramref name="displayName"/> names it in diagnostics and its
    /// extension decides the format (.xlsx/.xlsm workbook, .csv text).
    /// </summary>
    public static Result<MeasureData> Load(Stream stream, string displayName, SeriesLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        options ??= SeriesLoadOptions.Default;
        var problems = new ProblemList(DataArea.Monthly, displayName);
        var table = TableSource.Read(stream, displayName, Choice(options), options.Limits ?? LoadLimits.Default, problems);
        return Finish(table, options, problems);
    }

    /// <summary>One line for the <c>validate</c> command: "29 measures, 66 months (April 2014 to September 2019), no gaps".</summary>
    public static string Summarise(MeasureData data) => LoadSummary.Of(data).ToString();

    private static SheetChoice Choice(SeriesLoadOptions options) => options.Sheet is { } named
        ? new SheetChoice(named, Explicit: true, Setting: "data.sheet")
        : new SheetChoice(SeriesLoadOptions.DefaultSheet, Fits: SeriesTableReader.HeaderFits, Setting: "data.sheet");

    private static Result<MeasureData> Finish(SourceTable? table, SeriesLoadOptions options, ProblemList problems)
    {
        var data = table is null ? null : SeriesTableReader.Read(table, problems, options.IgnoreColumns);
        return new Result<MeasureData>(problems.HasErrors ? null : data, problems.ToList());
    }
}
