using CxCore.Analysis;
using CxCore.Ratings;
using NodaTime;

namespace CxCore.Data.Tests.Engines;

/// <summary>
/// Five responses around the month edges of Europe/Berlin in 2025, counted by hand, stored under hostile names.
/// </summary>
/// <remarks>
/// Europe/Berlin is UTC+1 until 2025-03-30 01:00Z and UTC+2 after it (EU summer time: last Sunday of March, 01:00 UTC).
/// <code>
/// segment rating weight  instant (UTC)               local time (Berlin)          month
/// a       10     1.0     2025-03-31T21:59:59.999999Z 2025-03-31 23:59:59.999999   March (UTC+2)
/// a        9     2.0     2025-03-31T22:00:00Z        2025-04-01 00:00:00          April
/// a        0     0.5     2025-03-01T00:30:00Z        2025-03-01 01:30:00          March (UTC+1)
/// b        7     1.5     2025-02-28T23:00:00Z        2025-03-01 00:00:00          March
/// b       10     3.0     2025-02-28T22:59:59Z        2025-02-28 23:59:59          February
/// </code>
/// So: (a, March) has a 10 (w 1) and a 0 (w 0.5); (a, April) a 9 (w 2, w² 4); (b, February) a 10 (w 3, w² 9);
/// (b, March) a 7 (w 1.5, w² 2.25).
/// </remarks>
internal static class HandCountedExample
{
    /// <summary>A table name with a quote, a semicolon, a statement and a comment marker.</summary>
    public const string Table = "cx\"; DROP TABLE sentinel; --";

    /// <summary>Column names with quotes, comment markers, a semicolon and spaces.</summary>
    public const string Segment = "seg\"ment /* c */", Rating = "rating'--", Weight = "w;", At = "at\" --";

    public static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    /// <summary>The rows as SQL literals: (segment, rating, weight, UTC timestamp text).</summary>
    public static readonly (string Segment, int Rating, double Weight, string Utc)[] Rows =
    [
        ("a", 10, 1.0, "2025-03-31 21:59:59.999999"),
        ("a", 9, 2.0, "2025-03-31 22:00:00"),
        ("a", 0, 0.5, "2025-03-01 00:30:00"),
        ("b", 7, 1.5, "2025-02-28 23:00:00"),
        ("b", 10, 3.0, "2025-02-28 22:59:59"),
    ];

    /// <summary>The query: by segment and month in Berlin, weighted, February to April 2025.</summary>
    public static RatingCountQuery Query(SqlSource source) =>
        RatingCountQuery.Create(source, Rating, RatingScale.Nps)
            .WithWeights(Weight)
            .WithGroups(Segment)
            .WithPeriod(At, CalendarPeriod.Month, Berlin)
            .WithDates(new DateInterval(new LocalDate(2025, 2, 1), new LocalDate(2025, 4, 30)));

    /// <summary>The DDL and inserts, with identifiers quoted by hand (SQL standard: double the inner quotes).</summary>
    public static IEnumerable<string> Setup(string timestampType)
    {
        yield return "CREATE TABLE sentinel (x INTEGER)";
        yield return $"CREATE TABLE \"cx\"\"; DROP TABLE sentinel; --\" (\"seg\"\"ment /* c */\" TEXT, \"rating'--\" INTEGER, \"w;\" DOUBLE PRECISION, \"at\"\" --\" {timestampType})";
        foreach ((string segment, int rating, double weight, string utc) in Rows)
        {
            yield return string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"INSERT INTO \"cx\"\"; DROP TABLE sentinel; --\" VALUES ('{segment}', {rating}, {weight:R}, TIMESTAMPTZ '{utc}+00')");
        }
    }

    /// <summary>Checks counts against the hand count of the remarks.</summary>
    public static void AssertHandCounts(GroupedRatingCounts counts)
    {
        Assert.Equal(4, counts.Groups.Count);
        AssertGroup(counts.Groups[0], "a", new LocalDate(2025, 3, 1), (10, 1.0), (0, 0.5));
        AssertGroup(counts.Groups[1], "a", new LocalDate(2025, 4, 1), (9, 2.0));
        AssertGroup(counts.Groups[2], "b", new LocalDate(2025, 2, 1), (10, 3.0));
        AssertGroup(counts.Groups[3], "b", new LocalDate(2025, 3, 1), (7, 1.5));
        Assert.Equal(5, counts.Total.Total);
        Assert.Equal(8.0, counts.WeightedTotal!.SumOfWeights, 12);
        Assert.Equal(1 + 0.25 + 4 + 9 + 2.25, counts.WeightedTotal.SumOfSquaredWeights, 12);
    }

    private static void AssertGroup(RatingCountGroup group, string segment, LocalDate monthStart, params (int Rating, double Weight)[] expected)
    {
        Assert.Equal([segment], group.Key);
        Assert.Equal(new DateInterval(monthStart, monthStart.PlusMonths(1).PlusDays(-1)), group.Period);
        Assert.Equal(expected.Length, group.Counts.Total);
        foreach ((int rating, double weight) in expected)
        {
            Assert.Equal(1, group.Counts[rating]);
            Assert.Equal(weight, group.WeightedCounts!.WeightAt(rating), 12);
            Assert.Equal(weight * weight, group.WeightedCounts.SquaredWeightAt(rating), 12);
        }
    }
}
