using System.Text.Json;
using Json.Schema;

namespace Scorecard.Cli.Tests.Configuration;

/// <summary>
/// The configurations the project ships and writes are valid against <c>scorecard.schema.json</c>,
/// checked by a JSON Schema validator (JsonSchema.Net), as an editor checks them; and the schema
/// refuses what the reader refuses.
/// </summary>
public sealed class SchemaConformanceTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "scorecard.schema.json"))));

    private static IReadOnlyList<string> Problems(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid
            ? []
            : [.. (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))];
    }

    [Theory]
    [InlineData("scorecard.config.json")]
    [InlineData("examples/scorecard.mdc.json")]
    [InlineData("examples/mopac/scorecard.config.json")]
    public void A_bundled_configuration_is_valid_against_the_schema(string path)
    {
        Problems(File.ReadAllText(Path.Combine(RepositoryRoot.Path, path))).ShouldBeEmpty();
    }

    [Fact]
    public void The_starter_configuration_of_init_is_valid_against_the_schema()
    {
        var file = Scorecard.Cli.Init.StarterKit.Files(CliRun.Clock).Single(f => f.Path == Scorecard.Cli.Init.StarterKit.ConfigFile);

        Problems(System.Text.Encoding.UTF8.GetString(file.Content)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{ "ruleSet": "making-data-cont" }""")]
    [InlineData("""{ "rules": { "spc": { "shiftLength": 1 } } }""")]
    [InlineData("""{ "rules": { "spc": { "recalculateAt": ["2021-13"] } } }""")]
    [InlineData("""{ "rules": { "spc": { "baselineEnd": "March 2021" } } }""")]
    [InlineData("""{ "rules": { "spc": { "shiftLenght": 6 } } }""")]
    [InlineData("""{ "measures": [ { "id": "a", "target": "40%" } ] }""")]
    [InlineData("""{ "measures": [ { "id": "a", "ruleSet": "xmr" } ] }""")]
    public void The_schema_refuses_what_the_reader_refuses(string json)
    {
        Problems(json).ShouldNotBeEmpty();
        System.Text.Encoding.UTF8.GetBytes(json).ShouldSatisfyAllConditions(
            bytes => Scorecard.Cli.Configuration.ConfigReader.Read(bytes, "scorecard.config.json", "/reports/office").HasErrors.ShouldBeTrue());
    }
}
