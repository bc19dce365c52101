using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using NodaTime;

namespace CxCore.Data.Rows;

/// <summary>
/// Converts the values ADO.NET providers return for the result columns (each provider has its own CLR types for SQL
/// integers, dates and lists) without losing or rounding anything: a value that does not convert exactly is reported.
/// </summary>
internal static class CellValues
{
    /// <summary>A whole number, or null when <paramref name="value"/> is not one (a fraction, text that is not an integer, another type).</summary>
    internal static long? ToInt64(object value) => value switch
    {
        long v => v,
        int v => v,
        short v => v,
        sbyte v => v,
        byte v => v,
        ushort v => v,
        uint v => v,
        ulong v => v <= long.MaxValue ? (long)v : null,
        decimal v => decimal.Truncate(v) == v && v >= long.MinValue && v <= long.MaxValue ? (long)v : null,
        double v => Math.Floor(v) == v && v >= -9.2233720368547758E18 && v < 9.2233720368547758E18 ? (long)v : null,
        float v => MathF.Floor(v) == v && v >= -9.2233720368547758E18f && v < 9.2233720368547758E18f ? (long)v : null,
        BigInteger v => v >= long.MinValue && v <= long.MaxValue ? (long)v : null,
        Int128 v => v >= long.MinValue && v <= long.MaxValue ? (long)v : null,
        UInt128 v => v <= (UInt128)long.MaxValue ? (long)v : null,
        string v => long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long parsed) ? parsed : null,
        _ => null,
    };

    /// <summary>A double, or null when <paramref name="value"/> is not a number.</summary>
    internal static double? ToDouble(object value) => value switch
    {
        double v => v,
        float v => v,
        decimal v => (double)v,
        long v => v,
        int v => v,
        short v => v,
        byte v => v,
        BigInteger v => (double)v,
        Int128 v => (double)v,
        _ => null,
    };

    /// <summary>A calendar date, or null when <paramref name="value"/> is not a date (a time of day other than midnight is not a date).</summary>
    internal static LocalDate? ToLocalDate(object value) => value switch
    {
        DateOnly v => new LocalDate(v.Year, v.Month, v.Day),
        DateTime v when v.TimeOfDay == TimeSpan.Zero => new LocalDate(v.Year, v.Month, v.Day),
        DateTimeOffset v when v.TimeOfDay == TimeSpan.Zero => new LocalDate(v.Year, v.Month, v.Day),
        string v when NodaTime.Text.LocalDatePattern.Iso.Parse(v) is { Success: true } result => result.Value,
        _ => null,
    };

    /// <summary>Text for a group value: strings as they are, other values in the invariant culture.</summary>
    internal static string ToText(object value) => value switch
    {
        string v => v,
        IFormattable v => v.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>The items of a list value (DuckDB returns a List, Npgsql an array), or null when it is not a list.</summary>
    internal static List<object?>? ToList(object value)
    {
        if (value is string || value is not IEnumerable items)
        {
            return null;
        }

        var list = new List<object?>();
        foreach (object? item in items)
        {
            list.Add(item is DBNull ? null : item);
        }

        return list;
    }

    /// <summary>Describes a value for a message: its text and CLR type.</summary>
    internal static string Describe(object? value) => value is null or DBNull
        ? "NULL"
        : string.Create(CultureInfo.InvariantCulture, $"{ToText(value)} ({value.GetType().Name})");
}
