using DuckDB.NET.Data;

namespace CxCore.Data.Tests.Support;

/// <summary>In-process DuckDB databases for the tests.</summary>
internal static class DuckDb
{
    /// <summary>A new, open, empty in-memory database.</summary>
    public static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    /// <summary>Runs a statement without parameters.</summary>
    public static void Execute(DuckDBConnection connection, string sql)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
