using CxCore.Ratings;
using FsCheck.Xunit;

namespace CxCore.Tests.Ratings;

public sealed partial class NetPromoterScoreTests
{
    // Expected values: an independent R implementation of Tango's score interval (uniroot on the published Z(Δ)):
    //   tango <- function(S, D, n, conf = 0.95) {
    //     z <- qnorm(1 - (1 - conf) / 2)
    //     Z <- function(d) { A <- 2*n; B <- -D - S + (2*n - S + D)*d; C <- -D*d*(1 - d)
    //                        q <- (sqrt(B^2 - 4*A*C) - B)/(2*A); (S - D - n*d)/sqrt(n*(2*q + d*(1 - d))) }
    //     e <- (S - D)/n
    //     lo <- if (e <= -1) -1 else uniroot(function(d) Z(d) - z, c(-1 + 1e-12, e - 1e-12), tol = 1e-14)$root
    //     hi <- if (e >= 1) 1 else uniroot(function(d) Z(d) + z, c(e + 1e-12, 1 - 1e-12), tol = 1e-14)$root
    //     100 * c(lo, hi) }
    [Theory]
    [InlineData(20, 30, 50, 0.95, 13.9551416141957, 44.3393066335859)]
    [InlineData(1, 2, 3, 0.95, -31.1073784624224, 75.395666356387)]
    [InlineData(0, 0, 5, 0.95, 13.103507043365, 100)]
    [InlineData(0, 10, 0, 0.95, -27.7532799862889, 27.7532799862889)]
    [InlineData(30, 15, 12, 0.90, -47.6259860623093, -13.220567466173)]
    public void ScoreInterval_MatchesIndependentImplementation(long d, long pa, long pr, double level, double lower, double upper)
    {
        ConfidenceInterval interval = NetPromoterScore.FromCounts(d, pa, pr).Interval(NpsIntervalMethod.Score, level);

        Assert.Equal(lower, interval.Lower, 8);
        Assert.Equal(upper, interval.Upper, 8);
    }

    [Fact]
    public void ScoreInterval_AllPassives_HasClosedForm()
    {
        // With S = D = 0 the bound solves n·Δ/(1 − Δ) = z², so Δ = z²/(n + z²).
        double z = 1.959963984540054;
        double bound = 100 * z * z / (10 + (z * z));

        ConfidenceInterval interval = NetPromoterScore.FromCounts(0, 10, 0).Interval(NpsIntervalMethod.Score);

        Assert.Equal(-bound, interval.Lower, Precision);
        Assert.Equal(bound, interval.Upper, Precision);
    }

    // Expected values: the posterior CDF integrated in R and inverted with uniroot:
    //   bcdf <- function(t, ad, ap, apr) integrate(function(x) { u <- (t + x)/(1 - x)
    //            dbeta(x, ad, ap + apr) * pbeta(pmin(pmax(u, 0), 1), apr, ap) }, 0, 1, rel.tol = 1e-12, subdivisions = 2000)$value
    //   bq <- function(p, ad, ap, apr) uniroot(function(t) bcdf(t, ad, ap, apr) - p, c(-1, 1), tol = 1e-13)$root
    //   a <- c(20, 30, 50) + 1; 100 * c(bq(0.025, a[1], a[2], a[3]), bq(0.975, a[1], a[2], a[3]))
    // (For large counts the R integral runs over the mean ± 30 sd of X_det, as it otherwise misses the narrow peak.)
    // A second R derivation (T = X_det + X_pro ~ Beta(a_det + a_pro, a_pas), X_det/T ~ Beta(a_det, a_pro)) agrees to
    // nine significant digits on every row. A Monte Carlo check in R (2e6 Dirichlet draws via rgamma, seed 1) gave [13.70, 43.78] for (20, 30, 50).
    [Theory]
    [InlineData(20, 30, 50, 13.6819135410715, 43.7697502930848)]
    [InlineData(1, 2, 3, -29.1344956734083, 67.3911275157695)]
    [InlineData(0, 0, 4, -3.65075160013142, 93.8579364120974)]
    [InlineData(200, 300, 500, 25.0354917171045, 34.6999271801715)]
    [InlineData(3, 2000, 1, -0.36019738968862, 0.131910956882843)]
    [InlineData(0, 0, 2000, 99.5633367256361, 99.982802943866)]
    [InlineData(1500, 800, 1900, 6.80900219652418, 12.2174644232635)]
    [InlineData(0, 0, 1, -53.5841116638516, 86.6358341511621)]
    [InlineData(5, 0, 5, -49.4856709775513, 49.4856709775501)]
    public void BayesianInterval_UniformPrior_MatchesIntegrationInR(long d, long pa, long pr, double lower, double upper)
    {
        ConfidenceInterval interval = NetPromoterScore.FromCounts(d, pa, pr).Interval(NpsIntervalMethod.Bayesian);

        Assert.Equal(lower, interval.Lower, 6);
        Assert.Equal(upper, interval.Upper, 6);
    }

    [Fact]
    public void PosteriorMean_IsDirichletMean()
    {
        // (50 + 1 − 20 − 1) / 103 · 100.
        Assert.Equal(100.0 * 30 / 103, NetPromoterScore.FromCounts(20, 30, 50).PosteriorMean(), Precision);
        Assert.Equal(100.0 * (50 + 2 - 20 - 0.5) / 104.5, NetPromoterScore.FromCounts(20, 30, 50).PosteriorMean(0.5, 2, 2), Precision);
    }

    [Fact]
    public void BayesianInterval_StrongerPriorTowardsPromoters_ShiftsUp()
    {
        var nps = NetPromoterScore.FromCounts(5, 5, 5);

        Assert.True(nps.BayesianInterval(0.95, 1, 1, 20).Lower > nps.BayesianInterval().Lower);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void BayesianInterval_BadPrior_Throws(double prior) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NetPromoterScore.FromCounts(1, 1, 1).BayesianInterval(0.95, prior));

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(1.5)]
    public void Interval_BadConfidence_Throws(double confidence) =>
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(() => NetPromoterScore.FromCounts(1, 1, 1).Interval(NpsIntervalMethod.Wald, confidence)).ParamName);

    [Fact]
    public void Interval_UnknownMethod_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NetPromoterScore.FromCounts(1, 1, 1).Interval((NpsIntervalMethod)42));

    [Property]
    public bool Intervals_ContainTheirEstimateAndStayInRange(NetPromoterScore nps, Level confidence)
    {
        double level = confidence.Value;
        ConfidenceInterval wald = nps.Interval(NpsIntervalMethod.Wald, level);
        ConfidenceInterval adjusted = nps.Interval(NpsIntervalMethod.AdjustedWald, level);
        ConfidenceInterval score = nps.Interval(NpsIntervalMethod.Score, level);
        bool inRange = new[] { wald, adjusted, score }.All(i => i.Lower >= -100 && i.Upper <= 100 && i.Lower <= i.Upper && i.Level == level);

        // Wald and score intervals contain the sample NPS; the adjusted Wald interval its own (adjusted) centre.
        return inRange && wald.Contains(nps.Value) && score.Contains(nps.Value) && adjusted.Contains(nps.AdjustedValue);
    }

    [Property]
    public bool BayesianInterval_ContainsPosteriorMeanAndStaysInRange(NetPromoterScore nps)
    {
        ConfidenceInterval interval = nps.Interval(NpsIntervalMethod.Bayesian);
        return interval.Lower >= -100 && interval.Upper <= 100 && interval.Contains(nps.PosteriorMean());
    }

    [Fact]
    public void Intervals_HigherConfidence_AreWider()
    {
        var nps = NetPromoterScore.FromCounts(25, 35, 40);

        foreach (NpsIntervalMethod method in Enum.GetValues<NpsIntervalMethod>())
        {
            Assert.True(nps.Interval(method, 0.99).Width > nps.Interval(method, 0.9).Width, method.ToString());
        }
    }
}
