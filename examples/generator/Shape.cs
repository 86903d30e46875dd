namespace Scorecard.ExampleGenerator;

/// <summary>Building blocks of a realistic monthly series: level, season, noise, calibration.</summary>
internal static class Shape
{
    /// <summary>A piecewise-linear level through (year, month, value) anchors, flat beyond the ends.</summary>
    public static double[] Level(params (int Year, int Month, double Value)[] anchors)
    {
        var points = anchors.Select(a => (X: (double)Months.Of(a.Year, a.Month), Y: a.Value)).OrderBy(p => p.X).ToArray();
        var result = new double[Months.Count];
        for (var i = 0; i < Months.Count; i++)
        {
            result[i] = Interpolate(points, i);
        }

        return result;
    }

    public static double Interpolate(IReadOnlyList<(double X, double Y)> points, double x)
    {
        if (x <= points[0].X)
        {
            return points[0].Y;
        }

        for (var k = 1; k < points.Count; k++)
        {
            if (x <= points[k].X)
            {
                var (x0, y0) = points[k - 1];
                var (x1, y1) = points[k];
                return y0 + ((y1 - y0) * (x - x0) / (x1 - x0));
            }
        }

        return points[^1].Y;
    }

    /// <summary>Multiplies by the seasonal index, its swing scaled by <paramref name="amplitude"/>.</summary>
    public static double[] Seasonal(this double[] level, Seasonality.Profile profile, double amplitude)
    {
        var result = new double[level.Length];
        for (var i = 0; i < level.Length; i++)
        {
            result[i] = level[i] * Seasonality.Index(profile, Months.At(i).Month, amplitude);
        }

        return result;
    }

    /// <summary>Multiplicative noise: relative sd <paramref name="relativeSd"/>.</summary>
    public static double[] Noisy(this double[] values, Prng random, double relativeSd)
    {
        var result = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            result[i] = values[i] * Math.Max(0.05, 1.0 + (relativeSd * random.NextGaussian()));
        }

        return result;
    }

    /// <summary>Additive noise with sd <paramref name="sd"/>.</summary>
    public static double[] Jitter(this double[] values, Prng random, double sd)
    {
        var result = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            result[i] = values[i] + (sd * random.NextGaussian());
        }

        return result;
    }

    /// <summary>Multiplies one month by <paramref name="factor"/>.</summary>
    public static double[] Times(this double[] values, int year, int month, double factor)
    {
        var result = (double[])values.Clone();
        result[Months.Of(year, month)] *= factor;
        return result;
    }

    /// <summary>
    /// Nudges a positive series so each block's sum is close to its total with a smooth factor
    /// (interpolated between block centres), so calibration leaves no visible steps; a final
    /// exact rescale is left to <see cref="Allocate"/>.
    /// </summary>
    public static double[] SmoothTowards(this double[] values, IReadOnlyList<Block> blocks)
    {
        var result = (double[])values.Clone();
        if (blocks.Count == 0)
        {
            return result;
        }

        for (var iteration = 0; iteration < 8; iteration++)
        {
            var factors = blocks.OrderBy(b => b.Start)
                .Select(b => (X: b.Centre, Y: Sum(result, b) > 0 ? b.Total / Sum(result, b) : 1.0))
                .ToArray();
            for (var i = 0; i < result.Length; i++)
            {
                result[i] *= Interpolate(factors, i);
            }
        }

        return result;
    }

    /// <summary>
    /// Whole numbers close to <paramref name="values"/> whose block sums are exactly the block
    /// totals (largest remainder within each block, never above <paramref name="caps"/>, never
    /// below <paramref name="floors"/>). Months outside every block are rounded.
    /// </summary>
    public static int[] Allocate(double[] values, IReadOnlyList<Block> blocks, int[]? caps = null, int[]? floors = null)
    {
        var result = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            result[i] = (int)Math.Round(Math.Max(0, values[i]), MidpointRounding.AwayFromZero);
            if (caps is not null)
            {
                result[i] = Math.Min(result[i], caps[i]);
            }
        }

        foreach (var block in blocks)
        {
            var total = (int)block.Total;
            if (total != block.Total)
            {
                throw new InvalidOperationException($"Block {block} needs a whole-number total.");
            }

            var months = Enumerable.Range(block.Start, block.Length).ToArray();
            var floor = months.Select(i => floors?[i] ?? 0).ToArray();
            var cap = months.Select(i => caps?[i] ?? int.MaxValue).ToArray();
            var remaining = total - floor.Sum();
            if (remaining < 0 || cap.Select(c => (long)c).Sum() < total)
            {
                throw new InvalidOperationException($"Block {block} cannot be allocated within its floors and caps.");
            }

            var weights = months.Select(i => Math.Max(0, values[i])).ToArray();
            if (weights.Sum() <= 0)
            {
                weights = months.Select(_ => 1.0).ToArray();
            }

            var alloc = (int[])floor.Clone();
            // Hand out the remainder in proportion to the weights, respecting the caps, one
            // round at a time until nothing is left.
            while (remaining > 0)
            {
                var open = Enumerable.Range(0, months.Length).Where(k => alloc[k] < cap[k]).ToArray();
                var openWeight = open.Sum(k => weights[k]);
                var ideal = open.ToDictionary(k => k, k => openWeight > 0 ? remaining * weights[k] / openWeight : (double)remaining / open.Length);
                var handed = 0;
                foreach (var k in open)
                {
                    var give = Math.Min(cap[k] - alloc[k], (int)Math.Floor(ideal[k]));
                    alloc[k] += give;
                    handed += give;
                }

                var left = remaining - handed;
                foreach (var k in open.OrderByDescending(k => ideal[k] - Math.Floor(ideal[k])).ThenBy(k => k))
                {
                    if (left == 0)
                    {
                        break;
                    }

                    if (alloc[k] < cap[k])
                    {
                        alloc[k]++;
                        left--;
                    }
                }

                remaining = left;
            }

            for (var k = 0; k < months.Length; k++)
            {
                result[months[k]] = alloc[k];
            }
        }

        return result;
    }

    /// <summary>Scales each block of <paramref name="means"/> so its volume-weighted mean is the block's total (its target mean).</summary>
    public static double[] CalibrateMeans(double[] means, int[] volumes, IReadOnlyList<Block> blocks, int decimals)
    {
        var result = (double[])means.Clone();
        foreach (var block in blocks)
        {
            // Iterate: rounding each month moves the weighted mean by a little.
            for (var iteration = 0; iteration < 4; iteration++)
            {
                var weighted = 0.0;
                var volume = 0.0;
                for (var i = block.Start; i <= block.End; i++)
                {
                    weighted += result[i] * volumes[i];
                    volume += volumes[i];
                }

                var factor = block.Total / (weighted / volume);
                for (var i = block.Start; i <= block.End; i++)
                {
                    result[i] = Math.Round(result[i] * factor, decimals, MidpointRounding.AwayFromZero);
                }
            }
        }

        return result;
    }

    public static double[] Round(this double[] values, int decimals) =>
        values.Select(v => Math.Round(v, decimals, MidpointRounding.AwayFromZero)).ToArray();

    public static double[] Clamp(this double[] values, double min, double max) =>
        values.Select(v => Math.Clamp(v, min, max)).ToArray();

    public static double Sum(double[] values, Block block)
    {
        var sum = 0.0;
        for (var i = block.Start; i <= block.End; i++)
        {
            sum += values[i];
        }

        return sum;
    }

    public static int Sum(int[] values, Block block)
    {
        var sum = 0;
        for (var i = block.Start; i <= block.End; i++)
        {
            sum += values[i];
        }

        return sum;
    }
}
