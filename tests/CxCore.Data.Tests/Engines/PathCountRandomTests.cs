using System.Globalization;
using CxCore.Data.Tests.Support;
using CxCore.Journeys;
using DuckDB.NET.Data;
using Npgsql;

namespace CxCore.Data.Tests.Engines;

/// <summary>
/// Paths counted by DuckDB and PostgreSQL against a plain count in the test: seeded random journeys whose touchpoints
/// often share a time (so the tiebreak decides), with conversions anywhere (so the cut at the first one matters).
/// </summary>
public sealed class PathCountRandomTests
{
    private static readonly string[] Steps = ["email", "search", "display", "store"];

    private static List<(int Journey, string Step, int Time, int Tie, bool Converted)> Touchpoints(int seed)
    {
        var random = new Random(seed);
        var rows = new List<(int, string, int, int, bool)>();
        for (int journey = 0; journey < 400; journey++)
        {
            int count = random.Next(1, 7);
            for (int i = 0; i < count; i++)
            {
                // The tiebreak is the row number, so the order within a journey is total; times repeat often.
                rows.Add((journey, Steps[random.Next(Steps.Length)], random.Next(4), rows.Count, random.Next(5) == 0));
            }
        }

        // Shuffled, so that nothing depends on the insertion order.
        return [.. rows.OrderBy(_ => random.Next())];
    }

    /// <summary>The count the statement must reproduce: order each journey by time and tiebreak, cut after the first conversion.</summary>
    private static List<string> CountInTest(List<(int Journey, string Step, int Time, int Tie, bool Converted)> rows)
    {
        var counts = new SortedDictionary<string, (long Conversions, long NonConversions)>(StringComparer.Ordinal);
        foreach (var journey in rows.GroupBy(r => r.Journey))
        {
            var path = new List<string>();
            bool converted = false;
            foreach (var touchpoint in journey.OrderBy(r => r.Time).ThenBy(r => r.Tie))
            {
                path.Add(touchpoint.Step);
                if (touchpoint.Converted)
                {
                    converted = true;
                    break;
                }
            }

            string key = string.Join(">", path);
            counts.TryGetValue(key, out var c);
            counts[key] = converted ? (c.Conversions + 1, c.NonConversions) : (c.Conversions, c.NonConversions + 1);
        }

        return [.. counts.Select(p => $"{p.Key} {p.Value.Conversions}/{p.Value.NonConversions}")];
    }

    private static IEnumerable<string> Setup(List<(int Journey, string Step, int Time, int Tie, bool Converted)> rows)
    {
        yield return "CREATE TABLE tp (journey INTEGER, step TEXT, t INTEGER, tie INTEGER, converted BOOLEAN)";
        yield return "INSERT INTO tp VALUES " + string.Join(", ", rows.Select(r =>
            string.Create(CultureInfo.InvariantCulture, $"({r.Journey}, '{r.Step}', {r.Time}, {r.Tie}, {(r.Converted ? "TRUE" : "FALSE")})")));
    }

    private static List<string> Shown(PathCollection paths) =>
        [.. paths.Select(p => $"{string.Join(">", p.Steps)} {p.Conversions}/{p.NonConversions}").Order(StringComparer.Ordinal)];

    private static PathCountQuery Query(SqlSource source) => PathCountQuery.Create(source, "journey", "step", "t", "tie", "converted");

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void DuckDb_RandomJourneys_MatchPlainCount(int seed)
    {
        var rows = Touchpoints(seed);
        using DuckDBConnection db = DuckDb.Open();
        foreach (string sql in Setup(rows))
        {
            DuckDb.Execute(db, sql);
        }

        Assert.Equal(CountInTest(rows), Shown(Query(SqlSource.Table("tp")).Execute(db, SqlDialect.DuckDb)));
    }

    [PostgresTheory]
    [InlineData(1)]
    [InlineData(2)]
    public void PostgreSql_RandomJourneys_MatchPlainCount(int seed)
    {
        var rows = Touchpoints(seed);
        using NpgsqlConnection db = PostgresServer.Open();
        string schema = "cx_" + Guid.NewGuid().ToString("N");
        PostgresServer.Execute(db, $"CREATE SCHEMA {schema}; SET search_path TO {schema}");
        try
        {
            foreach (string sql in Setup(rows))
            {
                PostgresServer.Execute(db, sql);
            }

            Assert.Equal(CountInTest(rows), Shown(Query(SqlSource.Table(schema, "tp")).Execute(db, SqlDialect.PostgreSql)));
        }
        finally
        {
            PostgresServer.Execute(db, $"DROP SCHEMA {schema} CASCADE");
        }
    }
}
