namespace Scorecard.Cli.Tests.Documentation;

/// <summary>
/// Issue 10: templates/README.md names every built-in template, in its table of files, and every
/// sentence template, in the table of "Reword a sentence"; and names no file that is not there.
/// </summary>
public sealed class TemplateFileListTests
{
    private readonly TemplateReadme _readme = TemplateReadme.Load();

    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "templates");

    /// <summary>The built-in templates, as an include names them ("sentences/_change.sbn").</summary>
    private static List<string> Templates() =>
        [.. Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Where(f => f != "README.md")
            .Order(StringComparer.Ordinal)];

    /// <summary>The file names in the first column of the only table under <paramref name="section"/>.</summary>
    private static List<(string Name, int Line)> Listed(ReadmeSection section) =>
        [.. section.Tables.ShouldHaveSingleItem($"\"{section.Heading.Text}\" should have one table").SelectMany(r => r.Code[0].Select(c => (c, r.Line)))];

    [Fact]
    public void The_files_table_names_every_built_in_template_and_no_other()
    {
        var listed = Listed(_readme.Sections[0]);
        var templates = Templates();

        var unknown = listed.Where(l => !l.Name.Contains('<', StringComparison.Ordinal) && !templates.Contains(l.Name)).Select(l => $"line {l.Line}: {l.Name}").ToList();
        unknown.ShouldBeEmpty($"templates/README.md's table of files names templates that are not in templates/:\n{string.Join("\n", unknown)}");
        var missing = templates.Where(t => !t.StartsWith("sentences/", StringComparison.Ordinal) && !listed.Any(l => l.Name == t)).ToList();
        missing.ShouldBeEmpty($"templates/README.md's table of files (under \"# {_readme.Sections[0].Heading.Text}\") does not name: {string.Join(", ", missing)}");
        listed.ShouldContain(l => l.Name == "sentences/_<kind>.sbn");
    }

    [Fact]
    public void Reword_a_sentence_names_every_sentence_template_and_no_other()
    {
        var howTo = _readme.Under("How to").Single(s => s.Heading.Text == "Reword a sentence");
        var listed = Listed(howTo).Select(l => l.Name).ToList();
        var sentences = Templates().Where(t => t.StartsWith("sentences/", StringComparison.Ordinal)).ToList();

        listed.Order(StringComparer.Ordinal).ToList().ShouldBe(sentences, customMessage: "the table of \"### Reword a sentence\" in templates/README.md should name exactly the files of templates/sentences/");
    }
}
