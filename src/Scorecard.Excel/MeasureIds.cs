using System.Text;
using System.Text.RegularExpressions;

namespace Scorecard.Excel;

/// <summary>Measure ids are kebab-case: <c>^[a-z0-9]+(-[a-z0-9]+)*$</c>.</summary>
internal static partial class MeasureIds
{
    public static bool IsValid(string id) => KebabCase().IsMatch(id);

    /// <summary>The kebab-case form of a near miss ("Crime Volume" → "crime-volume"), or null.</summary>
    public static string? Suggest(string id)
    {
        var builder = new StringBuilder();
        foreach (var c in id.Trim())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var suggestion = builder.ToString().Trim('-');
        return IsValid(suggestion) ? suggestion : null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabCase();
}
