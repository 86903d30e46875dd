using System.Globalization;
using NodaTime;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Periods;

namespace Scorecard.Rendering.Model;

/// <summary>
/// The report's own factual sentences about a measure: the quarter and 12-month figures, the
/// change against the previous 12 months, one sentence per fired flag, and the peer position.
/// Every figure comes from the evaluation; nothing is invented.
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

    public IReadOnlyList<string> Sentences()
    {
        var sentences = new List<string>();
        if (result.Outcome("no-data") is { Fired: true } noData)
        {
            sentences.Add(FlagSentence(noData));
            return sentences;
        }

        sentences.AddRange(FigureSentences());
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

    /// <summary>A statistic (average, threshold) one decimal finer than the measure's own values.</summary>
    private string Stat(double value) => Format.Style switch
    {
        ValueStyle.Duration => UkFormat.Duration(value),
        ValueStyle.Percent => UkFormat.Percent(value, Format.Decimals),
        _ => UkFormat.Number(value, Format.Decimals + 1),
    };

    private string Unit => string.IsNullOrWhiteSpace(Measure.Unit) ? string.Empty : Measure.Unit.Trim();

    private IEnumerable<string> FigureSentences()
    {
        var q = Figures.Quarter;
        var twelve = Twelve;
        var r = twelve.Rolling12;
        if (twelve.Lagging && Measure.Kind != MeasureKind.Level)
        {
            yield return LaggingSentence(twelve);
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
                        yield return q is null
                            ? $"There is {qText}; there were {rText}."
                            : $"There were {qText} and {rText}.";
                    }

                    break;
                case MeasureKind.Ratio:
                    yield return $"The figure for {QuarterProse} was {Maybe(q)}{Parts(Figures.QuarterNumerator, Figures.QuarterDenominator)}, and {Maybe(r)} in the 12 months to {Month12}{Parts(Figures.Rolling12Numerator, Figures.Rolling12Denominator)}.";
                    break;
                case MeasureKind.Mean:
                    yield return $"The average for {QuarterProse} was {Maybe(q)}, and {Maybe(r)} over the 12 months to {Month12}.";
                    break;
                case MeasureKind.Level:
                    yield return $"The latest figure, for {UkFormat.Month(twelve.Month)}, is {Maybe(r ?? Figures.LatestMonthValue)}{MarginText()}.";
                    break;
            }
        }

        if (ChangeSentence() is { } change)
        {
            yield return change;
        }
    }

    /// <summary>"The figures run to June 2019, so there is none yet for quarter two; there were 273 collisions in the 12 months to June 2019."</summary>
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
        if (twelve.ChangeAbsolute is not { } change || twelve.PreviousRolling12 is not { } previous)
        {
            return twelve.Rolling12 is null ? null : "There is no complete figure for the previous 12 months to compare with.";
        }

        var percent = twelve.ChangePercent is { } p ? UkFormat.Percent(Math.Abs(p)) : null;
        var same = Math.Round(change, Format.Style == ValueStyle.Duration ? 0 : Format.Decimals) == 0;
        var earlier = Measure.Kind == MeasureKind.Level ? "12 months earlier" : "the previous 12 months";
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

    public string FlagSentence(RuleOutcome flag)
    {
        var e = flag.Evidence;
        var p = Measure.Rules;
        var k = e.K;
        string Sds(double? kk) => kk is { } x
            ? (x == 1 ? "1 standard deviation" : $"{UkFormat.Number(x, x % 1 == 0 ? 0 : 1)} standard deviations")
            : "the standard deviations";

        switch (flag.Id)
        {
            case "spike-high":
            case "spike-low":
                {
                    var high = flag.Id == "spike-high";
                    var value = e.Value is { } v ? $" ({UkFormat.Month(month)}: {V(v)})" : string.Empty;
                    var mean = e.Mean is { } m ? $" of {Stat(m)}" : string.Empty;
                    var threshold = e.Threshold is { } t ? $" ({Stat(t)})" : string.Empty;
                    return $"Last month{value} was {(high ? "above" : "below")} the previous {p.Spike.Window}-month average{mean} {(high ? "plus" : "minus")} {Sds(k ?? p.Spike.K)}{threshold}.";
                }

            case "shift-high":
            case "shift-low":
                {
                    var high = flag.Id == "shift-high";
                    var mean = e.Mean is { } m ? $" ({Stat(m)})" : string.Empty;
                    var threshold = e.Threshold is { } t ? $", {Stat(t)}" : string.Empty;
                    var n = e.Tested?.Count ?? p.Shift.Length;
                    return $"The last {n} months have all been {(high ? "above" : "below")} the average for the past {p.Shift.Window} months{mean} {(high ? "plus" : "minus")} {Sds(k ?? p.Shift.K)}{threshold}.";
                }

            case "run-above":
            case "run-below":
                {
                    var mean = e.Mean is { } m ? $" ({Stat(m)})" : string.Empty;
                    var n = e.Tested?.Count ?? p.Run.Length;
                    return $"The last {n} months have all been {(flag.Id == "run-above" ? "above" : "below")} the average for the past {p.Run.Window} months{mean}.";
                }

            case "trend-up":
            case "trend-down":
            case "rolling-trend-up":
            case "rolling-trend-down":
                {
                    var rolling = flag.Id.StartsWith("rolling", StringComparison.Ordinal);
                    var up = flag.Id.EndsWith("up", StringComparison.Ordinal);
                    var window = rolling ? p.RollingTrend.Window : p.Trend.Window;
                    var what = rolling ? "rolling 12-month figures" : "monthly figures";
                    var slope = e.Slope is { } s ? $" of about {UkFormat.Difference(s, SlopeFormat)} {(up ? "more" : "less")} each month" : string.Empty;
                    var pValue = e.P is { } pv ? (pv < 0.001 ? " (p < 0.001)" : $" (p = {UkFormat.PValue(pv, e.Alpha)})") : string.Empty;
                    var caution = rolling ? " Rolling figures overlap from month to month, so this test finds trends more readily than the monthly figures support (see the method notes)." : string.Empty;
                    return $"The {what} for the past {window} months show a significant {(up ? "increasing" : "decreasing")} trend{slope}{pValue}.{caution}";
                }

            case "peers-trend-differs":
                {
                    var at = e.ComparisonMonth is { } cm ? UkFormat.Month(cm) : Month12;
                    if (e.ForceChangePercent is { } f && e.GroupChangePercent is { } g)
                    {
                        return $"Over the 12 months to {at} {force}'s figure {(f < 0 ? "fell" : "rose")} by {UkFormat.Percent(Math.Abs(f))} while the group average {(g < 0 ? "fell" : "rose")} by {UkFormat.Percent(Math.Abs(g))}: it does not trend with its peers.";
                    }

                    return $"{force} does not trend with its peers over the 12 months to {at}.";
                }

            case "no-data":
                return $"No data have been recorded for this measure in the {p.NoData.Window} months to {Month12}, so no other symbol could be tested.";

            default:
                return flag.Rule.KeyText.TrimEnd('.') + ".";
        }
    }

    /// <summary>Slopes are small: one more decimal than the values themselves.</summary>
    private ValueFormat SlopeFormat => Format.Style == ValueStyle.Duration ? Format : Format with { Decimals = Format.Decimals + 1 };

    public string PeerUnit => Measure.PeerUnit ?? (Measure.Kind == MeasureKind.Ratio || Format.Style == ValueStyle.Percent ? "per cent" : string.Empty);

    public string PeerValue(double value) =>
        UkFormat.Number(value, 1) + (PeerUnit.Length > 0 ? " " + PeerUnit : string.Empty);

    private string? PeerSentence()
    {
        if (result.Peers is not { } peers)
        {
            return null;
        }

        var position = peers.ForceValue > peers.GroupMean ? "above" : peers.ForceValue < peers.GroupMean ? "below" : "equal to";
        var average = UkFormat.Number(peers.GroupMean, 1) + (PeerUnit == "per cent" ? " per cent" : string.Empty);
        var sentence = string.Create(CultureInfo.InvariantCulture,
            $"{force}'s figure was {PeerValue(peers.ForceValue)} in the 12 months to {UkFormat.Month(peers.ComparisonMonth)}, {position} the {peers.GroupName} average of {average}.");

        var level = result.Outcomes.FirstOrDefault(o => o.Fired && o.Rule.Group == RuleGroup.Peers && o.Rule.Direction != RuleDirection.None);
        if (level is not null)
        {
            var kk = level.Evidence.K ?? Measure.Rules.Peers.K;
            var sd = kk == 1 ? "one standard deviation" : $"{UkFormat.Number(kk, 1)} standard deviations";
            sentence += level.Id switch
            {
                "peers-above" => $" This is greater than its peers: more than {sd} above the average.",
                "peers-below" => $" This is less than its peers: more than {sd} below the average.",
                "peers-in-line-above" or "peers-in-line-below" => $" This is in line with its peers: within {sd} of the average.",
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

        return sentence;
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
