using CxCore.Analysis;
using FsCheck;
using CxCore.Tests.Support;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxCore.Tests.Analysis;

[Properties(Arbitrary = [typeof(MultipleComparisonsTests.Arbitraries)])]
public sealed class MultipleComparisonsTests
{
    /// <summary>Any number of p-values in steps of 0.001 from 0 to 1 (ties are common).</summary>
    public sealed record PValues(double[] Values);

    /// <summary>The generators of this class's properties.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<PValues> AnyPValues() =>
            Gen.ArrayOf(Gen.Choose(0, 1000).Select(k => k / 1000.0)).Select(p => new PValues(p)).ToArbitrary();
    }

    [Fact]
    public void Holm_MatchesHandAndR()
    {
        // By hand: sorted 0.005·5 = 0.025, 0.01·4 = 0.04, 0.03·3 = 0.09, 0.04·2 = 0.08 → running max 0.09, 0.2·1 = 0.2.
        // R: p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.2), "holm") → 0.040 0.090 0.090 0.025 0.200
        IReadOnlyList<double> adjusted = MultipleComparisons.Holm([0.01, 0.04, 0.03, 0.005, 0.2]);

        AssertClose([0.04, 0.09, 0.09, 0.025, 0.2], adjusted);
    }

    [Fact]
    public void Bonferroni_MatchesR()
    {
        // R: p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.2), "bonferroni") → 0.050 0.200 0.150 0.025 1.000
        AssertClose([0.05, 0.2, 0.15, 0.025, 1], MultipleComparisons.Bonferroni([0.01, 0.04, 0.03, 0.005, 0.2]));
    }

    [Fact]
    public void NaN_StaysNaNAndIsNotCounted_LikeRNA()
    {
        // R: p.adjust(c(0.02, NA, 0.5, 0.01), "holm") → 0.04 NA 0.50 0.03; "bonferroni" → 0.06 NA 1.00 0.03
        AssertClose([0.04, double.NaN, 0.5, 0.03], MultipleComparisons.Holm([0.02, double.NaN, 0.5, 0.01]));
        AssertClose([0.06, double.NaN, 1, 0.03], MultipleComparisons.Bonferroni([0.02, double.NaN, 0.5, 0.01]));
    }

    [Fact]
    public void Holm_Ties_MatchR()
    {
        // R: p.adjust(c(0.3, 0.3, 0.01), "holm") → 0.60 0.60 0.03
        AssertClose([0.6, 0.6, 0.03], MultipleComparisons.Holm([0.3, 0.3, 0.01]));
    }

    [ScaledProperty(300)]
    public bool Holm_Properties_BetweenRawAndBonferroniAndOrderPreserving(PValues input)
    {
        double[] p = input.Values;
        IReadOnlyList<double> holm = MultipleComparisons.Holm(p);
        IReadOnlyList<double> bonferroni = MultipleComparisons.Bonferroni(p);
        bool bounded = Enumerable.Range(0, p.Length).All(i => holm[i] >= p[i] && holm[i] <= bonferroni[i] + 1e-15 && holm[i] <= 1);
        int[] order = Enumerable.Range(0, p.Length).OrderBy(i => p[i]).ToArray();
        bool ordered = Enumerable.Range(1, Math.Max(0, p.Length - 1)).All(k => holm[order[k - 1]] <= holm[order[k]]);
        return bounded && ordered;
    }

    [Fact]
    public void Empty_GivesEmpty()
    {
        Assert.Empty(MultipleComparisons.Holm([]));
        Assert.Empty(MultipleComparisons.Bonferroni([]));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    [InlineData(double.PositiveInfinity)]
    public void OutOfRange_Throws(double bad)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MultipleComparisons.Holm([0.5, bad]));
        Assert.Throws<ArgumentOutOfRangeException>(() => MultipleComparisons.Bonferroni([bad]));
    }

    [Fact]
    public void Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => MultipleComparisons.Holm(null!));
        Assert.Throws<ArgumentNullException>(() => MultipleComparisons.Bonferroni(null!));
    }

    private static void AssertClose(double[] expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (int i = 0; i < expected.Length; i++)
        {
            if (double.IsNaN(expected[i]))
            {
                Assert.True(double.IsNaN(actual[i]), $"element {i}");
            }
            else
            {
                Assert.Equal(expected[i], actual[i], 12);
            }
        }
    }
}
