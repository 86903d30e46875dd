using System.Globalization;
using NodaTime;

namespace Scorecard.Cli;

/// <summary>
/// The clock when <c>SOURCE_DATE_EPOCH</c> is set (reproducible-builds.org): every "generated on"
/// date and timestamp is that instant, so the same inputs give the same bytes on any day.
/// </summary>
internal sealed class SourceDateEpoch(Instant instant) : IClock
{
    public const string Variable = "SOURCE_DATE_EPOCH";

    public Instant GetCurrentInstant() => instant;

    /// <summary>The instant a value names: whole seconds since 1970-01-01 UTC, within NodaTime's range; null otherwise.</summary>
    public static Instant? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > Instant.MaxValue.ToUnixTimeSeconds())
        {
            return null;
        }

        return Instant.FromUnixTimeSeconds(seconds);
    }
}
