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

    public DataArea Area { get; } = area;

    public string File { get; } = file;

    public bool HasErrors => _bag.HasErrors || _suppressed > 0;

    public void Add(Diagnostic diagnostic)
    {
        if (_bag.Items.Count >= Limit)
        {
            _suppressed++;
            return;
        }

        _bag.Add(diagnostic);
    }

    public IReadOnlyList<Diagnostic> ToList()
    {
        var list = _bag.Items.ToList();
        if (_suppressed > 0)
        {
            list.Add(LoadMessages.TooManyProblems(Area, File, _suppressed));
        }

        return list;
    }
}
