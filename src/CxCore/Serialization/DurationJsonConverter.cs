using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace CxCore.Serialization;

/// <summary>Reads and writes a <see cref="Duration"/> as <see cref="NodaTime.Text.DurationPattern.JsonRoundtrip"/> text (<c>-H:mm:ss.FFFFFFFFF</c>, with the total number of hours), for example <c>"26:30:00"</c> for one day, two hours and thirty minutes.</summary>
/// <remarks>
/// The same text is used for dictionary keys. Text the pattern cannot parse raises <see cref="JsonException"/> whose
/// message quotes the text and NodaTime's reason; the serializer adds the JSON path. <see cref="CxJson.Options"/>
/// includes this converter. Instances are stateless and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class DurationJsonConverter : JsonConverter<Duration>
{
    /// <summary>Reads the duration's text.</summary>
    /// <param name="reader">The reader, on a JSON string.</param>
    /// <param name="typeToConvert">The type to convert (<see cref="Duration"/>).</param>
    /// <param name="options">The serializer options (not used).</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The token is not a string, or the text is not valid.</exception>
    public override Duration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NodaJson.ParseDuration(JsonRead.String(ref reader));

    /// <summary>Writes the duration's text.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">The serializer options (not used).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public override void Write(Utf8JsonWriter writer, Duration value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(NodaJson.FormatDuration(value));
    }

    /// <summary>Reads the duration's text from a property name (a dictionary key).</summary>
    /// <param name="reader">The reader, on a property name.</param>
    /// <param name="typeToConvert">The type to convert (<see cref="Duration"/>).</param>
    /// <param name="options">The serializer options (not used).</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The text is not valid.</exception>
    public override Duration ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NodaJson.ParseDuration(reader.GetString()!);

    /// <summary>Writes the duration's text as a property name (a dictionary key).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">The serializer options (not used).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Duration value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(NodaJson.FormatDuration(value));
    }
}
