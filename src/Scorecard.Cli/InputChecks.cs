using NodaTime;
using Scorecard.Cli.Configuration;
using Scorecard.Core.Diagnostics;
using Scorecard.Core.Periods;
using Scorecard.Rendering;

namespace Scorecard.Cli;

/// <summary>
/// Checks across the inputs, made before anything is evaluated, so a mistake is an error at its
/// place in the configuration rather than a quiet gap in the report: peer keys and force names
/// against the peer data, the reporting quarter against the data, the meeting against the quarter.
/// </summary>
internal static class InputChecks
{
    /// <summary>
    /// Every configured peer key is in the peer data (SC0235), the force and every member of the
    /// peer group are too (SC0236, SC0237), every peer-data measure is used (SC0238, a warning),
    /// and measures with a peer key have peer data and a peer group to compare with (SC0239).
    /// </summary>
    public static void Peers(RunInputs inputs, string workingDirectory, DiagnosticBag diagnostics)
    {
        var config = inputs.Config;
        var withPeerKey = inputs.Measures.Where(m => m.Measure.PeerKey is not null).Select(m => m.Measure).ToList();
        if (config.Data.Peers is not { } peerPath)
        {
            if (withPeerKey.Count > 0)
            {
                diagnostics.Warning(ConfigMessages.PeersNotConfigured, config.Where(ScorecardConfig.MeasurePeerKey(withPeerKey[0].Id)),
                    ConfigMessages.NoPeerData([.. withPeerKey.Select(m => m.Id)]));
            }

            return;
        }

        var peerFile = InputLoader.Relative(peerPath, workingDirectory);
        var keys = inputs.Peers.Observations.Select(o => o.MeasureKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var forces = inputs.Peers.Observations.Select(o => o.Force).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
        {
            return; // an empty or unreadable file is the loader's to report
        }

        foreach (var measure in withPeerKey.Where(m => !keys.Contains(m.PeerKey!, StringComparer.Ordinal)))
        {
            diagnostics.Error(ConfigMessages.PeerKeyNotInPeerData, config.Where(ScorecardConfig.MeasurePeerKey(measure.Id)),
                ConfigMessages.PeerKeyMissing(measure.PeerKey!, measure.Id, peerFile, keys));
        }

        var used = withPeerKey.Select(m => m.PeerKey!).ToHashSet(StringComparer.Ordinal);
        var candidates = used.Concat(inputs.Measures.Select(m => m.Measure.Id)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var key in keys.Where(k => !used.Contains(k)))
        {
            diagnostics.Warning(ConfigMessages.PeerMeasureUnused, SourceLocation.InFile(peerPath), ConfigMessages.UnusedPeerMeasure(key, candidates));
        }

        if (withPeerKey.Count == 0)
        {
            return;
        }

        if (config.PeerGroup is not { } group)
        {
            diagnostics.Warning(ConfigMessages.PeersNotConfigured, config.Where(config.Locations.ContainsKey("force") ? "force" : ScorecardConfig.MeasurePeerKey(withPeerKey[0].Id)),
                ConfigMessages.NoPeerGroup([.. withPeerKey.Select(m => m.Id)]));
            return;
        }

        if (!forces.Contains(group.Force, StringComparer.Ordinal))
        {
            diagnostics.Error(ConfigMessages.ForceNotInPeerData, config.Where("force"), ConfigMessages.ForceMissing(group.Force, peerFile, forces));
        }

        foreach (var member in group.Members.Where(m => !forces.Contains(m, StringComparer.Ordinal)))
        {
            diagnostics.Error(ConfigMessages.PeerGroupMemberNotInPeerData, config.Where(ScorecardConfig.PeerGroupMemberKey(member)),
                ConfigMessages.MemberMissing(member, peerFile, forces));
        }
    }

    /// <summary>
    /// The period against the data: a period that starts after the last month of data is an error
    /// naming that month (SC0240); one that ends after it is a warning listing the measures
    /// without its last month (SC0241).
    /// </summary>
    /// <param name="first">The first month reported: the quarter's first month, or the month given with --month.</param>
    /// <param name="month">T, the month the rules are evaluated at.</param>
    /// <param name="label">"Quarter One 2022-23", or "August 2019".</param>
    /// <param name="location">Where the period was chosen: the configuration's "quarter", or nowhere for the command line.</param>
    public static void Period(RunInputs inputs, YearMonth first, YearMonth month, string label, SourceLocation location, string workingDirectory, DiagnosticBag diagnostics)
    {
        var lasts = inputs.Data.Series.Where(s => s.Observations.Any(o => o.RuleValue is not null))
            .Select(s => (s.MeasureId, Last: s.Observations.Last(o => o.RuleValue is not null).Month))
            .ToList();
        if (lasts.Count == 0)
        {
            return; // no figures at all: a new office's workbook (SC0013)
        }

        var lastData = lasts.Max(l => l.Last);
        if (first > lastData)
        {
            diagnostics.Error(ConfigMessages.QuarterAfterData, location,
                ConfigMessages.AfterData(label, EnglishDates.Month(lastData), InputLoader.Relative(inputs.DataFile, workingDirectory)));
            return;
        }

        if (month > lastData)
        {
            var names = inputs.Measures.Select(m => m.Measure)
                .Where(m => !lasts.Exists(l => l.MeasureId == m.Id && l.Last >= month))
                .Select(m => m.Name)
                .ToList();
            diagnostics.Warning(ConfigMessages.QuarterPartlyCovered, location, ConfigMessages.PartlyCovered(label, EnglishDates.Month(lastData), names));
        }
    }

    /// <summary>A meeting before the quarter has even ended is a warning (SC0242).</summary>
    public static void Meeting(LocalDate? meeting, FinancialQuarter quarter, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (meeting is { } date && date < quarter.LastDay)
        {
            diagnostics.Warning(ConfigMessages.MeetingBeforeQuarterEnd, location,
                ConfigMessages.MeetingTooEarly(UkFormat.Date(date), quarter.Label, UkFormat.Date(quarter.LastDay)));
        }
    }
}
