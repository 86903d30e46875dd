using System.Globalization;

namespace Scorecard.Core.Diagnostics;

/// <summary>
/// Where in the user's input a problem is: a file, and within it a sheet and cell, a line and
/// column, or a JSON path. Printed the way a person would look it up:
/// <c>monthly.xlsx 'Monthly'!F14</c>, <c>peers.csv line 7</c>,
/// <c>scorecard.config.json $.measures[3].polarity (line 12)</c>.
/// </summary>
public sealed record SourceLocation(
    string? File = null,
    string? Sheet = null,
    string? Cell = null,
    int? Line = null,
    int? Column = null,
    string? JsonPath = null)
{
    public static SourceLocation None { get; } = new();

    public static SourceLocation InFile(string file) => new(File: file);

    public static SourceLocation InCell(string file, string sheet, string cell) => new(File: file, Sheet: sheet, Cell: cell);

    public static SourceLocation AtLine(string file, int line, int? column = null) => new(File: file, Line: line, Column: column);

    public static SourceLocation AtPath(string file, string jsonPath, int? line = null) => new(File: file, JsonPath: jsonPath, Line: line);

    public override string ToString()
    {
        var parts = new List<string>();
        if (File is not null)
        {
            parts.Add(File);
        }

        if (Sheet is not null)
        {
            var sheet = "'" + Sheet.Replace("'", "''", StringComparison.Ordinal) + "'";
            parts.Add(Cell is null ? $"sheet {sheet}" : $"{sheet}!{Cell}");
        }

        if (JsonPath is not null)
        {
            parts.Add(Line is null ? JsonPath : string.Create(CultureInfo.InvariantCulture, $"{JsonPath} (line {Line})"));
        }
        else if (Line is not null)
        {
            parts.Add(Column is null
                ? string.Create(CultureInfo.InvariantCulture, $"line {Line}")
                : string.Create(CultureInfo.InvariantCulture, $"line {Line}, column {Column}"));
        }

        return string.Join(' ', parts);
    }
}
