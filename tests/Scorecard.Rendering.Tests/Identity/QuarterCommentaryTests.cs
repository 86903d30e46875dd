using Scorecard.Core.Periods;

namespace Scorecard.Rendering.Tests.Identity;

/// <summary>Commentary for a quarter in its own folder, falling back to the folder's files.</summary>
public sealed class QuarterCommentaryTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("scorecard-commentary-");

    public void Dispose() => _folder.Delete(recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_folder.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static readonly string[] Ids = ["crime-volume", "hate-crime"];

    [Fact]
    public void The_quarters_own_files_replace_the_folders_and_the_rest_fall_back()
    {
        Write("introduction.md", "Last quarter's introduction.");
        Write("crime-volume.md", "Last quarter's crime words.");
        Write("hate-crime.md", "Standing words on hate crime.");
        Write("2019-20Q2/introduction.md", "This quarter's introduction.");
        Write("2019-20Q2/crime-volume.md", "This quarter's crime words.");

        var commentary = Commentary.Load(_folder.FullName, Ids, new FinancialQuarter(2019, 2)).Value.ShouldNotBeNull();

        commentary.Introduction.ShouldBe("This quarter's introduction.");
        commentary.For("crime-volume").ShouldBe("This quarter's crime words.");
        commentary.For("hate-crime").ShouldBe("Standing words on hate crime.");
        commentary.FileFor("hate-crime").ShouldBe(Path.Combine(_folder.FullName, "2019-20Q2", "hate-crime.md"));
    }

    [Fact]
    public void Another_quarters_folder_is_not_used()
    {
        Write("introduction.md", "The folder's introduction.");
        Write("2019-20Q1/introduction.md", "Quarter one's introduction.");

        var commentary = Commentary.Load(_folder.FullName, Ids, new FinancialQuarter(2019, 2)).Value.ShouldNotBeNull();

        commentary.Introduction.ShouldBe("The folder's introduction.");
        commentary.QuarterFolder.ShouldBeNull();
    }

    [Fact]
    public void A_quarter_folder_may_be_written_as_the_quarter_is_elsewhere()
    {
        Write("Q2 2019-20/introduction.md", "Written the other way round.");

        Commentary.Load(_folder.FullName, Ids, new FinancialQuarter(2019, 2)).Value.ShouldNotBeNull().Introduction.ShouldBe("Written the other way round.");
    }

    [Fact]
    public void Without_a_quarter_only_the_folders_files_are_read()
    {
        Write("2019-20Q2/introduction.md", "This quarter's introduction.");

        Commentary.Load(_folder.FullName, Ids).Value.ShouldNotBeNull().Introduction.ShouldBeNull();
    }

    [Fact]
    public void Checking_names_every_misnamed_file_in_every_quarter_folder_and_every_folder_that_is_not_a_quarter()
    {
        Write("crime-volum.md", "x");
        Write("2019-20Q2/hate-crim.md", "x");
        Write("drafts/crime-volume.md", "x");

        var diagnostics = Commentary.Check(_folder.FullName, Ids);

        diagnostics.Select(d => (d.Code, Path.GetFileName(d.Location.File))).ShouldBe(
            [("SC0502", "crime-volum.md"), ("SC0502", "hate-crim.md"), ("SC0510", "drafts")]);
        diagnostics[1].Message.ShouldContain("did you mean \"hate-crime\"?");
    }
}
