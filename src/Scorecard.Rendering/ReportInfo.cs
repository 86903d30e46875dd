using NodaTime;
using Scorecard.Core.Peers;

namespace Scorecard.Rendering;

/// <summary>
/// What the report says about itself: whose report it is, for which meeting, and the priorities
/// of the Police and Crime Plan it reports against, in order.
/// </summary>
/// <param name="Office">"Office of the Police and Crime Commissioner for Wiltshire and Swindon".</param>
/// <param name="Force">The force as the report names it in prose ("Wiltshire"); the peer group's force when null.</param>
/// <param name="Commissioner">"Angus Macpherson", for the introduction's heading; optional.</param>
/// <param name="MeetingDate">The Police and Crime Panel meeting the report is for; optional.</param>
/// <param name="PlanName">"Police and Crime Plan 2017-21"; optional.</param>
/// <param name="Priorities">Section headings, in report order ("1. Prevent crime and keep people safe").</param>
/// <param name="PeerGroup">The most similar group, named in the method notes; optional.</param>
/// <param name="Title">The document's title; "Performance report" when null.</param>
/// <param name="Panel">Who the report is for: "Police and Crime Panel" when null; "Police and Crime Committee" for MOPAC.</param>
/// <param name="CommissionerTitle">The commissioner's title: "Police and Crime Commissioner" when null; "Deputy Mayor for Policing and Crime".</param>
/// <param name="Logo">The office's logo for the cover, or null.</param>
/// <param name="Palette">The sentiment colours; <see cref="SentimentPalette.Default"/> when null.</param>
public sealed record ReportInfo(
    string Office,
    string? Force,
    string? Commissioner,
    LocalDate? MeetingDate,
    string? PlanName,
    IReadOnlyList<PriorityHeading> Priorities,
    PeerGroup? PeerGroup,
    string? Title = null,
    string? Panel = null,
    string? CommissionerTitle = null,
    OfficeLogo? Logo = null,
    SentimentPalette? Palette = null)
{
    public const string DefaultTitle = "Performance report";
    public const string DefaultPanel = "Police and Crime Panel";
    public const string DefaultCommissionerTitle = "Police and Crime Commissioner";
}

/// <summary>A priority of the plan as a section heading: "1. Prevent crime and keep people safe".</summary>
public sealed record PriorityHeading(int Number, string Title);
