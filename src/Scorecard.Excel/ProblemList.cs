using Scorecard.Core.Diagnostics;

namespace Scorecard.Excel;

/// <summary>
/// The problems found in one file, at most <see cref="Limit"/> of them; past that they are
/// counted, and one last diagnostic says how many more there were.
/// </summary>
internal sealed class ProblemList(DataArea area, string file)
{
    public const int Limit = 200;

    private readonly DiagnosticBag _bag = new();
    private int _suppressed;
    private int _suppressedErrors;

    public DataArea Area { get; } = area;

    public string File { get; } = file;

    public bool HasErrors => _bag.HasErrors || _suppressedErrors > 0;

    public void Add(Diagnostic diagnostic)
    {
        if (_bag.Items.Count >= Limit)
        {
            _suppressed++;
            _suppressedErrors += diagnostic.IsError ? 1 : 0;
            return;
        }

        _bag.Add(diagnostic);
    }

    /// <summary>The problems in the order of the file: by row (or line), then column; those about the whole file first.</summary>
    public IReadOnlyList<Diagnostic> ToList()
    {
        var list = _bag.Items.OrderBy(d => Position(d.Location)).ToList();
        if (_suppressed > 0)
        {
            list.Add(LoadMessages.TooManyProblems(Area, File, _suppressed, _suppressedErrors > 0));
        }

        return list;
    }

    private static (int Row, int Column) Position(SourceLocation location)
    {
        if (location.Line is { } line)
        {
            return (line, location.Column ?? 0);
        }

        if (location.Cell is not { } cell)
        {
            return (0, 0);
        }

        var letters = cell.TakeWhile(char.IsAsciiLetter).Count();
        var column = cell[..letters].Aggregate(0, (n, c) => (n * 26) + (char.ToUpperInvariant(c) - 'A' + 1));
        return (int.TryParse(cell.AsSpan(letters), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row) ? row : 0, column);
    }
}
