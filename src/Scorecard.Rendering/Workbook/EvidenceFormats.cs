using System.Globalization;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Rendering.Export;

namespace Scorecard.Rendering.Workbook;

/// <summary>A number as a cell holds it, the number format that shows it, and roughly what it shows (to size its column).</summary>
internal readonly record struct ShownNumber(double Cell, string Format, string Display);

/// <summary>
/// The number formats of one row of the Evidence sheet. The cells keep every digit; the formats
/// round them as the report's Appendix A does: a mean, a line or a tested value one decimal finer
/// than the measure's own format ("3,706.7", "16.45%"), a whole count as counted ("3,816"), a time
/// to a tenth of a second with its units ("10 min 56.3 s", "6.6 s", held as a fraction of a day
/// like the Dashboard's times), a standard deviation of a percentage in percentage points, a slope to three
/// significant figures in the measure's units a month ("+0.420 pp", "+4.1 s"), p to three decimals
/// ("&lt; 0.001" below that), the peer figures to two decimals and the peer trend's threshold in
/// percentage points. A tested value that would print the same as the line it was tested against
/// gets the decimals that show which side it falls, and so does a p that would print as α.
/// </summary>
internal sealed class EvidenceFormats
{
    private const int MostExtraDecimals = 4;

    private readonly ValueFormat _format;
    private readonly bool _peer;
    private readonly bool _peerTrend;
    private readonly int _levelDecimals;
    private readonly double? _alpha;

    public EvidenceFormats(MeasureResult measure, RuleOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(outcome);
        _format = measure.Measure.Format;
        _peer = outcome.Rule.Group == RuleGroup.Peers;
        _peerTrend = EvidenceTable.IsPeerTrend(outcome);
        _alpha = outcome.Evidence.Alpha;
        _levelDecimals = TellApart(outcome.Evidence, LevelDecimals());
    }

    public ShownNumber For(EvidenceFigure figure, double value) => figure switch
    {
        EvidenceFigure.Level when _peerTrend => Points(value),
        EvidenceFigure.Level or EvidenceFigure.Tested or EvidenceFigure.Spread when _peer => Plain(value, _levelDecimals),
        EvidenceFigure.Tested when _format.Style == ValueStyle.Count && value % 1 == 0 => new(value, "#,##0", Invariant(value, 0)),
        EvidenceFigure.Level or EvidenceFigure.Tested => Level(value),
        EvidenceFigure.Spread => Spread(value),
        EvidenceFigure.Rate => Rate(value, signed: true),
        EvidenceFigure.RateError => Rate(value, signed: false),
        EvidenceFigure.Change => new(value, NumberFormats.ChangePercent, NumberFormats.DisplayChange(value, ValueFormat.Percent)),
        EvidenceFigure.Statistic => new(value, "0.00", Invariant(value, 2)),
        EvidenceFigure.PValue => PValue(value),
        _ => new(value, "General", value.ToString("G10", CultureInfo.InvariantCulture)),
    };

    /// <summary>The decimals of a mean, a line or a tested value before any are added to tell two apart.</summary>
    private int LevelDecimals() => _peer ? 2 : _format.Style == ValueStyle.Duration ? 1 : _format.Decimals + 1;

    /// <summary>
    /// More decimals, up to four more, while the tested value and a line it was tested against
    /// would print the same though they differ: "16.60%" against "16.6%" tells nothing.
    /// </summary>
    private int TellApart(Evidence evidence, int decimals)
    {
        if (evidence.Value is not { } value || _peerTrend)
        {
            return decimals;
        }

        var lines = new[] { evidence.Threshold, evidence.LowerThreshold, evidence.UpperThreshold }.OfType<double>().ToList();
        var d = decimals;
        while (d < decimals + MostExtraDecimals && lines.Exists(line => line != value && Math.Round(line, d, MidpointRounding.AwayFromZero) == Math.Round(value, d, MidpointRounding.AwayFromZero)))
        {
            d++;
        }

        return d;
    }

    private ShownNumber Level(double value) => _format.Style switch
    {
        ValueStyle.Duration => Time(value),
        ValueStyle.Percent => new(value, "0" + Fraction(_levelDecimals) + "\"%\"", Invariant(value, _levelDecimals) + "%"),
        _ => Plain(value, _levelDecimals),
    };

    private ShownNumber Spread(double value) => _format.Style switch
    {
        ValueStyle.Duration => Time(value),
        ValueStyle.Percent => new(value, "0" + Fraction(_levelDecimals) + "\" pp\"", Invariant(value, _levelDecimals) + " pp"),
        _ => Plain(value, _levelDecimals),
    };

    /// <summary>
    /// A time as minutes and seconds with units: the cell holds a fraction of a day. Excel cannot
    /// show a negative time (a lower line below zero), so such a cell holds seconds instead.
    /// </summary>
    private ShownNumber Time(double seconds)
    {
        var fraction = Fraction(_levelDecimals);
        if (seconds < 0)
        {
            return new(seconds, $"0{fraction}\" s\";-0{fraction}\" s\"", Invariant(seconds, _levelDecimals) + " s");
        }

        return new(seconds / 86400.0, NumberFormats.Time(_levelDecimals), NumberFormats.DisplayTime(seconds, _levelDecimals));
    }

    /// <summary>A slope or its standard error to three significant figures, in the measure's units a month.</summary>
    private ShownNumber Rate(double value, bool signed)
    {
        var magnitude = value == 0 ? 0 : (int)Math.Floor(Math.Log10(Math.Abs(value)));
        var decimals = Math.Clamp(2 - magnitude, 0, 4);
        var unit = _format.Style switch
        {
            ValueStyle.Percent => "\" pp\"",
            ValueStyle.Duration => "\" s\"",
            _ => string.Empty,
        };
        var body = "#,##0" + Fraction(decimals) + unit;
        var format = signed ? $"+{body};-{body};{body}" : body;
        return new(value, format, "+" + Invariant(value, decimals) + unit.Replace("\"", string.Empty, StringComparison.Ordinal));
    }

    /// <summary>The peer trend's threshold: a difference of two percentage changes, in percentage points.</summary>
    private static ShownNumber Points(double value) => new(value, "#,##0.0\" pp\"", Invariant(value, 1) + " pp");

    /// <summary>"0.014", "&lt; 0.001", "0.0503" against α 0.05.</summary>
    private ShownNumber PValue(double p)
    {
        var decimals = 3;
        while (_alpha is { } a && decimals < 6 && p != a && Math.Round(p, decimals, MidpointRounding.AwayFromZero) == Math.Round(a, decimals, MidpointRounding.AwayFromZero))
        {
            decimals++;
        }

        return new(p, $"[<0.001]\"< 0.001\";0{Fraction(decimals)}", Invariant(p, decimals));
    }

    private static ShownNumber Plain(double value, int decimals) => new(value, "#,##0" + Fraction(decimals), Invariant(value, decimals));

    private static string Invariant(double value, int decimals) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string Fraction(int decimals) => decimals > 0 ? "." + new string('0', decimals) : string.Empty;
}
