namespace Scorecard.Excel;

/// <summary>How to read monthly series.</summary>
/// <param name="Sheet">
/// The sheet of a workbook that holds the series (matched ignoring case and surrounding spaces),
/// or null for the default: the sheet <c>Monthly</c>, else the only sheet, else the one sheet
/// whose header fits a layout. A sheet named here must exist. Not used for CSV.
/// </param>
/// <param name="IgnoreColumns">
/// Headings of columns to skip besides the ones always skipped (<c>Total</c>, <c>YTD</c>,
/// <c>Notes</c> ...), matched ignoring case and surrounding spaces: an office's own summary or
/// label columns beside the months.
/// </param>
/// <param name="Limits">The size limits, or null for <see cref="LoadLimits.Default"/>.</param>
public sealed record SeriesLoadOptions(string? Sheet = null, IReadOnlyList<string>? IgnoreColumns = null, LoadLimits? Limits = null)
{
    /// <summary>The sheet read when none is named and the workbook has it.</summary>
    public const string DefaultSheet = "Monthly";

    public static SeriesLoadOptions Default { get; } = new();
}
