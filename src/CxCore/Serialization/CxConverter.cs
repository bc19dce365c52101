using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CxCore.Serialization;

/// <summary>
/// The base of the converters that travel with CxCore's result types (<c>[JsonConverter]</c> on the type): reading
/// parses the value into a <see cref="JsonDocument"/> and rebuilds it through <see cref="JsonIn"/>; writing is explicit.
/// </summary>
/// <remarks>
/// The serializer options are never consulted, so default options, <see cref="JsonSerializerDefaults.Web"/>,
/// NodaTime-configured options and source-generated contexts all give the same text. Converters nest by calling
/// <see cref="WriteJson"/> and <see cref="ReadJson"/> of each other directly.
/// </remarks>
internal abstract class CxConverter<T> : JsonConverter<T>
{
    /// <summary>Reads a value from JSON (reference types: never <c>null</c> here).</summary>
    internal abstract T ReadJson(JsonIn json);

    /// <summary>Writes a value (reference types: never <c>null</c> here).</summary>
    internal abstract void WriteJson(Utf8JsonWriter writer, T value);

    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        return ReadJson(new JsonIn(document.RootElement, string.Empty));
    }

    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteJson(writer, value);
    }
}

/// <summary>
/// The converter of a public type that is not data (it holds delegates, caches or live state), for every CxCore package:
/// serializing or reading it throws <see cref="NotSupportedException"/> naming the type and the reason, instead of writing <c>{}</c>.
/// </summary>
internal sealed class NoJsonConverter<T>(string reason) : JsonConverter<T>
{
    public override bool HandleNull => true;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw Fail();

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => throw Fail();

    private NotSupportedException Fail() =>
        new($"{typeof(T).FullName} has no JSON form: {reason} See docs/json.md for the types that serialize.");
}
