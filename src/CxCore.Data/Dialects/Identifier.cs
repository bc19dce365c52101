using System;

namespace CxCore.Data.Dialects;

/// <summary>Checks the names of tables and columns before a dialect quotes them.</summary>
internal static class Identifier
{
    /// <summary>Returns <paramref name="name"/> when it can be quoted: not null, not empty, no NUL character (no engine stores one in a name).</summary>
    internal static string Check(string? name, string paramName)
    {
        ArgumentNullException.ThrowIfNull(name, paramName);
        if (name.Length == 0)
        {
            throw new ArgumentException("A table or column name is empty.", paramName);
        }

        if (name.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("A table or column name holds a NUL character, which no SQL engine accepts in a name.", paramName);
        }

        return name;
    }
}
