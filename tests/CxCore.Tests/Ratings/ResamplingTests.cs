using CxCore.Ratings;
using MathNet.Numerics.Distributions;

namespace CxCore.Tests.Ratings;

public sealed class ResamplingTests
{
    // Goodness of fit of the binomial sampler against MathNet's binomial probabilities (an independent implementation):
    // Pearson's χ² over the outcomes, neighbouring outcomes pooled until each bin expects at least 5 draws. A correct
    // sampler fails this at the 0.1 % level once in a thousand seeds; the seeds are fixed, so the test is deterministic.
    [Theory]
    [InlineData(20, 0.3, 1)]        // mean 6: inversion from 0
    [InlineData(50, 0.8, 2)]        // p > ½: drawn as n − Binomial(n, 1 − p)
    [InlineData(2000, 0.37, 3)]     // mean 740: search from the mode
    [InlineData(1_000_000, 0.1, 4)] // mean 100,000
    [InlineData(40, 0.4, 5)]        // mean 16: the first mean searched from the mode
    public void Binomial_MatchesTheBinomialDistribution(long n, double p, int seed)
    {
        const int Draws = 100_000;
        var random = new Random(seed);
        var observed = new Dictionary<long, int>();
        for (int i = 0; i < Draws; i++)
        {
            long k = Resampling.Binomial(random, n, p);
            Assert.InRange(k, 0, n);
            observed[k] = observed.GetValueOrDefault(k) + 1;
        }

        // Bins over the central range mean ± 8 SD (outside it the expected count is far below 5 and is pooled).
        double sd = Math.Sqrt(n * p * (1 - p));
        long from = Math.Max(0, (long)Math.Floor((n * p) - (8 * sd) - 1)), to = Math.Min(n, (long)Math.Ceiling((n * p) + (8 * sd) + 1));
        var bins = new List<(double Expected, double Observed)>();
        double expected = Binomial.CDF(p, (int)n, from - 1) * Draws, seen = observed.Where(o => o.Key < from).Sum(o => o.Value);
        for (long k = from; k <= to; k++)
        {
            expected += Binomial.PMF(p, (int)n, (int)k) * Draws;
            seen += observed.GetValueOrDefault(k);
            if (expected >= 5)
            {
                bins.Add((expected, seen));
                expected = 0;
                seen = 0;
            }
        }

        expected += (1 - Binomial.CDF(p, (int)n, to)) * Draws;
        seen += observed.Where(o => o.Key > to).Sum(o => o.Value);
        bins[^1] = (bins[^1].Expected + expected, bins[^1].Observed + seen);

        double chiSquare = bins.Sum(b => (b.Observed - b.Expected) * (b.Observed - b.Expected) / b.Expected);
        double pValue = 1 - ChiSquared.CDF(bins.Count - 1, chiSquare);
        Assert.True(pValue > 0.001, $"χ² = {chiSquare:0.0} on {bins.Count - 1} df, p = {pValue:0.#####}");
    }

    [Fact]
    public void Multinomial_DrawsNResponsesWithTheGivenShares()
    {
        // 20,000 draws of 50 responses over weights (1, 0, 3, 6): each count's mean is 50·share within 4 standard errors,
        // the zero-weight category is never drawn, and every draw adds up to 50.
        var random = new Random(11);
        double[] weights = [1, 0, 3, 6];
        long[] counts = new long[4];
        double[] sums = new double[4];
        for (int i = 0; i < 20_000; i++)
        {
            Resampling.Multinomial(random, 50, weights, counts);
            Assert.Equal(50, counts.Sum());
            Assert.Equal(0, counts[1]);
            for (int j = 0; j < 4; j++)
            {
                sums[j] += counts[j];
            }
        }

        for (int j = 0; j < 4; j++)
        {
            double share = weights[j] / 10;
            double standardError = Math.Sqrt(50 * share * (1 - share) / 20_000);
            Assert.Equal(50 * share, sums[j] / 20_000, 4 * standardError + 1e-12);
        }
    }

    [Fact]
    public void Quantile_IsRType7()
    {
        // R: quantile(c(1, 2, 4, 8), c(0, 0.1, 0.5, 0.975, 1)) → 1, 1.3, 3, 7.7, 8
        double[] sorted = [1, 2, 4, 8];

        Assert.Equal([1, 1.3, 3, 7.7, 8], new[] { 0, 0.1, 0.5, 0.975, 1 }.Select(q => Math.Round(Resampling.Quantile(sorted, q), 12)));
    }
}
