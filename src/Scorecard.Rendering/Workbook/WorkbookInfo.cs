using System.Reflection;

namespace Scorecard.Rendering.Workbook;

/// <summary>
/// What the scorecard workbook says about where it came from: the office that publishes it, the
/// version of the tool that wrote it, and the Police and Crime Plan's priority titles.
/// </summary>
/// <param name="Office">The office, as its documents name it ("Office of the Police and Crime Commissioner for Wiltshire and Swindon"): the workbook's author and company.</param>
/// <param name="ToolVersion">The tool's version, usually <see cref="CurrentToolVersion"/>.</param>
/// <param name="PriorityTitles">Priority number → title ("Prevent crime and keep people safe"); a priority without a title shows its number only.</param>
/// <param name="Palette">The sentiment colours, the same as the HTML report's; <see cref="SentimentPalette.Default"/> when null.</param>
/// <param name="Title">The report's title, the workbook's category; "Performance report" when null.</param>
public sealed record WorkbookInfo(
    string Office,
    string ToolVersion,
    IReadOnlyDictionary<int, string>? PriorityTitles = null,
    SentimentPalette? Palette = null,
    string? Title = null)
{
    /// <summary>The palette the sheets colour flags with.</summary>
    public SentimentPalette Colours => Palette ?? SentimentPalette.Default;

    /// <summary>
    /// The ids of the measures the office wrote commentary for. A measure that fired an exception
    /// and is not among them gets the report's notice, "No commentary has been provided for this
    /// measure", on the Dashboard. Null when the commentary is not known (the notice is then never given).
    /// </summary>
    public IReadOnlyCollection<string>? MeasuresWithCommentary { get; init; }

    /// <summary>True when the commentary is known and <paramref name="measureId"/> has none.</summary>
    public bool LacksCommentary(string measureId) => MeasuresWithCommentary is { } known && !known.Contains(measureId);

    /// <summary>The informational version of this build of Scorecard ("0.1.0+abc123").</summary>
    public static string CurrentToolVersion { get; } =
        typeof(WorkbookInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(WorkbookInfo).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>"1. Prevent crime and keep people safe", "1" without a title, null without a priority.</summary>
    public string? PriorityLabel(int? number)
    {
        if (number is not { } n)
        {
            return null;
        }

        var text = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return PriorityTitles is not null && PriorityTitles.TryGetValue(n, out var title) && !string.IsNullOrWhiteSpace(title)
            ? $"{text}. {title}"
            : text;
    }
}
