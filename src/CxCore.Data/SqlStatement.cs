using System;
using System.Collections.Generic;
using System.Data.Common;

namespace CxCore.Data;

/// <summary>
/// One SQL statement in a dialect, with its parameter values: what a count or path query runs, or what a caller
/// runs in a warehouse by hand.
/// </summary>
/// <remarks>
/// Every identifier in <see cref="Text"/> is quoted by the dialect and every value is an argument, except a
/// <c>SELECT</c> given to <see cref="SqlSource.Query"/>, which is the caller's own SQL. Immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(DataJsonConverterFactory))]
public sealed class SqlStatement
{
    internal SqlStatement(SqlDialect dialect, string text, IReadOnlyList<SqlArgument> arguments)
    {
        Dialect = dialect;
        Text = text;
        Arguments = arguments;
    }

    /// <summary>The dialect the statement is written in.</summary>
    public SqlDialect Dialect { get; }

    /// <summary>The statement's text.</summary>
    public string Text { get; }

    /// <summary>The parameter values, in the order of their placeholders.</summary>
    public IReadOnlyList<SqlArgument> Arguments { get; }

    /// <summary>
    /// Creates a command on <paramref name="connection"/> with this statement's text and parameters (named when the
    /// dialect names them, positional otherwise). The caller disposes of it.
    /// </summary>
    /// <param name="connection">The connection (open or not).</param>
    /// <returns>The command.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="connection"/> is null.</exception>
    public DbCommand CreateCommand(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        DbCommand command = connection.CreateCommand();
        try
        {
            command.CommandText = Text;
            foreach (SqlArgument argument in Arguments)
            {
                DbParameter parameter = command.CreateParameter();
                if (argument.Name is not null)
                {
                    parameter.ParameterName = argument.Name;
                }

                parameter.Value = argument.Value;
                command.Parameters.Add(parameter);
            }

            return command;
        }
        catch
        {
            command.Dispose();
            throw;
        }
    }

    /// <summary>The statement's text.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;
}
