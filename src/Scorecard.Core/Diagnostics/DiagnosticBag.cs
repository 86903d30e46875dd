namespace Scorecard.Core.Diagnostics;

/// <summary>Collects the problems found while reading or checking input, so all are reported together.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.IsError);

    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        _items.Add(diagnostic);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        _items.AddRange(diagnostics);
    }

    public void Error(string code, SourceLocation location, string message) => Add(Diagnostic.Error(code, location, message));

    public void Warning(string code, SourceLocation location, string message) => Add(Diagnostic.Warning(code, location, message));
}
