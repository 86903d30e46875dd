namespace Scorecard.ExampleGenerator;

/// <summary>
/// SplitMix64: a tiny, fully specified generator, so the example does not depend on how a
/// runtime version implements <see cref="System.Random"/>. Each measure draws from its own
/// stream, seeded from the example's seed and the measure's id, so adding a measure does not
/// change the others.
/// </summary>
internal sealed class Prng
{
    public const ulong ExampleSeed = 20191219; // the Panel meeting the reference report went to

    private ulong _state;

    public Prng(ulong seed) => _state = seed;

    public static Prng For(string streamName)
    {
        // FNV-1a over the UTF-16 code units: stable across processes, unlike string.GetHashCode.
        var hash = 14695981039346656037UL;
        foreach (var c in streamName)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }

        return new Prng(hash ^ ExampleSeed);
    }

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform on [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Standard normal (Box–Muller).</summary>
    public double NextGaussian()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Poisson with mean <paramref name="lambda"/> (Knuth below 30, normal approximation above).</summary>
    public int NextPoisson(double lambda)
    {
        if (lambda <= 0)
        {
            return 0;
        }

        if (lambda >= 30)
        {
            return Math.Max(0, (int)Math.Round(lambda + Math.Sqrt(lambda) * NextGaussian(), MidpointRounding.AwayFromZero));
        }

        var limit = Math.Exp(-lambda);
        var k = 0;
        var p = 1.0;
        do
        {
            k++;
            p *= NextDouble();
        }
        while (p > limit);
        return k - 1;
    }
}
