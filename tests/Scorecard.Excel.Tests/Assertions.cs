using Scorecard.Core.Diagnostics;

namespace Scorecard.Excel.Tests;

internal static class Assertions
{
    /// <summary>The value of a load that must succeed, failing with every diagnostic when it did not.</summary>
    public static T Loaded<T>(this Result<T> result)
        where T : class
    {
        result.HasErrors.ShouldBeFalse(string.Join("\n", result.Diagnostics));
        return result.Value.ShouldNotBeNull();
    }

    /// <summary>The one error with <paramref name="code"/>; the load must have failed.</summary>
    public static Diagnostic Error<T>(this Result<T> result, string code)
        where T : class
    {
        result.HasErrors.ShouldBeTrue();
        result.Value.ShouldBeNull();
        var matching = result.Diagnostics.Where(d => d.Code == code).ToList();
        matching.Count.ShouldBe(1, $"expected one {code} among:\n{string.Join("\n", result.Diagnostics)}");
        return matching[0];
    }

    public static Diagnostic At(this Diagnostic diagnostic, string sheet, string cell)
    {
        diagnostic.Location.Sheet.ShouldBe(sheet);
        diagnostic.Location.Cell.ShouldBe(cell);
        return diagnostic;
    }

    public static Diagnostic AtLine(this Diagnostic diagnostic, int line, int? column = null)
    {
        diagnostic.Location.Sheet.ShouldBeNull();
        diagnostic.Location.Line.ShouldBe(line);
        if (column is not null)
        {
            diagnostic.Location.Column.ShouldBe(column);
        }

        return diagnostic;
    }

    public static Diagnostic Saying(this Diagnostic diagnostic, params string[] fragments)
    {
        foreach (var fragment in fragments)
        {
            diagnostic.Message.ShouldContain(fragment, Case.Sensitive, diagnostic.ToString());
        }

        return diagnostic;
    }
}
