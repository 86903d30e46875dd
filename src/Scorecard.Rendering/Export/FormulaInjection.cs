namespace Scorecard.Rendering.Export;

/// <summary>
/// Text that a spreadsheet would run as a formula when it opens a file: text from data or
/// configuration that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
/// return (OWASP, "CSV Injection"). The workbook writes such text as a string cell with a quote
/// prefix; the CSV puts a single quote in front of it.
/// </summary>
internal static class FormulaInjection
{
    /// <summary>The characters that make text a possible formula when it starts with one of them.</summary>
    public static IReadOnlyList<char> Characters { get; } = ['=', '+', '-', '@', '\t', '\r'];

    public static bool IsPossibleFormula(string? text) =>
        !string.IsNullOrEmpty(text) && Characters.Contains(text[0]);
}
