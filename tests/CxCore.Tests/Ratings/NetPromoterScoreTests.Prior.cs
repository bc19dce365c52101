using CxCore.Ratings;

namespace CxCore.Tests.Ratings;

/// <summary>The Bayesian interval's documented prior range and its normal approximation for huge posteriors.</summary>
public sealed partial class NetPromoterScoreTests
{
    [Theory]
    [InlineData(1e20, 1, 1)] // before: MathNet's NonConvergenceException
    [InlineData(1, 1e100, 1)] // before: NonConvergenceException
    [InlineData(1, 1, 1e15)] // before: a wrong interval around 33 for a posterior mean of 0
    [InlineData(0.5, 0.5, 0.5)] // before: [-27.8, 91.7] for 5 passives, where the true interval is [-27.8, 27.8]
    [InlineData(1e-300, 1, 1)]
    [InlineData(0.999, 1, 1)]
    public void BayesianInterval_PriorOutsideTheRange_ThrowsArgumentOutOfRange(double detractorPrior, double passivePrior, double promoterPrior)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            NetPromoterScore.FromCounts(0, 5, 0).BayesianInterval(0.95, detractorPrior, passivePrior, promoterPrior));

        Assert.Contains("outside the range the Bayesian interval supports, 1 (the uniform prior) to 1E+09", ex.Message, StringComparison.Ordinal);
    }

    // Expected values in R, with bcdf/bq as in NetPromoterScoreTests.Intervals.cs, integrating over X_det's mean ± 30 sd:
    //   show(c(0, 5, 0) + c(2, 2, 2))        # -34.9519847714011  34.9519847713997
    //   show(c(20, 30, 50) + c(1, 1, 1e6))   #  99.9904401036750  99.9946352425001
    [Theory]
    [InlineData(0, 5, 0, 2, 2, 2, -34.9519847714011, 34.9519847713997)]
    [InlineData(20, 30, 50, 1, 1, 1e6, 99.9904401036750, 99.9946352425001)]
    public void BayesianInterval_PriorsInsideTheRange_MatchIntegrationInR(long d, long pa, long pr, double dp, double pp, double rp, double lower, double upper)
    {
        ConfidenceInterval interval = NetPromoterScore.FromCounts(d, pa, pr).BayesianInterval(0.95, dp, pp, rp);

        Assert.Equal(lower, interval.Lower, 6);
        Assert.Equal(upper, interval.Upper, 6);
    }

    // Normal approximation, in R:
    //   nq <- function(a) { A <- sum(a); m <- (a[3] - a[1]) / A; v <- (A * (a[3] + a[1]) - (a[3] - a[1])^2) / (A^2 * (A + 1))
    //                       100 * qnorm(c(0.025, 0.975), m, sqrt(v)) }
    //   nq(c(1e14, 2e14, 3e14) + 1)           # 33.3333273693527 33.3333392973136
    //   nq(c(3, 1, 0) + c(1e9, 1, 1))         # -100.0000000800912 -99.9999991199088 (the lower bound is clamped to -100)
    [Theory]
    [InlineData(100_000_000_000_000, 200_000_000_000_000, 300_000_000_000_000, 1, 33.3333273693527, 33.3333392973136)]
    [InlineData(3, 1, 0, 1e9, -100, -99.9999991199088)]
    public void BayesianInterval_HugePosterior_IsTheNormalApproximation(long d, long pa, long pr, double detractorPrior, double lower, double upper)
    {
        // Before: the quadrature gave [33.3333259, 33.3333305] for the first row.
        ConfidenceInterval interval = NetPromoterScore.FromCounts(d, pa, pr).BayesianInterval(0.95, detractorPrior);

        Assert.Equal(lower, interval.Lower, 9);
        Assert.Equal(upper, interval.Upper, 9);
    }

    [Fact]
    public void BayesianInterval_JustBelowTheSwitchToTheNormal_AgreesWithItTo1e6Points()
    {
        // Σa = 999,999,000 + 3 < 1e9: the quadrature; the same shares with the normal approximation computed here.
        const long d = 299_999_700, pa = 300_000_000, pr = 399_999_300;
        ConfidenceInterval exact = NetPromoterScore.FromCounts(d, pa, pr).BayesianInterval();
        double aDet = d + 1, aPro = pr + 1, total = d + pa + pr + 3.0;
        double mean = (aPro - aDet) / total;
        double sd = Math.Sqrt(((total * (aPro + aDet)) - ((aPro - aDet) * (aPro - aDet))) / (total * total * (total + 1)));

        Assert.Equal(100 * (mean - (1.959963984540054 * sd)), exact.Lower, 6);
        Assert.Equal(100 * (mean + (1.959963984540054 * sd)), exact.Upper, 6);
    }
}
