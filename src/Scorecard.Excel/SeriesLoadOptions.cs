namespace Scorecard.Excel;

/// <summary>How to read monthly series.</summary>
/// <param name="Sheet">The sheet of a workbook that holds the series (matched ignoring case and surrounding spaces). Not used for CSV.</param>
public sealed record SeriesLoadOptions(string Sheet = "Monthly")
{
    public static SeriesLoadOptions Default { get; } = new();
}
