namespace Scorecard.Cli.Tests;

/// <summary>The repository's root folder, found from the test assembly's location (the folder holding Scorecard.sln).</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "Scorecard.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException($"No Scorecard.sln above {AppContext.BaseDirectory}.");
    }
}
