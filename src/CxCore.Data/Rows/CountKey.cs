using System;
using System.Collections.Generic;
using NodaTime;

namespace CxCore.Data.Rows;

/// <summary>A group's values and period start: the key under which rows of counts are added up.</summary>
internal readonly struct CountKey : IEquatable<CountKey>
{
    internal CountKey(string?[] values, LocalDate? period)
    {
        Values = values;
        Period = period;
    }

    internal string?[] Values { get; }

    internal LocalDate? Period { get; }

    public bool Equals(CountKey other)
    {
        if (Period != other.Period || Values.Length != other.Values.Length)
        {
            return false;
        }

        for (int i = 0; i < Values.Length; i++)
        {
            if (!string.Equals(Values[i], other.Values[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is CountKey other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (string? value in Values)
        {
            hash.Add(value, StringComparer.Ordinal);
        }

        hash.Add(Period);
        return hash.ToHashCode();
    }

    /// <summary>Orders keys by their values (ordinal, NULL first), then by period.</summary>
    internal static int Compare(CountKey a, CountKey b)
    {
        for (int i = 0; i < a.Values.Length; i++)
        {
            int c = (a.Values[i], b.Values[i]) switch
            {
                (null, null) => 0,
                (null, _) => -1,
                (_, null) => 1,
                var (x, y) => string.CompareOrdinal(x, y),
            };
            if (c != 0)
            {
                return c;
            }
        }

        return Nullable.Compare(a.Period, b.Period);
    }

    /// <summary>Describes the key for a message: <c>segment = 'b', region = NULL, period 2025-03-01</c>.</summary>
    internal string Describe(IReadOnlyList<string> columns)
    {
        var parts = new List<string>(Values.Length + 1);
        for (int i = 0; i < Values.Length; i++)
        {
            parts.Add(Values[i] is null ? $"{columns[i]} = NULL" : $"{columns[i]} = '{Values[i]}'");
        }

        if (Period is { } period)
        {
            parts.Add("period starting " + period.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? "(all rows)" : "(" + string.Join(", ", parts) + ")";
    }
}
