using CxCore.Service;
using NodaTime;

namespace CxCore.Tests.Service;

public sealed class DurationDistributionTests
{
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
}
