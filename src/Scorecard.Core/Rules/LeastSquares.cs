using MathNet.Numerics.Distributions;

namespace Scorecard.Core.Rules;

/// <summary>
/// An ordinary least squares line y = intercept + slope·x and the test of its slope (spec,
/// "The trend test"). When every y is equal the slope is 0 and <see cref="T"/> and
/// <see cref="P"/> are null; when the residuals are all zero (a perfect line) the standard
/// error is 0, <see cref="T"/> is null (it would be infinite) and <see cref="P"/> is 0.
/// </summary>
/// <param name="N">Points fitted.</param>
/// <param name="StandardError">Of the slope: √(SSR ÷ (n − 2) ÷ Σ(x − x̄)²).</param>
/// <param name="Df">Degrees of freedom, n − 2.</param>
/// <param name="P">Two-sided p-value, 2·(1 − F(|t|; df)) with F the Student t distribution.</param>
/// <param name="AllEqual">True when every y is the same value.</param>
public sealed record LeastSquares(int N, double Slope, double Intercept, double? StandardError, double? T, int Df, double? P, bool AllEqual)
{
    /// <summary>Fits the line to <paramref name="points"/> (at least 3, with at least two distinct x).</summary>
    public static LeastSquares Fit(IReadOnlyList<(double X, double Y)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentOutOfRangeException.ThrowIfLessThan(points.Count, 3, nameof(points));
        var n = points.Count;
        var df = n - 2;
        if (points.All(p => p.Y.Equals(points[0].Y)))
        {
            return new LeastSquares(n, 0.0, points[0].Y, null, null, df, null, true);
        }

        var meanX = points.Sum(p => p.X) / n;
        var meanY = points.Sum(p => p.Y) / n;
        var sxx = points.Sum(p => (p.X - meanX) * (p.X - meanX));
        if (sxx <= 0)
        {
            throw new ArgumentException("A least squares fit needs at least two distinct x values.", nameof(points));
        }

        var sxy = points.Sum(p => (p.X - meanX) * (p.Y - meanY));
        var slope = sxy / sxx;
        var intercept = meanY - (slope * meanX);
        var ssr = points.Sum(p =>
        {
            var residual = p.Y - intercept - (slope * p.X);
            return residual * residual;
        });

        if (ssr <= 0)
        {
            return new LeastSquares(n, slope, intercept, 0.0, null, df, 0.0, false);
        }

        var se = Math.Sqrt(ssr / df / sxx);
        var t = slope / se;

        // 2·(1 − F(|t|)) written as 2·F(−|t|): the same number, without losing small p-values to rounding.
        var p = 2.0 * StudentT.CDF(0.0, 1.0, df, -Math.Abs(t));
        return new LeastSquares(n, slope, intercept, se, t, df, Math.Min(1.0, p), false);
    }
}
