using System.Diagnostics;
using CxCore.Tests.Support;
using FsCheck.Xunit;
using Npgsql;

namespace CxCore.Data.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests run on: the one named by <c>CXCORE_POSTGRES</c> (an Npgsql connection string; CI
/// starts one with eng/postgres.sh), else one started here with eng/postgres.sh when PostgreSQL binaries are
/// installed, and stopped when the test process exits.
/// </summary>
/// <remarks>
/// Outside CI, tests that need the server are skipped with a message saying why when there is neither; under CI
/// (<c>CI=true</c>) they run and fail.
/// </remarks>
internal static class PostgresServer
{
    /// <summary>The environment variable with the connection string.</summary>
    public const string Variable = "CXCORE_POSTGRES";

    private static readonly Lazy<string> Connection = new(Start);

    /// <summary>Why the server tests are skipped, or <see langword="null"/> when they run.</summary>
    public static string? SkipReason
    {
        get
        {
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable))
                || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
                || Directory.Exists("/usr/lib/postgresql"))
            {
                return null;
            }

            return $"No PostgreSQL server: {Variable} is not set and no PostgreSQL binaries are installed under /usr/lib/postgresql (eval \"$(bash eng/postgres.sh start)\" starts one).";
        }
    }

    /// <summary>A new, open connection.</summary>
    public static NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(Connection.Value);
        connection.Open();
        return connection;
    }

    /// <summary>Runs a statement without parameters.</summary>
    public static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            return given;
        }

        string script = RepositoryRoot.File("eng/postgres.sh");
        (string output, int exit) = Run("bash", script, "start");
        if (exit != 0)
        {
            throw new InvalidOperationException($"eng/postgres.sh start failed ({exit}): {output}");
        }

        string? connection = null, folder = null;
        foreach (string line in output.Split('\n'))
        {
            if (line.StartsWith("export " + Variable + "=", StringComparison.Ordinal))
            {
                connection = line[(Variable.Length + 8)..].Trim('\'');
            }
            else if (line.StartsWith("export CXCORE_POSTGRES_DIR=", StringComparison.Ordinal))
            {
                folder = line["export CXCORE_POSTGRES_DIR=".Length..].Trim('\'');
            }
        }

        if (connection is null || folder is null)
        {
            throw new InvalidOperationException("eng/postgres.sh start printed no connection string: " + output);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Run("bash", script, "stop", folder);
        return connection;
    }

    private static (string Output, int Exit) Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (output + error.Result, process.ExitCode);
    }
}

/// <summary>A fact that needs the PostgreSQL server (see <see cref="PostgresServer"/>).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>Skips the test, saying why, when there is no server outside CI.</summary>
    public PostgresFactAttribute()
    {
        if (PostgresServer.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A theory that needs the PostgreSQL server (see <see cref="PostgresServer"/>).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips the test, saying why, when there is no server outside CI.</summary>
    public PostgresTheoryAttribute()
    {
        if (PostgresServer.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A property that needs the PostgreSQL server and runs <c>ciMaxTest</c> cases under CI (scaled elsewhere).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresPropertyAttribute : PropertyAttribute
{
    /// <summary>Runs <paramref name="ciMaxTest"/> cases under CI; skips, saying why, when there is no server outside CI.</summary>
    /// <param name="ciMaxTest">The number of cases under CI.</param>
    public PostgresPropertyAttribute(int ciMaxTest)
    {
        MaxTest = PropertySettings.Scale(ciMaxTest);
        if (PostgresServer.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
