using System.Data.Common;
using CxCore.Data.Tests.Support;
using DuckDB.NET.Data;

namespace CxCore.Data.Tests.Engines;

/// <summary>Result tables written to Parquet through DuckDB and read back by DuckDB's own Parquet reader.</summary>
public sealed class ParquetExportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cxcore-parquet-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Write_EveryCellKind_ReadsBackExactly()
    {
        ResultTable table = ResultTable.FromRows(
            ["segment \"x\"; --", "n", "value", "empty"],
            [
                ["a'b", 3L, 0.1, null],
                [null, long.MaxValue, double.NaN, null],
                ["", -1L, double.NegativeInfinity, null],
            ]);
        string path = Path.Combine(_folder, "it's.parquet");
        using DuckDBConnection db = DuckDb.Open();

        ParquetExport.Write(table, db, path);

        using DbCommand command = db.CreateCommand();
        command.CommandText = "SELECT * FROM read_parquet($1)";
        DbParameter parameter = command.CreateParameter();
        parameter.Value = path;
        command.Parameters.Add(parameter);
        using DbDataReader reader = command.ExecuteReader();
        Assert.Equal(["segment \"x\"; --", "n", "value", "empty"], Enumerable.Range(0, reader.FieldCount).Select(reader.GetName));
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
        }

        Assert.Equal(3, rows.Count);
        Assert.Equal(["a'b", 3L, 0.1, null], rows[0]);
        Assert.Null(rows[1][0]);
        Assert.Equal(long.MaxValue, rows[1][1]);
        Assert.True(double.IsNaN((double)rows[1][2]!));
        Assert.Equal(["", -1L, double.NegativeInfinity, null], rows[2]);
    }

    [Fact]
    public void Write_TextAndNumbersInOneColumn_ThrowsNamingTheColumn()
    {
        ResultTable table = ResultTable.FromRows(["mixed"], [["a"], [1L]]);
        using DuckDBConnection db = DuckDb.Open();

        var e = Assert.Throws<ArgumentException>(() => ParquetExport.Write(table, db, Path.Combine(_folder, "x.parquet")));

        Assert.Contains("'mixed'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_GroupedCounts_ReadsBackWithPandasColumnNames()
    {
        using DuckDBConnection db = DuckDb.Open();
        DuckDb.Execute(db, "CREATE TABLE t (g VARCHAR, r INTEGER)");
        DuckDb.Execute(db, "INSERT INTO t VALUES ('x', 9), ('x', 9), ('y', 0)");
        GroupedRatingCounts counts = RatingCountQuery.Create(SqlSource.Table("t"), "r", Ratings.RatingScale.Nps).WithGroups("g").Execute(db, SqlDialect.DuckDb);
        string path = Path.Combine(_folder, "counts.parquet");

        ParquetExport.Write(counts.ToTable(), db, path);

        using DbCommand command = db.CreateCommand();
        command.CommandText = $"SELECT g, rating, n FROM read_parquet('{path}') ORDER BY g";
        using DbDataReader reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add($"{reader.GetString(0)} {reader.GetInt64(1)} {reader.GetInt64(2)}");
        }

        Assert.Equal(["x 9 2", "y 0 1"], rows);
    }
}
