using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Scorecard.Rendering.Templates;

namespace Scorecard.Cli.Tests.Documentation;

/// <summary>
/// Issue 10: templates/README.md documents the template model exactly as the code builds it
/// (read by reflection, <see cref="TemplateModel"/>): every documented member exists, every
/// member is documented, every <c>uk.*</c> helper is listed and gives the result shown.
/// </summary>
/// <remarks>
/// The README's model section is one "### Title: `path`" heading per kind of object, the path
/// being how a template reaches it (<c>report.quarter</c>, <c>measure.figures</c>, with the loop
/// variables of the "Loop variables" table and <c>[]</c> for a list's items), followed by a table
/// whose first column names its members in code spans.
/// </remarks>
public sealed partial class TemplateModelDocumentationTests : IDisposable
{
    private readonly TemplateReadme _readme = TemplateReadme.Load();
    private readonly TemplateModel _model = TemplateModel.Current;
    private readonly CliRun _run = new();

    public void Dispose() => _run.Dispose();

    private IReadOnlyList<ReadmeSection> Model => _readme.Under("The model");

    /// <summary>The loop variables the README names, and the path each stands for.</summary>
    private Dictionary<string, string> LoopVariables()
    {
        var table = Model.Single(s => s.Heading.Text == "Loop variables").Tables.ShouldHaveSingleItem();
        return table.ToDictionary(r => r.Code[0][0], r => r.Code[1][0], StringComparer.Ordinal);
    }

    /// <summary>The type a path like <c>measure.peer</c> or <c>report.key.groups[]</c> reaches, or null with why not.</summary>
    private ModelType? Resolve(string path, Dictionary<string, string> variables, out string? problem, int depth = 0)
    {
        problem = null;
        var parts = path.Split('.');
        var first = parts[0].EndsWith("[]", StringComparison.Ordinal) ? parts[0][..^2] : parts[0];
        ModelType? type = first switch
        {
            "report" => _model.Report,
            "contents" => _model.Contents,
            _ when depth < 10 && variables.TryGetValue(first, out var meaning) => Resolve(meaning, variables, out problem, depth + 1),
            _ => null,
        };
        if (type is null)
        {
            problem ??= $"\"{first}\" is neither report, contents nor a loop variable of the table";
            return null;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var item = part.EndsWith("[]", StringComparison.Ordinal);
            var name = item ? part[..^2] : part;
            if (i > 0)
            {
                var member = type.Member(name);
                if (member is null)
                {
                    problem = $"{type} has no member \"{name}\"";
                    return null;
                }

                type = member.Type;
            }

            if (item)
            {
                if (type.Element is null)
                {
                    problem = $"\"{name}\" is not a list";
                    return null;
                }

                type = type.Element;
            }
        }

        return type;
    }

    /// <summary>Every type with members a template can reach: from report, and from contents in the contents templates.</summary>
    private List<ModelType> Reachable()
    {
        var found = new List<ModelType>();
        void Visit(ModelType type)
        {
            var item = type.Element ?? type;
            if (item.Kind is not (ModelValueKind.Object or ModelValueKind.Markup) || item.Members.Count == 0 || found.Contains(item))
            {
                return;
            }

            found.Add(item);
            foreach (var member in item.Members)
            {
                Visit(member.Type);
            }
        }

        Visit(_model.Report);
        Visit(_model.Contents);
        return found;
    }

    /// <summary>The model's sections: the headings with a path, each with its type.</summary>
    private List<(ReadmeSection Section, ModelType Type)> Documented()
    {
        var variables = LoopVariables();
        var sections = new List<(ReadmeSection, ModelType)>();
        var problems = new List<string>();
        foreach (var section in Model.Where(s => s.Heading.Level == 3 && s.Heading.Code.Count > 0))
        {
            var path = section.Heading.Code[0];
            if (Resolve(path, variables, out var problem) is { } type)
            {
                sections.Add((section, type));
            }
            else
            {
                problems.Add($"line {section.Heading.Line}, \"### {section.Heading.Text}\": {path} reaches nothing: {problem}");
            }
        }

        problems.ShouldBeEmpty($"templates/README.md, The model:\n{string.Join("\n", problems)}");
        return sections;
    }

    private static IEnumerable<(string Name, int Line)> Named(ReadmeSection section) =>
        section.Tables.SelectMany(t => t).SelectMany(r => r.Code.Count > 0 ? r.Code[0].Select(c => (c, r.Line)) : []);

    [Fact]
    public void Every_documented_member_exists_in_the_model()
    {
        var problems = new List<string>();
        foreach (var (section, type) in Documented())
        {
            section.Tables.ShouldNotBeEmpty($"\"### {section.Heading.Text}\" has no table of members");
            foreach (var (name, line) in Named(section))
            {
                if (type.Member(name) is null)
                {
                    problems.Add($"line {line}: {section.Heading.Code[0]} ({type}) has no member \"{name}\"; it has {string.Join(", ", type.Members.Select(m => m.Name))}");
                }
            }
        }

        problems.ShouldBeEmpty($"templates/README.md documents members the model lacks:\n{string.Join("\n", problems)}");
    }

    [Fact]
    public void Every_member_of_the_model_is_documented()
    {
        var documented = Documented();
        var problems = new List<string>();
        foreach (var type in Reachable())
        {
            var sections = documented.Where(d => d.Type == type).ToList();
            if (sections.Count != 1)
            {
                problems.Add(sections.Count == 0
                    ? $"{type} ({string.Join(", ", type.Members.Select(m => m.Name))}) has no section: add \"### Title: `path`\" with a table of its members"
                    : $"{type} has {sections.Count} sections ({string.Join(", ", sections.Select(s => s.Section.Heading.Text))}): keep one, and link to it from the others");
                continue;
            }

            var named = Named(sections[0].Section).Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(type.Members.Where(m => !named.Contains(m.Name))
                .Select(m => $"\"### {sections[0].Section.Heading.Text}\" does not document {sections[0].Section.Heading.Code[0]}.{m.Name} (C# {type}.{m.ClrName})"));
        }

        problems.ShouldBeEmpty($"templates/README.md does not document all of the model:\n{string.Join("\n", problems)}");
    }

    /// <summary>
    /// The sections whose examples are the bundled report's own values, and where the template finds
    /// them: the measure is crime volume, the key the first (the dashboard key).
    /// </summary>
    private static readonly Dictionary<string, string> ExampleSections = new(StringComparer.Ordinal)
    {
        ["report"] = "report",
        ["report.quarter"] = "report.quarter",
        ["report.introduction"] = "report.introduction",
        ["report.peer_group"] = "report.peer_group",
        ["key"] = "report.key",
        ["measure"] = "measure",
        ["measure.figures"] = "measure.figures",
        ["measure.values"] = "measure.values",
        ["measure.format"] = "measure.format",
        ["measure.peer"] = "measure.peer",
    };

    /// <summary>
    /// One render of the bundled example as HTML, each expression on its own line (line 2 on) in an
    /// &lt;li&gt;, with measure = crime volume: the exit code and the error output.
    /// </summary>
    private (int Code, string Error) RenderForCrimeVolume(IEnumerable<string> expressions)
    {
        var template = "{{ for measure in report.measures }}{{ if measure.id == \"crime-volume\" }}\n"
            + string.Concat(expressions.Select(e => $"<li>{{{{ {e} }}}}</li>\n"))
            + "{{ end }}{{ end }}";
        var templates = _run.Write("templates/report.html.sbn", template);
        var (code, _, error) = _run.Run("render", "--config", Path.Combine(RepositoryRoot.Path, "scorecard.config.json"), "--templates", Path.GetDirectoryName(templates)!, "--out", Path.Combine(_run.Folder, "out"), "--format", "html");
        return (code, error);
    }

    /// <summary>What each expression of <see cref="RenderForCrimeVolume"/> rendered, in order, as text.</summary>
    private List<string> RenderedItems() =>
        File.ReadAllLines(Path.Combine(_run.Folder, "out", "report.html"))
            .Where(l => l.StartsWith("<li>", StringComparison.Ordinal))
            .Select(l => WebUtility.HtmlDecode(l[4..^5]))
            .ToList();

    [Fact]
    public void Every_example_of_the_bundled_report_is_what_it_renders()
    {
        // In these sections, a row whose example begins with a code span shows the value the bundled
        // example gives each member named, in order; a row beginning with words describes instead.
        var examples = new List<(string Path, string Expected, int Line)>();
        foreach (var (section, type) in Documented().Where(d => ExampleSections.ContainsKey(d.Section.Heading.Code[0])))
        {
            var at = ExampleSections[section.Heading.Code[0]];
            foreach (var row in section.Tables.SelectMany(t => t).Where(r => r.Code.Count > 1 && r.Code[1].Count > 0 && r.Cells[1].StartsWith(r.Code[1][0], StringComparison.Ordinal)))
            {
                for (var i = 0; i < row.Code[0].Count && i < row.Code[1].Count; i++)
                {
                    if (type.Member(row.Code[0][i]) is { Type.Kind: ModelValueKind.Text or ModelValueKind.Number or ModelValueKind.Boolean })
                    {
                        examples.Add(($"{at}.{row.Code[0][i]}", row.Code[1][i], row.Line));
                    }
                }
            }
        }

        examples.Count.ShouldBeGreaterThan(40);

        var (code, error) = RenderForCrimeVolume(examples.Select(e => e.Path));
        code.ShouldBe(0, error);

        var results = RenderedItems();
        results.Count.ShouldBe(examples.Count);
        var wrong = examples.Zip(results)
            .Where(x => x.First.Expected != x.Second)
            .Select(x => $"line {x.First.Line}: {x.First.Path} is \"{x.Second}\" in the bundled example, not \"{x.First.Expected}\"")
            .ToList();
        wrong.ShouldBeEmpty($"templates/README.md shows examples the bundled report does not have (describe other cases in words first, or after the example):\n{string.Join("\n", wrong)}");
    }

    [Fact]
    public void Every_global_and_loop_variable_is_documented_and_reaches_the_model()
    {
        var globals = Model.Single(s => s.Heading.Text == "Globals").Tables.ShouldHaveSingleItem().Select(r => r.Code[0][0]).ToList();
        globals.ShouldBeSubsetOf([.. _model.Globals, "string", "contents"]);
        _model.Globals.ShouldBeSubsetOf(globals);
        globals.ShouldContain("contents");

        var variables = LoopVariables();
        foreach (var (name, path) in variables)
        {
            Resolve(path, variables, out var problem).ShouldNotBeNull($"the loop variable {name} = {path}: {problem}");
        }
    }

    [Fact]
    public void Every_uk_helper_is_listed_and_every_listed_one_exists()
    {
        var section = _readme.Under("Helper functions (uk.*)");
        var mentioned = section.SelectMany(s => s.Code.Concat(s.Tables.SelectMany(t => t).SelectMany(r => r.Code.SelectMany(c => c))))
            .Where(c => c.StartsWith("uk.", StringComparison.Ordinal))
            .Select(c => c[3..].Split(' ', '(')[0])
            .ToHashSet(StringComparer.Ordinal);
        var helpers = _model.Uk.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);

        var unknown = mentioned.Except(helpers).Order(StringComparer.Ordinal).ToList();
        unknown.ShouldBeEmpty($"templates/README.md names uk helpers that do not exist: {string.Join(", ", unknown)}; there are {string.Join(", ", helpers.Order(StringComparer.Ordinal))}");
        var missing = helpers.Except(mentioned).Order(StringComparer.Ordinal).ToList();
        missing.ShouldBeEmpty($"templates/README.md does not list these uk helpers: {string.Join(", ", missing)} (C# UkFormat's public static methods)");
    }

    [Fact]
    public void Every_uk_example_gives_the_result_shown()
    {
        var rows = _readme.Under("Helper functions (uk.*)")[0].Tables.ShouldHaveSingleItem();
        var examples = rows.Select(r => (Call: r.Code[0].ShouldHaveSingleItem(), Result: r.Code[1].ShouldHaveSingleItem(), r.Line)).ToList();
        examples.Count.ShouldBeGreaterThan(20);

        var (code, error) = RenderForCrimeVolume(examples.Select(e => e.Call));
        code.ShouldBe(0, $"the uk examples of templates/README.md do not render:\n{ExampleLines().Replace(error, m => $"{m.Value} (README line {examples[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) - 2].Line})")}");

        var results = RenderedItems();
        results.Count.ShouldBe(examples.Count);
        var wrong = examples.Zip(results)
            .Where(x => x.First.Result != x.Second)
            .Select(x => $"line {x.First.Line}: {x.First.Call} gives \"{x.Second}\", not \"{x.First.Result}\"")
            .ToList();
        wrong.ShouldBeEmpty($"templates/README.md shows results the helpers do not give:\n{string.Join("\n", wrong)}");
    }

    [Fact]
    public void Every_link_inside_the_readme_leads_to_a_heading_of_it()
    {
        var anchors = _readme.Sections.Select(s => s.Heading.Anchor).ToHashSet(StringComparer.Ordinal);
        var broken = _readme.Links
            .Where(l => l.Target.StartsWith('#') && !anchors.Contains(l.Target[1..]))
            .Select(l => $"line {l.Line}: {l.Target}")
            .ToList();

        broken.ShouldBeEmpty($"templates/README.md links to headings it does not have:\n{string.Join("\n", broken)}");
    }

    [GeneratedRegex(@"report\.html\.sbn line (\d+)")]
    private static partial Regex ExampleLines();
}
