namespace Scorecard.Rendering.Palette;

/// <summary>How a reader sees colour: typical vision, or one of the three dichromacies.</summary>
public enum ColourVisionKind
{
    Typical,

    /// <summary>No working long-wavelength (red) cones: about 1 in 100 men.</summary>
    Protanopia,

    /// <summary>No working medium-wavelength (green) cones: about 1 in 100 men.</summary>
    Deuteranopia,

    /// <summary>No working short-wavelength (blue) cones: rare.</summary>
    Tritanopia,
}

/// <summary>
/// Whether two colours can be told apart, by typical readers and by readers with each kind of
/// dichromacy. The method is published and standard:
/// <list type="number">
/// <item>simulate each dichromacy with the matrices of Machado, Oliveira and Fernandes, "A
/// physiologically-based model for simulation of color vision deficiency", IEEE TVCG 15(6),
/// 2009 (severity 1.0), applied to linear-light sRGB;</item>
/// <item>convert to CIELAB (D65) and measure the difference with CIEDE2000 (Sharma, Wu and
/// Dalal's formulation, 2005).</item>
/// </list>
/// A pair is hard to tell apart when its smallest difference over the four kinds of vision is
/// below <see cref="MinimumDifference"/> (ΔE2000 10: well above the just-noticeable 2.3, the
/// size at which small marks and swatches of two categories stay distinct). Red and green
/// (#2E7D32, #C62828) fall to 6.6 for deuteranopia; the default palette's closest pair is 12.2.
/// </summary>
public static class ColourVision
{
    /// <summary>The smallest CIEDE2000 difference two sentiment colours may have under any kind of vision.</summary>
    public const double MinimumDifference = 10.0;

    /// <summary>The smallest contrast a sentiment's text colour may have on its fill (WCAG 2 AA, normal text).</summary>
    public const double MinimumTextContrast = 4.5;

    private static readonly double[,] Protan =
    {
        { 0.152286, 1.052583, -0.204868 },
        { 0.114503, 0.786281, 0.099216 },
        { -0.003882, -0.048116, 1.051998 },
    };

    private static readonly double[,] Deutan =
    {
        { 0.367322, 0.860646, -0.227968 },
        { 0.280085, 0.672501, 0.047413 },
        { -0.011820, 0.042940, 0.968881 },
    };

    private static readonly double[,] Tritan =
    {
        { 1.255528, -0.076749, -0.178779 },
        { -0.078411, 0.930809, 0.147602 },
        { 0.004733, 0.691367, 0.303900 },
    };

    /// <summary>The kind of vision under which <paramref name="a"/> and <paramref name="b"/> are closest, and their CIEDE2000 difference there.</summary>
    public static (ColourVisionKind Vision, double Difference) Closest(Rgb a, Rgb b) =>
        Enum.GetValues<ColourVisionKind>()
            .Select(kind => (kind, Difference(a, b, kind)))
            .MinBy(p => p.Item2);

    /// <summary>The CIEDE2000 difference between <paramref name="a"/> and <paramref name="b"/> as a reader with <paramref name="vision"/> sees them.</summary>
    public static double Difference(Rgb a, Rgb b, ColourVisionKind vision) =>
        Ciede2000(Lab(Simulate(a, vision)), Lab(Simulate(b, vision)));

    /// <summary>The colour as a reader with <paramref name="vision"/> sees it, in linear light.</summary>
    public static (double R, double G, double B) Simulate(Rgb colour, ColourVisionKind vision)
    {
        var (r, g, b) = colour.Linear();
        var m = vision switch
        {
            ColourVisionKind.Protanopia => Protan,
            ColourVisionKind.Deuteranopia => Deutan,
            ColourVisionKind.Tritanopia => Tritan,
            _ => null,
        };
        if (m is null)
        {
            return (r, g, b);
        }

        static double Clamp(double v) => Math.Clamp(v, 0, 1);
        return (
            Clamp((m[0, 0] * r) + (m[0, 1] * g) + (m[0, 2] * b)),
            Clamp((m[1, 0] * r) + (m[1, 1] * g) + (m[1, 2] * b)),
            Clamp((m[2, 0] * r) + (m[2, 1] * g) + (m[2, 2] * b)));
    }

    /// <summary>CIELAB (D65 white) of a linear-light sRGB colour.</summary>
    public static (double L, double A, double B) Lab((double R, double G, double B) linear)
    {
        var (r, g, b) = linear;
        var x = ((0.4124564 * r) + (0.3575761 * g) + (0.1804375 * b)) / 0.95047;
        var y = (0.2126729 * r) + (0.7151522 * g) + (0.0721750 * b);
        var z = ((0.0193339 * r) + (0.1191920 * g) + (0.9503041 * b)) / 1.08883;
        static double F(double t) => t > 216.0 / 24389 ? Math.Cbrt(t) : ((24389.0 / 27 * t) + 16) / 116;
        var (fx, fy, fz) = (F(x), F(y), F(z));
        return ((116 * fy) - 16, 500 * (fx - fy), 200 * (fy - fz));
    }

    /// <summary>The CIEDE2000 colour difference (kL = kC = kH = 1).</summary>
    public static double Ciede2000((double L, double A, double B) first, (double L, double A, double B) second)
    {
        var (l1, a1, b1) = first;
        var (l2, a2, b2) = second;
        var cBar = (Math.Sqrt((a1 * a1) + (b1 * b1)) + Math.Sqrt((a2 * a2) + (b2 * b2))) / 2;
        var g = 0.5 * (1 - Math.Sqrt(Math.Pow(cBar, 7) / (Math.Pow(cBar, 7) + Math.Pow(25, 7))));
        var a1p = (1 + g) * a1;
        var a2p = (1 + g) * a2;
        var c1p = Math.Sqrt((a1p * a1p) + (b1 * b1));
        var c2p = Math.Sqrt((a2p * a2p) + (b2 * b2));
        var h1p = Hue(b1, a1p);
        var h2p = Hue(b2, a2p);

        var dL = l2 - l1;
        var dC = c2p - c1p;
        double dh;
        if (c1p * c2p == 0)
        {
            dh = 0;
        }
        else
        {
            dh = h2p - h1p;
            if (dh > 180)
            {
                dh -= 360;
            }
            else if (dh < -180)
            {
                dh += 360;
            }
        }

        var dH = 2 * Math.Sqrt(c1p * c2p) * Math.Sin(Radians(dh / 2));
        var lBar = (l1 + l2) / 2;
        var cBarP = (c1p + c2p) / 2;
        double hBar;
        if (c1p * c2p == 0)
        {
            hBar = h1p + h2p;
        }
        else if (Math.Abs(h1p - h2p) <= 180)
        {
            hBar = (h1p + h2p) / 2;
        }
        else
        {
            hBar = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
        }

        var t = 1 - (0.17 * Math.Cos(Radians(hBar - 30))) + (0.24 * Math.Cos(Radians(2 * hBar)))
            + (0.32 * Math.Cos(Radians((3 * hBar) + 6))) - (0.20 * Math.Cos(Radians((4 * hBar) - 63)));
        var dTheta = 30 * Math.Exp(-Math.Pow((hBar - 275) / 25, 2));
        var rC = 2 * Math.Sqrt(Math.Pow(cBarP, 7) / (Math.Pow(cBarP, 7) + Math.Pow(25, 7)));
        var sL = 1 + (0.015 * Math.Pow(lBar - 50, 2) / Math.Sqrt(20 + Math.Pow(lBar - 50, 2)));
        var sC = 1 + (0.045 * cBarP);
        var sH = 1 + (0.015 * cBarP * t);
        var rT = -Math.Sin(Radians(2 * dTheta)) * rC;
        var l = dL / sL;
        var c = dC / sC;
        var h = dH / sH;
        return Math.Sqrt((l * l) + (c * c) + (h * h) + (rT * c * h));
    }

    private static double Hue(double b, double a)
    {
        if (a == 0 && b == 0)
        {
            return 0;
        }

        var degrees = Math.Atan2(b, a) * 180 / Math.PI;
        return degrees < 0 ? degrees + 360 : degrees;
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
