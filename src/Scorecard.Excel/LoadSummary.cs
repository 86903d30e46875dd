using System.Globalization;
using NodaTime;
using Scorecard.Core.Periods;
using Scorecard.Core.Series;

namespace Scorecard.Excel;

/// <summary>
/// What a load produced, in brief: how many measures, the months they span, and each measure's
/// gaps (months between its first and last month with no value, a 0/0 ratio month included).
/// </summary>
public sealed record LoadSummary(
    int Measures,
    YearMonth? FirstMonth,
    YearMonth? LastMonth,
    IReadOnlyList<(string MeasureId, IReadOnlyList<YearMonth> Gaps)> Gaps)
{
    /// <summary>Months from the first to the last, inclusive; 0 when there are none.</summary>
    public int Months => FirstMonth is { } first && LastMonth is { } last ? MonthWindow.MonthsBetween(first, last) + 1 : 0;

    public int GapCount => Gaps.Sum(g => g.Gaps.Count);

    public static LoadSummary Of(MeasureData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var firsts = data.Series.Where(s => s.FirstMonth is not null).Select(s => s.FirstMonth!.Value).ToList();
        var lasts = data.Series.Where(s => s.LastMonth is not null).Select(s => s.LastMonth!.Value).ToList();
        var gaps = data.Series
            .Select(s => (s.MeasureId, s.Gaps()))
            .Where(g => g.Item2.Count > 0)
            .ToList();
        return new LoadSummary(
            data.Series.Count,
            firsts.Count == 0 ? null : firsts.Min(),
            lasts.Count == 0 ? null : lasts.Max(),
            gaps);
    }

    /// <summary>"29 measures, 66 months (April 2014 to September 2019), no gaps" or "..., 3 gaps (crime-volume: May 2016; ...)".</summary>
    public override string ToString() =>
        FirstMonth is null ? $"{Plural(Measures, "measure")}, no months" : $"{Plural(Measures, "measure")}, {SpanText}, {GapText}";

    /// <summary>"66 months (April 2014 to September 2019)", or "no months".</summary>
    public string SpanText => FirstMonth is { } first && LastMonth is { } last
        ? $"{Plural(Months, "month")} ({EnglishDates.Month(first)} to {EnglishDates.Month(last)})"
        : "no months";

    /// <summary>"no gaps", or "3 gaps (crime-volume: May 2016; outcome-rate: May 2016, June 2016)".</summary>
    public string GapText
    {
        get
        {
            if (GapCount == 0)
            {
                return "no gaps";
            }

            const int shown = 5;
            var listed = Gaps.Take(shown).Select(g => $"{g.MeasureId}: {MonthList(g.Gaps)}");
            var more = Gaps.Count > shown ? $"; and {Plural(Gaps.Count - shown, "more measure")}" : string.Empty;
            return $"{Plural(GapCount, "gap")} ({string.Join("; ", listed)}{more})";
        }
    }

    private static string MonthList(IReadOnlyList<YearMonth> months) =>
        months.Count <= 3
            ? string.Join(", ", months.Select(EnglishDates.Month))
            : string.Join(", ", months.Take(3).Select(EnglishDates.Month)) + string.Create(CultureInfo.InvariantCulture, $" and {months.Count - 3} more");

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
