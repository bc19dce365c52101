using System.Globalization;
using CxCore.Ratings;
using MathNet.Numerics;
using Xunit.Abstractions;

namespace CxCore.Tests.Ratings;

/// <summary>
/// The size of the 5 % two-sided NPS comparison: the probability that it rejects when both groups are drawn from the
/// same (detractor, passive, promoter) distribution. Computed exactly, not by simulation: every pair of possible
/// samples (a, b) is enumerated, weighted by its multinomial probability, and the weights of the rejected pairs are
/// added, so the numbers carry no Monte-Carlo error and need no tolerance band. The table in docs/ratings.md comes from
/// this test's output (<c>dotnet test --filter ComparisonSizeTests --logger "console;verbosity=detailed"</c>).
/// </summary>
public sealed class ComparisonSizeTests(ITestOutputHelper output)
{
    // True (detractor, promoter) shares: five typical ones, then two extreme ones (NPS 65 with 5 % detractors; 70 % passives).
    private static readonly (double Detractors, double Promoters)[] Typical = [(0.20, 0.30), (0.10, 0.50), (0.30, 0.30), (0.15, 0.55), (0.40, 0.20)];
    private static readonly (double Detractors, double Promoters)[] Extreme = [(0.05, 0.70), (0.10, 0.20)];

    // Group sizes: tiny (an early trend month), small and moderate.
    private static readonly (int A, int B)[] Tiny = [(1, 4), (2, 5), (3, 3)];
    private static readonly (int A, int B)[] Small = [(5, 5), (5, 10), (10, 10), (4, 20), (10, 30), (20, 20), (30, 30)];

    [Fact]
    public void AdjustedWald_KeepsItsSizeNearFivePercent_WhereWaldDoesNot()
    {
        var truths = Typical.Concat(Extreme).ToArray();
        var pairs = Tiny.Concat(Small).ToArray();
        var size = new Dictionary<(NpsComparisonMethod, int, int, double, double), double>();
        foreach (NpsComparisonMethod method in new[] { NpsComparisonMethod.AdjustedWald, NpsComparisonMethod.Wald })
        {
            output.WriteLine($"{method}: size of the 5 % test, in %");
            output.WriteLine("| (d, p) | " + string.Join(" | ", pairs.Select(p => $"{p.A} vs {p.B}")) + " |");
            output.WriteLine("|---|" + string.Concat(pairs.Select(_ => "---:|")));
            foreach ((double d, double p) in truths)
            {
                var cells = new List<string>();
                foreach ((int na, int nb) in pairs)
                {
                    double s = Size(na, nb, d, p, method);
                    size[(method, na, nb, d, p)] = s;
                    cells.Add((100 * s).ToString("0.0", CultureInfo.InvariantCulture));
                }

                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| ({d:0.00}, {p:0.00}) | ") + string.Join(" | ", cells) + " |");
            }

            output.WriteLine(string.Empty);
        }

        foreach ((double d, double p) in truths)
        {
            foreach ((int na, int nb) in pairs)
            {
                double adjusted = size[(NpsComparisonMethod.AdjustedWald, na, nb, d, p)], wald = size[(NpsComparisonMethod.Wald, na, nb, d, p)];
                string where = string.Create(CultureInfo.InvariantCulture, $"n = {na} vs {nb}, (d, p) = ({d}, {p})");

                // Never more than 2 points above the level, anywhere; Wald is always the more liberal of the two.
                Assert.True(adjusted <= 0.07, $"adjusted size {adjusted:P2} at {where}");
                Assert.True(wald > adjusted, $"Wald {wald:P2} not above adjusted {adjusted:P2} at {where}");

                if (Typical.Contains((d, p)) && Small.Contains((na, nb)))
                {
                    // Typical shares and five or more responses per group: within [3 %, 7 %].
                    Assert.True(adjusted >= 0.03, $"adjusted size {adjusted:P2} at {where}");
                }

                if (Typical.Contains((d, p)) && (Tiny.Contains((na, nb)) || (na, nb) is (5, 5) or (4, 20)))
                {
                    // Where Wald fails: twice the level or more (up to about 60 % with one response against four).
                    Assert.True(wald >= 0.10, $"Wald size {wald:P2} at {where}");
                }
            }
        }
    }

    [Fact]
    public void AdjustedWald_WorstCaseOverTheSimplex_IsBounded()
    {
        // Every true (d, p) on a 0.05 grid with d, p ≥ 0.05 and d + p ≤ 0.95 (171 distributions). The worst cases sit
        // at d + p = 0.95 with d ≈ p (almost no passives, NPS near 0: the largest variance). The same maxima come out of
        // an independent R enumeration (dmultinom over every pair of samples): 10.12 %, 8.40 %, 6.60 %, 5.71 %.
        var grid = new List<(double, double)>();
        for (int i = 1; i <= 18; i++)
        {
            for (int j = 1; i + j <= 19; j++)
            {
                grid.Add((0.05 * i, 0.05 * j));
            }
        }

        foreach ((int na, int nb, double bound) in new[] { (2, 2, 0.1013), (5, 5, 0.0841), (10, 10, 0.0661), (25, 25, 0.0572) })
        {
            bool[,] rejects = Rejections(na, nb, NpsComparisonMethod.AdjustedWald);
            double worst = grid.Max(t => Size(rejects, na, nb, t.Item1, t.Item2));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{na} vs {nb}: worst size {100 * worst:0.00} %"));
            Assert.InRange(worst, bound - 0.0002, bound);
        }
    }

    [Fact]
    public void Size_OfATestThatAlwaysRejects_IsOne()
    {
        // The enumeration's weights add up to 1: a check of the machinery, independent of any test.
        Assert.Equal(1, Weights(7, 0.2, 0.5).Sum(w => w.Probability), 12);
        Assert.Equal(1, Weights(1, 0.45, 0.5).Sum(w => w.Probability), 12);
    }

    /// <summary>P(reject at 5 %) when both groups are multinomial(n, (d, 1 − d − p, p)): an exact sum over every pair of samples.</summary>
    private static double Size(int na, int nb, double d, double p, NpsComparisonMethod method) =>
        Size(Rejections(na, nb, method), na, nb, d, p);

    private static double Size(bool[,] rejects, int na, int nb, double d, double p)
    {
        var a = Weights(na, d, p);
        var b = Weights(nb, d, p);
        double size = 0;
        for (int i = 0; i < a.Count; i++)
        {
            for (int j = 0; j < b.Count; j++)
            {
                size += rejects[i, j] ? a[i].Probability * b[j].Probability : 0;
            }
        }

        return size;
    }

    /// <summary>Whether the test rejects at 5 % for each pair of samples, in the order of <see cref="Weights"/>.</summary>
    private static bool[,] Rejections(int na, int nb, NpsComparisonMethod method)
    {
        var a = Weights(na, 0.3, 0.3);
        var b = Weights(nb, 0.3, 0.3);
        var rejects = new bool[a.Count, b.Count];
        for (int i = 0; i < a.Count; i++)
        {
            for (int j = 0; j < b.Count; j++)
            {
                rejects[i, j] = NetPromoterScore.Compare(a[i].Score, b[j].Score, method).PValue < 0.05;
            }
        }

        return rejects;
    }

    /// <summary>Every sample of n responses and its multinomial probability n!/(x!y!z!)·dˣ(1 − d − p)ʸpᶻ.</summary>
    private static List<(NetPromoterScore Score, double Probability)> Weights(int n, double d, double p)
    {
        double passive = 1 - d - p;
        var result = new List<(NetPromoterScore, double)>();
        for (int detractors = 0; detractors <= n; detractors++)
        {
            for (int promoters = 0; detractors + promoters <= n; promoters++)
            {
                int passives = n - detractors - promoters;
                double log = SpecialFunctions.FactorialLn(n) - SpecialFunctions.FactorialLn(detractors) - SpecialFunctions.FactorialLn(promoters)
                    - SpecialFunctions.FactorialLn(passives) + (detractors * Math.Log(d)) + (promoters * Math.Log(p)) + (passives * Math.Log(passive));
                result.Add((NetPromoterScore.FromCounts(detractors, passives, promoters), Math.Exp(log)));
            }
        }

        return result;
    }
}
