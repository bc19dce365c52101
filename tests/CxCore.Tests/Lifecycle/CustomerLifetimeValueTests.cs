using CxCore.Lifecycle;
using NodaTime;

namespace CxCore.Tests.Lifecycle;

public sealed class CustomerLifetimeValueTests
{
    private static readonly BgNbdModel Transactions = BgNbdModel.FromParameters(0.243, 4.414, 0.793, 2.426);
    private static readonly GammaGammaModel Spend = GammaGammaModel.FromParameters(6.25, 3.74, 15.44);

    // The definition written out with the model's expectations (each checked against R integrals in BgNbdModelTests and
    // GammaGammaModelTests): K = 3 periods of 4 weeks, d = 1 % a period, margin 30 %, customer x = 2, tx = 30.43,
    // T = 38.86 (unrounded 213/7 and 272/7), z̄ = 22.345: CLV = 0.3 · E[Z] · (E₁/1.01 + (E₂ − E₁)/1.01² + (E₃ − E₂)/1.01³), Eₖ = E[Y(4k) | x, tx, T].
    [Fact]
    public void Of_EqualsTheDiscountedSumOfExpectedPeriodValues()
    {
        CustomerActivity c = Summary().Customers[0];
        double[] e = [0, .. Enumerable.Range(1, 3).Select(k => Transactions.ConditionalExpectedTransactions(4 * k, c.Frequency, c.Recency, c.Tenure))];
        double expected = 0.3 * Spend.ExpectedAverageValue(c.Frequency, c.MonetaryValue) * (((e[1] - e[0]) / 1.01) + ((e[2] - e[1]) / (1.01 * 1.01)) + ((e[3] - e[2]) / (1.01 * 1.01 * 1.01)));

        Assert.Equal(expected, CustomerLifetimeValue.Of(Transactions, Spend, c, 3, 4, 0.01, 0.3), 1e-12);
    }

    // Without discounting the sum telescopes to E[Y(KΔ)]: CLV = E[Z]·E[Y(39) | x, tx, T].
    [Fact]
    public void Of_NoDiscount_IsExpectedValueTimesExpectedTransactions()
    {
        CustomerActivity c = Summary().Customers[0];

        Assert.Equal(
            Spend.ExpectedAverageValue(c.Frequency, c.MonetaryValue) * Transactions.ConditionalExpectedTransactions(39, c.Frequency, c.Recency, c.Tenure),
            CustomerLifetimeValue.Of(Transactions, Spend, c, 13, 3, 0),
            1e-12);
    }

    [Fact]
    public void Compute_EqualsOfForEveryCustomer()
    {
        ActivitySummary summary = CdnowData.Summarise();

        double[] all = CustomerLifetimeValue.Compute(Transactions, Spend, summary, 12, 52.0 / 12, 0.01);

        for (int i = 0; i < all.Length; i += 37)
        {
            Assert.Equal(CustomerLifetimeValue.Of(Transactions, Spend, summary.Customers[i], 12, 52.0 / 12, 0.01), all[i], 1e-12);
        }

        Assert.All(all, v => Assert.True(v >= 0 && double.IsFinite(v)));
    }

    [Fact]
    public void Of_RepeatCustomerWithoutValue_Throws()
    {
        Instant end = Instant.FromUtc(2026, 3, 1, 0, 0);
        var id = CustomerId.From("n");
        CustomerActivity customer = ActivitySummary.Compute([new ActivityEvent(id, end - Duration.FromDays(30)), new ActivityEvent(id, end - Duration.FromDays(10))], end).Customers[0];

        Assert.Throws<ArgumentException>(() => CustomerLifetimeValue.Of(Transactions, Spend, customer, 3, 4, 0.01));
    }

    [Theory]
    [InlineData(0, 4.0, 0.01)]
    [InlineData(3, 0.0, 0.01)]
    [InlineData(3, 4.0, -0.01)]
    public void Of_BadHorizonOrRate_Throws(int periods, double length, double rate) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CustomerLifetimeValue.Of(Transactions, Spend, Summary().Customers[0], periods, length, rate));

    // One customer with x = 2, tx = 30.43 weeks, T = 38.86 weeks, z̄ = 22.345 (the first CDNOW customer), built from events.
    private static ActivitySummary Summary()
    {
        Instant birth = Instant.FromUtc(1997, 1, 1, 0, 0);
        var id = CustomerId.From("0001");
        ActivityEvent[] events =
        [
            new(id, birth, 29.33), new(id, Instant.FromUtc(1997, 1, 18, 0, 0), 29.73), new(id, Instant.FromUtc(1997, 8, 2, 0, 0), 14.96),
        ];
        var summary = ActivitySummary.Compute(events, CdnowData.CalibrationEnd);
        Assert.Equal((2, 30.43, 38.86, 22.345), (summary.Customers[0].Frequency, Math.Round(summary.Customers[0].Recency, 2), Math.Round(summary.Customers[0].Tenure, 2), Math.Round(summary.Customers[0].MonetaryValue, 3)));
        return summary;
    }
}
