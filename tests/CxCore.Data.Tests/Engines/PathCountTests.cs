using System.Data.Common;
using CxCore.Data.Tests.Support;
using CxCore.Journeys;
using DuckDB.NET.Data;
using Npgsql;

namespace CxCore.Data.Tests.Engines;

/// <summary>Conversion paths counted by real DuckDB and PostgreSQL engines, against a hand count.</summary>
/// <remarks>
/// <code>
/// journey touchpoints (time, tiebreak, step, converted)              path (cut at the first conversion)  outcome
/// j1      (1,1,email,no) (2,1,search,YES) (3,1,display,no)            email > search                     converted
/// j2      (1,1,search,no) (4,1,search,no)                             search > search                    not converted
/// j3      (5,2,email,no) (5,1,search,YES)  — same time, tiebreak 1 first  search                          converted
/// j4      (7,1,email,no) (8,1,search,YES)                             email > search                     converted
/// j5      (1,1,display,YES) (2,1,email,YES)                           display                            converted
/// </code>
/// So: display 1/0, email > search 2/0, search 1/0, search > search 0/1 (conversions/non-conversions), in ordinal order.
/// </remarks>
public sealed class PathCountTests
{
    private const string Table = "tp'; DELETE FROM sentinel; /*";

    private static readonly string[] Rows =
    [
        "('j1', 'email', 1, 1, FALSE)", "('j1', 'search', 2, 1, TRUE)", "('j1', 'display', 3, 1, FALSE)",
        "('j2', 'search', 1, 1, FALSE)", "('j2', 'search', 4, 1, FALSE)",
        "('j3', 'email', 5, 2, FALSE)", "('j3', 'search', 5, 1, TRUE)",
        "('j4', 'email', 7, 1, FALSE)", "('j4', 'search', 8, 1, TRUE)",
        "('j5', 'display', 1, 1, TRUE)", "('j5', 'email', 2, 1, TRUE)",
    ];

    private static PathCountQuery Query(SqlSource source) => PathCountQuery.Create(source, "journey id", "step\"", "t;", "tie--", "converted?");

    private static IEnumerable<string> Setup(string extraRow = "")
    {
        yield return "CREATE TABLE sentinel (x INTEGER)";
        yield return "INSERT INTO sentinel VALUES (1)";
        yield return "CREATE TABLE \"tp'; DELETE FROM sentinel; /*\" (\"journey id\" TEXT, \"step\"\"\" TEXT, \"t;\" INTEGER, \"tie--\" INTEGER, \"converted?\" BOOLEAN)";
        yield return "INSERT INTO \"tp'; DELETE FROM sentinel; /*\" VALUES " + string.Join(", ", Rows) + extraRow;
    }

    private static void AssertHandCount(PathCollection paths)
    {
        Assert.Equal(
            ["display 1/0", "email>search 2/0", "search 1/0", "search>search 0/1"],
            paths.Select(p => $"{string.Join(">", p.Steps)} {p.Conversions}/{p.NonConversions}"));
    }

    private static void AssertSentinel(DbConnection db)
    {
        using DbCommand command = db.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sentinel";
        Assert.Equal(1L, Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void DuckDb_Execute_CountsPathsByHand()
    {
        using DuckDBConnection db = DuckDb.Open();
        foreach (string sql in Setup())
        {
            DuckDb.Execute(db, sql);
        }

        PathCollection paths = Query(SqlSource.Table(Table)).Execute(db, SqlDialect.DuckDb);

        AssertHandCount(paths);
        AssertSentinel(db);
    }

    [Fact]
    public async Task DuckDb_ExecuteAsync_FeedsMarkovAttribution()
    {
        using DuckDBConnection db = DuckDb.Open();
        foreach (string sql in Setup())
        {
            DuckDb.Execute(db, sql);
        }

        PathCollection engine = await Query(SqlSource.Table(Table)).ExecuteAsync(db, SqlDialect.DuckDb);
        PathCollection byHand = PathCollection.From(
        [
            ConversionPath.FromCounts(["display"], 1, 0), ConversionPath.FromCounts(["email", "search"], 2, 0),
            ConversionPath.FromCounts(["search"], 1, 0), ConversionPath.FromCounts(["search", "search"], 0, 1),
        ]);

        Assert.Equal(MarkovAttribution.Compute(byHand).ToString(), MarkovAttribution.Compute(engine).ToString());
    }

    [Fact]
    public void DuckDb_Execute_NullStep_ThrowsNamingTheColumns()
    {
        using DuckDBConnection db = DuckDb.Open();
        foreach (string sql in Setup(", ('j6', NULL, 1, 1, FALSE)"))
        {
            DuckDb.Execute(db, sql);
        }

        var e = Assert.Throws<InvalidDataException>(() => Query(SqlSource.Table(Table)).Execute(db, SqlDialect.DuckDb));

        Assert.Contains("1 (", e.Message, StringComparison.Ordinal);
        Assert.Contains("step\"", e.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public void PostgreSql_Execute_CountsPathsByHand()
    {
        using NpgsqlConnection db = PostgresServer.Open();
        string schema = "cx_" + Guid.NewGuid().ToString("N");
        PostgresServer.Execute(db, $"CREATE SCHEMA {schema}; SET search_path TO {schema}");
        try
        {
            foreach (string sql in Setup())
            {
                PostgresServer.Execute(db, sql);
            }

            PathCollection paths = Query(SqlSource.Table(schema, Table)).Execute(db, SqlDialect.PostgreSql);

            AssertHandCount(paths);
            AssertSentinel(db);
        }
        finally
        {
            PostgresServer.Execute(db, $"DROP SCHEMA {schema} CASCADE");
        }
    }
}
