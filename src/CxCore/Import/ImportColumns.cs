using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace CxCore.Import;

/// <summary>Finds mapped columns in a header; a missing or repeated column stops the read with a message that lists the header.</summary>
internal static class ImportColumns
{
    /// <summary>The index of <paramref name="name"/> in <paramref name="header"/>, or an <see cref="InvalidDataException"/> that lists the columns there are.</summary>
    public static int Find(IReadOnlyList<string> header, string name, string what)
    {
        int found = -1;
        for (int i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i], name, StringComparison.Ordinal))
            {
                if (found >= 0)
                {
                    throw new InvalidDataException($"The header has two columns named {ImportRowError.Quote(name)} (for {what}): columns {found + 1} and {i + 1}; rename or remove one so that the mapping reads the right one.");
                }

                found = i;
            }
        }

        if (found >= 0)
        {
            return found;
        }

        string hint = string.Empty;
        for (int i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i].Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                hint = $" Did you mean {ImportRowError.Quote(header[i])}? Names are compared exactly.";
                break;
            }
        }

        throw new InvalidDataException($"The header has no column {ImportRowError.Quote(name)} for {what}; its columns are {List(header)}.{hint}");
    }

    /// <summary>The index of an optional column, or −1 when <paramref name="name"/> is null.</summary>
    public static int FindOptional(IReadOnlyList<string> header, string? name, string what) =>
        name is null ? -1 : Find(header, name, what);

    private static string List(IReadOnlyList<string> header)
    {
        if (header.Count == 0)
        {
            return "(none)";
        }

        var text = new StringBuilder();
        for (int i = 0; i < header.Count && i < 100; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(ImportRowError.Quote(header[i]));
        }

        if (header.Count > 100)
        {
            text.Append(", … (").Append(header.Count).Append(" columns)");
        }

        return text.ToString();
    }
}
