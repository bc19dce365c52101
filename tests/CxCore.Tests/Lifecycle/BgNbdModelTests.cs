using CxCore.Lifecycle;

namespace CxCore.Tests.Lifecycle;

public sealed partial class BgNbdModelTests
{
    // Fader, Hardie and Lee (2005), "Counting Your Customers the Easy Way", Marketing Science 24(2), p. 280: on the
    // CDNOW sample (2,357 customers, 39-week calibration) r = 0.243, alpha = 4.414, a = 0.793, b = 2.426, LL = -9582.4.
    [Fact]
    public void Fit_CdnowRawTransactions_ReproducesThePublishedParameters()
    {
        BgNbdModel model = BgNbdModel.Fit(CdnowData.Summarise());

        Assert.Equal(0.243, model.R, 0.0005);
        Assert.Equal(4.414, model.Alpha, 0.0005);
        Assert.Equal(0.793, model.A, 0.0005);
        Assert.Equal(2.426, model.B, 0.0005);
        Assert.Equal(-9582.4, model.LogLikelihood, 0.05);
        Assert.True(model.Diagnostics!.Value.Converged);
        Assert.True(model.Diagnostics.Value.GradientNorm < 1e-8, model.Diagnostics.Value.ToString());
        Assert.Equal(2357, model.Diagnostics.Value.Count);
    }

    // An independent implementation in R (the likelihood written out with lgamma/lbeta, optim Nelder-Mead then BFGS
    // to reltol 1e-15, optimHess for the log-parameter standard errors) on the same unrounded summary:
    //   r <- read.table("CDNOW_sample.txt", col.names = c("id0","id","date","qty","amt")); dates merged per day ...
    //   ll <- function(lp) { r <- exp(lp[1]); al <- exp(lp[2]); a <- exp(lp[3]); b <- exp(lp[4])
    //     sum(lgamma(r+x) - lgamma(r) + r*log(al) + lbeta(a, b+x) - lbeta(a, b)
    //         + log(exp(-(r+x)*log(al+T)) + ifelse(x > 0, exp(log(a) - log(b+x-1) - (r+x)*log(al+tx)), 0))) }
    //   exp(o$par)  # 0.242594431847 4.413599755607 0.792922583207 2.425908530867;  -o$value  # -9582.42920667
    //   sqrt(diag(solve(optimHess(o$par, function(p) -ll(p)))))  # 0.0517628112 0.0856950939 0.2342397423 0.2907838273
    [Fact]
    public void Fit_CdnowRawTransactions_MatchesAnIndependentRFit()
    {
        BgNbdModel model = BgNbdModel.Fit(CdnowData.Summarise());

        Assert.Equal(0.242594431847, model.R, 0.242594431847 * 1e-5);
        Assert.Equal(4.413599755607, model.Alpha, 4.413599755607 * 1e-5);
        Assert.Equal(0.792922583207, model.A, 0.792922583207 * 1e-5);
        Assert.Equal(2.425908530867, model.B, 2.425908530867 * 1e-5);
        Assert.Equal(-9582.42920667, model.LogLikelihood, 1e-6);
        double[] se = [0.0517628112175, 0.0856950939308, 0.2342397422538, 0.2907838272884];
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(se[i], model.Parameters[i].LogStandardError, se[i] * 2e-3); // optimHess differences are good to ~1e-4
        }

        Assert.True(model.Parameters.All(p => p.Interval().Contains(p.Estimate)));
    }

    // The published summary itself (t_x and T rounded to two decimals). Same R code on read.csv(summary):
    //   exp(o$par)  # 0.242592928594 4.413532194594 0.792887141475 2.425756424336;  -o$value  # -9582.42556057
    [Fact]
    public void Fit_PublishedCdnowSummary_MatchesAnIndependentRFit()
    {
        CdnowData.Row[] rows = CdnowData.Summary;
        BgNbdModel model = BgNbdModel.Fit(rows.Select(r => r.X).ToArray(), rows.Select(r => r.Tx).ToArray(), rows.Select(r => r.T).ToArray());

        Assert.Equal(0.242592928594, model.R, 0.242592928594 * 1e-5);
        Assert.Equal(4.413532194594, model.Alpha, 4.413532194594 * 1e-5);
        Assert.Equal(0.792887141475, model.A, 0.792887141475 * 1e-5);
        Assert.Equal(2.425756424336, model.B, 2.425756424336 * 1e-5);
        Assert.Equal(-9582.42556057, model.LogLikelihood, 1e-6);
    }

    // Independent numerical evaluation of the model's definition in R (no closed forms): integrals over the mixing
    // distributions, gamma(r, alpha) with lambda = s^(1/r) to remove its singularity, and beta(a, b):
    //   r <- 0.243; al <- 4.414; a <- 0.793; b <- 2.426
    //   lamint <- function(h) integrate(function(s) { l <- s^(1/r); h(l) * al^r/(gamma(r)*r) * exp(-al*l) }, 0, Inf, rel.tol = 1e-12, abs.tol = 0)$value
    //   pint <- function(h) integrate(function(p) h(p) * dbeta(p, a, b), 0, 1, rel.tol = 1e-12, abs.tol = 0)$value
    //   EX <- function(t) pint(function(p) (1/p) * (1 - (al/(al + p*t))^r))   # from E[X(t) | lambda, p] = (1 - exp(-lambda p t))/p
    //   palive <- function(x, tx, T) { A <- lamint(function(l) l^x*exp(-l*T)) * pint(function(p) (1-p)^x)
    //     D <- lamint(function(l) l^x*exp(-l*tx)) * pint(function(p) p*(1-p)^(x-1)); A/(A + D) }
    //   cond <- function(t, x, tx, T) {
    //     num <- pint(function(p) sapply(p, function(pp) (1-pp)^x * lamint(function(l) l^x*exp(-l*T)*(-expm1(-l*pp*t)/pp))))
    //     den <- lamint(function(l) l^x*exp(-l*T)) * pint(function(p) (1-p)^x)
    //     if (x > 0) den <- den + lamint(function(l) l^x*exp(-l*tx)) * pint(function(p) p*(1-p)^(x-1)); num/den }
    // (abs.tol = 0 matters: the integrals for x = 25 are about 1e-17, below integrate's default absolute tolerance.)
    [Theory]
    [InlineData(1.0, 0.0532678911716304)]
    [InlineData(39.0, 1.19672319332075)]
    [InlineData(78.0, 1.86051905794272)]
    public void ExpectedTransactions_MatchesNumericalIntegration(double t, double expected) =>
        Assert.Equal(expected, Published().ExpectedTransactions(t), 1e-9);

    [Theory]
    [InlineData(2, 30.43, 38.86, 0.726578570080673)]
    [InlineData(7, 29.43, 38.86, 0.641756345946107)]
    [InlineData(25, 27.29, 36.86, 0.0409902046063757)]
    [InlineData(1, 1.71, 38.86, 0.212100985377379)]
    public void ProbabilityAlive_MatchesNumericalIntegration(int x, double tx, double t, double expected) =>
        Assert.Equal(expected, Published().ProbabilityAlive(x, tx, t), 1e-9);

    // The first CDNOW customer (x = 2, t_x = 30.43, T = 38.86) is expected to make 1.226 purchases in the next 39 weeks.
    [Theory]
    [InlineData(39.0, 2, 30.43, 38.86, 1.22602817476714)]
    [InlineData(39.0, 0, 0.0, 38.86, 0.195098052011263)]
    [InlineData(39.0, 7, 29.43, 38.86, 3.33705327485143)]
    [InlineData(39.0, 1, 1.71, 38.86, 0.203186987079754)]
    [InlineData(156.0, 25, 27.29, 36.86, 1.96943629127179)]
    [InlineData(39.0, 0, 0.0, 0.0, 1.19672319332081)]
    public void ConditionalExpectedTransactions_MatchesNumericalIntegration(double time, int x, double tx, double t, double expected) =>
        Assert.Equal(expected, Published().ConditionalExpectedTransactions(time, x, tx, t), 1e-8);

    [Fact]
    public void ConditionalExpectedTransactions_NewCustomer_IsTheUnconditionalExpectation()
    {
        BgNbdModel model = Published();
        foreach (double t in new[] { 0.5, 10, 39, 200 })
        {
            Assert.Equal(model.ExpectedTransactions(t), model.ConditionalExpectedTransactions(t, 0, 0, 0), 1e-12);
        }
    }

    // At a = 1 the closed form's factor 1/(a - 1) is cancelled analytically. Reference: E[X(t)] = ∫ (1 - (α/(α + p t))^r)/p
    // · b(1 - p)^(b-1) dp (the beta(1, b) density has no singularity), by 2048-point Gauss–Legendre quadrature.
    [Theory]
    [InlineData(0.8, 1.0)]
    [InlineData(0.8, 1.0 + 1e-9)]
    [InlineData(2.5, 1.0 - 1e-9)]
    public void ExpectedTransactions_AtAEqualToOne_MatchesQuadrature(double r, double a)
    {
        const double Alpha = 3.0, B = 2.5, T = 20;
        double reference = MathNet.Numerics.Integration.GaussLegendreRule.Integrate(
            p => (1 - Math.Pow(Alpha / (Alpha + (p * T)), r)) / p * B * Math.Pow(1 - p, B - 1), 0, 1, 2048);

        Assert.Equal(reference, BgNbdModel.FromParameters(r, Alpha, a, B).ExpectedTransactions(T), 1e-7);
    }

    // a + b < 1, and a + b = 1, where the lower parameter a + b − 1 of the unconditional series is 0 (r = 0.7, α = 2,
    // t = 15). Reference: the same integral in R with both beta singularities removed by substitution, and 1 − (α/(α + pt))^r
    // written with expm1/log1p so that it keeps its precision near p = 0:
    //   f <- function(p) ifelse(p == 0, r*t/al, -expm1(-r*log1p(p*t/al))/p)
    //   lo <- integrate(function(s) { p <- s^(1/a); f(p) * (1-p)^(b-1) / (a*beta(a,b)) }, 0, 0.5^a, rel.tol = 1e-12, abs.tol = 0)$value
    //   hi <- integrate(function(s) { p <- 1 - s^(1/b); f(p) * p^(a-1) / (b*beta(a,b)) }, 0, 0.5^b, rel.tol = 1e-12, abs.tol = 0)$value
    //   lo + hi   # (0.4, 0.5) 2.26361950639932; (0.3, 0.7) 2.92309932159822; (0.6, 0.4) 1.64281608463622
    [Theory]
    [InlineData(0.4, 0.5, 2.26361950639932)]
    [InlineData(0.3, 0.7, 2.92309932159822)]
    [InlineData(0.6, 0.4, 1.64281608463622)]
    public void ExpectedTransactions_ASmallBetaSum_MatchesNumericalIntegration(double a, double b, double expected) =>
        Assert.Equal(expected, BgNbdModel.FromParameters(0.7, 2.0, a, b).ExpectedTransactions(15), 1e-9);

    [Fact]
    public void ExpectedTransactions_ZeroTime_IsZero() => Assert.Equal(0, Published().ExpectedTransactions(0));

    private static BgNbdModel Published() => BgNbdModel.FromParameters(0.243, 4.414, 0.793, 2.426);
}
