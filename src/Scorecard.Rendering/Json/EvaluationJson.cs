using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using Scorecard.Core.Evaluation;
using Scorecard.Core.Measures;
using Scorecard.Core.Periods;

namespace Scorecard.Rendering.Json;

/// <summary>
/// The machine-readable result of an evaluation. Its field names and meanings are a contract
/// that other tools rely on: numbers unrounded, percentages as percentages (2.92 means 2.92 %),
/// a value that cannot be computed is null, <c>flags</c> lists fired rules only and <c>rules</c>
/// every rule with its status.
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
        foreach (var rule in evaluation.Key)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("text", rule.KeyText);
            json.WriteString("group", Kebab(rule.Group.ToString()));
            json.WriteString("direction", Kebab(rule.Direction.ToString()));
            json.WriteEndObject();
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
            json.WriteString("text", flag.Rule.KeyText);
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
            NullableString(json, "sentiment", outcome.Sentiment is { } s ? Kebab(s.ToString()) : null);
            WriteEvidence(json, outcome.Evidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();

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
