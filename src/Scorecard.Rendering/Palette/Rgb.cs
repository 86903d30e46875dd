using System.Globalization;

namespace Scorecard.Rendering.Palette;

/// <summary>An sRGB colour, 0–255 a channel, read from and written as "#RRGGBB".</summary>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    /// <summary>"#RRGGBB" or "#RGB", any case; null for anything else.</summary>
    public static Rgb? Parse(string? text)
    {
        var t = text?.Trim();
        if (t is null || t.Length is not (4 or 7) || t[0] != '#' || !t.Skip(1).All(char.IsAsciiHexDigit))
        {
            return null;
        }

        if (t.Length == 4)
        {
            t = string.Concat("#", new string(t[1], 2), new string(t[2], 2), new string(t[3], 2));
        }

        byte Channel(int at) => byte.Parse(t.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new Rgb(Channel(1), Channel(3), Channel(5));
    }

    public string ToHex() => string.Create(CultureInfo.InvariantCulture, $"#{R:X2}{G:X2}{B:X2}");

    /// <summary>The colour at <paramref name="share"/> strength on white: 0.2 gives a light tint.</summary>
    public Rgb Tint(double share)
    {
        byte Mix(byte c) => (byte)Math.Round((c * share) + (255 * (1 - share)), MidpointRounding.AwayFromZero);
        return new Rgb(Mix(R), Mix(G), Mix(B));
    }

    /// <summary>The colour scaled towards black, a step at a time, until it reads on <paramref name="background"/> at <paramref name="ratio"/>:1.</summary>
    public Rgb DarkenUntilContrast(Rgb background, double ratio)
    {
        for (var factor = 1.0; factor > 0; factor -= 0.01)
        {
            byte Scale(byte c) => (byte)Math.Round(c * factor, MidpointRounding.AwayFromZero);
            var candidate = new Rgb(Scale(R), Scale(G), Scale(B));
            if (candidate.Contrast(background) >= ratio)
            {
                return candidate;
            }
        }

        return new Rgb(0, 0, 0);
    }

    /// <summary>Each channel in linear light, 0–1 (the sRGB transfer function undone).</summary>
    public (double R, double G, double B) Linear() => (ToLinear(R), ToLinear(G), ToLinear(B));

    /// <summary>WCAG 2 relative luminance.</summary>
    public double Luminance()
    {
        var (r, g, b) = Linear();
        return (0.2126 * r) + (0.7152 * g) + (0.0722 * b);
    }

    /// <summary>WCAG 2 contrast ratio with <paramref name="other"/>, 1 to 21.</summary>
    public double Contrast(Rgb other)
    {
        var a = Luminance();
        var b = other.Luminance();
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    private static double ToLinear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
