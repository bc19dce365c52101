using CxCore.Lifecycle;

namespace CxCore.Tests.Lifecycle;

// Data that cannot identify the model get a clear exception, never NaN or runaway parameters.
public sealed partial class BgNbdModelTests
{
    [Fact]
    public void Fit_NoCustomers_Throws() =>
        Assert.Throws<ArgumentException>(() => BgNbdModel.Fit([], [], []));

    [Fact]
    public void Fit_NoRepeatBuyers_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => BgNbdModel.Fit([0, 0, 0], [0.0, 0, 0], [10.0, 20, 30]));

        Assert.Contains("No customer made a repeat transaction", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_OneCustomer_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => BgNbdModel.Fit([3], [8.0], [10.0]));

        Assert.Contains("do not identify", e.Message, StringComparison.Ordinal);
    }

    // Every customer's last purchase is at the end of observation: nothing shows dropout, so the dropout probability
    // runs to zero (b to infinity or a to zero).
    [Fact]
    public void Fit_EveryLastPurchaseAtT_Throws()
    {
        var random = new Random(7);
        int n = 500;
        int[] x = new int[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = 1 + random.Next(6);
            t[i] = 10 + random.Next(30);
        }

        var e = Assert.Throws<ArgumentException>(() => BgNbdModel.Fit(x, t, t));

        Assert.Contains("do not identify", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 0.0, 5.0)]
    [InlineData(1, 6.0, 5.0)]
    [InlineData(0, 1.0, 5.0)]
    [InlineData(2, 0.0, 5.0)]
    [InlineData(1, 1.0, double.NaN)]
    public void Fit_InvalidSummary_ThrowsNamingTheCustomer(int x, double tx, double t)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => BgNbdModel.Fit([1, x], [2.0, tx], [10.0, t]));

        Assert.Contains("Customer 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BulkPredictions_EqualTheSingleCustomerOnes()
    {
        CdnowData.Row[] rows = CdnowData.Summary;
        int[] x = rows.Select(r => r.X).ToArray();
        double[] tx = rows.Select(r => r.Tx).ToArray(), t = rows.Select(r => r.T).ToArray();
        BgNbdModel model = Published();
        double[] alive = new double[rows.Length], expected = new double[rows.Length];

        model.ProbabilityAlive(x, tx, t, alive);
        model.ConditionalExpectedTransactions(39, x, tx, t, expected);

        for (int i = 0; i < rows.Length; i++)
        {
            Assert.Equal(model.ProbabilityAlive(x[i], tx[i], t[i]), alive[i]);
            Assert.Equal(model.ConditionalExpectedTransactions(39, x[i], tx[i], t[i]), expected[i], 1e-14);
        }
    }
}
