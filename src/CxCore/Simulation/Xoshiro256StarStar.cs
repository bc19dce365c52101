using System;
using System.Diagnostics;

namespace CxCore.Simulation;

/// <summary>
/// The xoshiro256** generator (Blackman and Vigna, 2018), seeded through SplitMix64: small, fast and reproducible on
/// every platform and runtime, unlike <see cref="Random"/> whose algorithm may change between releases.
/// </summary>
internal sealed class Xoshiro256StarStar
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;
    private double _spareNormal;
    private bool _hasSpareNormal;

    internal Xoshiro256StarStar(long seed)
    {
        ulong x = unchecked((ulong)seed);
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>The next 64 random bits.</summary>
    internal ulong NextUInt64()
    {
        unchecked
        {
            ulong result = RotateLeft(_s1 * 5, 7) * 9;
            ulong t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    internal double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="n"/>).</summary>
    internal int NextInt(int n)
    {
        Debug.Assert(n > 0);
        // Lemire's multiply-shift; the bias for n far below 2^64 is negligible for simulation.
        return (int)(((UInt128)NextUInt64() * (ulong)n) >> 64);
    }

    /// <summary>A standard normal variate (Marsaglia's polar method).</summary>
    internal double NextNormal()
    {
        if (_hasSpareNormal)
        {
            _hasSpareNormal = false;
            return _spareNormal;
        }

        double u;
        double v;
        double s;
        do
        {
            u = (2 * NextDouble()) - 1;
            v = (2 * NextDouble()) - 1;
            s = (u * u) + (v * v);
        }
        while (s >= 1 || s == 0);

        double factor = Math.Sqrt(-2 * Math.Log(s) / s);
        _spareNormal = v * factor;
        _hasSpareNormal = true;
        return u * factor;
    }

    /// <summary>An exponential variate with mean 1.</summary>
    internal double NextExponential() => -Math.Log(1 - NextDouble());

    /// <summary>A Poisson variate with mean <paramref name="mean"/> (Knuth below 30, a rounded normal above).</summary>
    internal int NextPoisson(double mean)
    {
        Debug.Assert(mean >= 0);
        if (mean < 30)
        {
            double limit = Math.Exp(-mean);
            double product = NextDouble();
            int k = 0;
            while (product > limit)
            {
                k++;
                product *= NextDouble();
            }

            return k;
        }

        return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * NextNormal())));
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix64(ref ulong x)
    {
        unchecked
        {
            ulong z = x += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
