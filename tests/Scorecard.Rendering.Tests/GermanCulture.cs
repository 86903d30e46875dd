using System.Globalization;

namespace Scorecard.Rendering.Tests;

/// <summary>
/// A culture that writes numbers the German way ("44.340,5"), for tests that the output does not
/// follow the machine's culture: de-DE where culture data exist, and in globalization-invariant
/// mode (where only the invariant culture loads) the invariant culture with German separators.
/// </summary>
internal static class GermanCulture
{
    public static CultureInfo Get()
    {
        try
        {
            return CultureInfo.GetCultureInfo("de-DE", predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            culture.NumberFormat.NumberDecimalSeparator = ",";
            culture.NumberFormat.NumberGroupSeparator = ".";
            return culture;
        }
    }
}
