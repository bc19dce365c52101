using System.Globalization;
using CxCore.Analysis;
using CxCore.Data.Tests.Support;
using CxCore.Ratings;
using DuckDB.NET.Data;
using NodaTime;
using NodaTime.Text;
using Npgsql;

namespace CxCore.Data.Tests.Engines;

/// <summary>
/// Rows just before and after local midnights, in zones whose days start off the UTC hour, counted per local day by the
/// engines and by NodaTime (<see cref="CalendarBuckets.PeriodOf"/>). The engines count per UTC bucket before they
/// convert to local time; a bucket that held a midnight would put the rows before it into the next day.
/// </summary>
/// <remarks>
/// The days: Asia/Kathmandu (+5:45, so days start at 18:15 UTC), Asia/Kolkata (+5:30), Pacific/Chatham (+12:45 and
/// +13:45 in summer), America/St_Johns (−3:30, DST), Australia/Adelaide (+9:30/+10:30), Africa/Monrovia in 1971
/// (−0:44:30), Europe/Berlin in 1890 (local mean time +0:53:28, before the years the buckets cover), Europe/London in
/// 2150 (after them), America/Santiago around its DST change (clocks go back at midnight) and America/Sao_Paulo in
/// November 2018 (clocks went forward at midnight, so the day started at 01:00), Australia/Lord_Howe (+10:30, +11 in
/// summer: too many spans of buckets, so one narrower kind) and Asia/Kathmandu across its change from +5:30 to +5:45.
/// </remarks>
public sealed class ZoneBucketEdgeTests
{
    private static readonly InstantPattern Utc = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm':'ss.ffffff");

    // Seconds either side of each local midnight: 1 µs, a minute, quarter and half hours, 44:30 and most of an hour.
    private static readonly long[] OffsetsMicros =
    [
        -1, 0, 1, -60_000_000, 60_000_000, -899_000_000, -901_000_000, -1_799_000_000, -1_801_000_000, -2_670_000_000,
        -2_669_000_000, -3_599_000_000, 899_000_000, 1_799_000_000, 2_699_000_000, 3_599_000_000,
    ];

    public static TheoryData<string, int, int, int> Days => new()
    {
        { "Asia/Kathmandu", 2021, 3, 14 },
        { "Asia/Kolkata", 2020, 2, 28 },
        { "Pacific/Chatham", 2022, 9, 24 },
        { "America/St_Johns", 2023, 11, 4 },
        { "Australia/Adelaide", 2021, 4, 3 },
        { "Africa/Monrovia", 1971, 6, 1 },
        { "Europe/Berlin", 1890, 5, 10 },
        { "Europe/London", 2150, 7, 1 },
        { "America/Santiago", 2019, 4, 6 },
        { "America/Sao_Paulo", 2018, 11, 3 },
        { "Australia/Lord_Howe", 2022, 4, 2 },
        { "Asia/Kathmandu", 1985, 12, 30 },
    };

    /// <summary>Rows around the local midnights of four days from the given date; the expected count per local day from NodaTime.</summary>
    private static (List<(int Rating, Instant At)> Rows, SortedDictionary<LocalDate, long> Expected) Build(DateTimeZone zone, LocalDate first)
    {
        var rows = new List<(int, Instant)>();
        var expected = new SortedDictionary<LocalDate, long>();
        for (int day = 0; day < 4; day++)
        {
            Instant midnight = zone.AtStartOfDay(first.PlusDays(day)).ToInstant();
            for (int i = 0; i < OffsetsMicros.Length; i++)
            {
                Instant at = midnight + Duration.FromTicks(OffsetsMicros[i] * 10);
                rows.Add((i % 11, at));
                LocalDate start = CalendarBuckets.PeriodOf(at, zone, CalendarPeriod.Day).Start;
                expected[start] = expected.GetValueOrDefault(start) + 1;
            }
        }

        return (rows, expected);
    }

    private static string Insert(string table, List<(int Rating, Instant At)> rows) => $"INSERT INTO {table} VALUES " + string.Join(", ", rows.Select(r =>
        string.Create(CultureInfo.InvariantCulture, $"({r.Rating}, TIMESTAMPTZ '{Utc.Format(r.At)}+00')")));

    private static SortedDictionary<LocalDate, long> Shown(GroupedRatingCounts counts) =>
        new(counts.ByPeriod().ToDictionary(p => p.Key, p => p.Value.Total));

    [Theory]
    [MemberData(nameof(Days))]
    public void DuckDb_RowsAroundMidnight_CountInTheirLocalDay(string zoneId, int year, int month, int day)
    {
        DateTimeZone zone = DateTimeZoneProviders.Tzdb[zoneId];
        var (rows, expected) = Build(zone, new LocalDate(year, month, day));
        using DuckDBConnection db = DuckDb.Open();
        DuckDb.Execute(db, "CREATE TABLE t (r INTEGER, ts TIMESTAMPTZ)");
        DuckDb.Execute(db, Insert("t", rows));

        GroupedRatingCounts counts = RatingCountQuery.Create(SqlSource.Table("t"), "r", RatingScale.Nps).WithPeriod("ts", CalendarPeriod.Day, zone).Execute(db, SqlDialect.DuckDb);

        Assert.Equal(expected, Shown(counts));
    }

    [PostgresTheory]
    [MemberData(nameof(Days))]
    public void PostgreSql_RowsAroundMidnight_CountInTheirLocalDay(string zoneId, int year, int month, int day)
    {
        DateTimeZone zone = DateTimeZoneProviders.Tzdb[zoneId];
        var (rows, expected) = Build(zone, new LocalDate(year, month, day));
        using NpgsqlConnection db = PostgresServer.Open();
        string table = "t_" + Guid.NewGuid().ToString("N");
        PostgresServer.Execute(db, $"CREATE TEMP TABLE {table} (r INTEGER, ts TIMESTAMPTZ)");
        PostgresServer.Execute(db, Insert(table, rows));

        GroupedRatingCounts counts = RatingCountQuery.Create(SqlSource.Table(table), "r", RatingScale.Nps).WithPeriod("ts", CalendarPeriod.Day, zone).Execute(db, SqlDialect.PostgreSql);

        Assert.Equal(expected, Shown(counts));
    }
}
