using CxCore.Lifecycle;
using NodaTime;

namespace CxCore.Tests.Lifecycle;

public sealed class ActivitySummaryTests
{
    private static readonly CustomerId Ann = CustomerId.From("ann");
    private static readonly CustomerId Bob = CustomerId.From("bob");

    private static Instant At(int month, int day, int hour = 12) => Instant.FromUtc(2026, month, day, hour, 0);

    // The raw CDNOW transactions summarised with the day rule give the published summary exactly: x, and t_x and T
    // in weeks to the file's two decimals, and the mean repeat-day value to the cent (Data/README.md).
    [Fact]
    public void Compute_CdnowRawTransactions_ReproducesThePublishedSummary()
    {
        ActivitySummary summary = CdnowData.Summarise();
        var published = CdnowData.Summary.ToDictionary(r => r.Id);

        Assert.Equal(2357, summary.Customers.Count);
        foreach (CustomerActivity c in summary.Customers)
        {
            CdnowData.Row row = published[c.Customer.Value];
            Assert.Equal(row.X, c.Frequency);
            Assert.Equal(row.Tx, c.Recency, 0.005 + 1e-9);
            Assert.Equal(row.T, c.Tenure, 0.005 + 1e-9);
            if (row.X > 0)
            {
                Assert.Equal(row.Zbar, c.MonetaryValue, 0.005 + 1e-9);
            }
            else
            {
                Assert.True(double.IsNaN(c.MonetaryValue));
            }
        }

        // R: holdout days with a purchase, per customer, summed (nrow(aggregate(amt ~ id + date, holdout))) = 1882.
        Assert.Equal(1882, summary.Customers.Sum(c => c.HoldoutFrequency));
        Assert.Equal(0, summary.EventsAfterEnd);
    }

    // Hand-worked example, day rule, unit one day, calibration to 2026-03-01 (exclusive), holdout to 2026-04-01:
    // ann: 01-10 09:00 (first, 5) + 01-10 18:00 (same day: part of the first) + 01-15 (10) + 01-15 (2, same day) + 02-01 (4)
    //      → x = 2 repeat days (01-15, 02-01), tx = 22 days, T = 02-28 − 01-10 = 49 days, zbar = (12 + 4)/2 = 8;
    //      holdout 03-05 (3), 03-05 (1), 03-20 (6) → 2 days, total 10.
    // bob: 02-28 23:00 only → x = 0, tx = 0, T = 0 (born on the last calibration day), zbar NaN.
    [Fact]
    public void Compute_DayRule_HandWorkedExample()
    {
        ActivityEvent[] events =
        [
            new(Ann, At(1, 10, 9), 5), new(Ann, At(1, 10, 18), 1), new(Ann, At(1, 15), 10), new(Ann, At(1, 15, 20), 2), new(Ann, At(2, 1), 4),
            new(Ann, At(3, 5), 3), new(Ann, At(3, 5, 8), 1), new(Ann, At(3, 20), 6), new(Bob, At(2, 28, 23), 7), new(Ann, At(4, 2), 1),
        ];
        var options = new ActivitySummaryOptions { TimeUnit = Duration.FromDays(1), HoldoutEnd = Instant.FromUtc(2026, 4, 1, 0, 0) };

        ActivitySummary summary = ActivitySummary.Compute(events, Instant.FromUtc(2026, 3, 1, 0, 0), options);

        Assert.Equal(2, summary.Customers.Count);
        CustomerActivity ann = summary.Customers[0], bob = summary.Customers[1];
        Assert.Equal((2, 22.0, 49.0, 8.0, 2, 10.0), (ann.Frequency, ann.Recency, ann.Tenure, ann.MonetaryValue, ann.HoldoutFrequency, ann.HoldoutTotalValue));
        Assert.Equal(At(1, 10, 9), ann.Birth);
        Assert.Equal((0, 0.0, 0.0, 0), (bob.Frequency, bob.Recency, bob.Tenure, bob.HoldoutFrequency));
        Assert.True(double.IsNaN(bob.MonetaryValue));
        Assert.Equal(1, summary.EventsAfterEnd);
    }

    // The same events with the instant rule and a unit of one hour: ann's same-day events are separate transactions.
    // Repeats: 01-10 18:00, 01-15 12:00, 01-15 20:00, 02-01 12:00 → x = 4, tx = (02-01 12:00 − 01-10 09:00) = 531 h,
    // T = 03-01 00:00 − 01-10 09:00 = 1191 h, zbar = (1 + 10 + 2 + 4)/4 = 4.25.
    [Fact]
    public void Compute_InstantRule_HandWorkedExample()
    {
        ActivityEvent[] events = [new(Ann, At(1, 10, 9), 5), new(Ann, At(1, 10, 18), 1), new(Ann, At(1, 15), 10), new(Ann, At(1, 15, 20), 2), new(Ann, At(2, 1), 4)];
        var options = new ActivitySummaryOptions { TimeUnit = Duration.FromHours(1), RepeatRule = RepeatRule.DistinctInstants };

        CustomerActivity ann = Assert.Single(ActivitySummary.Compute(events, Instant.FromUtc(2026, 3, 1, 0, 0), options).Customers);

        Assert.Equal((4, 531.0, 1191.0, 4.25), (ann.Frequency, ann.Recency, ann.Tenure, ann.MonetaryValue));
    }

    // Local days: 2026-01-10 23:30 UTC is already 01-11 in Australia/Sydney (UTC+11), so with the Sydney calendar the
    // two events are on different days (a repeat), with UTC on the same day.
    [Fact]
    public void Compute_DayRule_CountsLocalDaysInTheZone()
    {
        ActivityEvent[] events = [new(Ann, Instant.FromUtc(2026, 1, 10, 1, 0)), new(Ann, Instant.FromUtc(2026, 1, 10, 23, 30))];
        Instant sydneyMidnight = Instant.FromUtc(2026, 1, 31, 13, 0); // 2026-02-01 00:00 in Sydney

        var utc = ActivitySummary.Compute(events, Instant.FromUtc(2026, 2, 1, 0, 0), new ActivitySummaryOptions { TimeUnit = Duration.FromDays(1) });
        var sydney = ActivitySummary.Compute(events, sydneyMidnight, new ActivitySummaryOptions { TimeUnit = Duration.FromDays(1), TimeZoneId = "Australia/Sydney" });

        Assert.Equal(0, utc.Customers[0].Frequency);
        Assert.Equal(1, sydney.Customers[0].Frequency);
        Assert.Equal(1.0, sydney.Customers[0].Recency);
    }

    [Fact]
    public void Compute_WithCustomers_StartsAtAcquisitionAndKeepsCustomersWithoutEvents()
    {
        DateTimeZone utc = DateTimeZone.Utc;
        Customer[] customers = [new(Ann, utc, At(1, 5)), new(Bob, utc, At(1, 20))];
        ActivityEvent[] events = [new(Ann, At(1, 5), 9), new(Ann, At(1, 12), 3)];

        ActivitySummary summary = ActivitySummary.Compute(customers, events, Instant.FromUtc(2026, 2, 1, 0, 0), new ActivitySummaryOptions { TimeUnit = Duration.FromDays(1) });

        Assert.Equal((1, 7.0, 26.0), (summary.Customers[0].Frequency, summary.Customers[0].Recency, summary.Customers[0].Tenure));
        Assert.Equal((0, 0.0, 11.0), (summary.Customers[1].Frequency, summary.Customers[1].Recency, summary.Customers[1].Tenure));
    }

    [Fact]
    public void Compute_ActivityBeforeAcquisition_ThrowsNamingTheEvent()
    {
        Customer[] customers = [new(Ann, DateTimeZone.Utc, At(1, 5))];

        var e = Assert.Throws<ArgumentException>(() => ActivitySummary.Compute(customers, [new ActivityEvent(Ann, At(1, 4))], At(2, 1, 0)));

        Assert.Contains("before their acquisition", e.Message, StringComparison.Ordinal);
        Assert.Contains("2026-01-04T12:00:00Z", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_CalibrationEndBeforeEveryEvent_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentException>(() => ActivitySummary.Compute([new ActivityEvent(Ann, At(3, 5))], Instant.FromUtc(2026, 2, 1, 0, 0)));

        Assert.Equal("calibrationEnd", e.ParamName);
        Assert.Contains("2026-02-01T00:00:00Z", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_UnknownZone_ThrowsNamingTheId()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            ActivitySummary.Compute([new ActivityEvent(Ann, At(1, 5))], At(2, 1, 0), new ActivitySummaryOptions { TimeZoneId = "Europe/Atlantis" }));

        Assert.Contains("'Europe/Atlantis'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_DayRuleEndNotAtMidnight_Throws() =>
        Assert.Throws<ArgumentException>(() => ActivitySummary.Compute([new ActivityEvent(Ann, At(1, 5))], At(2, 1, 6)));

    [Fact]
    public void Compute_Empty_IsAnEmptySummary() =>
        Assert.Empty(ActivitySummary.Compute([], At(2, 1, 0)).Customers);

    [Fact]
    public void ActivityEvent_NegativeSpend_ThrowsNamingTheValue()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ActivityEvent(Ann, At(1, 5), -12.5));

        Assert.Equal(-12.5, e.ActualValue);
        Assert.Contains("-12.5", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToTable_HasOneRowPerCustomer()
    {
        ResultTable table = CdnowData.Summarise().ToTable();

        Assert.Equal(2357, table.RowCount);
        Assert.Equal(["customer", "birth", "frequency", "recency", "tenure", "monetary_value", "holdout_frequency", "holdout_value"], table.Columns);
        Assert.Equal(2L, table[0, "frequency"]); // customer 0001: x = 2 (published)
    }
}
