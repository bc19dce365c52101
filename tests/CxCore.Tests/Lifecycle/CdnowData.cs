using System.Globalization;
using CxCore.Lifecycle;
using CxCore.Tests.Support;
using NodaTime;

namespace CxCore.Tests.Lifecycle;

/// <summary>The CDNOW sample (see Data/README.md): raw transactions and the published calibration summary.</summary>
internal static class CdnowData
{
    /// <summary>The calibration period ends after 1997-09-30 (39 weeks from 1997-01-01); the holdout runs to 1998-06-30.</summary>
    internal static readonly Instant CalibrationEnd = Instant.FromUtc(1997, 10, 1, 0, 0);

    internal static readonly Instant HoldoutEnd = Instant.FromUtc(1998, 7, 1, 0, 0);

    private static readonly Lazy<ActivityEvent[]> LazyEvents = new(() => File.ReadLines(RepositoryRoot.File("tests/CxCore.Tests/Lifecycle/Data/CDNOW_sample.txt"))
        .Where(l => l.Trim().Length > 0)
        .Select(l =>
        {
            string[] f = l.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var date = DateOnly.ParseExact(f[2], "yyyyMMdd", CultureInfo.InvariantCulture);
            return new ActivityEvent(CustomerId.From(f[1]), Instant.FromUtc(date.Year, date.Month, date.Day, 0, 0), double.Parse(f[4], CultureInfo.InvariantCulture));
        })
        .ToArray());

    private static readonly Lazy<Row[]> LazySummary = new(() => File.ReadLines(RepositoryRoot.File("tests/CxCore.Tests/Lifecycle/Data/cdnow_customers_summary_with_transactions.csv"))
        .Skip(1)
        .Where(l => l.Trim().Length > 0)
        .Select(l =>
        {
            double[] f = l.Split(',').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
            return new Row(((int)f[0]).ToString("D4", CultureInfo.InvariantCulture), (int)f[1], f[2], f[3], f[4]);
        })
        .ToArray());

    /// <summary>The 6,919 raw transactions (customer ids "0001" to "2357", instants at UTC midnight, dollar values).</summary>
    internal static ActivityEvent[] Events => LazyEvents.Value;

    /// <summary>The 2,357 published summary rows (x, t_x, T in weeks to two decimals; zbar in dollars to cents).</summary>
    internal static Row[] Summary => LazySummary.Value;

    internal static ActivitySummary Summarise() => ActivitySummary.Compute(Events, CalibrationEnd, new ActivitySummaryOptions { HoldoutEnd = HoldoutEnd });

    internal sealed record Row(string Id, int X, double Tx, double T, double Zbar);
}
