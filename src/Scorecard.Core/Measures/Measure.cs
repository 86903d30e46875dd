using NodaTime;
using Scorecard.Core.Rules;

namespace Scorecard.Core.Measures;

/// <summary>
/// One measure of the Police and Crime Plan: what it is called, how its months combine, which
/// direction is good news, and how its values print.
/// </summary>
/// <param name="Id">Kebab-case key, e.g. <c>crime-volume</c>; the key of its rows in the data.</param>
/// <param name="Name">As the report prints it: "Crime volume".</param>
/// <param name="Unit">Plural noun for prose ("crimes", "incidents"), or null for none.</param>
/// <param name="PeerKey">The measure's key in the peer data, or null when it has no peer comparison.</param>
/// <param name="Rules">The rule parameters for this measure: the configuration's defaults with the measure's own overrides applied.</param>
/// <param name="Description">Optional words on what the measure counts, for the report.</param>
/// <param name="PeerUnit">How the peer figure reads in prose: "crimes per 1,000 population"; null to use "per cent" for ratios and nothing otherwise.</param>
/// <param name="Issues">Known problems the office has marked in the data (outages, changes of method); null for none.</param>
/// <param name="Target">The value the measure aims for (in its own units), or null; an XmR chart's assurance icon compares it with the process limits.</param>
public sealed record Measure(
    string Id,
    string Name,
    MeasureKind Kind,
    Polarity Polarity,
    ValueFormat Format,
    string? Unit,
    string? PeerKey,
    RuleParameters Rules,
    string? Description = null,
    string? PeerUnit = null,
    IReadOnlyList<DataIssue>? Issues = null,
    double? Target = null)
{
    /// <summary>The rule set the measure is judged by (the configuration's <c>ruleSet</c>): the dashboard key unless another is chosen.</summary>
    public RuleSet RuleSet { get; init; } = RuleSet.DashboardKey;

    /// <summary>The office's known data issues, in month order.</summary>
    public IReadOnlyList<DataIssue> DataIssues => Issues ?? [];

    /// <summary>
    /// The first month under the measure's current method (the latest <see cref="DataIssueKind.MethodChange"/>),
    /// or null: months before it are not comparable, so the rules and the changes on earlier periods use only the months from it on.
    /// </summary>
    public YearMonth? ComparableFrom => DataIssues.Where(i => i.Kind == DataIssueKind.MethodChange).Select(i => (YearMonth?)i.From).Max();

    /// <summary>The measure a series gets when the configuration does not mention it: a neutral count named by its id.</summary>
    public static Measure Default(string id) =>
        new(id, id, MeasureKind.Count, Polarity.Neutral, ValueFormat.Count, null, null, RuleParameters.Default);
}
