namespace Scorecard.Excel;

/// <summary>
/// The most the loaders read from one file, so that a damaged or hostile file (a zip bomb, a
/// stray cell at XFD1048576, a CSV line of 10 MB) is refused with a message in bounded time and
/// memory instead of exhausting them. Each is far above real use: 40 measures over 30 years are
/// 200 rows by 361 columns wide, or 14,400 rows long; peer data for 43 forces, 40 measures and
/// 12 years of months is about 250,000 rows.
/// </summary>
internal static class LoadLimits
{
    /// <summary>The largest file read, workbook or CSV: 64 MiB.</summary>
    public const long FileBytes = 64L * 1024 * 1024;

    /// <summary>The most a workbook may unpack to, all its parts together: 256 MiB.</summary>
    public const long UnpackedBytes = 256L * 1024 * 1024;

    /// <summary>The most parts (files inside the zip) a workbook may have.</summary>
    public const int Parts = 10_000;

    /// <summary>
    /// The most XML elements in all a workbook's parts: a number cell is two (<c>&lt;c&gt;&lt;v&gt;</c>), a
    /// text cell up to three. ClosedXML takes about 500 bytes and 6 µs a cell, so this bounds it
    /// near 1 GB and 15 seconds; 250,000 rows of peer data by 5 columns need about 3 million.
    /// </summary>
    public const int XmlElements = 4_000_000;

    /// <summary>How deeply XML elements may nest in a workbook part; real sheets nest about 6 deep.</summary>
    public const int XmlDepth = 64;

    /// <summary>The last row (sheet) or line (CSV) that may hold content.</summary>
    public const int Rows = 300_000;

    /// <summary>The last column that may hold content (column BXH; a wide sheet of 166 years of months).</summary>
    public const int Columns = 2_000;

    /// <summary>The longest CSV record (line), in bytes.</summary>
    public const int RecordBytes = 1024 * 1024;
}
