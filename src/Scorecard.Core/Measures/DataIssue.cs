using NodaTime;
using Scorecard.Core.Periods;

namespace Scorecard.Core.Measures;

/// <summary>What kind of known problem an office has marked in a measure's data.</summary>
public enum DataIssueKind
{
    /// <summary>A system outage or another event that affected the months' figures; the rules still use them, and the report says why they look odd.</summary>
    Outage,

    /// <summary>
    /// A change of method (a new audit methodology, a new recording standard): the first month
    /// under the new method. Months before it are not comparable, so the rules and the changes
    /// on earlier periods use only the months from it on.
    /// </summary>
    MethodChange,

    /// <summary>Anything else the panel should know about the months' figures.</summary>
    Other,
}

/// <summary>
/// A known problem in a measure's data over <see cref="From"/>..<see cref="To"/>, marked by the
/// office so that the report explains it (on the chart, beside the symbols it affects and in the
/// data-quality section) instead of leaving the panel to wonder.
/// </summary>
/// <param name="Note">The office's words: "The IST system outage on 3 September slowed response and call handling."</param>
public sealed record DataIssue(YearMonth From, YearMonth To, DataIssueKind Kind, string Note)
{
    public MonthWindow Months => new(From, To);

    /// <summary>"September 2019", or "July to September 2019".</summary>
    public string MonthsText => From == To
        ? EnglishDates.Month(From)
        : From.Year == To.Year
            ? $"{EnglishDates.MonthName(From.Month)} to {EnglishDates.Month(To)}"
            : $"{EnglishDates.Month(From)} to {EnglishDates.Month(To)}";
}
