using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace CxCore.Serialization;

/// <summary>Reads and writes an <see cref="Instant"/> as its extended ISO-8601 text in UTC with up to nine fractional-second digits (<see cref="NodaTime.Text.InstantPattern.ExtendedIso"/>), for example <c>"2025-03-01T09:30:00.123456789Z"</c>.</summary>
/// <remarks>
/// The same text is used for dictionary keys. Text the pattern cannot parse raises <see cref="JsonException"/> whose
/// message quotes the text and NodaTime's reason; the serializer adds the JSON path. <see cref="CxJson.Options"/>
/// includes this converter. Instances are stateless and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class InstantJsonConverter : JsonConverter<Instant>
{
    /// <summary>Reads the instant's text.</summary>
    /// <param name="reader">The reader, on a JSON string.</param>
    /// <param name="typeToConvert">The type to convert (<see cref="Instant"/>).</param>
    /// <param name="options">The serializer options (not used).</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The token is not a string, or the text is not valid.</exception>
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NodaJson.ParseInstant(JsonRead.String(ref reader));

    /// <summary>Writes the instant's text.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">The serializer options (not used).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(NodaJson.FormatInstant(value));
    }

    /// <summary>Reads the instant's text from a property name (a dictionary key).</summary>
    /// <param name="reader">The reader, on a property name.</param>
    /// <param name="typeToConvert">The type to convert (<see cref="Instant"/>).</param>
    /// <param name="options">The serializer options (not used).</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The text is not valid.</exception>
    public override Instant ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NodaJson.ParseInstant(reader.GetString()!);

    /// <summary>Writes the instant's text as a property name (a dictionary key).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">The serializer options (not used).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(NodaJson.FormatInstant(value));
    }
}
