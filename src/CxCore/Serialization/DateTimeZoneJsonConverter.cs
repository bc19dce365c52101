using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace CxCore.Serialization;

/// <summary>Reads and writes a <see cref="DateTimeZone"/> as its TZDB id, for example <c>"Europe/Paris"</c>.</summary>
/// <remarks>
/// Ids are resolved with <see cref="DateTimeZoneProviders.Tzdb"/>, which also knows <c>"UTC"</c> and fixed-offset ids
/// such as <c>"UTC+05:30"</c>. An id it does not know (including Windows ids from the BCL provider) raises
/// <see cref="JsonException"/>; the serializer adds the JSON path. The same text is used for dictionary keys.
/// <see cref="CxJson.Options"/> includes this converter. Instances are stateless and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class DateTimeZoneJsonConverter : JsonConverter<DateTimeZone>
{
    /// <summary>Reads a zone from its TZDB id.</summary>
    /// <param name="reader">The reader, on a JSON string.</param>
    /// <param name="typeToConvert">The type to convert (<see cref="DateTimeZone"/>).</param>
    /// <param name="options">The serializer options (not used).</param>
    /// <returns>The zone.</returns>
    /// <exception cref="JsonException">The token is not a string, or TZDB has no zone with that id.</exception>
    public override DateTimeZone Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NodaJson.ParseZone(JsonRead.String(ref reader));

    /// <summary>Writes the zone's id.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The zone.</param>
    /// <param name="options">The serializer options (not used).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is <see langword="null"/>.</exception>
    public override void Write(Utf8JsonWriter writer, DateTimeZone value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Id);
    }

    /// <summary>Reads a zone from a property name (a dictionary key) holding its TZDB id.</summary>
    /// <param name="reader">The reader, on a property name.</param>
    /// <param name="typeToConvert">The type to convert (<see cref="DateTimeZone"/>).</param>
    /// <param name="options">The serializer options (not used).</param>
    /// <returns>The zone.</returns>
    /// <exception cref="JsonException">TZDB has no zone with that id.</exception>
    public override DateTimeZone ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NodaJson.ParseZone(reader.GetString()!);

    /// <summary>Writes the zone's id as a property name (a dictionary key).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The zone.</param>
    /// <param name="options">The serializer options (not used).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is <see langword="null"/>.</exception>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, DateTimeZone value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WritePropertyName(value.Id);
    }
}
