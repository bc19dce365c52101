using System.Data.Common;
using BenchmarkDotNet.Attributes;
using CxCore.Analysis;
using CxCore.Data;
using CxCore.Ratings;
using NodaTime;
using Npgsql;

namespace CxCore.Benchmarks.Data;

/// <summary>
/// NPS by month (Europe/Berlin) × segment over a PostgreSQL table of N ratings, three ways in one run: PostgreSQL
/// computing the NPS itself in SQL (baseline), CxCore.Data pushing the counting down and computing the NPS from the
/// counts, and pulling every row through Npgsql into .NET and counting there with NodaTime bucketing and
/// <see cref="RatingTally"/>.
/// </summary>
/// <remarks>
/// Needs a server: the Npgsql connection string in <c>CXCORE_POSTGRES</c> (<c>eval "$(bash eng/postgres.sh start)"</c>
/// starts a throw-away one). The table is created in setup from <c>generate_series</c> (deterministic: the ratings,
/// segments and instants are fixed functions of the row number) and dropped in cleanup.
/// </remarks>
[MemoryDiagnoser]
public class PostgresPushDownBenchmarks
{
    private const string Table = "cxcore_bench_answers";
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private NpgsqlConnection _connection = null!;
    private RatingCountQuery _query = null!;

    /// <summary>The number of ratings.</summary>
    [ParamsSource(nameof(NSizes))]
    public int N { get; set; }

    /// <summary>The sizes of <see cref="N"/> (100_000, 10_000_000); only the smallest with CXCORE_BENCH_SMOKE=1.</summary>
    public static IEnumerable<int> NSizes => BenchmarkSizes.Of(100_000, 10_000_000);

    /// <summary>Creates and fills the table.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string connection = Environment.GetEnvironmentVariable("CXCORE_POSTGRES") is { Length: > 0 } given
            ? given
            : throw new InvalidOperationException(
                "PostgresPushDownBenchmarks needs a PostgreSQL server: set CXCORE_POSTGRES to an Npgsql connection string "
                + "(eval \"$(bash eng/postgres.sh start)\" starts a throw-away server and sets it).");
        _connection = new NpgsqlConnection(connection);
        _connection.Open();
        Run($"DROP TABLE IF EXISTS {Table}");
        Run($"CREATE TABLE {Table} (score integer NOT NULL, segment text NOT NULL, answered_at timestamptz NOT NULL)");

        // Multiplicative hashes of the row number spread the ratings, segments and instants over 2025.
        Run($"""
            INSERT INTO {Table}
            SELECT ((i * 2654435761) % 4294967291) % 11,
                   (ARRAY['retail', 'business', 'public'])[1 + ((i * 40503) % 65521) % 3],
                   TIMESTAMPTZ '2025-01-01 00:00:00+00' + (((i * 2246822519) % 4294967291) % 31536000) * INTERVAL '1 second'
            FROM generate_series(1::bigint, {N}::bigint) AS t(i)
            """);
        Run($"ANALYZE {Table}");
        _query = RatingCountQuery.Create(SqlSource.Table(Table), "score", RatingScale.Nps)
            .WithGroups("segment")
            .WithPeriod("answered_at", CalendarPeriod.Month, Berlin);
    }

    /// <summary>Drops the table.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        Run($"DROP TABLE IF EXISTS {Table}");
        _connection.Dispose();
    }

    /// <summary>PostgreSQL computes the NPS per month and segment itself (no intervals): the speed limit of the engine.</summary>
    [Benchmark(Baseline = true)]
    public double NpsInSql()
    {
        using DbCommand command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT segment, date_trunc('month', answered_at AT TIME ZONE 'Europe/Berlin') AS month,
                   100.0 * (COUNT(*) FILTER (WHERE score >= 9) - COUNT(*) FILTER (WHERE score <= 6)) / COUNT(*) AS nps
            FROM {Table} GROUP BY segment, month
            """;
        using DbDataReader reader = command.ExecuteReader();
        double sum = 0;
        while (reader.Read())
        {
            sum += (double)reader.GetDecimal(2);
        }

        return sum;
    }

    /// <summary>CxCore.Data: the engine counts per segment, month and rating; .NET computes the NPS from the counts.</summary>
    [Benchmark]
    public double PushDownCounts() => MonthlyNps.FromCounts(_query.Execute(_connection, SqlDialect.PostgreSql));

    /// <summary>Every row pulled through Npgsql (typed getters) and counted in .NET with NodaTime bucketing.</summary>
    [Benchmark]
    public double PullRowsAndCount()
    {
        using DbCommand command = _connection.CreateCommand();
        command.CommandText = $"SELECT score, segment, (extract(epoch FROM answered_at) * 1000000)::bigint FROM {Table}";
        using DbDataReader reader = command.ExecuteReader();
        return MonthlyNps.FromRows(reader, Berlin);
    }

    private void Run(string sql)
    {
        using var command = new NpgsqlCommand(sql, _connection) { CommandTimeout = 0 };
        command.ExecuteNonQuery();
    }
}
