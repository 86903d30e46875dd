using System.Runtime.CompilerServices;

namespace Scorecard.Excel.Tests;

/// <summary>
/// Compares text with a file under Golden/ in the source tree. <c>SCORECARD_ACCEPT=1 dotnet test</c>
/// writes the actual text instead, for the diff to be reviewed in the commit.
/// </summary>
internal static class Golden
{
    public static void ShouldMatchGolden(this string actual, string name, [CallerFilePath] string caller = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(caller)!, "Golden", name);
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("SCORECARD_ACCEPT") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        File.Exists(path).ShouldBeTrue($"no golden file {path}; run with SCORECARD_ACCEPT=1 to create it");
        actual.ShouldBe(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
