using CxCore.Data.Tests.Support;
using CxCore.Ratings;
using Npgsql;

namespace CxCore.Data.Tests.Engines;

/// <summary>Rating counts computed by a real PostgreSQL server (see <see cref="PostgresServer"/>).</summary>
public sealed class PostgresCountTests
{
    [PostgresFact]
    public void Execute_HostileNames_CountsByHandAndInjectsNothing()
    {
        using NpgsqlConnection db = PostgresServer.Open();
        string schema = "cx_" + Guid.NewGuid().ToString("N");
        PostgresServer.Execute(db, $"CREATE SCHEMA {schema}; SET search_path TO {schema}");
        try
        {
            foreach (string sql in HandCountedExample.Setup("TIMESTAMPTZ"))
            {
                PostgresServer.Execute(db, sql);
            }

            GroupedRatingCounts counts = HandCountedExample.Query(SqlSource.Table(schema, HandCountedExample.Table)).Execute(db, SqlDialect.PostgreSql);

            HandCountedExample.AssertHandCounts(counts);
            PostgresServer.Execute(db, "SELECT * FROM sentinel");
        }
        finally
        {
            PostgresServer.Execute(db, $"DROP SCHEMA {schema} CASCADE");
        }
    }

    [PostgresFact]
    public async Task ExecuteAsync_UtcTimestampColumn_CountsByHand()
    {
        await using NpgsqlConnection db = PostgresServer.Open();
        string schema = "cx_" + Guid.NewGuid().ToString("N");
        PostgresServer.Execute(db, $"CREATE SCHEMA {schema}; SET search_path TO {schema}");
        try
        {
            foreach (string sql in HandCountedExample.Setup("TIMESTAMP"))
            {
                PostgresServer.Execute(db, sql.Replace("TIMESTAMPTZ '", "TIMESTAMP '", StringComparison.Ordinal).Replace("+00'", "'", StringComparison.Ordinal));
            }

            RatingCountQuery query = HandCountedExample.Query(SqlSource.Table(HandCountedExample.Table))
                .WithPeriod(HandCountedExample.At, CxCore.Analysis.CalendarPeriod.Month, HandCountedExample.Berlin, InstantColumnType.UtcTimestamp)
                .WithDates(new NodaTime.DateInterval(new NodaTime.LocalDate(2025, 2, 1), new NodaTime.LocalDate(2025, 4, 30)));

            HandCountedExample.AssertHandCounts(await query.ExecuteAsync(db, SqlDialect.PostgreSql));
        }
        finally
        {
            PostgresServer.Execute(db, $"DROP SCHEMA {schema} CASCADE");
        }
    }

    [PostgresFact]
    public void Execute_NumericRatingWithFraction_Throws()
    {
        using NpgsqlConnection db = PostgresServer.Open();
        string table = "cx_" + Guid.NewGuid().ToString("N");
        PostgresServer.Execute(db, $"CREATE TEMP TABLE {table} (r NUMERIC)");
        PostgresServer.Execute(db, $"INSERT INTO {table} VALUES (3), (3.5)");

        var e = Assert.Throws<InvalidDataException>(() => RatingCountQuery.Create(SqlSource.Table(table), "r", RatingScale.Nps).Execute(db, SqlDialect.PostgreSql));

        Assert.Contains("3.5", e.Message, StringComparison.Ordinal);
    }
}
