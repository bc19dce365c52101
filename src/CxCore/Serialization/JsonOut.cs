using System.Collections.Generic;
using System.Text.Json;
using NodaTime;

namespace CxCore.Serialization;

/// <summary>Writing helpers shared by the <see cref="CxConverter{T}"/> converters.</summary>
internal static class JsonOut
{
    /// <summary>Writes a number; NaN (an empty or undefined value) is <c>null</c>, the infinities are <c>"Infinity"</c> and <c>"-Infinity"</c>.</summary>
    internal static void Number(this Utf8JsonWriter writer, string name, double value)
    {
        writer.WritePropertyName(name);
        writer.NumberValue(value);
    }

    internal static void NumberValue(this Utf8JsonWriter writer, double value)
    {
        if (double.IsNaN(value))
        {
            writer.WriteNullValue();
        }
        else if (double.IsPositiveInfinity(value))
        {
            writer.WriteStringValue("Infinity");
        }
        else if (double.IsNegativeInfinity(value))
        {
            writer.WriteStringValue("-Infinity");
        }
        else
        {
            writer.WriteNumberValue(value);
        }
    }

    internal static void Instant(this Utf8JsonWriter writer, string name, Instant value) =>
        writer.WriteString(name, NodaJson.FormatInstant(value));

    internal static void LocalDate(this Utf8JsonWriter writer, string name, LocalDate value) =>
        writer.WriteString(name, NodaJson.FormatLocalDate(value));

    internal static void Duration(this Utf8JsonWriter writer, string name, Duration? value)
    {
        if (value is { } duration)
        {
            writer.WriteString(name, NodaJson.FormatDuration(duration));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes a string, or <c>null</c> when there is none.</summary>
    internal static void OptionalString(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes an instant, or <c>null</c> when there is none.</summary>
    internal static void OptionalInstant(this Utf8JsonWriter writer, string name, Instant? value)
    {
        if (value is { } instant)
        {
            writer.Instant(name, instant);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes a value with its converter, or <c>null</c> when there is none.</summary>
    internal static void OptionalValue<T>(this Utf8JsonWriter writer, string name, T? value, CxConverter<T> converter)
        where T : struct
    {
        if (value is { } present)
        {
            writer.Value(name, present, converter);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes a value with its converter, or <c>null</c> when there is none.</summary>
    internal static void OptionalValue<T>(this Utf8JsonWriter writer, string name, T? value, CxConverter<T> converter)
        where T : class
    {
        if (value is not null)
        {
            writer.Value(name, value, converter);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    internal static void Enum<T>(this Utf8JsonWriter writer, string name, T value)
        where T : struct, System.Enum =>
        writer.WriteString(name, EnumJson<T>.Format(value));

    internal static void Value<T>(this Utf8JsonWriter writer, string name, T value, CxConverter<T> converter)
    {
        writer.WritePropertyName(name);
        converter.WriteJson(writer, value);
    }

    internal static void List<T>(this Utf8JsonWriter writer, string name, IEnumerable<T> values, CxConverter<T> converter)
    {
        writer.WriteStartArray(name);
        foreach (T value in values)
        {
            converter.WriteJson(writer, value);
        }

        writer.WriteEndArray();
    }
}

/// <summary>
/// The <see cref="double"/> converter of <see cref="CxJson.Options"/> (rows of <c>ToRows()</c> hold boxed doubles): NaN
/// is written as <c>null</c> and the infinities as <c>"Infinity"</c> and <c>"-Infinity"</c>, as everywhere in CxCore's
/// JSON; reading accepts the same.
/// </summary>
internal sealed class DoubleJsonConverter : System.Text.Json.Serialization.JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, System.Type typeToConvert, JsonSerializerOptions options)
    {
        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        return new JsonIn(document.RootElement, string.Empty).Double();
    }

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => writer.NumberValue(value);
}
