namespace Scorecard.Core.Diagnostics;

/// <summary>
/// "Did you mean …?": the known name closest to a misspelt one, by edit distance (insertions,
/// deletions, substitutions and swaps of neighbouring letters), ignoring case, and close enough
/// to be a slip of the keyboard rather than another name altogether; failing that, a name that
/// begins with the one given, or that it begins with (a force named short or in full).
/// </summary>
public static class Suggestions
{
    /// <summary>The candidate nearest to <paramref name="typed"/>, or null when none is near enough.</summary>
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(candidates);
        var allowed = typed.Length <= 3 ? 1 : Math.Max(2, Math.Min(3, typed.Length / 3));
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Distinct(StringComparer.Ordinal))
        {
            if (string.Equals(candidate, typed, StringComparison.Ordinal))
            {
                continue;
            }

            var distance = string.Equals(candidate, typed, StringComparison.OrdinalIgnoreCase)
                ? 0
                : Distance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance <= allowed && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        if (best is null && typed.Length >= 4)
        {
            // "Avon and Somerset" for "Avon and Somerset Constabulary": a name given short or long.
            best = candidates
                .Where(c => c.Length >= 4 && !string.Equals(c, typed, StringComparison.Ordinal)
                    && (c.StartsWith(typed, StringComparison.OrdinalIgnoreCase) || typed.StartsWith(c, StringComparison.OrdinalIgnoreCase)))
                .OrderBy(c => Math.Abs(c.Length - typed.Length))
                .ThenBy(c => c, StringComparer.Ordinal)
                .FirstOrDefault();
        }

        return best;
    }

    /// <summary>" (did you mean "margin"?)", to follow the name in a message, or an empty string.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> candidates) =>
        Closest(typed, candidates) is { } match ? $" (did you mean \"{match}\"?)" : string.Empty;

    /// <summary>The optimal string alignment distance between two strings.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
