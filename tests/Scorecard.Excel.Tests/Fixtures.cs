namespace Scorecard.Excel.Tests;

/// <summary>Files under Fixtures/, copied beside the test assembly.</summary>
internal static class Fixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
