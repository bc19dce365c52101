using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CxCore.Serialization;

/// <summary>
/// The JSON form of CxCore values: read-only serializer options, a type-info resolver for source-generated and
/// reflection-free setups, and shortcuts that use them.
/// </summary>
/// <remarks>
/// <para>
/// Every public CxCore type that carries data has its converter attached (<c>[JsonConverter]</c> on the type), so it
/// writes the same, complete JSON with any <see cref="JsonSerializerOptions"/>: default options,
/// <see cref="JsonSerializerDefaults.Web"/>, NodaTime-configured options or a source-generated context. The converters
/// never consult the options (names stay camelCase, NodaTime values inside CxCore types use CxCore's ISO texts). Types
/// that are not data (engines, builders, options holding delegates) throw <see cref="NotSupportedException"/> naming
/// the type instead of writing <c>{}</c>. With reflection disabled (trimming, native AOT) the serializer needs the
/// metadata: add <see cref="Resolver"/> with <see cref="AddCxCore"/>, or use <see cref="Options"/>.
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
    /// The serializer options for CxCore values: camelCase names, the CxCore converters and <see cref="Resolver"/>
    /// as the type-info resolver. The instance is read-only; copy it (<c>new JsonSerializerOptions(CxJson.Options)</c>)
    /// to change settings.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>
    /// The type-info resolver for every public CxCore type (and <c>IReadOnlyList&lt;T&gt;</c> of the model types), without
    /// reflection. Chain it after an app's own source-generated context:
    /// <c>TypeInfoResolver = JsonTypeInfoResolver.Combine(MyContext.Default, CxJson.Resolver)</c>.
    /// </summary>
    public static IJsonTypeInfoResolver Resolver => CxJsonContext.Default;

    /// <summary>
    /// Adds CxCore to an app's options: appends <see cref="Resolver"/> to <see cref="JsonSerializerOptions.TypeInfoResolverChain"/>
    /// (after the resolvers already there), so that CxCore types serialize when reflection is disabled. Nothing else
    /// changes: the app's own NodaTime converters and naming policy still apply to the app's types.
    /// </summary>
    /// <param name="options">The options, not yet read-only.</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> is read-only (already used for serialisation).</exception>
    /// <remarks>
    /// With reflection enabled (the default outside trimmed apps) CxCore types serialize without this call, because each
    /// carries its converter. If the options have no resolver yet, reflection-based apps should set one first
    /// (<c>options.TypeInfoResolver = new DefaultJsonTypeInfoResolver()</c>) or the chain will hold only CxCore types.
    /// </remarks>
    public static JsonSerializerOptions AddCxCore(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsReadOnly)
        {
            throw new InvalidOperationException("The JsonSerializerOptions are read-only (they have been used); add CxCore before the first use.");
        }

        if (!options.TypeInfoResolverChain.Contains(Resolver))
        {
            options.TypeInfoResolverChain.Add(Resolver);
        }

        return options;
    }

    /// <summary>Serialises <paramref name="value"/> with <see cref="Options"/>.</summary>
    /// <typeparam name="T">A public CxCore type, such as <see cref="Touchpoint"/>, or <c>IReadOnlyList&lt;T&gt;</c> of a model type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a CxCore type, or is one that is not data.</exception>
    /// <exception cref="JsonException">The value has no JSON form (for example an undefined enum value).</exception>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, TypeInfo<T>());

    /// <summary>Deserialises a <typeparamref name="T"/> from <paramref name="json"/> with <see cref="Options"/>.</summary>
    /// <typeparam name="T">A public CxCore type, or <c>IReadOnlyList&lt;T&gt;</c> of a model type.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value; <see langword="null"/> when the text is the JSON literal <c>null</c> and <typeparamref name="T"/> is a reference type.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a CxCore type, or is one that is not data.</exception>
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
