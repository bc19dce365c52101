using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace CxCore.Charts;

/// <summary>
/// The rows a chart draws, checked and frozen: each row maps field names to values. Build it from any result's flat
/// rows (<c>ToRows()</c>) or from your own dictionaries.
/// </summary>
/// <remarks>
/// <para>
/// Allowed values: <see langword="null"/> (missing), <see cref="string"/>, <see cref="bool"/>, integers,
/// <see cref="float"/>, <see cref="double"/> and <see cref="decimal"/>, <see cref="LocalDate"/> (written
/// <c>yyyy-MM-dd</c>) and <see cref="Instant"/> (written in extended ISO form). A NaN or infinite number is written as
/// <see langword="null"/>, which Vega-Lite treats as missing: an empty period's undefined score leaves a gap instead of
/// being drawn as 0. Any other value type is rejected, so nothing is silently turned into text.
/// </para>
/// <para>Immutable and thread-safe once created.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class ChartData
{
    private readonly List<KeyValuePair<string, object?>[]> _rows;

    private ChartData(List<KeyValuePair<string, object?>[]> rows) => _rows = rows;

    /// <summary>The number of rows.</summary>
    public int Count => _rows.Count;

    /// <summary>Copies and checks <paramref name="rows"/>.</summary>
    /// <param name="rows">The rows; each maps a field name to its value.</param>
    /// <returns>The chart data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or one of its rows is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A field name is blank, or a value has a type charts cannot write.</exception>
    public static ChartData FromRows(IEnumerable<IReadOnlyDictionary<string, object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var copy = new List<KeyValuePair<string, object?>[]>();
        foreach (IReadOnlyDictionary<string, object?> row in rows)
        {
            if (row is null)
            {
                throw new ArgumentNullException(nameof(rows), $"Row {copy.Count} is null.");
            }

            var fields = new KeyValuePair<string, object?>[row.Count];
            int i = 0;
            foreach (KeyValuePair<string, object?> field in row)
            {
                if (string.IsNullOrWhiteSpace(field.Key))
                {
                    throw new ArgumentException($"Row {copy.Count} has a blank field name.", nameof(rows));
                }

                if (!IsWritable(field.Value))
                {
                    throw new ArgumentException(
                        $"Row {copy.Count}, field '{field.Key}': a value of type {field.Value!.GetType().FullName} cannot be charted; convert it to a number, text, LocalDate or Instant first.",
                        nameof(rows));
                }

                fields[i++] = field;
            }

            copy.Add(fields);
        }

        return new ChartData(copy);
    }

    /// <summary>Throws unless every row has a value (possibly null) for <paramref name="field"/> and a chart can name it.</summary>
    internal void RequireField(string field, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field, parameterName);

        // Vega-Lite 5 drops backslashes from field references and builds tooltip expressions that a double quote breaks,
        // even when they are escaped; '.', '[', ']' and single quotes are escaped in the spec (see VegaLite).
        if (field.AsSpan().IndexOfAny('\\', '"') >= 0)
        {
            throw new ArgumentException(
                $"The field name '{field}' holds a backslash or a double quote, which Vega-Lite cannot reference; rename the field (dots, brackets and single quotes are fine).",
                parameterName);
        }

        for (int r = 0; r < _rows.Count; r++)
        {
            if (Array.FindIndex(_rows[r], f => string.Equals(f.Key, field, StringComparison.Ordinal)) < 0)
            {
                throw new ArgumentException($"Row {r} has no field '{field}' (named by {parameterName}).", parameterName);
            }
        }
    }

    /// <summary>Like <see cref="RequireField"/> when <paramref name="field"/> is given; nothing when it is <see langword="null"/>.</summary>
    internal void RequireOptionalField(string? field, string parameterName)
    {
        if (field is not null)
        {
            RequireField(field, parameterName);
        }
    }

    /// <summary>Writes the rows as a JSON array of objects.</summary>
    internal void WriteValues(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (KeyValuePair<string, object?>[] row in _rows)
        {
            writer.WriteStartObject();
            foreach (KeyValuePair<string, object?> field in row)
            {
                writer.WritePropertyName(field.Key);
                WriteValue(writer, field.Value);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static bool IsWritable(object? value) => value is null or string or bool or byte or sbyte or short or ushort
        or int or uint or long or ulong or float or double or decimal or LocalDate or Instant;

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case double d:
                WriteNumber(writer, d);
                break;
            case float f:
                WriteNumber(writer, f);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case ulong u:
                writer.WriteNumberValue(u);
                break;
            case LocalDate date:
                writer.WriteStringValue(LocalDatePattern.Iso.Format(date));
                break;
            case Instant instant:
                writer.WriteStringValue(InstantPattern.ExtendedIso.Format(instant));
                break;
            default:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
