using System;
using System.Collections.Generic;
using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using CxCore.Data.Dialects;

namespace CxCore.Data;

/// <summary>
/// Writes a <see cref="ResultTable"/> — the table form of every CxCore result — to an Apache Parquet file through
/// DuckDB's <c>COPY … TO … (FORMAT parquet)</c>, for pandas (<c>pd.read_parquet</c>), polars and R (<c>arrow::read_parquet</c>).
/// </summary>
/// <remarks>
/// <para>
/// The connection is a DuckDB ADO.NET connection (for example from the DuckDB.NET.Data.Full package,
/// <c>new DuckDBConnection("Data Source=:memory:")</c>); CxCore.Data itself references no provider. The table goes
/// through a temporary table with one typed column per result column — <see cref="long"/> cells as <c>BIGINT</c>,
/// <see cref="double"/> cells as <c>DOUBLE</c> (NaN and infinities kept), <see cref="string"/> cells as
/// <c>VARCHAR</c>, a column of nulls only as <c>VARCHAR</c>; null cells stay null — and every value is a parameter.
/// Column names are kept exactly (quoted).
/// </para>
/// <para>
/// A column that mixes text with numbers, or holds a <see cref="long"/> that a double cannot hold exactly next to
/// doubles, is refused rather than converted.
/// </para>
/// </remarks>
public static class ParquetExport
{
    private const int ParametersPerInsert = 1000;

    /// <summary>Writes <paramref name="table"/> to the Parquet file <paramref name="path"/> (replacing it) through the DuckDB connection.</summary>
    /// <param name="table">The table.</param>
    /// <param name="duckDb">An ADO.NET connection to DuckDB; opened and closed again when it is closed.</param>
    /// <param name="path">The file to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank, or a column mixes text and numbers, or a long next to doubles is not exact as a double.</exception>
    /// <exception cref="DbException">DuckDB could not write the file (a missing folder, no permission).</exception>
    public static void Write(ResultTable table, DbConnection duckDb, string path)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(duckDb);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string[] types = ColumnTypes(table);
        DialectWriter writer = DialectWriter.For(SqlDialect.DuckDb);
        string temp = writer.Quote("cx_parquet_" + Guid.NewGuid().ToString("N"));
        bool open = duckDb.State == ConnectionState.Closed;
        if (open)
        {
            duckDb.Open();
        }

        try
        {
            var columns = new List<string>();
            for (int c = 0; c < types.Length; c++)
            {
                columns.Add(writer.Quote(table.Columns[c]) + " " + types[c]);
            }

            Run(duckDb, $"CREATE TEMP TABLE {temp} ({string.Join(", ", columns)})", []);
            try
            {
                int rowsPerInsert = Math.Max(1, ParametersPerInsert / types.Length);
                for (int start = 0; start < table.RowCount; start += rowsPerInsert)
                {
                    int end = Math.Min(table.RowCount, start + rowsPerInsert);
                    var values = new List<object>();
                    var tuples = new List<string>();
                    for (int row = start; row < end; row++)
                    {
                        var placeholders = new string[types.Length];
                        for (int c = 0; c < types.Length; c++)
                        {
                            values.Add(table[row, c] ?? DBNull.Value);
                            placeholders[c] = "$" + values.Count.ToString(CultureInfo.InvariantCulture);
                        }

                        tuples.Add("(" + string.Join(", ", placeholders) + ")");
                    }

                    Run(duckDb, $"INSERT INTO {temp} VALUES {string.Join(", ", tuples)}", values);
                }

                // COPY takes the file name as a literal, not a parameter: a string literal with its quotes doubled.
                Run(duckDb, $"COPY {temp} TO {StringLiteral(path)} (FORMAT parquet)", []);
            }
            finally
            {
                Run(duckDb, $"DROP TABLE IF EXISTS {temp}", []);
            }
        }
        finally
        {
            if (open)
            {
                duckDb.Close();
            }
        }
    }

    private static string StringLiteral(string text)
    {
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("The path holds a NUL character.", nameof(text));
        }

        return new StringBuilder(text.Length + 2).Append('\'').Append(text.Replace("'", "''", StringComparison.Ordinal)).Append('\'').ToString();
    }

    private static string[] ColumnTypes(ResultTable table)
    {
        var types = new string[table.Columns.Count];
        for (int c = 0; c < types.Length; c++)
        {
            bool text = false, integer = false, real = false;
            for (int row = 0; row < table.RowCount; row++)
            {
                switch (table[row, c])
                {
                    case string:
                        text = true;
                        break;
                    case long:
                        integer = true;
                        break;
                    case double:
                        real = true;
                        break;
                }
            }

            if (text && (integer || real))
            {
                throw new ArgumentException($"The column '{table.Columns[c]}' holds both text and numbers; Parquet columns have one type.", nameof(table));
            }

            if (integer && real)
            {
                for (int row = 0; row < table.RowCount; row++)
                {
                    if (table[row, c] is long value && (long)(double)value != value)
                    {
                        throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                            $"The column '{table.Columns[c]}' holds doubles and the whole number {value} (row {row}), which a double cannot hold exactly."), nameof(table));
                    }
                }
            }

            types[c] = real ? "DOUBLE" : integer ? "BIGINT" : "VARCHAR";
        }

        return types;
    }

    private static void Run(DbConnection connection, string sql, IReadOnlyList<object> values)
    {
        using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (object value in values)
        {
            DbParameter parameter = command.CreateParameter();
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        command.ExecuteNonQuery();
    }
}
