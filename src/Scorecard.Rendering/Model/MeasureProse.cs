using NodaTime;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Periods;
using Scorecard.Core.Rules;

namespace Scorecard.Rendering.Model;

/// <summary>
/// Decides which of the report's own sentences a measure gets, and supplies their figures,
/// formatted: the quarter and 12-month figures, the change against the previous 12 months, the
/// office's known data issues, one sentence per fired exception and the peer position. The words
/// are the templates' (<c>templates/sentences/</c>), so an analyst rewords a sentence without C#.
/// Every figure comes from the evaluation; test statistics (p-values, t) stay in Appendix A. Where
/// a figure and the line it was tested against would print the same, both get the decimals that
/// show which side it fell.
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

    /// <summary>The sentences, in the report's order.</summary>
    public IReadOnlyList<SentenceModel> Sentences()
    {
        var sentences = new List<SentenceModel>();
        if (result.Outcome(RuleIds.NoData) is { Fired: true } noData)
        {
            sentences.Add(FlagSentence(noData));
            return sentences;
        }

        if (FiguresSentence() is { } figures)
        {
            sentences.Add(figures);
        }

        if (ChangeSentence() is { } change)
        {
            sentences.Add(change);
        }

        sentences.AddRange(IssueSentences());
        if (SpcSummarySentence() is { } spc)
        {
            sentences.Add(spc);
        }

        sentences.AddRange(result.Flags.Where(IsException).Select(FlagSentence));
        if (PeerSentence() is { } peer)
        {
            sentences.Add(peer);
        }

        return sentences;
    }

    /// <summary>An exception: any fired rule except the four peer level symbols.</summary>
    public static bool IsException(RuleOutcome outcome) =>
        outcome.Fired && !(outcome.Rule.Group == RuleGroup.Peers && outcome.Rule.Direction != RuleDirection.None);

    private SentenceModel New(string kind, string variant = "") =>
        new(kind, variant, Period: QuarterProse, Month: Month12, Style: StyleId(Format.Style));

    private string V(double value) => UkFormat.Value(value, Format);

    private string? Maybe(double? value) => value is { } v ? V(v) : null;

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

    private static string? Parts(double? numerator, double? denominator) =>
        numerator is { } n && denominator is { } d ? $"{UkFormat.Number(n)} of {UkFormat.Number(d)}" : null;

    /// <summary>The quarter's and the 12 months' figures; null for a count with neither (nothing to say).</summary>
    private SentenceModel? FiguresSentence()
    {
        var twelve = Twelve;
        var variant = twelve.Lagging && Measure.Kind != MeasureKind.Level ? "lagging" : KindId(Measure.Kind);
        if (variant == "count" && Figures.Quarter is null && twelve.Rolling12 is null)
        {
            return null;
        }

        return New("figures", variant) with
        {
            Month = UkFormat.Month(twelve.Month),
            Value = Maybe(Measure.Kind == MeasureKind.Level ? twelve.Rolling12 ?? Figures.LatestMonthValue : Figures.Quarter),
            Rolling12 = Maybe(twelve.Rolling12),
            Parts = Parts(Figures.QuarterNumerator, Figures.QuarterDenominator),
            Rolling12Parts = Parts(twelve.Numerator, twelve.Denominator),
            Margin = MarginText().Trim() is { Length: > 0 } m ? m[1..^1] : null,
            Unit = Unit,
        };
    }

    /// <summary>" (± 3.5 per cent)" for a level with a margin of error, else empty.</summary>
    public string MarginText() => Twelve.Margin is { } m
        ? Format.Style == ValueStyle.Percent ? $" (± {UkFormat.Percent(m, Format.Decimals)})" : $" (± {UkFormat.Number(m, Format.Decimals)})"
        : string.Empty;

    private SentenceModel? ChangeSentence()
    {
        var twelve = Twelve;
        if (twelve.ChangeAbsolute is not { } change || twelve.PreviousRolling12 is not { } previous)
        {
            if (twelve.Rolling12 is null)
            {
                return null;
            }

            return Measure.ComparableFrom is { } from && from > twelve.Month.PlusMonths(-24)
                ? New("change", "not-comparable") with { Month = UkFormat.Month(from), IsLevel = Measure.Kind == MeasureKind.Level }
                : New("change", "no-previous") with { IsLevel = Measure.Kind == MeasureKind.Level };
        }

        var same = Math.Round(change, Format.Style == ValueStyle.Duration ? 0 : Format.Decimals) == 0;
        var one = Math.Abs(Math.Round(change)) == 1;
        return New("change", same ? "same" : Measure.Kind == MeasureKind.Count && Format.Style == ValueStyle.Count ? "count" : "other") with
        {
            Difference = UkFormat.Difference(change, Format),
            Percent = twelve.ChangePercent is { } p && Format.Style != ValueStyle.Percent ? UkFormat.Percent(Math.Abs(p)) : null,
            Previous = V(previous),
            Up = change > 0,
            IsLevel = Measure.Kind == MeasureKind.Level,
            Unit = one ? Singular(Unit) : Unit,
        };
    }

    private static string Singular(string unit) =>
        unit.EndsWith('s') && !unit.EndsWith("ss", StringComparison.Ordinal) ? unit[..^1] : unit;

    /// <summary>The office's known data issues that touch the months the tests looked at (the 25 months to T), or its change of method.</summary>
    private IEnumerable<SentenceModel> IssueSentences()
    {
        var tested = new MonthWindow(month.PlusMonths(-24), month);
        foreach (var issue in Measure.DataIssues)
        {
            var applies = issue.Kind == DataIssueKind.MethodChange
                ? issue.From <= month
                : issue.From <= tested.Last && issue.To >= tested.First;
            if (applies)
            {
                var variant = issue.Kind switch
                {
                    DataIssueKind.MethodChange => "method-change",
                    DataIssueKind.Outage => "outage",
                    _ => "other",
                };
                yield return New("data-issue", variant) with
                {
                    Month = UkFormat.Month(issue.From),
                    Months = issue.MonthsText,
                    Note = issue.Note.Trim().TrimEnd('.') + ".",
                };
            }
        }
    }

    public SentenceModel FlagSentence(RuleOutcome flag)
    {
        var e = flag.Evidence;
        var p = Measure.Rules;
        static string K(double k) => UkFormat.Number(k, k % 1 == 0 ? 0 : 1);

        switch (flag.Id)
        {
            case RuleIds.SpikeHigh:
            case RuleIds.SpikeLow:
                {
                    var s = New("spike", flag.Id == RuleIds.SpikeHigh ? "high" : "low") with { Window = p.Spike.Window, K = K(e.K ?? p.Spike.K) };
                    if (e.Value is not { } v || e.Threshold is not { } t || e.Mean is not { } m)
                    {
                        return s;
                    }

                    var (value, line) = Apart(v, t);
                    return s with { HasFigures = true, Value = value, Line = line, Mean = Stat(m) };
                }

            case RuleIds.ShiftHigh:
            case RuleIds.ShiftLow:
                {
                    var high = flag.Id == RuleIds.ShiftHigh;
                    var values = e.Tested?.Select(x => x.Value).OfType<double>().ToList() ?? [];
                    var s = New("shift", high ? "high" : "low") with { Window = p.Shift.Window, Length = e.Tested?.Count ?? p.Shift.Length, K = K(e.K ?? p.Shift.K) };
                    if (values.Count == 0 || e.Threshold is not { } t || e.Mean is not { } m)
                    {
                        return s;
                    }

                    var (nearest, line) = Apart(high ? values.Min() : values.Max(), t);
                    return s with { HasFigures = true, Value = nearest, Line = line, Mean = Stat(m) };
                }

            case RuleIds.RunAbove:
            case RuleIds.RunBelow:
                {
                    var above = flag.Id == RuleIds.RunAbove;
                    var values = e.Tested?.Select(x => x.Value).OfType<double>().ToList() ?? [];
                    var s = New("run", above ? "above" : "below") with { Window = p.Run.Window, Length = e.Tested?.Count ?? p.Run.Length };
                    if (values.Count == 0 || e.Mean is not { } m)
                    {
                        return s;
                    }

                    var (nearest, line) = Apart(above ? values.Min() : values.Max(), m);
                    return s with { HasFigures = true, Value = nearest, Line = line };
                }

            case RuleIds.TrendUp:
            case RuleIds.TrendDown:
                return New("trend", flag.Id == RuleIds.TrendUp ? "up" : "down") with
                {
                    Window = p.Trend.Window,
                    Size = SlopeSize(e.Slope, e.Mean, p.Trend.Window),
                    Up = flag.Id == RuleIds.TrendUp,
                };

            case RuleIds.RollingTrendUp:
            case RuleIds.RollingTrendDown:
                return New("rolling-trend", flag.Id == RuleIds.RollingTrendUp ? "up" : "down") with
                {
                    Window = p.RollingTrend.Window,
                    Size = SlopeSize(e.Slope, e.Mean, p.RollingTrend.Window),
                    Up = flag.Id == RuleIds.RollingTrendUp,
                };

            case RuleIds.PeersTrendDiffers:
                {
                    var s = New("peer-trend", "plain") with
                    {
                        Month = e.ComparisonMonth is { } cm ? UkFormat.Month(cm) : Month12,
                        Force = force,
                        Group = result.Peers?.GroupName ?? "peer group",
                    };
                    return e.ForceChangePercent is { } f && e.GroupChangePercent is { } g
                        ? s with { Variant = "figures", ForceChange = UkFormat.Percent(Math.Abs(f)), GroupChange = UkFormat.Percent(Math.Abs(g)), Up = f >= 0, GroupUp = g >= 0 }
                        : s;
                }

            case RuleIds.NoData:
                return New("no-data") with { Window = p.NoData.Window };

            case RuleIds.SpcSinglePointHigh:
            case RuleIds.SpcSinglePointLow:
            case RuleIds.SpcShiftHigh:
            case RuleIds.SpcShiftLow:
            case RuleIds.SpcTrendUp:
            case RuleIds.SpcTrendDown:
            case RuleIds.SpcTwoSigmaHigh:
            case RuleIds.SpcTwoSigmaLow:
                return SpcSentence(flag);

            default:
                throw new InvalidOperationException($"No sentence is defined for the rule {flag.Id}.");
        }
    }

    /// <summary>The rules <see cref="FlagSentence"/> has a sentence for: the report refuses to start with a rule set that has others.</summary>
    internal static IReadOnlySet<string> Speaks { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        RuleIds.SpikeHigh, RuleIds.SpikeLow, RuleIds.ShiftHigh, RuleIds.ShiftLow, RuleIds.RunAbove, RuleIds.RunBelow,
        RuleIds.TrendUp, RuleIds.TrendDown, RuleIds.RollingTrendUp, RuleIds.RollingTrendDown, RuleIds.PeersTrendDiffers, RuleIds.NoData,
        RuleIds.PeersAbove, RuleIds.PeersInLineAbove, RuleIds.PeersInLineBelow, RuleIds.PeersBelow,
        RuleIds.SpcSinglePointHigh, RuleIds.SpcSinglePointLow, RuleIds.SpcShiftHigh, RuleIds.SpcShiftLow,
        RuleIds.SpcTrendUp, RuleIds.SpcTrendDown, RuleIds.SpcTwoSigmaHigh, RuleIds.SpcTwoSigmaLow,
    };

    /// <summary>
    /// A "Making Data Count" special cause at the latest point: "Special cause variation of improving
    /// nature: the last 6 points are all above the average (3,412.5)." Kind "spc"; the variant names the
    /// rule and its side ("shift-high"); <see cref="SentenceModel.Nature"/> is "improving", "concerning" or
    /// empty for a measure with no good or bad direction.
    /// </summary>
    private SentenceModel SpcSentence(RuleOutcome flag)
    {
        var e = flag.Evidence;
        var rule = flag.Id switch
        {
            RuleIds.SpcSinglePointHigh or RuleIds.SpcSinglePointLow => "single-point",
            RuleIds.SpcShiftHigh or RuleIds.SpcShiftLow => "shift",
            RuleIds.SpcTrendUp or RuleIds.SpcTrendDown => "trend",
            _ => "two-sigma",
        };
        var high = flag.Rule.Direction == RuleDirection.High;
        var side = rule == "trend" ? (high ? "up" : "down") : (high ? "high" : "low");
        var last = result.Spc?.Last;
        var s = New("spc", $"{rule}-{side}") with
        {
            Nature = Nature(flag.Sentiment),
            Length = e.Tested?.Count,
            Month = last is not null ? UkFormat.Month(last.Month) : Month12,
            Mean = e.Mean is { } m ? Stat(m) : null,
        };
        if (e.Value is { } v && e.Threshold is { } t)
        {
            var (value, line) = Apart(v, t);
            s = s with { HasFigures = true, Value = value, Line = line };
        }

        return s;
    }

    private static string Nature(Sentiment? sentiment) => sentiment switch
    {
        Sentiment.Improvement => "improving",
        Sentiment.Concern => "concerning",
        _ => string.Empty,
    };

    /// <summary>
    /// What a "Making Data Count" measure's chart says as a whole: the latest point's variation (common
    /// cause within the limits, or special cause) and, with a target, whether the process will meet it.
    /// Kind "spc-summary"; variant "common-cause", "special-cause" or "too-few-points"; null for a measure not on an XmR chart.
    /// </summary>
    private SentenceModel? SpcSummarySentence()
    {
        if (result.Spc is not { } chart || chart.Last is not { } last)
        {
            return null;
        }

        var first = chart.Points[0].Month;
        var s = New("spc-summary", !chart.HasLimits ? "too-few-points" : last.Variation == Core.Spc.Variation.CommonCause ? "common-cause" : "special-cause") with
        {
            Month = UkFormat.Month(last.Month),
            Months = $"{UkFormat.Month(first)} to {UkFormat.Month(last.Month)}",
            Length = chart.Points.Count,
            Window = chart.Parameters.MinimumPoints,
            Mean = Stat(last.Lines.Mean),
            Icon = SpcIcons.Name(chart.VariationIcon),
            Assurance = Core.Spc.SpcNames.Of(chart.AssuranceIcon),
            Target = chart.Target is { } target ? V(target) : null,
        };
        if (last.Lines is { LowerLimit: { } lower, UpperLimit: { } upper })
        {
            s = s with { HasFigures = true, Line = Stat(lower), Value = Stat(upper) };
        }

        return s;
    }

    /// <summary>
    /// A trend's slope as the panel reads it, "83 crimes", "0.56 percentage points", "4.3 seconds",
    /// to two significant figures (never "0 seconds"); null when the change over the window is under
    /// 1 per cent of the level, which the sentence then calls small but steady.
    /// </summary>
    private string? SlopeSize(double? slope, double? level, int window)
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

    private SentenceModel? PeerSentence()
    {
        if (result.Peers is not { } peers)
        {
            return null;
        }

        var (value, mean) = PeerApart(peers.ForceValue, peers.GroupMean);
        var level = result.Outcomes.FirstOrDefault(o => o.Fired && o.Rule.Group == RuleGroup.Peers && o.Rule.Direction != RuleDirection.None);
        var k = level?.Evidence.K ?? Measure.Rules.Peers.K;
        var count = peers.Points.Count;
        return New("peer-position", level?.Id ?? "none") with
        {
            Month = UkFormat.Month(peers.ComparisonMonth),
            Force = force,
            Group = peers.GroupName,
            Value = value,
            Mean = mean,
            PeerUnit = PeerUnit,
            Position = peers.ForceValue > peers.GroupMean ? "above" : peers.ForceValue < peers.GroupMean ? "below" : "equal",
            K = UkFormat.Number(k, k % 1 == 0 ? 0 : 1),
            RankFromTop = peers.Rank,
            RankFromBottom = count - peers.Rank + 1,
            Of = count,
        };
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

    private static string KindId(MeasureKind kind) => kind switch
    {
        MeasureKind.Count => "count",
        MeasureKind.Ratio => "ratio",
        MeasureKind.Mean => "mean",
        _ => "level",
    };

    private static string StyleId(ValueStyle style) => style switch
    {
        ValueStyle.Count => "count",
        ValueStyle.Percent => "percent",
        ValueStyle.Duration => "duration",
        _ => "decimal",
    };
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
