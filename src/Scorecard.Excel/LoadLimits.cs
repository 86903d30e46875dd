namespace Scorecard.Excel;

/// <summary>
/// The most the loaders read from one file, so that a damaged or hostile file (a zip bomb, a
/// stray cell at XFD1048576, a CSV line of 10 MB) is refused with a message in bounded time and
/// memory instead of exhausting them. The three that an office may need to raise are settings
/// (<c>data.limits</c> in the configuration); the defaults are far above real use. What costs
/// memory is the cells held: about 100 bytes each while a file is read, so the default of
/// 5,000,000 cells bounds a load near 500 MB. A national data set (43 forces × 40 measures ×
/// 20 years, long layout) is 412,800 rows and about 1.5 million cells; 40 measures over 30 years
/// are 200 rows by 361 columns wide.
/// </summary>
/// <param name="FileBytes">The largest file read, workbook or CSV (default 64 MiB); a longer stream is not read past it.</param>
/// <param name="UnpackedBytes">The most a workbook's parts may unpack to, counted while unpacking (default 256 MiB): this also bounds the time a workbook takes.</param>
/// <param name="Cells">The most cells with content held from one file: sheet cells, CSV fields and a workbook's shared strings (default 5,000,000).</param>
public sealed record LoadLimits(long FileBytes = LoadLimits.DefaultFileBytes, long UnpackedBytes = LoadLimits.DefaultUnpackedBytes, int Cells = LoadLimits.DefaultCells)
{
    public const long DefaultFileBytes = 64L * 1024 * 1024;
    public const long DefaultUnpackedBytes = 256L * 1024 * 1024;
    public const int DefaultCells = 5_000_000;

    /// <summary>The highest value a setting may take: a file is read into one array (2 GiB at most), and 100 million cells need about 10 GB.</summary>
    public const long MaxFileBytes = 2047L * 1024 * 1024;
    public const long MaxUnpackedBytes = 64L * 1024 * 1024 * 1024;
    public const int MaxCells = 100_000_000;

    /// <summary>The most parts (files inside the zip) a workbook may have.</summary>
    public const int Parts = 10_000;

    /// <summary>How deeply XML elements may nest in a workbook part; real sheets nest about 6 deep.</summary>
    public const int XmlDepth = 64;

    /// <summary>The last row of a sheet that may hold content: Excel's own last row.</summary>
    public const int Rows = 1_048_576;

    /// <summary>The last column that may hold content (column BXX; a wide sheet of 166 years of months).</summary>
    public const int Columns = 2_000;

    /// <summary>The longest CSV record (line, or lines joined by a quoted field), in bytes.</summary>
    public const int RecordBytes = 1024 * 1024;

    public static LoadLimits Default { get; } = new();

    /// <summary>"64 MB": a size as the messages give it.</summary>
    internal static string Megabytes(long bytes) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024):N0} MB");
}
