using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CxCore.Serialization;

/// <summary>
/// The JSON form of the CxCore model: read-only serializer options with every converter, and shortcuts that use them.
/// </summary>
/// <remarks>
/// <para>
/// Always serialise CxCore values with <see cref="Options"/> (or <see cref="CxJsonContext"/>): without its converters
/// System.Text.Json would write NodaTime values as their public properties (an <see cref="NodaTime.Instant"/> as
/// <c>{}</c>) and could not read the model types at all, because their constructors are private or validate.
/// </para>
/// <para>
/// Member names are camelCase; instants, durations and dates use NodaTime's ISO-style patterns; enums are camelCase
/// strings; optional members that are <see langword="null"/> or empty are left out. Malformed JSON, missing required
/// members, unknown members, members given twice and values the model rejects raise <see cref="JsonException"/> whose
/// <see cref="JsonException.Path"/> and message name the place (for example <c>$[3].touchpoints[0].at</c>); a
/// validation error from a model constructor is kept as the inner exception. The full form is described in
/// docs/json.md. This class is thread-safe.
/// </para>
/// </remarks>
public static class CxJson
{
    /// <summary>
    /// The serializer options for CxCore values: camelCase names, the CxCore converters and <see cref="CxJsonContext"/>
    /// as the type-info resolver. The instance is read-only; copy it (<c>new JsonSerializerOptions(CxJson.Options)</c>)
    /// to change settings.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Serialises <paramref name="value"/> with <see cref="Options"/>.</summary>
    /// <typeparam name="T">A type listed in <see cref="CxJsonContext"/>, such as <see cref="Touchpoint"/> or <c>IReadOnlyList&lt;Journey&gt;</c>.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not listed in <see cref="CxJsonContext"/>.</exception>
    /// <exception cref="JsonException">The value has no JSON form (for example an undefined enum value).</exception>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, TypeInfo<T>());

    /// <summary>Deserialises a <typeparamref name="T"/> from <paramref name="json"/> with <see cref="Options"/>.</summary>
    /// <typeparam name="T">A type listed in <see cref="CxJsonContext"/>.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value; <see langword="null"/> when the text is the JSON literal <c>null</c> and <typeparamref name="T"/> is a reference type.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not listed in <see cref="CxJsonContext"/>.</exception>
    /// <exception cref="JsonException">
    /// The text is not valid JSON, a required member is missing, or a value is invalid; <see cref="JsonException.Path"/>
    /// names where.
    /// </exception>
    public static T? Deserialize<T>(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, TypeInfo<T>());
    }

    private static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            TypeInfoResolver = CxJsonContext.Default,
        };
        foreach (System.Text.Json.Serialization.JsonConverter converter in CxJsonContext.Default.Options.Converters)
        {
            options.Converters.Add(converter);
        }

        options.MakeReadOnly();
        return options;
    }
}
