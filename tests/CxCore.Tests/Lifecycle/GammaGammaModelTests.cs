using CxCore.Lifecycle;

namespace CxCore.Tests.Lifecycle;

public sealed class GammaGammaModelTests
{
    // Fader and Hardie (2013), "The Gamma-Gamma Model of Monetary Value" (brucehardie.com/notes/025): on the 946 CDNOW
    // repeat customers, p = 6.25, q = 3.74, gamma = 15.44. The mean repeat-purchase values come from the raw
    // transactions (unrounded; the rounded summary file gives gamma = 15.448).
    [Fact]
    public void Fit_CdnowRawTransactions_ReproducesThePublishedParameters()
    {
        GammaGammaModel model = GammaGammaModel.Fit(CdnowData.Summarise());

        Assert.Equal(6.25, model.P, 0.005);
        Assert.Equal(3.74, model.Q, 0.005);
        Assert.Equal(15.44, model.Gamma, 0.005);
        Assert.Equal(946, model.Diagnostics!.Value.Count);
        Assert.True(model.Diagnostics.Value.Converged, model.Diagnostics.Value.ToString());
    }

    // An independent R fit on the same data (likelihood written out, optim Nelder-Mead then BFGS, reltol 1e-15):
    //   gg <- function(lp) { p <- exp(lp[1]); q <- exp(lp[2]); g <- exp(lp[3])
    //     sum(lgamma(p*x + q) - lgamma(p*x) - lgamma(q) + q*log(g) + (p*x - 1)*log(m) + p*x*log(x) - (p*x + q)*log(g + m*x)) }
    //   exp(o2$par)  # 6.24957397648 3.74422460983 15.44351616332;  -o2$value  # -4055.9176948
    //   sqrt(diag(solve(optimHess(o2$par, function(p) -gg(p)))))  # 0.1904242705 0.0774887830 0.2693348718
    [Fact]
    public void Fit_CdnowRawTransactions_MatchesAnIndependentRFit()
    {
        GammaGammaModel model = GammaGammaModel.Fit(CdnowData.Summarise());

        Assert.Equal(6.24957397648, model.P, 6.25 * 1e-5);
        Assert.Equal(3.74422460983, model.Q, 3.74 * 1e-5);
        Assert.Equal(15.44351616332, model.Gamma, 15.44 * 1e-5);
        Assert.Equal(-4055.9176948, model.LogLikelihood, 1e-6);
        double[] se = [0.1904242705489, 0.0774887829959, 0.2693348717911];
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(se[i], model.Parameters[i].LogStandardError, se[i] * 2e-3);
        }
    }

    // E[Z | x, zbar] against the posterior mean of p/nu by numerical integration in R:
    //   p <- 6.25; q <- 3.74; g <- 15.44
    //   post <- function(x, z, h) integrate(function(nu) h(nu) * dgamma(nu, q, g) * nu^(p*x) * exp(-nu*x*z), 0, Inf, rel.tol = 1e-13, abs.tol = 0)$value
    //   ez <- function(x, z) post(x, z, function(nu) p/nu) / post(x, z, function(nu) 1)
    //   ez(2, 22.345); ez(1, 300); ez(10, 15)           # 24.6596128608924 219.299221357063 15.8491722869405
    //   integrate(function(nu) p/nu * dgamma(nu, q, g), 0, Inf)   # population mean 35.2189781021898
    [Theory]
    [InlineData(2, 22.345, 24.6596128608924)]
    [InlineData(1, 300.0, 219.299221357063)]
    [InlineData(10, 15.0, 15.8491722869405)]
    [InlineData(0, 0.0, 35.2189781021898)]
    public void ExpectedAverageValue_MatchesNumericalIntegration(int x, double zbar, double expected) =>
        Assert.Equal(expected, GammaGammaModel.FromParameters(6.25, 3.74, 15.44).ExpectedAverageValue(x, zbar), 1e-8);

    [Fact]
    public void PopulationMeanValue_QAtMostOne_IsInfinite() =>
        Assert.Equal(double.PositiveInfinity, GammaGammaModel.FromParameters(2, 0.9, 10).PopulationMeanValue);

    [Fact]
    public void Fit_NoRepeatCustomer_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => GammaGammaModel.Fit([0, 0, 0], [0.0, 0, 0]));
        Assert.Contains("No customer made a repeat transaction", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_NegativeOrZeroValue_ThrowsNamingTheCustomer()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => GammaGammaModel.Fit([1, 2, 3], [10.0, 0, 12]));
        Assert.Contains("Customer 1", e.Message, StringComparison.Ordinal);
        Assert.Equal(0.0, e.ActualValue);
    }

    [Fact]
    public void Fit_IdenticalValues_ThrowsInsteadOfReturningBoundaryParameters()
    {
        int[] x = Enumerable.Range(1, 50).Select(i => 1 + (i % 4)).ToArray();
        double[] m = Enumerable.Repeat(20.0, 50).ToArray();

        var e = Assert.Throws<ArgumentException>(() => GammaGammaModel.Fit(x, m));
        Assert.Contains("Gamma-Gamma", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToTable_HasOneRowPerParameterWithIntervals()
    {
        ResultTable table = GammaGammaModel.Fit(CdnowData.Summarise()).ToTable();

        Assert.Equal(["parameter", "estimate", "std_error", "lower", "upper"], table.Columns);
        Assert.Equal(3, table.RowCount);
        Assert.Equal("gamma", table[2, "parameter"]);
        Assert.True((double)table[2, "lower"]! < (double)table[2, "estimate"]! && (double)table[2, "estimate"]! < (double)table[2, "upper"]!);
    }
}
