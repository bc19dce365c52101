using System.Data.Common;
using BenchmarkDotNet.Attributes;
using CxCore.Analysis;
using CxCore.Data;
using CxCore.Journeys;
using CxCore.Ratings;
using DuckDB.NET.Data;
using NodaTime;

namespace CxCore.Benchmarks.Data;

/// <summary>
/// NPS by month (Europe/Berlin) × segment over a Parquet file of N ratings, three ways in one run: DuckDB computing the
/// NPS itself in SQL (baseline), CxCore.Data pushing the counting down and computing the NPS from the counts, and
/// reading every row into .NET (rating, segment, instant) and counting there with NodaTime bucketing and
/// <see cref="RatingTally"/>. Also: conversion paths of N/4 journeys (N touchpoints) counted in DuckDB, then Markov attribution.
/// </summary>
[MemoryDiagnoser]
public class PushDownBenchmarks
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private string _folder = string.Empty;
    private string _answers = string.Empty;
    private string _touchpoints = string.Empty;
    private DuckDBConnection _duckDb = null!;
    private RatingCountQuery _query = null!;

    /// <summary>The number of ratings (and of touchpoints).</summary>
    [ParamsSource(nameof(NSizes))]
    public int N { get; set; }

    /// <summary>The sizes of <see cref="N"/> (100_000, 10_000_000); only the smallest with CXCORE_BENCH_SMOKE=1.</summary>
    public static IEnumerable<int> NSizes => BenchmarkSizes.Of(100_000, 10_000_000);

    /// <summary>Writes the Parquet files with DuckDB (deterministic: hashes of the row number) and opens an in-memory database.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("cxcore-bench-").FullName;
        _answers = Path.Combine(_folder, "answers.parquet");
        _touchpoints = Path.Combine(_folder, "touchpoints.parquet");
        _duckDb = new DuckDBConnection("Data Source=:memory:");
        _duckDb.Open();
        Run($"""
            COPY (SELECT CAST(hash(i) % 11 AS INTEGER) AS score, ['retail', 'business', 'public'][1 + CAST(hash(i * 7) % 3 AS INTEGER)] AS segment,
                         TIMESTAMPTZ '2025-01-01 00:00:00+00' + to_microseconds(CAST(hash(i * 31) % 31536000000000 AS BIGINT)) AS answered_at
                  FROM range({N}) t(i)) TO '{_answers}' (FORMAT parquet)
            """);
        Run($"""
            COPY (SELECT i // 4 AS journey, ['email', 'search', 'display', 'social', 'store'][1 + CAST(hash(i) % 5 AS INTEGER)] AS channel,
                         i AS at, hash(i * 3) % 10 = 0 AS converted
                  FROM range({N}) t(i)) TO '{_touchpoints}' (FORMAT parquet)
            """);
        _query = RatingCountQuery.Create(SqlSource.ParquetFile(_answers), "score", RatingScale.Nps)
            .WithGroups("segment")
            .WithPeriod("answered_at", CalendarPeriod.Month, Berlin);
    }

    /// <summary>Deletes the files.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _duckDb.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>DuckDB computes the NPS per month and segment itself (no intervals): the speed limit of the engine.</summary>
    [Benchmark(Baseline = true)]
    public double NpsInSql()
    {
        using DbCommand command = _duckDb.CreateCommand();
        command.CommandText = $"""
            SELECT segment, date_trunc('month', timezone('Europe/Berlin', answered_at)) AS month,
                   100.0 * (COUNT(*) FILTER (WHERE score >= 9) - COUNT(*) FILTER (WHERE score <= 6)) / COUNT(*) AS nps
            FROM read_parquet('{_answers}') GROUP BY segment, month
            """;
        using DbDataReader reader = command.ExecuteReader();
        double sum = 0;
        while (reader.Read())
        {
            sum += reader.GetDouble(2);
        }

        return sum;
    }

    /// <summary>CxCore.Data: the engine counts per segment, month and rating; .NET computes the NPS from the counts.</summary>
    [Benchmark]
    public double PushDownCounts() => MonthlyNps.FromCounts(_query.Execute(_duckDb, SqlDialect.DuckDb));

    /// <summary>Every row read into .NET (typed getters, the instant as microseconds) and counted with NodaTime bucketing.</summary>
    [Benchmark]
    public double ReadRowsAndCount()
    {
        using DbCommand command = _duckDb.CreateCommand();
        command.CommandText = $"SELECT score, segment, epoch_us(answered_at) FROM read_parquet('{_answers}')";
        using DbDataReader reader = command.ExecuteReader();
        return MonthlyNps.FromRows(reader, Berlin);
    }

    /// <summary>Conversion paths counted in DuckDB (ordered, cut at the first conversion), then first-order Markov attribution.</summary>
    [Benchmark]
    public double PathsInEngineThenMarkov()
    {
        PathCollection paths = PathCountQuery.Create(SqlSource.ParquetFile(_touchpoints), "journey", "channel", "at", "at", "converted")
            .Execute(_duckDb, SqlDialect.DuckDb);
        return MarkovAttribution.Compute(paths).TotalConversions;
    }

    private void Run(string sql)
    {
        using DbCommand command = _duckDb.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
