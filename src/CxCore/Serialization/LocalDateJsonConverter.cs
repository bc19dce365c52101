using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace CxCore.Serialization;

/// <summary>Reads and writes an ISO-calendar <see cref="LocalDate"/> as <see cref="NodaTime.Text.LocalDatePattern.Iso"/> text (<c>uuuu-MM-dd</c>), for example <c>"2025-03-01"</c>.</summary>
/// <remarks>
/// The same text is used for dictionary keys. Text the pattern cannot parse raises <see cref="JsonException"/> whose
/// message quotes the text and NodaTime's reason; the serializer adds the JSON path. <see cref="CxJson.Options"/>
/// includes this converter. Instances are stateless and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <summary>Reads the date's text.</summary>
    /// <param name="reader">The reader, on a JSON string.</param>
    /// <param name="typeToConvert">The type to convert (<see cref="LocalDate"/>).</param>
    /// <param name="options">The serializer options (not used).</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The token is not a string, or the text is not valid.</exception>
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NodaJson.ParseLocalDate(JsonRead.String(ref reader));

    /// <summary>Writes the date's text.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">The serializer options (not used).</param>
    /// <exception cref="JsonException"><paramref name="value"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(NodaJson.FormatLocalDate(value));
    }

    /// <summary>Reads the date's text from a property name (a dictionary key).</summary>
    /// <param name="reader">The reader, on a property name.</param>
    /// <param name="typeToConvert">The type to convert (<see cref="LocalDate"/>).</param>
    /// <param name="options">The serializer options (not used).</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The text is not valid.</exception>
    public override LocalDate ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NodaJson.ParseLocalDate(reader.GetString()!);

    /// <summary>Writes the date's text as a property name (a dictionary key).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">The serializer options (not used).</param>
    /// <exception cref="JsonException"><paramref name="value"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(NodaJson.FormatLocalDate(value));
    }
}
