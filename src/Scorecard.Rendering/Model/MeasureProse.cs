using NodaTime;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Periods;
using Scorecard.Core.Rules;

namespace Scorecard.Rendering.Model;

/// <summary>One of the report's own sentences about a measure, and what kind of sentence it is.</summary>
/// <param name="Kind">"figures", "change", "data-issue", "spike", "shift", "run", "trend", "rolling-trend", "peer-trend", "no-data", "peer-position".</param>
internal sealed record GeneratedSentence(string Kind, string Text);

/// <summary>
/// The report's own factual sentences about a measure, in plain words for a panel: the quarter and
/// 12-month figures, the change against the previous 12 months, the office's known data issues,
/// one sentence per fired exception and the peer position. Every figure comes from the
/// evaluation; test statistics (p-values, t) stay in Appendix A. Where a figure and the line it
/// was tested against would print the same, both get the decimals that show which side it fell.
/// </summary>
internal sealed class MeasureProse(MeasureResult result, FinancialQuarter quarter, YearMonth month, string force)
{
    private Measure Measure => result.Measure;

    private MeasureFigures Figures => result.Figures;

    private ValueFormat Format => Measure.Format;

    private string Month12 => UkFormat.Month(month);

    private string QuarterProse => UkFormat.PeriodProse(quarter, month);

    /// <summary>The 12-month figures the prose reports: at T, or at L when the data stop before T.</summary>
    internal TwelveMonths Twelve => Figures.Lags(month) && Figures.Latest is { } l
        ? new TwelveMonths(l.Month, true, l.Rolling12, l.PreviousRolling12, l.ChangeAbsolute, l.ChangePercent, l.Margin, l.Numerator, l.Denominator)
        : new TwelveMonths(month, false, Figures.Rolling12, Figures.PreviousRolling12, Figures.ChangeAbsolute, Figures.ChangePercent, Figures.Margin, Figures.Rolling12Numerator, Figures.Rolling12Denominator);

    public IReadOnlyList<GeneratedSentence> Sentences()
    {
        var sentences = new List<GeneratedSentence>();
        if (result.Outcome(RuleIds.NoData) is { Fired: true } noData)
        {
            sentences.Add(FlagSentence(noData));
            return sentences;
        }

        sentences.AddRange(FigureSentences());
        sentences.AddRange(IssueSentences());
        foreach (var flag in result.Flags.Where(IsException))
        {
            sentences.Add(FlagSentence(flag));
        }

        if (PeerSentence() is { } peer)
        {
            sentences.Add(peer);
        }

        return sentences;
    }

    /// <summary>An exception: any fired rule except the four peer level symbols.</summary>
    public static bool IsException(RuleOutcome outcome) =>
        outcome.Fired && !(outcome.Rule.Group == RuleGroup.Peers && outcome.Rule.Direction != RuleDirection.None);

    private string V(double value) => UkFormat.Value(value, Format);

    /// <summary>A statistic (average, threshold) as prose writes it: one decimal finer than a count, a percentage and a time as the measure's own.</summary>
    private string Stat(double value, int extra = 0) => Format.Style switch
    {
        ValueStyle.Duration => UkFormat.Duration(value, extra),
        ValueStyle.Percent => UkFormat.Percent(value, Format.Decimals + extra),
        _ => UkFormat.Number(value, Format.Decimals + 1 + extra),
    };

    /// <summary>
    /// A tested figure (in the measure's own format) and the line it was tested against (one decimal
    /// finer); when the two would print alike ("34.0 per cent … 34.0 per cent") both get the decimals
    /// that tell them apart ("34.04 per cent … 33.96 per cent").
    /// </summary>
    private (string Value, string Line) Apart(double value, double line)
    {
        var (a, b) = (V(value), Stat(line));
        for (var extra = 1; a == b && value != line && extra < 7; extra++)
        {
            (a, b) = (Stat(value, extra), Stat(line, extra));
        }

        return (a, b);
    }

    private string Unit => string.IsNullOrWhiteSpace(Measure.Unit) ? string.Empty : Measure.Unit.Trim();

    private IEnumerable<GeneratedSentence> FigureSentences()
    {
        var q = Figures.Quarter;
        var twelve = Twelve;
        var r = twelve.Rolling12;
        if (twelve.Lagging && Measure.Kind != MeasureKind.Level)
        {
            yield return new("figures", LaggingSentence(twelve));
        }
        else
        {
            switch (Measure.Kind)
            {
                case MeasureKind.Count:
                    if (q is not null || r is not null)
                    {
                        var unit = Unit.Length > 0 ? " " + Unit : string.Empty;
                        var qText = q is { } qv ? $"{V(qv)}{unit} recorded during {QuarterProse}" : $"no complete figure for {QuarterProse}";
                        var rText = r is { } rv ? $"{V(rv)} in the 12 months to {Month12}" : $"no complete figure for the 12 months to {Month12}";
                        yield return new("figures", q is null
                            ? $"There is {qText}; there were {rText}."
                            : $"There were {qText} and {rText}.");
                    }

                    break;
                case MeasureKind.Ratio:
                    yield return new("figures", $"The figure for {QuarterProse} was {Maybe(q)}{Parts(Figures.QuarterNumerator, Figures.QuarterDenominator)}, and {Maybe(r)} in the 12 months to {Month12}{Parts(Figures.Rolling12Numerator, Figures.Rolling12Denominator)}.");
                    break;
                case MeasureKind.Mean:
                    yield return new("figures", $"The average for {QuarterProse} was {Maybe(q)}, and {Maybe(r)} over the 12 months to {Month12}.");
                    break;
                case MeasureKind.Level:
                    yield return new("figures", $"The latest figure, for {UkFormat.Month(twelve.Month)}, is {Maybe(r ?? Figures.LatestMonthValue)}{MarginText()}.");
                    break;
            }
        }

        if (ChangeSentence() is { } change)
        {
            yield return new("change", change);
        }
    }

    /// <summary>"The figures run to June 2019, so there is no complete figure yet for quarter two; there were 273 collisions in the 12 months to June 2019."</summary>
    private string LaggingSentence(TwelveMonths twelve)
    {
        var to = UkFormat.Month(twelve.Month);
        var start = $"The figures run to {to}, so there is no complete figure yet for {QuarterProse}";
        if (twelve.Rolling12 is not { } r)
        {
            return $"{start}, nor for the 12 months to {to}.";
        }

        return Measure.Kind switch
        {
            MeasureKind.Count when Unit.Length > 0 => $"{start}; there were {V(r)} {Unit} in the 12 months to {to}.",
            MeasureKind.Count => $"{start}; the total for the 12 months to {to} was {V(r)}.",
            MeasureKind.Mean => $"{start}; the average was {V(r)} over the 12 months to {to}.",
            _ => $"{start}; the figure was {V(r)}{Parts(twelve.Numerator, twelve.Denominator)} in the 12 months to {to}.",
        };
    }

    private string Maybe(double? value) => value is { } v ? V(v) : "not available";

    private static string Parts(double? numerator, double? denominator) =>
        numerator is { } n && denominator is { } d
            ? $" ({UkFormat.Number(n)} of {UkFormat.Number(d)})"
            : string.Empty;

    public string MarginText() => Twelve.Margin is { } m
        ? Format.Style == ValueStyle.Percent ? $" (± {UkFormat.Percent(m, Format.Decimals)})" : $" (± {UkFormat.Number(m, Format.Decimals)})"
        : string.Empty;

    private string? ChangeSentence()
    {
        var twelve = Twelve;
        var earlier = Measure.Kind == MeasureKind.Level ? "12 months earlier" : "the previous 12 months";
        if (twelve.ChangeAbsolute is not { } change || twelve.PreviousRolling12 is not { } previous)
        {
            if (twelve.Rolling12 is null)
            {
                return null;
            }

            return Measure.ComparableFrom is { } from && from > twelve.Month.PlusMonths(-24)
                ? $"The method changed in {UkFormat.Month(from)}, so there is no comparable figure for {earlier}."
                : $"There is no complete figure for {earlier} to compare with.";
        }

        var percent = twelve.ChangePercent is { } p ? UkFormat.Percent(Math.Abs(p)) : null;
        var same = Math.Round(change, Format.Style == ValueStyle.Duration ? 0 : Format.Decimals) == 0;
        if (same)
        {
            return $"This is the same as {earlier} ({V(previous)}).";
        }

        switch (Measure.Kind)
        {
            case MeasureKind.Count when Format.Style is ValueStyle.Count:
                {
                    var unit = Unit.Length > 0 ? "recorded " + (Math.Abs(Math.Round(change)) == 1 ? Singular(Unit) : Unit) + " " : string.Empty;
                    var pct = percent is null ? string.Empty : $"({percent}) ";
                    return $"This represents {UkFormat.Difference(change, Format)} {UkFormat.MoreOrFewer(change)} {unit}{pct}compared to the previous 12 months.";
                }

            default:
                {
                    var direction = Format.Style == ValueStyle.Duration ? UkFormat.LongerOrShorter(change) : UkFormat.HigherOrLower(change);
                    var pct = Format.Style != ValueStyle.Percent && percent is not null ? $" ({percent})" : string.Empty;
                    return $"This is {UkFormat.Difference(change, Format)}{pct} {direction} than {earlier} ({V(previous)}).";
                }
        }
    }

    private static string Singular(string unit) =>
        unit.EndsWith('s') && !unit.EndsWith("ss", StringComparison.Ordinal) ? unit[..^1] : unit;

    /// <summary>The office's known data issues that touch the months the tests looked at (the 25 months to T), or its change of method.</summary>
    private IEnumerable<GeneratedSentence> IssueSentences()
    {
        var tested = new MonthWindow(month.PlusMonths(-24), month);
        foreach (var issue in Measure.DataIssues)
        {
            var note = issue.Note.Trim().TrimEnd('.') + ".";
            switch (issue.Kind)
            {
                case DataIssueKind.MethodChange when issue.From <= month:
                    yield return new("data-issue", $"The method changed in {UkFormat.Month(issue.From)}: {note} Earlier months are not comparable, so the tests and the change on 12 months earlier use only the months since.");
                    break;
                case DataIssueKind.Outage when issue.From <= tested.Last && issue.To >= tested.First:
                    yield return new("data-issue", $"Known data issue, {issue.MonthsText}: {note}");
                    break;
                case DataIssueKind.Other when issue.From <= tested.Last && issue.To >= tested.First:
                    yield return new("data-issue", $"Note on the data, {issue.MonthsText}: {note}");
                    break;
            }
        }
    }

    public GeneratedSentence FlagSentence(RuleOutcome flag)
    {
        var e = flag.Evidence;
        var p = Measure.Rules;
        static string Sds(double k) => k == 1 ? "1 standard deviation" : $"{UkFormat.Number(k, k % 1 == 0 ? 0 : 1)} standard deviations";

        switch (flag.Id)
        {
            case RuleIds.SpikeHigh:
            case RuleIds.SpikeLow:
                {
                    var high = flag.Id == RuleIds.SpikeHigh;
                    var k = e.K ?? p.Spike.K;
                    if (e.Value is not { } v || e.Threshold is not { } t || e.Mean is not { } m)
                    {
                        return new("spike", $"{Month12} was unusually {(high ? "high" : "low")} against the previous {p.Spike.Window} months.");
                    }

                    var (value, line) = Apart(v, t);
                    return new("spike", $"{Month12} ({value}) was unusually {(high ? "high" : "low")}: {(high ? "above" : "below")} {line}, the {(high ? "top" : "bottom")} of the usual range for the previous {p.Spike.Window} months (their average, {Stat(m)}, {(high ? "plus" : "minus")} {Sds(k)}).");
                }

            case RuleIds.ShiftHigh:
            case RuleIds.ShiftLow:
                {
                    var high = flag.Id == RuleIds.ShiftHigh;
                    var k = e.K ?? p.Shift.K;
                    var n = e.Tested?.Count ?? p.Shift.Length;
                    var values = e.Tested?.Select(x => x.Value).OfType<double>().ToList() ?? [];
                    var start = $"The last {n} months were all well {(high ? "above" : "below")} the average for the past {p.Shift.Window} months";
                    if (values.Count == 0 || e.Threshold is not { } t || e.Mean is not { } m)
                    {
                        return new("shift", start + ".");
                    }

                    var (nearest, line) = Apart(high ? values.Min() : values.Max(), t);
                    return new("shift", $"{start}: the {(high ? "lowest" : "highest")} of them, {nearest}, is {(high ? "above" : "below")} {line} (the average, {Stat(m)}, {(high ? "plus" : "minus")} {Sds(k)}).");
                }

            case RuleIds.RunAbove:
            case RuleIds.RunBelow:
                {
                    var above = flag.Id == RuleIds.RunAbove;
                    var n = e.Tested?.Count ?? p.Run.Length;
                    var values = e.Tested?.Select(x => x.Value).OfType<double>().ToList() ?? [];
                    if (values.Count == 0 || e.Mean is not { } m)
                    {
                        return new("run", $"The last {n} months were all {(above ? "above" : "below")} the average for the past {p.Run.Window} months.");
                    }

                    var (nearest, line) = Apart(above ? values.Min() : values.Max(), m);
                    return new("run", $"The last {n} months were all {(above ? "above" : "below")} the average for the past {p.Run.Window} months ({line}); the {(above ? "lowest" : "highest")} of them was {nearest}. A run this long points to a lasting change rather than chance.");
                }

            case RuleIds.TrendUp:
            case RuleIds.TrendDown:
                {
                    var up = flag.Id == RuleIds.TrendUp;
                    var size = SlopeSize(e.Slope, e.Mean, p.Trend.Window, rolling: false);
                    var change = up ? "rise" : "fall";
                    return new("trend", size is null
                        ? $"Over the past {p.Trend.Window} months the monthly figures show a small but steady {change}, too regular to be chance (statistically significant)."
                        : $"Over the past {p.Trend.Window} months the monthly figures show a statistically significant {change}, of about {size} a month.");
                }

            case RuleIds.RollingTrendUp:
            case RuleIds.RollingTrendDown:
                {
                    var up = flag.Id == RuleIds.RollingTrendUp;
                    var size = SlopeSize(e.Slope, e.Mean, p.RollingTrend.Window, rolling: true);
                    var change = up ? "rise" : "fall";
                    var figures = Measure.Kind == MeasureKind.Count ? "rolling 12-month totals" : "rolling 12-month figures";
                    return new("rolling-trend", size is null
                        ? $"The {figures} show a small but steady {change} over the past {p.RollingTrend.Window} months, statistically significant (a weaker sign than the monthly trend: see the method notes)."
                        : $"The {figures} show a statistically significant {change} over the past {p.RollingTrend.Window} months, of about {size} a month (a weaker sign than the monthly trend: see the method notes).");
                }

            case RuleIds.PeersTrendDiffers:
                {
                    var at = e.ComparisonMonth is { } cm ? UkFormat.Month(cm) : Month12;
                    var group = result.Peers?.GroupName ?? "peer group";
                    if (e.ForceChangePercent is { } f && e.GroupChangePercent is { } g)
                    {
                        return new("peer-trend", $"Over the 12 months to {at} {force}'s figure {(f < 0 ? "fell" : "rose")} by {UkFormat.Percent(Math.Abs(f))} while the {group} average {(g < 0 ? "fell" : "rose")} by {UkFormat.Percent(Math.Abs(g))}: it is not moving with its peers.");
                    }

                    return new("peer-trend", $"{force} is not moving with its peers over the 12 months to {at}.");
                }

            case RuleIds.NoData:
                return new("no-data", $"No data have been recorded for this measure in the {p.NoData.Window} months to {Month12}, so no other symbol could be tested.");

            default:
                return new(flag.Id, flag.Rule.KeyText.TrimEnd('.') + ".");
        }
    }

    /// <summary>
    /// A trend's slope as the panel reads it, "83 crimes", "0.56 percentage points", "4.3 seconds",
    /// to two significant figures (never "0 seconds"); null when the change over the window is under
    /// 1 per cent of the level, which the sentence then calls small but steady.
    /// </summary>
    private string? SlopeSize(double? slope, double? level, int window, bool rolling)
    {
        if (slope is not { } s || s == 0)
        {
            return null;
        }

        var size = Math.Abs(s);
        if (level is { } l && l != 0 && size * (window - 1) < 0.01 * Math.Abs(l))
        {
            return null;
        }

        var text = Significant(size);
        return Format.Style switch
        {
            ValueStyle.Percent => $"{text} {(text == "1" ? "percentage point" : "percentage points")}",
            ValueStyle.Duration => UkFormat.Duration(size, SignificantDecimals(size)),
            _ when Unit.Length > 0 => $"{text} {(text == "1" ? Singular(Unit) : Unit)}",
            _ => text,
        };
    }

    private static int SignificantDecimals(double value) =>
        value >= 10 ? 0 : Math.Clamp(1 - (int)Math.Floor(Math.Log10(value)), 0, 6);

    private static string Significant(double value) => UkFormat.Number(value, SignificantDecimals(value));

    public string PeerUnit => Measure.PeerUnit ?? (Measure.Kind == MeasureKind.Ratio || Format.Style == ValueStyle.Percent ? "per cent" : string.Empty);

    public string PeerValue(double value) =>
        UkFormat.Number(value, 1) + (PeerUnit.Length > 0 ? " " + PeerUnit : string.Empty);

    private GeneratedSentence? PeerSentence()
    {
        if (result.Peers is not { } peers)
        {
            return null;
        }

        var position = peers.ForceValue > peers.GroupMean ? "above" : peers.ForceValue < peers.GroupMean ? "below" : "equal to";
        var (value, mean) = PeerApart(peers.ForceValue, peers.GroupMean);
        var unit = PeerUnit.Length > 0 ? " " + PeerUnit : string.Empty;
        var sentence = $"{force}'s figure was {value}{unit} in the 12 months to {UkFormat.Month(peers.ComparisonMonth)}, {position} the {peers.GroupName} average of {mean}{(PeerUnit == "per cent" ? " per cent" : string.Empty)}.";

        var level = result.Outcomes.FirstOrDefault(o => o.Fired && o.Rule.Group == RuleGroup.Peers && o.Rule.Direction != RuleDirection.None);
        if (level is not null)
        {
            var kk = level.Evidence.K ?? Measure.Rules.Peers.K;
            var sd = kk == 1 ? "one standard deviation" : $"{UkFormat.Number(kk, 1)} standard deviations";
            sentence += level.Id switch
            {
                RuleIds.PeersAbove => $" This is greater than its peers: more than {sd} (the usual spread between the forces) above the average.",
                RuleIds.PeersBelow => $" This is less than its peers: more than {sd} (the usual spread between the forces) below the average.",
                RuleIds.PeersInLineAbove or RuleIds.PeersInLineBelow => $" This is in line with its peers: within {sd} (the usual spread between the forces) of the average.",
                _ => " " + level.Rule.KeyText.TrimEnd('.') + ".",
            };
        }

        // Rank 1 is the highest value (PeerComparison.Rank); the sentence counts from the nearer end.
        var count = peers.Points.Count;
        if (count > 1)
        {
            var fromBottom = count - peers.Rank + 1;
            var rank = fromBottom <= peers.Rank
                ? (fromBottom == 1 ? "the lowest" : $"the {UkFormat.Ordinal(fromBottom)} lowest")
                : (peers.Rank == 1 ? "the highest" : $"the {UkFormat.Ordinal(peers.Rank)} highest");
            sentence += $" It is {rank} of the {count} forces in the group.";
        }

        return new("peer-position", sentence);
    }

    private static (string Value, string Mean) PeerApart(double value, double mean)
    {
        for (var decimals = 1; decimals < 7; decimals++)
        {
            var (a, b) = (UkFormat.Number(value, decimals), UkFormat.Number(mean, decimals));
            if (a != b || value == mean)
            {
                return (a, b);
            }
        }

        return (UkFormat.Number(value, 7), UkFormat.Number(mean, 7));
    }
}

/// <summary>The 12-month figures a report prints for a measure, and the month they run to.</summary>
/// <param name="Lagging">True when the data stop before the reporting month, so that <see cref="Month"/> is earlier.</param>
internal sealed record TwelveMonths(
    YearMonth Month,
    bool Lagging,
    double? Rolling12,
    double? PreviousRolling12,
    double? ChangeAbsolute,
    double? ChangePercent,
    double? Margin,
    double? Numerator,
    double? Denominator);
