using System.Globalization;

namespace Scorecard.Core.Rules;

/// <summary>Small pieces of the key's and the plain sentences' wording, with numbers from the parameters.</summary>
internal static class KeyWords
{
    private static readonly string[] Small = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>"two", "eight", "18".</summary>
    public static string Count(int n) => n >= 0 && n < Small.Length ? Small[n] : n.ToString(CultureInfo.InvariantCulture);

    /// <summary>"year" (12), "two years" (24), "18 months": after "the past" or "the previous".</summary>
    public static string Months(int months) => months switch
    {
        12 => "year",
        _ when months % 12 == 0 => $"{Count(months / 12)} years",
        _ => $"{Count(months)} months",
    };

    /// <summary>"a year", "two years", "18 months": after "at least".</summary>
    public static string Span(int months) => months == 12 ? "a year" : Months(months);

    /// <summary>A multiplier or a number as the key prints it: "2", "1.5".</summary>
    public static string Number(double value) =>
        value.ToString(value % 1 == 0 ? "0" : "0.##", CultureInfo.InvariantCulture);

    /// <summary>"1 Standard Deviation", "2 Standard Deviations" (the key's capitals).</summary>
    public static string StandardDeviations(double k) => k == 1 ? "1 Standard Deviation" : $"{Number(k)} Standard Deviations";

    /// <summary>α as the appendix prints it: "0.05", "0.025".</summary>
    public static string Alpha(double alpha) => alpha.ToString(alpha * 100 % 1 == 0 ? "0.00" : "0.000", CultureInfo.InvariantCulture);
}
