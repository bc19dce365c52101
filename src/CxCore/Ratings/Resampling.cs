using System;
using MathNet.Numerics;

namespace CxCore.Ratings;

/// <summary>Seeded resampling for bootstrap intervals: binomial and multinomial draws, and percentiles.</summary>
internal static class Resampling
{
    // Below this mean a binomial is drawn by inversion from 0; above it, by inversion searching outwards from the mode.
    private const double SmallMean = 16;

    /// <summary>R's default quantile (type 7): linear interpolation at h = (N − 1)q of the sorted values.</summary>
    internal static double Quantile(double[] sorted, double q)
    {
        double h = (sorted.Length - 1) * q;
        int low = (int)Math.Floor(h);
        int high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((h - low) * (sorted[high] - sorted[low]));
    }

    /// <summary>
    /// Draws the counts of <paramref name="n"/> responses spread over categories with the given weights (any
    /// non-negative numbers; the probability of category i is weights[i] / Σ weights): one multinomial draw, made as
    /// a chain of conditional binomials, so its cost grows with the number of categories and √n, not with n.
    /// </summary>
    /// <param name="random">The seeded generator.</param>
    /// <param name="n">The number of responses to draw.</param>
    /// <param name="weights">The category weights; their total must be positive.</param>
    /// <param name="counts">Receives the drawn count of each category; as long as <paramref name="weights"/>.</param>
    internal static void Multinomial(Random random, long n, ReadOnlySpan<double> weights, Span<long> counts)
    {
        double rest = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            rest += weights[i];
        }

        long remaining = n;
        for (int i = 0; i < weights.Length - 1; i++)
        {
            // Given the draws so far, category i takes Binomial(remaining, w_i / Σ_{j ≥ i} w_j).
            long drawn = remaining == 0 || rest <= 0 ? 0 : Binomial(random, remaining, Math.Min(1, weights[i] / rest));
            counts[i] = drawn;
            remaining -= drawn;
            rest -= weights[i];
        }

        counts[^1] = remaining;
    }

    /// <summary>Draws from Binomial(<paramref name="n"/>, <paramref name="p"/>) by inversion of its distribution function.</summary>
    /// <remarks>
    /// For a mean np below 16 the search runs up from 0 (P(0) = (1 − p)ⁿ, P(k + 1) = P(k)·(n − k)/(k + 1)·p/(1 − p)); for
    /// larger means it starts at the mode and alternates down and up (any fixed order of the outcomes inverts the
    /// distribution exactly), so it takes about one standard deviation of steps. A uniform left over by rounding
    /// (probability of order 1e−15) is redrawn.
    /// </remarks>
    internal static long Binomial(Random random, long n, double p)
    {
        if (n == 0 || p <= 0)
        {
            return 0;
        }

        if (p >= 1)
        {
            return n;
        }

        if (p > 0.5)
        {
            return n - Binomial(random, n, 1 - p);
        }

        double q = 1 - p;
        double ratio = p / q;
        if (n * p < SmallMean)
        {
            double first = Math.Exp(n * Math.Log(q));
            while (true)
            {
                double u = random.NextDouble();
                double f = first;
                for (long k = 0; ; k++)
                {
                    if (u < f)
                    {
                        return k;
                    }

                    u -= f;
                    if (k == n)
                    {
                        break;
                    }

                    f *= (n - k) / (double)(k + 1) * ratio;
                }
            }
        }

        long mode = Math.Min(n, (long)((n + 1) * p));
        double atMode = Math.Exp(LogFactorial(n) - LogFactorial(mode) - LogFactorial(n - mode)
            + (mode * Math.Log(p)) + ((n - mode) * Math.Log(q)));
        while (true)
        {
            double u = random.NextDouble();
            if (u < atMode)
            {
                return mode;
            }

            u -= atMode;
            long low = mode, high = mode;
            double fLow = atMode, fHigh = atMode;
            while ((low > 0 && fLow > 0) || (high < n && fHigh > 0))
            {
                if (low > 0)
                {
                    fLow *= low / (double)(n - low + 1) / ratio;
                    low--;
                    if (u < fLow)
                    {
                        return low;
                    }

                    u -= fLow;
                }

                if (high < n)
                {
                    fHigh *= (n - high) / (double)(high + 1) * ratio;
                    high++;
                    if (u < fHigh)
                    {
                        return high;
                    }

                    u -= fHigh;
                }
            }
        }
    }

    private static double LogFactorial(long k) => SpecialFunctions.GammaLn(k + 1.0);
}
