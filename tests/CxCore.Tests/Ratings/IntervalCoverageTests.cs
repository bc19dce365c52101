using System.Globalization;
using CxCore.Ratings;
using Xunit.Abstractions;

namespace CxCore.Tests.Ratings;

/// <summary>
/// Coverage by simulation: how often each 95 % interval contains the true score — NPS for true shares (d, p) on a grid,
/// CSAT for true satisfied shares on a grid, CES for true rating distributions on 1–7 — at several sample sizes.
/// Seeded; the tables in docs/ratings.md and the numbers in the interval-method docs come from this test's output
/// (<c>dotnet test --filter IntervalCoverageTests --logger "console;verbosity=detailed"</c>).
/// </summary>
public sealed class IntervalCoverageTests(ITestOutputHelper output)
{
    private const int Replicates = 1000;

    internal static readonly (double Detractors, double Promoters)[] Grid =
    [
        (0.10, 0.20), (0.10, 0.50), (0.10, 0.80), (0.20, 0.30), (0.20, 0.60), (0.30, 0.30),
        (0.30, 0.50), (0.40, 0.20), (0.50, 0.40), (0.60, 0.10), (0.05, 0.90), (0.25, 0.25),
    ];

    internal static readonly int[] Sizes = [30, 100, 1000];

    [Fact]
    public void AdjustedWaldAndScore_CoverNominal95PercentOnAverage()
    {
        var coverage = Simulate([NpsIntervalMethod.Wald, NpsIntervalMethod.AdjustedWald, NpsIntervalMethod.Score], seed: 2016);

        output.WriteLine("| method | n = 30 | n = 100 | n = 1000 | all |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var (method, byN) in coverage)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {method} | {byN[30]:P1} | {byN[100]:P1} | {byN[1000]:P1} | {byN.Values.Average():P1} |"));
        }

        foreach (NpsIntervalMethod method in new[] { NpsIntervalMethod.AdjustedWald, NpsIntervalMethod.Score })
        {
            double average = coverage[method].Values.Average();
            Assert.InRange(average, 0.93, 0.97);
        }

        // The Wald interval is known to fall short for small samples; it must not beat the adjusted interval there.
        Assert.True(coverage[NpsIntervalMethod.Wald][30] < coverage[NpsIntervalMethod.AdjustedWald][30]);
    }

    /// <summary>Coverage per method and n, averaged over the grid.</summary>
    internal static Dictionary<NpsIntervalMethod, Dictionary<int, double>> Simulate(NpsIntervalMethod[] methods, int seed)
    {
        var random = new Random(seed);
        var result = methods.ToDictionary(m => m, _ => new Dictionary<int, double>());
        foreach (int n in Sizes)
        {
            var hits = methods.ToDictionary(m => m, _ => 0L);
            var cache = new Dictionary<(int, int, NpsIntervalMethod), ConfidenceInterval>();
            foreach (var (d, p) in Grid)
            {
                double truth = 100 * (p - d);
                for (int replicate = 0; replicate < Replicates; replicate++)
                {
                    int detractors = 0, promoters = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double u = random.NextDouble();
                        detractors += u < d ? 1 : 0;
                        promoters += u >= d && u < d + p ? 1 : 0;
                    }

                    var nps = NetPromoterScore.FromCounts(detractors, n - detractors - promoters, promoters);
                    foreach (NpsIntervalMethod method in methods)
                    {
                        if (!cache.TryGetValue((detractors, promoters, method), out ConfidenceInterval interval))
                        {
                            interval = nps.Interval(method);
                            cache[(detractors, promoters, method)] = interval;
                        }

                        hits[method] += interval.Contains(truth) ? 1 : 0;
                    }
                }
            }

            foreach (NpsIntervalMethod method in methods)
            {
                result[method][n] = hits[method] / (double)(Grid.Length * Replicates);
            }
        }

        return result;
    }

    internal static readonly double[] SatisfiedShares = [0.05, 0.10, 0.20, 0.30, 0.40, 0.50, 0.60, 0.70, 0.80, 0.85, 0.90, 0.95];

    internal static readonly int[] ProportionSizes = [10, 30, 100, 1000];

    // True distributions on 1–7 (relative weights): symmetric, skewed either way, bimodal, concentrated, near-degenerate.
    internal static readonly double[][] EffortDistributions =
    [
        [1, 1, 1, 1, 1, 1, 1], [1, 2, 3, 4, 3, 2, 1], [1, 1, 2, 3, 5, 8, 10], [10, 8, 5, 3, 2, 1, 1],
        [6, 1, 1, 1, 1, 1, 6], [0, 0, 1, 6, 10, 6, 1], [0, 0, 0, 0, 2, 5, 20], [2, 1, 1, 2, 5, 10, 12],
        [1, 0, 0, 0, 0, 0, 9], [3, 3, 2, 2, 4, 6, 5], [0, 1, 2, 2, 2, 1, 0], [1, 1, 1, 2, 4, 12, 30],
    ];

    internal static readonly int[] MeanSizes = [10, 30, 100];

    [Fact]
    public void ProportionIntervals_CoverAsDocumented()
    {
        ProportionIntervalMethod[] methods = Enum.GetValues<ProportionIntervalMethod>();
        var coverage = SimulateProportions(methods, seed: 1927, replicates: 2000);

        output.WriteLine("| method | " + string.Join(" | ", ProportionSizes.Select(n => $"n = {n}")) + " | all |");
        output.WriteLine("|---|" + string.Concat(ProportionSizes.Select(_ => "---|")) + "---|");
        foreach (var (method, byN) in coverage)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {method} | {string.Join(" | ", ProportionSizes.Select(n => byN[n].ToString("P1", CultureInfo.InvariantCulture)))} | {byN.Values.Average():P1} |"));
        }

        // Wilson, Agresti–Coull and Jeffreys: close to 95 % on average at every n; Clopper–Pearson: at least 95 %.
        foreach (ProportionIntervalMethod method in new[] { ProportionIntervalMethod.Wilson, ProportionIntervalMethod.AgrestiCoull, ProportionIntervalMethod.Jeffreys })
        {
            Assert.All(coverage[method].Values, c => Assert.InRange(c, 0.93, 0.97));
        }

        Assert.All(coverage[ProportionIntervalMethod.ClopperPearson].Values, c => Assert.InRange(c, 0.95, 1.0));
    }

    [Fact]
    public void MeanIntervals_CoverAsDocumented()
    {
        var coverage = SimulateMeans(seed: 2007, replicates: 200);

        output.WriteLine("| method | " + string.Join(" | ", MeanSizes.Select(n => $"n = {n}")) + " | all |");
        output.WriteLine("|---|" + string.Concat(MeanSizes.Select(_ => "---|")) + "---|");
        foreach (var (method, byN) in coverage)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {method} | {string.Join(" | ", MeanSizes.Select(n => byN[n].ToString("P1", CultureInfo.InvariantCulture)))} | {byN.Values.Average():P1} |"));
        }

        // Student t: close to 95 % from n = 30 on. The percentile bootstrap falls short for small samples (it ignores
        // the n − 1 of the t interval) and catches up as n grows; it never beats t at n = 10.
        Assert.All(MeanSizes.Where(n => n >= 30), n => Assert.InRange(coverage[MeanIntervalMethod.StudentT][n], 0.93, 0.97));
        Assert.InRange(coverage[MeanIntervalMethod.Bootstrap][100], 0.93, 0.97);
        Assert.True(coverage[MeanIntervalMethod.Bootstrap][10] < coverage[MeanIntervalMethod.StudentT][10]);
    }

    /// <summary>CSAT coverage per method and n, averaged over the grid of true satisfied shares.</summary>
    internal static Dictionary<ProportionIntervalMethod, Dictionary<int, double>> SimulateProportions(ProportionIntervalMethod[] methods, int seed, int replicates)
    {
        var random = new Random(seed);
        var result = methods.ToDictionary(m => m, _ => new Dictionary<int, double>());
        foreach (int n in ProportionSizes)
        {
            var hits = methods.ToDictionary(m => m, _ => 0L);
            var cache = new Dictionary<(int, ProportionIntervalMethod), ConfidenceInterval>();
            foreach (double share in SatisfiedShares)
            {
                for (int replicate = 0; replicate < replicates; replicate++)
                {
                    int satisfied = 0;
                    for (int i = 0; i < n; i++)
                    {
                        satisfied += random.NextDouble() < share ? 1 : 0;
                    }

                    var csat = SatisfactionScore.FromCounts(RatingCounts.FromCounts(RatingScale.FivePoint, [n - satisfied, 0, 0, satisfied, 0]));
                    foreach (ProportionIntervalMethod method in methods)
                    {
                        if (!cache.TryGetValue((satisfied, method), out ConfidenceInterval interval))
                        {
                            cache[(satisfied, method)] = interval = csat.Interval(method);
                        }

                        hits[method] += interval.Contains(100 * share) ? 1 : 0;
                    }
                }
            }

            foreach (ProportionIntervalMethod method in methods)
            {
                result[method][n] = hits[method] / (double)(SatisfiedShares.Length * replicates);
            }
        }

        return result;
    }

    /// <summary>CES coverage of the t and bootstrap intervals per n, averaged over the true distributions.</summary>
    internal static Dictionary<MeanIntervalMethod, Dictionary<int, double>> SimulateMeans(int seed, int replicates)
    {
        var random = new Random(seed);
        MeanIntervalMethod[] methods = Enum.GetValues<MeanIntervalMethod>();
        var result = methods.ToDictionary(m => m, _ => new Dictionary<int, double>());
        foreach (int n in MeanSizes)
        {
            var hits = methods.ToDictionary(m => m, _ => 0L);
            var cache = new Dictionary<(string, MeanIntervalMethod), ConfidenceInterval>();
            foreach (double[] weights in EffortDistributions)
            {
                double total = weights.Sum();
                double truth = weights.Select((w, i) => w * (i + 1)).Sum() / total;
                double[] cumulative = new double[weights.Length];
                for (int i = 0, sum = 0; i < weights.Length; i++)
                {
                    cumulative[i] = (sum += (int)weights[i]) / total;
                }

                for (int replicate = 0; replicate < replicates; replicate++)
                {
                    long[] counts = new long[7];
                    for (int i = 0; i < n; i++)
                    {
                        double u = random.NextDouble();
                        int point = 0;
                        while (point < 6 && u >= cumulative[point])
                        {
                            point++;
                        }

                        counts[point]++;
                    }

                    var ces = EffortScore.FromCounts(RatingCounts.FromCounts(RatingScale.SevenPoint, counts));
                    string key = string.Join(',', counts);
                    foreach (MeanIntervalMethod method in methods)
                    {
                        // The same counts give the same (seeded) interval: compute each once.
                        if (!cache.TryGetValue((key, method), out ConfidenceInterval interval))
                        {
                            cache[(key, method)] = interval = ces.Interval(method);
                        }

                        hits[method] += interval.Contains(truth) ? 1 : 0;
                    }
                }
            }

            foreach (MeanIntervalMethod method in methods)
            {
                result[method][n] = hits[method] / (double)(EffortDistributions.Length * replicates);
            }
        }

        return result;
    }
}
