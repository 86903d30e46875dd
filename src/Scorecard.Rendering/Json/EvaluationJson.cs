using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Periods;
using Scorecard.Core.Rules;
using Scorecard.Core.Spc;
using Scorecard.Rendering.Model;

namespace Scorecard.Rendering.Json;

/// <summary>
/// The machine-readable result of an evaluation. Its field names and meanings are a contract
/// that other tools rely on: numbers unrounded, percentages as percentages (2.92 means 2.92 %),
/// a value that cannot be computed is null, <c>flags</c> lists fired rules only and <c>rules</c>
/// every rule with its status; each measure names the rule set it was judged by, and a measure
/// judged by "Making Data Count" carries its XmR chart in <c>spc</c>. The contract is described
/// in <c>Json/README.md</c>.
/// </summary>
public static class EvaluationJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static string Write(ScorecardEvaluation evaluation, string? toolVersion = null)
    {
        using var stream = new MemoryStream();
        Write(evaluation, stream, toolVersion);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(ScorecardEvaluation evaluation, Stream stream, string? toolVersion = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        WriteQuarter(json, evaluation.Quarter, evaluation.Month);
        if (toolVersion is not null)
        {
            json.WriteStartObject("tool");
            json.WriteString("name", "scorecard");
            json.WriteString("version", toolVersion);
            json.WriteEndObject();
        }

        json.WriteStartArray("measures");
        foreach (var result in evaluation.Measures)
        {
            WriteMeasure(json, result);
            if (json.BytesPending > 64 * 1024)
            {
                // Into the stream as it goes: a national result (40 MB) is never held whole.
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.WriteStartArray("key");
        foreach (var set in evaluation.RuleSets)
        {
            // The key's words for the parameters the set's measures share, as the report's key prints them.
            var parameters = KeyMeanings.CommonParameters(evaluation, set);
            foreach (var rule in set.Key)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("ruleSet", set.Id);
                json.WriteString("text", set.KeyText(rule, parameters));
                json.WriteString("group", Kebab(rule.Group.ToString()));
                json.WriteString("direction", Kebab(rule.Direction.ToString()));
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>
    /// <c>latest</c>: the 12-month figures at the last month with data (L ≤ T), for measures whose
    /// data lag the reporting month; equal to the figures at T when L = T; null for a measure with no data.
    /// </summary>
    private static void WriteLatest(Utf8JsonWriter json, LatestFigures? latest)
    {
        if (latest is null)
        {
            json.WriteNull("latest");
            return;
        }

        json.WriteStartObject("latest");
        json.WriteString("month", EnglishDates.Iso(latest.Month));
        TwelveMonths(json, latest.Rolling12, latest.PreviousRolling12, latest.ChangeAbsolute, latest.ChangePercent);
        Number(json, "margin", latest.Margin);
        json.WriteEndObject();
    }

    /// <summary><c>rolling12</c>, <c>previousRolling12</c> and <c>change: { absolute, percent }</c>.</summary>
    private static void TwelveMonths(Utf8JsonWriter json, double? rolling12, double? previousRolling12, double? absolute, double? percent)
    {
        Number(json, "rolling12", rolling12);
        Number(json, "previousRolling12", previousRolling12);
        json.WriteStartObject("change");
        Number(json, "absolute", absolute);
        Number(json, "percent", percent);
        json.WriteEndObject();
    }

    private static void WriteQuarter(Utf8JsonWriter json, FinancialQuarter quarter, YearMonth month)
    {
        json.WriteStartObject("quarter");
        json.WriteString("label", quarter.Label);
        json.WriteString("financialYear", quarter.FinancialYear);
        json.WriteNumber("number", quarter.Number);
        json.WriteString("start", Iso(quarter.FirstDay));
        json.WriteString("end", Iso(quarter.LastDay));
        json.WriteString("month", EnglishDates.Iso(month));
        json.WriteString("title", quarter.LongLabel);
        json.WriteEndObject();
    }

    private static void WriteMeasure(Utf8JsonWriter json, MeasureResult result)
    {
        var measure = result.Measure;
        var figures = result.Figures;
        json.WriteStartObject();
        json.WriteString("id", measure.Id);
        json.WriteString("name", measure.Name);
        json.WriteString("kind", Kebab(measure.Kind.ToString()));
        json.WriteString("polarity", Kebab(measure.Polarity.ToString()));
        json.WriteString("ruleSet", result.RuleSet.Id);
        Number(json, "target", measure.Target);
        Number(json, "priority", result.PriorityNumber);
        json.WriteStartObject("format");
        json.WriteString("style", Kebab(measure.Format.Style.ToString()));
        json.WriteNumber("decimals", measure.Format.Decimals);
        json.WriteEndObject();
        NullableString(json, "unit", measure.Unit);
        Number(json, "quarter", figures.Quarter);
        Number(json, "previousQuarter", figures.PreviousQuarter);
        TwelveMonths(json, figures.Rolling12, figures.PreviousRolling12, figures.ChangeAbsolute, figures.ChangePercent);
        Number(json, "latestMonth", figures.LatestMonthValue);
        Number(json, "margin", figures.Margin);
        Number(json, "previousQuarterRolling12", figures.PreviousQuarterRolling12);
        WriteLatest(json, figures.Latest);

        json.WriteStartArray("flags");
        foreach (var flag in result.Flags)
        {
            json.WriteStartObject();
            json.WriteString("id", flag.Id);
            NullableString(json, "sentiment", flag.Sentiment is { } s ? Kebab(s.ToString()) : null);
            json.WriteString("text", result.RuleSet.KeyText(flag.Rule, measure.Rules));
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("rules");
        foreach (var outcome in result.Outcomes)
        {
            json.WriteStartObject();
            json.WriteString("id", outcome.Id);
            json.WriteString("status", Kebab(outcome.Status.ToString()));
            NullableString(json, "reason", outcome.Reason);
            WriteReason(json, outcome.Why);
            NullableString(json, "sentiment", outcome.Sentiment is { } s ? Kebab(s.ToString()) : null);
            WriteEvidence(json, outcome.Evidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteSpc(json, result.Spc);

        if (result.Peers is { } peers)
        {
            json.WriteStartObject("peers");
            json.WriteString("comparisonMonth", EnglishDates.Iso(peers.ComparisonMonth));
            json.WriteString("group", peers.GroupName);
            json.WriteString("force", peers.Force);
            Number(json, "value", peers.ForceValue);
            Number(json, "groupMean", peers.GroupMean);
            Number(json, "groupSd", peers.GroupSd);
            json.WriteNumber("rank", peers.Rank);
            Number(json, "valueYearEarlier", peers.ForceValueYearEarlier);
            Number(json, "groupMeanYearEarlier", peers.GroupMeanYearEarlier);
            json.WriteStartArray("forces");
            foreach (var point in peers.Points)
            {
                json.WriteStartObject();
                json.WriteString("force", point.Force);
                Number(json, "value", point.Value);
                json.WriteBoolean("self", point.IsSelf);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("peers");
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// <c>reasonCode</c> (<see cref="ReasonCodes"/>) and the figures the reason was built from:
    /// <c>reasonMonths</c> (the months it names), <c>reasonPresent</c> and <c>reasonNeeded</c>;
    /// each null when the rule was evaluated or the reason has no such figure.
    /// </summary>
    private static void WriteReason(Utf8JsonWriter json, NotEvaluatedReason? why)
    {
        NullableString(json, "reasonCode", why?.Code);
        if (why?.Months is { } months)
        {
            json.WriteStartArray("reasonMonths");
            foreach (var month in months)
            {
                json.WriteStringValue(EnglishDates.Iso(month));
            }

            json.WriteEndArray();
        }
        else
        {
            json.WriteNull("reasonMonths");
        }

        Number(json, "reasonPresent", why?.Present);
        Number(json, "reasonNeeded", why?.Needed);
    }

    /// <summary>
    /// <c>spc</c>: a "Making Data Count" measure's XmR chart, as issue 13 states the contract:
    /// every point (month, value, its period's mean and process limits, its variation), the
    /// variation icon and the assurance icon; null for a measure judged by a set without XmR charts.
    /// </summary>
    private static void WriteSpc(Utf8JsonWriter json, XmrChart? chart)
    {
        if (chart is null)
        {
            json.WriteNull("spc");
            return;
        }

        json.WriteStartObject("spc");
        json.WriteStartArray("points");
        foreach (var point in chart.Points)
        {
            json.WriteStartObject();
            json.WriteString("month", EnglishDates.Iso(point.Month));
            Number(json, "value", point.Value);
            Number(json, "mean", point.Lines.Mean);
            Number(json, "upperLimit", point.Lines.UpperLimit);
            Number(json, "lowerLimit", point.Lines.LowerLimit);
            json.WriteString("variation", SpcNames.Of(point.Variation));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("variationIcon", SpcNames.Of(chart.VariationIcon));
        json.WriteString("assuranceIcon", SpcNames.Of(chart.AssuranceIcon));
        json.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter json, Evidence e)
    {
        json.WriteStartObject("evidence");
        NullableString(json, "window", e.Window);
        Number(json, "n", e.N);
        Number(json, "mean", e.Mean);
        Number(json, "sd", e.Sd);
        Number(json, "k", e.K);
        Number(json, "threshold", e.Threshold);
        Number(json, "lowerThreshold", e.LowerThreshold);
        Number(json, "upperThreshold", e.UpperThreshold);
        Number(json, "value", e.Value);
        if (e.Tested is { } tested)
        {
            json.WriteStartArray("tested");
            foreach (var point in tested)
            {
                json.WriteStartObject();
                json.WriteString("month", EnglishDates.Iso(point.Month));
                Number(json, "value", point.Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }
        else
        {
            json.WriteNull("tested");
        }

        Number(json, "slope", e.Slope);
        Number(json, "intercept", e.Intercept);
        Number(json, "standardError", e.StandardError);
        Number(json, "t", e.T);
        Number(json, "df", e.Df);
        Number(json, "p", e.P);
        Number(json, "alpha", e.Alpha);
        NullableString(json, "comparisonMonth", e.ComparisonMonth is { } month ? EnglishDates.Iso(month) : null);
        Number(json, "peerCount", e.PeerCount);
        Number(json, "forceChangePercent", e.ForceChangePercent);
        Number(json, "groupChangePercent", e.GroupChangePercent);
        if (e.Lines is { } lines)
        {
            // XmR rules: the lines of the last point's calculation period.
            json.WriteStartObject("lines");
            Number(json, "mean", lines.Mean);
            Number(json, "movingRangeMean", lines.MovingRangeMean);
            Number(json, "upperLimit", lines.UpperLimit);
            Number(json, "lowerLimit", lines.LowerLimit);
            Number(json, "sigma", lines.Sigma);
            Number(json, "upperTwoSigma", lines.UpperTwoSigma);
            Number(json, "lowerTwoSigma", lines.LowerTwoSigma);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("lines");
        }

        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void NullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static string Iso(LocalDate date) => $"{date.Year:0000}-{date.Month:00}-{date.Day:00}";

    /// <summary>"HigherIsBetter" → "higher-is-better"; "NotEvaluated" → "not-evaluated".</summary>
    internal static string Kebab(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
