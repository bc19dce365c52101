using System.Data.Common;
using System.Globalization;
using CxCore.Analysis;
using CxCore.Data.Tests.Support;
using CxCore.Ratings;
using CxCore.Tests.Support;
using DuckDB.NET.Data;
using NodaTime;
using NodaTime.Text;
using Npgsql;

namespace CxCore.Data.Tests.Engines;

/// <summary>
/// Random responses whose instants crowd around the DST transitions and local midnights of zones with odd rules,
/// counted by calendar period in the engine and in memory (NodaTime, <see cref="Trend"/>): the counts must be
/// identical and the weight sums equal to 1e-9 relative.
/// </summary>
/// <remarks>
/// The years are 2016–2023, whose rules every time-zone database in use agrees on (NodaTime's embedded TZDB,
/// PostgreSQL's system tzdata and DuckDB's ICU data), for zones chosen for their edges: America/Sao_Paulo moved its
/// clocks at local midnight until 2019 (so some days start at 01:00), Australia/Lord_Howe shifts by 30 minutes,
/// Pacific/Chatham and Asia/Kathmandu have offsets in quarter hours, America/St_Johns a half-hour offset with DST.
/// </remarks>
public sealed class ZoneBucketingProperties
{
    private static readonly string[] Zones =
    [
        "Europe/Berlin", "America/New_York", "America/Sao_Paulo", "Australia/Lord_Howe", "Pacific/Chatham",
        "Asia/Kathmandu", "America/St_Johns", "Pacific/Apia", "Europe/London",
    ];

    private static readonly CalendarPeriod[] Periods = [CalendarPeriod.Day, CalendarPeriod.IsoWeek, CalendarPeriod.Month, CalendarPeriod.Quarter];

    private static readonly InstantPattern Utc = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm':'ss.ffffff");

    [ScaledProperty(60)]
    public void DuckDb_CountsByZonePeriod_EqualInMemoryTrend(Seed seed)
    {
        Case data = Case.Generate(seed.Value);
        using DuckDBConnection db = DuckDb.Open();
        DuckDb.Execute(db, "CREATE TABLE t (seg VARCHAR, r INTEGER, w DOUBLE, ts TIMESTAMPTZ)");
        DuckDb.Execute(db, data.Insert("t"));
        data.AssertAgrees(data.Query(SqlSource.Table("t")).Execute(db, SqlDialect.DuckDb));
    }

    [PostgresProperty(60)]
    public void PostgreSql_CountsByZonePeriod_EqualInMemoryTrend(Seed seed)
    {
        Case data = Case.Generate(seed.Value);
        using NpgsqlConnection db = PostgresServer.Open();
        string table = "t_" + Guid.NewGuid().ToString("N");
        PostgresServer.Execute(db, $"CREATE TEMP TABLE {table} (seg TEXT, r INTEGER, w DOUBLE PRECISION, ts TIMESTAMPTZ)");
        PostgresServer.Execute(db, data.Insert(table));
        data.AssertAgrees(data.Query(SqlSource.Table(table)).Execute(db, SqlDialect.PostgreSql));
    }

    /// <summary>One random case: a zone, a kind of period, a range and rows crowded around the zone's edges.</summary>
    private sealed record Case(DateTimeZone Zone, CalendarPeriod Period, Instant From, Instant To, IReadOnlyList<(string Segment, int Rating, double Weight, Instant At)> Rows)
    {
        public static Case Generate(int seed)
        {
            var random = new Random(seed);
            DateTimeZone zone = DateTimeZoneProviders.Tzdb[Zones[random.Next(Zones.Length)]];
            CalendarPeriod period = Periods[random.Next(Periods.Length)];
            int year = zone.Id == "America/Sao_Paulo" ? random.Next(2016, 2019) : random.Next(2016, 2024);
            Instant yearStart = zone.AtStartOfDay(new LocalDate(year, 1, 1)).ToInstant(), yearEnd = zone.AtStartOfDay(new LocalDate(year + 1, 1, 1)).ToInstant();
            List<Instant> transitions = zone.GetZoneIntervals(yearStart, yearEnd).Select(i => i.HasStart ? i.Start : yearStart).Where(i => i > yearStart).ToList();
            var rows = new List<(string, int, double, Instant)>();
            int count = random.Next(50, 250);
            for (int i = 0; i < count; i++)
            {
                Instant anchor = random.Next(4) switch
                {
                    0 when transitions.Count > 0 => transitions[random.Next(transitions.Count)],
                    1 => zone.AtStartOfDay(new LocalDate(year, random.Next(1, 13), 1)).ToInstant(), // a month (and maybe quarter) edge
                    _ => zone.AtStartOfDay(new LocalDate(year, 1, 1).PlusDays(random.Next(365))).ToInstant(), // a local midnight
                };
                long offsetMicros = random.Next(5) switch
                {
                    0 => 0,
                    1 => random.Next(-1, 2),
                    2 => random.NextInt64(-3_600_000_000L, 3_600_000_001L), // within an hour
                    3 => random.NextInt64(-90_000_000_000L, 90_000_000_001L), // within 25 hours
                    _ => random.NextInt64(-1_000, 1_001),
                };
                Instant at = Instant.FromUnixTimeTicks((anchor.ToUnixTimeTicks() / 10 + offsetMicros) * 10);
                double weight = Math.Round(0.01 + (random.NextDouble() * 50), random.Next(0, 12));
                rows.Add((((char)('a' + random.Next(3))).ToString(), random.Next(11), weight > 0 ? weight : 1, at));
            }

            // The range starts and ends at instants of rows (both ends exercised: the first kept, the last left out).
            List<Instant> sorted = rows.Select(r => r.Item4).Distinct().Order().ToList();
            Instant from = sorted[random.Next(sorted.Count / 4)];
            Instant to = sorted[sorted.Count - 1 - random.Next(sorted.Count / 4)];
            if (to <= from)
            {
                to = from + Duration.FromDays(1);
            }

            return new Case(zone, period, from, to, rows);
        }

        public RatingCountQuery Query(SqlSource source) =>
            RatingCountQuery.Create(source, "r", RatingScale.Nps).WithWeights("w").WithGroups("seg").WithPeriod("ts", Period, Zone).WithRange(From, To);

        /// <summary>The rows as one INSERT with literal values; instants as UTC text with microseconds, weights parsed from their round-trip text.</summary>
        public string Insert(string table) => $"INSERT INTO {table} VALUES " + string.Join(", ", Rows.Select(r =>
            string.Create(CultureInfo.InvariantCulture, $"('{r.Segment}', {r.Rating}, CAST('{r.Weight:R}' AS DOUBLE PRECISION), TIMESTAMPTZ '{Utc.Format(r.At)}+00')")));

        public void AssertAgrees(GroupedRatingCounts counts)
        {
            string context = $"zone {Zone.Id}, {Period}, range [{From}, {To})";

            // Counts: each segment's trend from the engine's counts equals the in-memory trend of its feedback.
            IReadOnlyDictionary<string, TrendResult> engine = counts.ToSegmentTrends(RatingMetric.Nps);
            var feedback = Rows.Select((r, i) => (r.Segment, Feedback: new Feedback("f" + i.ToString(CultureInfo.InvariantCulture), CustomerId.From("c"), r.At, FeedbackInstrument.Nps, r.Rating))).ToList(); // Trend counts unweighted feedback; the weights are checked below
            var segments = Rows.Where(r => From <= r.At && r.At < To).Select(r => r.Segment).Distinct().Order(StringComparer.Ordinal).ToList();
            Assert.Equal(segments, engine.Keys);
            foreach (string segment in segments)
            {
                TrendResult memory = Trend.Build(feedback.Where(f => f.Segment == segment).Select(f => f.Feedback), FeedbackInstrument.Nps, Period, Zone, From, To);
                Assert.Equal(memory.Points.Select(p => (p.Dates, p.Counts)), engine[segment].Points.Select(p => (p.Dates, p.Counts)));
            }

            // Weights: Σw and Σw² per segment, period and rating against NodaTime's bucketing.
            var expected = new Dictionary<(string, LocalDate, int), (double W, double W2)>();
            foreach ((string segment, int rating, double weight, Instant at) in Rows.Where(r => From <= r.At && r.At < To))
            {
                var key = (segment, CalendarBuckets.PeriodOf(at, Zone, Period).Start, rating);
                (double w, double w2) = expected.GetValueOrDefault(key);
                expected[key] = (w + weight, w2 + (weight * weight));
            }

            int cells = 0;
            foreach (RatingCountGroup group in counts.Groups)
            {
                for (int rating = 0; rating <= 10; rating++)
                {
                    if (group.Counts[rating] == 0)
                    {
                        continue;
                    }

                    cells++;
                    Assert.True(expected.TryGetValue((group.Key[0]!, group.Period!.Start, rating), out var sums), $"{context}: the engine has {group} rating {rating}, not in memory");
                    AssertClose(sums.W, group.WeightedCounts!.WeightAt(rating), context);
                    AssertClose(sums.W2, group.WeightedCounts.SquaredWeightAt(rating), context);
                }
            }

            Assert.Equal(expected.Count, cells);
        }

        private static void AssertClose(double expected, double actual, string context) =>
            Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Abs(expected), $"{context}: {actual:R} differs from {expected:R} by more than 1e-9 relative");
    }
}
