using CxCore.Service;
using CxCore.Service.Engine;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CxCore.Tests.Service;

[Properties(Arbitrary = [typeof(DurationDistributionTests.Arbitraries)])]
public sealed class DurationDistributionTests
{
    /// <summary>One or more whole minutes from 0 to 50 (ties are common).</summary>
    public sealed record Minutes(int[] Values);

    /// <summary>The generators of this class's properties.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<Minutes> NonEmptyMinutes() =>
            Gen.NonEmptyListOf(Gen.Choose(0, 50)).Select(l => new Minutes(l.ToArray())).ToArbitrary();
    }

    [Fact]
    public void Percentiles_MatchRType7()
    {
        // R: x <- c(5,1,3,10,7,2); quantile(x, c(0, .25, .5, .9, 1), type = 7)  →  1 2.25 4 8.5 10; mean(x) = 4.6666…
        var d = DurationDistribution.FromDurations(new[] { 5, 1, 3, 10, 7, 2 }.Select(m => Duration.FromMinutes(m)));

        Assert.Equal(6, d.Count);
        Assert.Equal(Duration.FromMinutes(1), d.Percentile(0));
        Assert.Equal(Duration.FromSeconds(135), d.Percentile(0.25));
        Assert.Equal(Duration.FromMinutes(4), d.Median);
        Assert.Equal(Duration.FromSeconds(510), d.P90);
        Assert.Equal(Duration.FromMinutes(10), d.Percentile(1));
        Assert.Equal(Duration.FromSeconds(280), d.Mean);
        Assert.Equal(Duration.FromMinutes(1), d.Min);
        Assert.Equal(Duration.FromMinutes(10), d.Max);
    }

    [Fact]
    public void Empty_HasNullStatistics()
    {
        var d = DurationDistribution.FromDurations([]);

        Assert.Equal(0, d.Count);
        Assert.Null(d.Median);
        Assert.Null(d.Mean);
        Assert.Null(d.Min);
        Assert.Null(d.Max);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Percentile_OutsideZeroOne_Throws(double p) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DurationDistribution.FromDurations([Duration.FromMinutes(1)]).Percentile(p));

    [Fact]
    public void FromDurations_NegativeHugeOrNull_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DurationDistribution.FromDurations([Duration.FromMinutes(-1)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => DurationDistribution.FromDurations([DurationDistribution.MaxDuration + Duration.Epsilon]));
        Assert.Throws<ArgumentNullException>(() => DurationDistribution.FromDurations(null!));
    }

    [Property]
    public bool SummarySelection_EqualsSortedType7(Minutes input)
    {
        // The linear-time selection behind DurationSummary against the sorted definition (DurationDistribution).
        int[] minutes = input.Values;
        var sorted = DurationDistribution.FromDurations(minutes.Select(m => Duration.FromMinutes(m)));
        long[] values = minutes.Select(m => Duration.FromMinutes(m).ToInt64Nanoseconds()).ToArray();
        (long median, long p90) = Selection.MedianAndP90(values);
        return Duration.FromNanoseconds(median) == sorted.Median && Duration.FromNanoseconds(p90) == sorted.P90
            && Duration.FromNanoseconds(Selection.Type7(minutes.Select(m => Duration.FromMinutes(m).ToInt64Nanoseconds()).ToArray(), 0.25)) == sorted.Percentile(0.25);
    }
}

public class DurationSummaryFormatTests
{
    [Fact]
    public void ToString_FormatsHours()
    {
        // 1 h, 2 h, 6 h: mean 3 h, median 2 h; p90 (type 7) = 2 + 0.8 · (6 − 2) = 5.2 h.
        const long Hour = 3_600_000_000_000;
        DurationSummary summary = DurationSummary.FromNanoseconds(new long[] { 6 * Hour, Hour, 2 * Hour });

        Assert.Equal("n=3, mean 3.00 h, median 2.00 h, p90 5.20 h", summary.ToString());
        Assert.Equal("n=0", default(DurationSummary).ToString());
    }
}
