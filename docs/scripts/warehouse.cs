#:project ../../src/CxCore.Data/CxCore.Data.csproj
#:package DuckDB.NET.Data.Full
#:property PublishAot=false

// Counting where the data is: a Parquet file of survey answers and one of touchpoints, counted inside an in-process
// DuckDB, so that only the counts reach .NET. Run from the repository root: `dotnet run docs/scripts/warehouse.cs`.
using CxCore;
using CxCore.Analysis;
using CxCore.Data;
using CxCore.Journeys;
using CxCore.Ratings;
using DuckDB.NET.Data;
using NodaTime;

string folder = Directory.CreateTempSubdirectory("cxcore-warehouse-").FullName;
try
{
    using var duckDb = new DuckDBConnection("Data Source=:memory:");
    duckDb.Open();

    // 1. A generated data set standing in for a warehouse export: 300,000 answers over 2025 with a segment, a survey
    //    weight and an instant (DuckDB's hash makes it the same on every run), and 200,000 touchpoints of 50,000 journeys.
    string answers = Path.Combine(folder, "answers.parquet"), touchpoints = Path.Combine(folder, "touchpoints.parquet");
    Run(duckDb, $"""
        COPY (SELECT CAST(hash(i) % 11 AS INTEGER) AS score,
                     ['retail', 'business', 'public'][1 + CAST(hash(i * 7) % 3 AS INTEGER)] AS segment,
                     0.5 + CAST(hash(i * 13) % 1000 AS DOUBLE) / 1000 AS weight,
                     TIMESTAMPTZ '2025-01-01 00:00:00+00' + to_microseconds(CAST(hash(i * 31) % 31536000000000 AS BIGINT)) AS answered_at
              FROM range(300000) t(i)) TO '{answers}' (FORMAT parquet)
        """);
    Run(duckDb, $"""
        COPY (SELECT 'j' || (i // 4) AS journey, ['email', 'search', 'display', 'social'][1 + CAST(hash(i) % 4 AS INTEGER)] AS channel,
                     TIMESTAMPTZ '2025-06-01 00:00:00+00' + to_microseconds(i * 1000000) AS at, i AS touchpoint,
                     hash(i * 3) % 10 = 0 AS converted
              FROM range(200000) t(i)) TO '{touchpoints}' (FORMAT parquet)
        """);

    // 2. NPS by segment and month in Berlin, weighted: one statement, run in DuckDB; 36 groups × 11 ratings come back.
    //    The year is Berlin's: answers of the last hour of 2025 in UTC fall in 2026 there and are left out.
    DateTimeZone berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    RatingCountQuery query = RatingCountQuery.Create(SqlSource.ParquetFile(answers), "score", RatingScale.Nps)
        .WithWeights("weight")
        .WithGroups("segment")
        .WithPeriod("answered_at", CalendarPeriod.Month, berlin)
        .WithDates(new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)));
    Console.WriteLine("The statement CxCore.Data runs (the same query as BigQuery SQL is printed below):");
    Console.WriteLine(query.ToSql(SqlDialect.DuckDb));
    GroupedRatingCounts counts = query.Execute(duckDb, SqlDialect.DuckDb);
    Console.WriteLine($"\n{counts.Groups.Count} groups, {counts.Total.Total} answers, Σw = {counts.WeightedTotal!.SumOfWeights:F1}");

    // 3. The counts feed the same analysis as in-memory feedback: a trend per segment, weighted NPS per segment.
    IReadOnlyDictionary<string, TrendResult> trends = counts.ToSegmentTrends(RatingMetric.Nps);
    Console.WriteLine("\nNPS of the retail segment by month (Europe/Berlin):");
    Console.WriteLine(trends["retail"]);
    foreach (RatingCountGroup group in counts.Groups.Where(g => g.Period!.Start == new LocalDate(2025, 12, 1)))
    {
        Console.WriteLine($"December, {group.Key[0]}: NPS {NetPromoterScore.FromCounts(group.Counts).Value:F1}, weighted {NetPromoterScore.FromCounts(group.WeightedCounts!).Value:F1}");
    }

    // 4. Counts of two partitions (say, two workers) merge exactly.
    GroupedRatingCounts firstHalf = query.WithDates(new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 6, 30))).Execute(duckDb, SqlDialect.DuckDb);
    GroupedRatingCounts secondHalf = query.WithDates(new DateInterval(new LocalDate(2025, 7, 1), new LocalDate(2025, 12, 31))).Execute(duckDb, SqlDialect.DuckDb);
    Console.WriteLine($"\nTwo halves counted apart, {firstHalf.Total.Total} + {secondHalf.Total.Total} answers, add up to the whole year's counts: {firstHalf.Total + secondHalf.Total == counts.Total}");

    // 5. Paths counted in the engine (ordered by time, cut at the first conversion), then Markov attribution in .NET.
    PathCollection paths = PathCountQuery.Create(SqlSource.ParquetFile(touchpoints), "journey", "channel", "at", "touchpoint", "converted")
        .Execute(duckDb, SqlDialect.DuckDb);
    Console.WriteLine($"\n{paths.TotalJourneys} journeys as {paths.Count} distinct paths, {paths.TotalConversions} conversions:");
    Console.WriteLine(MarkovAttribution.Compute(paths));

    // 6. Results for pandas, polars and R: the counts as a Parquet file.
    string output = Path.Combine(folder, "nps-counts.parquet");
    ParquetExport.Write(counts.ToTable(), duckDb, output);
    Console.WriteLine($"Wrote {counts.ToTable().RowCount} rows of counts to a Parquet file, {(File.Exists(output) ? "readable by pandas, polars and R" : "missing")}.");

    // 7. The same query for a warehouse: run it there with its parameters, feed the rows to GroupedRatingCountsBuilder.
    SqlStatement bigQuery = query.WithSource(SqlSource.Table("my-project", "cx", "answers")).ToSql(SqlDialect.BigQuery);
    Console.WriteLine($"\nBigQuery: {bigQuery.Text}");
    Console.WriteLine("Parameters: " + string.Join(", ", bigQuery.Arguments));
}
finally
{
    Directory.Delete(folder, recursive: true);
}

static void Run(DuckDBConnection connection, string sql)
{
    using DuckDBCommand command = connection.CreateCommand();
    command.CommandText = sql;
    command.ExecuteNonQuery();
}
