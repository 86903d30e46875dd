using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Periods;
using Scorecard.Core.Rules;

namespace Scorecard.Rendering.Model;

/// <summary>
/// A measure's table in Appendix A: one row per test, a rule and its mirror on one row (they share
/// one window, mean and SD), the four peer-position symbols on one row (they share one comparison),
/// then the peer trend and no-data rules. Every figure needed to check a symbol by hand, formatted
/// per the measure's format; the long lists of tested months are summarised (the workbook's
/// Evidence sheet and evaluation.json carry every value).
/// </summary>
internal static class ScorecardTable
{
    private const string None = "–";

    public static IReadOnlyList<ScorecardRowModel> Rows(MeasureResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = new List<ScorecardRowModel>();
        var peersSaid = false;
        foreach (var group in Groups(result.Outcomes))
        {
            if (MeasureNotices.IsNotApplicable(group[0]))
            {
                // A measure with no peer comparison says so once, on one row, not on each peer test.
                if (group[0].Rule.Group == RuleGroup.Peers)
                {
                    if (!peersSaid)
                    {
                        rows.Add(NotApplicable(group, "Peers", MeasureNotices.NoPeerComparison));
                        peersSaid = true;
                    }

                    continue;
                }

                rows.Add(NotApplicable(group, Label(group), group[0].Reason ?? "not applicable"));
                continue;
            }

            rows.Add(Row(result, group));
        }

        return rows;
    }

    private static ScorecardRowModel NotApplicable(IReadOnlyList<RuleOutcome> group, string test, string reason) =>
        new(string.Join(' ', group.Select(o => o.Id)), test, string.Empty, None, None, None, None, None, None, None, None, None,
            "not-applicable", $"not applicable: {reason}", [], reason, HasFigures: false);

    /// <summary>The outcomes grouped into rows, in the appendix's order: the time-series pairs in key order, peer position, peer trend, no data.</summary>
    internal static List<List<RuleOutcome>> Groups(IReadOnlyList<RuleOutcome> outcomes)
    {
        var peerPosition = outcomes.Where(IsPeerPosition).ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<List<RuleOutcome>>();
        foreach (var outcome in outcomes)
        {
            if (used.Contains(outcome.Id))
            {
                continue;
            }

            List<RuleOutcome> group;
            if (IsPeerPosition(outcome))
            {
                group = peerPosition;
            }
            else if (outcome.Rule.Mirror is { } mirrorId && outcomes.FirstOrDefault(o => o.Id == mirrorId && !used.Contains(o.Id)) is { } mirror)
            {
                group = outcome.Rule.Direction == RuleDirection.Low ? [mirror, outcome] : [outcome, mirror];
            }
            else
            {
                group = [outcome];
            }

            used.UnionWith(group.Select(o => o.Id));
            groups.Add(group);
        }

        return groups.OrderBy(g => Rank(g[0].Rule)).ToList();
    }

    private static bool IsPeerPosition(RuleOutcome outcome) => outcome.Rule.Group == RuleGroup.Peers && outcome.Rule.Direction != RuleDirection.None;

    private static int Rank(RuleDefinition rule) => rule switch
    {
        { Group: RuleGroup.ExceptionHigh or RuleGroup.ExceptionLow } => 0,
        { Group: RuleGroup.Peers, Direction: not RuleDirection.None } => 1,
        { Group: RuleGroup.Peers } => 2,
        _ => 3,
    };

    private static ScorecardRowModel Row(MeasureResult result, List<RuleOutcome> group)
    {
        var measure = result.Measure;
        var format = measure.Format;
        var first = group[0];
        var isPeers = first.Rule.Group == RuleGroup.Peers;
        var isPeerTrend = isPeers && first.Rule.Direction == RuleDirection.None;

        // A rule and its mirror share their evidence; fixtures and older evaluations may carry it on one only.
        T? Pick<T>(Func<Evidence, T?> field)
            where T : struct => group.Select(o => field(o.Evidence)).FirstOrDefault(v => v is not null);
        var window = group.Select(o => o.Evidence.Window).FirstOrDefault(w => w is not null);
        // The fired rule's tested months first: an XmR pair's unfired mirror tested fewer points (6 of a run of 7).
        var tested = group.OrderByDescending(o => o.Fired).Select(o => o.Evidence.Tested).FirstOrDefault(t => t is { Count: > 0 });
        var comparison = Pick(e => e.ComparisonMonth);
        var high = group.FirstOrDefault(o => o.Rule.Direction == RuleDirection.High);
        var low = group.LastOrDefault(o => o.Rule.Direction == RuleDirection.Low);
        var upper = Pick(e => e.UpperThreshold) ?? (isPeers ? null : high?.Evidence.Threshold);
        var lower = Pick(e => e.LowerThreshold) ?? (isPeers ? null : low?.Evidence.Threshold);

        string Stat(double? v) => v is { } x ? (isPeers ? Peer(x) : Fine(x, format)) : None;
        string Line(double? v) => isPeerTrend ? None : Stat(v);

        var fired = group.Where(o => o.Fired).ToList();
        var evaluated = group.Any(o => o.Status != RuleStatus.NotEvaluated);
        var (status, text) = (evaluated, fired.Count, group.Count) switch
        {
            (false, _, _) => ("not-evaluated", $"not evaluated: {first.Reason ?? "no reason given"}"),
            (_, > 0, _) => ("fired", string.Join("; ", fired.Select(f => $"{f.Rule.ShortLabel} ({Symbols.SentimentLabel(f.Sentiment).ToLowerInvariant()})"))),
            (_, _, > 1) => ("neither", "neither"),
            _ => ("not-fired", "not fired"),
        };

        var testedText = !evaluated ? None
            : isPeerTrend ? PeerTrendTested(first.Evidence, measure.Rules.Peers.TrendDifference, group.Any(o => o.Fired))
            : isPeers ? (Pick(e => e.Value) is { } v ? $"{result.Peers?.Force ?? "force"} {Peer(v)}" : None)
            : IsTrend(first.Rule) ? None
            : tested is not null ? BandTested(tested, format, lower, upper, high?.Fired == true, low?.Fired == true)
            : Pick(e => e.Value) is { } single ? Value(single, format)
            : None;

        var isTrend = IsTrend(first.Rule);
        var isNoData = first.Rule.Group == RuleGroup.NoData;
        var row = new ScorecardRowModel(
            string.Join(' ', group.Select(o => o.Id)),
            Label(group),
            result.RuleSet.Detail(first.Rule, measure.Rules),
            window is not null ? WindowText(window) : comparison is { } cm ? $"year to {MonthShort(cm)}" : None,
            (Pick(e => e.N) ?? Pick(e => e.PeerCount)) is { } n ? n.ToString(CultureInfo.InvariantCulture) : None,
            isPeerTrend || isNoData ? None : Stat(Pick(e => e.Mean)),
            isPeerTrend || isNoData ? None : Stat(Pick(e => e.Sd)),
            isTrend ? None : Line(lower),
            isTrend ? None : Line(upper),
            testedText,
            isTrend && Pick(e => e.Slope) is { } slope ? Slope(slope) : None,
            isTrend && Pick(e => e.P) is { } p ? UkFormat.PValue(p, Pick(e => e.Alpha)) : None,
            status,
            text,
            fired.Select(f => ReportModelBuilder.FiredSymbol(result, f)).ToList(),
            evaluated ? null : first.Reason);
        return row with { HasFigures = new[] { row.Window, row.N, row.Mean, row.Sd, row.Lower, row.Upper, row.Tested, row.Slope, row.P }.Any(v => v != None) };
    }

    /// <summary>A trend of the dashboard key: about the whole window (no months marked), judged by its slope.</summary>
    private static bool IsTrend(RuleDefinition rule) => !rule.MarksMonths && rule.Group is RuleGroup.ExceptionHigh or RuleGroup.ExceptionLow;

    /// <summary>"Spike" for spike above/below (the words the pair share), "Peer position" for the four level symbols, "Peer trend", else the short label.</summary>
    internal static string Label(IReadOnlyList<RuleOutcome> group)
    {
        if (XmrLabel(group[0].Id) is { } xmr)
        {
            return xmr;
        }

        if (group.Count == 1)
        {
            return group[0].Rule is { Group: RuleGroup.Peers, Direction: RuleDirection.None } ? "Peer trend" : group[0].Rule.ShortLabel;
        }

        if (IsPeerPosition(group[0]))
        {
            return "Peer position";
        }

        var words = group.Select(o => o.Rule.ShortLabel.Split(' ')).ToList();
        var common = words[0].TakeWhile((w, i) => words.TrueForAll(ws => ws.Length > i && ws[i] == w)).ToList();
        return common.Count > 0 ? string.Join(' ', common) : string.Join(" / ", group.Select(o => o.Rule.ShortLabel));
    }

    /// <summary>The row names of the "Making Data Count" rules, whose pairs share no first word ("Above upper limit", "Below lower limit").</summary>
    private static string? XmrLabel(string id) => id switch
    {
        RuleIds.SpcSinglePointHigh or RuleIds.SpcSinglePointLow => "Single point",
        RuleIds.SpcShiftHigh or RuleIds.SpcShiftLow => "Shift",
        RuleIds.SpcTrendUp or RuleIds.SpcTrendDown => "Trend",
        RuleIds.SpcTwoSigmaHigh or RuleIds.SpcTwoSigmaLow => "Close to a limit",
        _ => null,
    };

    /// <summary>
    /// The tested months summarised against the lines: "3,816" for one month; for several,
    /// "8 of 8 above; lowest 51:02" when the high rule fired, "8 of 8 below; highest …" when the low one
    /// did, else the counts beyond each line and the range, which shows why neither fired.
    /// </summary>
    internal static string BandTested(IReadOnlyList<EvidencePoint> tested, ValueFormat format, double? lower, double? upper, bool highFired, bool lowFired)
    {
        if (tested.Count == 1)
        {
            return tested[0].Value is { } only ? Value(only, format) : "missing";
        }

        var values = tested.Select(p => p.Value).OfType<double>().ToList();
        if (values.Count == 0)
        {
            return "no values";
        }

        var of = tested.Count;
        var lowest = Value(values.Min(), format);
        var highest = Value(values.Max(), format);
        if (highFired)
        {
            return $"{values.Count} of {of} above; lowest {lowest}";
        }

        if (lowFired)
        {
            return $"{values.Count} of {of} below; highest {highest}";
        }

        if (upper is { } u && lower is { } l)
        {
            return $"{values.Count(v => v > u)} above, {values.Count(v => v < l)} below; {lowest} to {highest}";
        }

        return $"{lowest} to {highest}";
    }

    private static string PeerTrendTested(Evidence e, double difference, bool fired)
    {
        if (e.ForceChangePercent is not { } force || e.GroupChangePercent is not { } group)
        {
            return None;
        }

        var apart = UkFormat.Number(Math.Abs(force - group), 1);
        var opposite = Math.Sign(force) * Math.Sign(group) < 0;
        var verdict = opposite ? string.Empty : ", same sign";
        return $"force {UkFormat.ChangePercentShort(force)}, group {UkFormat.ChangePercentShort(group)}: {apart} pp apart{verdict}";
    }

    /// <summary>"2017-09..2019-08" (the evidence's window) as "Sep 17–Aug 19".</summary>
    internal static string WindowText(string window)
    {
        var parts = window.Split("..");
        var pattern = YearMonthPattern.Iso;
        return parts.Length == 2 && pattern.Parse(parts[0]) is { Success: true } a && pattern.Parse(parts[1]) is { Success: true } b
            ? MonthRange(a.Value, b.Value)
            : window;
    }

    /// <summary>"Sep 19"; "Oct 18–Sep 19".</summary>
    private static string MonthRange(YearMonth first, YearMonth last) =>
        first == last ? MonthShort(last) : $"{MonthShort(first)}–{MonthShort(last)}";

    /// <summary>"Sep 19", with a no-break space so that a window wraps only after its dash.</summary>
    private static string MonthShort(YearMonth month) => string.Create(CultureInfo.InvariantCulture, $"{EnglishDates.ShortMonthName(month.Month)}\u00a0{month.Year % 100:00}");

    /// <summary>A tested value: a whole count as counted ("3,816"), anything computed one decimal finer than the measure's format.</summary>
    internal static string Value(double value, ValueFormat format) =>
        format.Style == ValueStyle.Count && value % 1 == 0 ? UkFormat.Number(value, format.Decimals) : Fine(value, format);

    /// <summary>
    /// A mean, SD or line, one decimal finer than the measure's format so that a value can be
    /// compared with it: "3,632.5", "16.45%", "14.83"; a duration to a tenth of a second, "4 min 5.3 s".
    /// From 10,000 up a count or a number keeps the measure's own decimals ("1,807,524"): the extra
    /// decimal would tell nothing and would widen the table past the page.
    /// </summary>
    internal static string Fine(double value, ValueFormat format) => format.Style switch
    {
        ValueStyle.Duration => UkFormat.DurationFine(value),
        ValueStyle.Count or ValueStyle.Decimal when Math.Abs(value) >= 10_000 => UkFormat.ValueShort(value, format),
        _ => UkFormat.ValueShort(value, format with { Decimals = format.Decimals + 1 }),
    };

    /// <summary>A peer figure (a rate in the comparison's own units): "61.20".</summary>
    private static string Peer(double value) => UkFormat.Number(value, 2);

    /// <summary>A slope a month, in the measure's units (seconds for a time, percentage points for a percentage), to three significant figures, signed: "+23.4", "−0.0130".</summary>
    internal static string Slope(double slope)
    {
        var magnitude = slope == 0 ? 0 : (int)Math.Floor(Math.Log10(Math.Abs(slope)));
        var decimals = Math.Clamp(2 - magnitude, 0, 4);
        var sign = Math.Round(slope, decimals) > 0 ? "+" : string.Empty;
        return sign + UkFormat.Number(slope, decimals);
    }
}
