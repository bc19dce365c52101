using CxCore.Simulation;

namespace CxCore.Tests.Simulation;

public sealed class Xoshiro256StarStarTests
{
    // Reference values from an independent Python transcription of the published C code (prng.di.unimi.it,
    // xoshiro256starstar.c seeded by splitmix64.c); that transcription reproduces SplitMix64's published first output
    // for seed 0, 0xE220A8397B1DCDAF.
    //   def splitmix(x): x=(x+0x9E3779B97F4A7C15)&M; z=((x^(x>>30))*0xBF58476D1CE4E5B9)&M; ...
    [Theory]
    [InlineData(42L, new[] { 0x15780b2e0c2ec716UL, 0x6104d9866d113a7eUL, 0xae17533239e499a1UL, 0xecb8ad4703b360a1UL, 0xfde6dc7fe2ec5e64UL })]
    [InlineData(-1L, new[] { 0x8f5520d52a7ead08UL, 0xc476a018caa1802dUL, 0x81de31c0d260469eUL, 0xbf658d7e065f3c2fUL, 0x913593fda1bca32aUL })]
    public void NextUInt64_Seed_MatchesReferenceImplementation(long seed, ulong[] expected)
    {
        var rng = new Xoshiro256StarStar(seed);

        Assert.Equal(expected, Enumerable.Range(0, expected.Length).Select(_ => rng.NextUInt64()));
    }

    [Fact]
    public void NextDouble_IsInUnitInterval_WithUniformMean()
    {
        var rng = new Xoshiro256StarStar(7);
        double sum = 0;
        for (int i = 0; i < 100_000; i++)
        {
            double u = rng.NextDouble();
            Assert.InRange(u, 0.0, 0.99999999999999989);
            sum += u;
        }

        // Mean of U(0,1) is 1/2 with standard error sqrt(1/12/1e5) ≈ 0.00091; allow 5 SE.
        Assert.InRange(sum / 100_000, 0.5 - 0.0046, 0.5 + 0.0046);
    }

    [Fact]
    public void NextInt_StaysInRange_AndHitsEveryValue()
    {
        var rng = new Xoshiro256StarStar(7);
        int[] seen = new int[7];
        for (int i = 0; i < 7000; i++)
        {
            seen[rng.NextInt(7)]++;
        }

        Assert.All(seen, count => Assert.InRange(count, 850, 1150));
    }

    [Fact]
    public void NextNormal_HasMeanZeroAndUnitVariance()
    {
        var rng = new Xoshiro256StarStar(11);
        const int n = 200_000;
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < n; i++)
        {
            double z = rng.NextNormal();
            sum += z;
            sumSquares += z * z;
        }

        // SE of the mean is 1/sqrt(n) ≈ 0.0022; SE of the variance estimate is sqrt(2/n) ≈ 0.0032; allow 5 SE.
        Assert.InRange(sum / n, -0.011, 0.011);
        Assert.InRange(sumSquares / n, 1 - 0.016, 1 + 0.016);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(7.0)]
    [InlineData(45.0)]
    public void NextPoisson_HasItsMean(double mean)
    {
        var rng = new Xoshiro256StarStar(3);
        const int n = 50_000;
        long sum = 0;
        for (int i = 0; i < n; i++)
        {
            int k = rng.NextPoisson(mean);
            Assert.True(k >= 0);
            sum += k;
        }

        // Var = mean, so SE = sqrt(mean/n); allow 5 SE.
        double tolerance = 5 * Math.Sqrt(mean / n);
        Assert.InRange((double)sum / n, mean - tolerance, mean + tolerance);
    }

    [Fact]
    public void NextExponential_HasMeanOne()
    {
        var rng = new Xoshiro256StarStar(5);
        const int n = 100_000;
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            sum += rng.NextExponential();
        }

        // SE = 1/sqrt(n) ≈ 0.0032; allow 5 SE.
        Assert.InRange(sum / n, 1 - 0.016, 1 + 0.016);
    }
}
