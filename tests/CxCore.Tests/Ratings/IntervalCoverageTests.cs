using System.Globalization;
using CxCore.Ratings;
using Xunit.Abstractions;

namespace CxCore.Tests.Ratings;

/// <summary>
/// Coverage by simulation: for true shares (d, p) on a grid and n ∈ {30, 100, 1000}, how often the 95 % interval
/// contains the true NPS. Seeded; the table in docs/ratings.md comes from this test's output
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
        var coverage = Simulate([IntervalMethod.Wald, IntervalMethod.AdjustedWald, IntervalMethod.Score], seed: 2016);

        output.WriteLine("| method | n = 30 | n = 100 | n = 1000 | all |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var (method, byN) in coverage)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {method} | {byN[30]:P1} | {byN[100]:P1} | {byN[1000]:P1} | {byN.Values.Average():P1} |"));
        }

        foreach (IntervalMethod method in new[] { IntervalMethod.AdjustedWald, IntervalMethod.Score })
        {
            double average = coverage[method].Values.Average();
            Assert.InRange(average, 0.93, 0.97);
        }

        // The Wald interval is known to fall short for small samples; it must not beat the adjusted interval there.
        Assert.True(coverage[IntervalMethod.Wald][30] < coverage[IntervalMethod.AdjustedWald][30]);
    }

    /// <summary>Coverage per method and n, averaged over the grid.</summary>
    internal static Dictionary<IntervalMethod, Dictionary<int, double>> Simulate(IntervalMethod[] methods, int seed)
    {
        var random = new Random(seed);
        var result = methods.ToDictionary(m => m, _ => new Dictionary<int, double>());
        foreach (int n in Sizes)
        {
            var hits = methods.ToDictionary(m => m, _ => 0L);
            var cache = new Dictionary<(int, int, IntervalMethod), ConfidenceInterval>();
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
                    foreach (IntervalMethod method in methods)
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

            foreach (IntervalMethod method in methods)
            {
                result[method][n] = hits[method] / (double)(Grid.Length * Replicates);
            }
        }

        return result;
    }
}
