using NodaTime;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Peers;
using Scorecard.Core.Periods;
using Scorecard.Core.Series;
using Scorecard.Core.Spc;

namespace Scorecard.Core.Rules;

/// <summary>
/// What a rule sees for one measure at the reporting month T: the measure (its kind, polarity and
/// parameters), its series with every month after T ignored, and the peer figures.
/// </summary>
public sealed class RuleContext
{
    private PeerComparisonResult? _peers;
    private XmrChart? _xmr;

    public RuleContext(Measure measure, MonthlySeries? series, YearMonth month, PeerData? peers = null, PeerGroup? group = null)
    {
        ArgumentNullException.ThrowIfNull(measure);
        Measure = measure;
        Month = month;
        // A change of method makes earlier months incomparable: the rules see only the months since.
        Series = series?.Through(month).From(measure.ComparableFrom) ?? new MonthlySeries(measure.Id, []);
        PeerData = peers ?? PeerData.Empty;
        Group = group;
    }

    public Measure Measure { get; }

    /// <summary>T, the reporting month.</summary>
    public YearMonth Month { get; }

    /// <summary>The measure's series through T (empty when there is none), from its <see cref="Measure.ComparableFrom"/> month when the method changed.</summary>
    public MonthlySeries Series { get; }

    public PeerData PeerData { get; }

    public PeerGroup? Group { get; }

    /// <summary>The measure's rule parameters (the configuration's defaults with its own overrides).</summary>
    public RuleParameters Parameters => Measure.Rules;

    /// <summary>x(m), or null when the month is missing or after T.</summary>
    public double? ValueAt(YearMonth month) => month > Month ? null : Series.ValueAt(month);

    /// <summary>
    /// Why <paramref name="stats"/>' window is not usable: "14 of 24 months present", with the change
    /// of method named when it is what left the window short ("…; the method changed in July 2019,
    /// so earlier months are not comparable").
    /// </summary>
    public NotEvaluatedReason CoverageReason(WindowStatistics stats, string noun = "months")
    {
        ArgumentNullException.ThrowIfNull(stats);
        var reason = stats.CoverageReasonOf(noun);
        var needed = Parameters.MinimumPresent(stats.Window.Length);
        return Measure.ComparableFrom is { } from && from > stats.Window.First
            ? new(ReasonCodes.MethodChanged, $"{reason}; the method changed in {EnglishDates.Month(from)}, so earlier months are not comparable", [from], stats.N, needed)
            : new(ReasonCodes.WindowShort, reason, null, stats.N, needed);
    }

    /// <summary>The statistics of x over <paramref name="window"/>.</summary>
    public WindowStatistics Statistics(MonthWindow window) => WindowStatistics.Of(window, ValueAt);

    /// <summary>The peer comparison at the comparison month, or why there is none (computed once).</summary>
    public PeerComparisonResult Peers => _peers ??= PeerComparer.Compare(Measure.PeerKey, PeerData, Group, Month, Parameters.Peers);

    /// <summary>The measure's XmR chart at T, with its <c>rules.spc</c> settings and target (computed once).</summary>
    public XmrChart Xmr => _xmr ??= XmrChart.Build(Series, Month, Parameters.Spc, Measure.Polarity, Measure.Target);

    public RuleOutcome Fired(RuleDefinition rule, Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new RuleOutcome(rule, RuleStatus.Fired, null, evidence, rule.SentimentFor(Measure.Polarity));
    }

    public static RuleOutcome NotFired(RuleDefinition rule, Evidence evidence) =>
        new(rule, RuleStatus.NotFired, null, evidence, null);

    public static RuleOutcome NotEvaluated(RuleDefinition rule, NotEvaluatedReason why, Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(why);
        return new(rule, RuleStatus.NotEvaluated, why.Text, evidence, null, why);
    }

    /// <summary>Fired when <paramref name="fires"/>, else not fired.</summary>
    public RuleOutcome Decide(RuleDefinition rule, bool fires, Evidence evidence) =>
        fires ? Fired(rule, evidence) : NotFired(rule, evidence);
}
