using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using CxCore.Serialization;

namespace CxCore.Data;

/// <summary>
/// The System.Text.Json converters of CxCore.Data's public types, attached to each type with <c>[JsonConverter]</c>: the
/// queries and sources, SQL statements and arguments, and the grouped counts read from an engine (docs/json.md,
/// "CxCore.Data"). Types that are not data (the counts builder) throw <see cref="NotSupportedException"/> naming the type.
/// </summary>
/// <remarks>
/// The JSON does not depend on the serializer options: default options, <see cref="JsonSerializerDefaults.Web"/>,
/// NodaTime-configured options and source-generated contexts give the same text. Counts, scales, dates and instants
/// are written as CxCore writes them. Applications do not use this type directly; it is public so that a source-generated
/// context in another assembly can instantiate it. It uses no reflection (trimming- and AOT-safe). Stateless and thread-safe.
/// </remarks>
[JsonConverter(typeof(DataJsonConverterFactory))]
public sealed class DataJsonConverterFactory : JsonConverterFactory
{
    private static readonly FrozenDictionary<Type, JsonConverter> Converters = new Dictionary<Type, JsonConverter>
    {
        [typeof(SqlSource)] = SqlSourceConverter.Instance,
        [typeof(RatingCountQuery)] = RatingCountQueryConverter.Instance,
        [typeof(PathCountQuery)] = PathCountQueryConverter.Instance,
        [typeof(SqlArgument)] = SqlArgumentConverter.Instance,
        [typeof(SqlStatement)] = SqlStatementConverter.Instance,
        [typeof(RatingCountGroup)] = RatingCountGroupConverter.Instance,
        [typeof(GroupedRatingCounts)] = GroupedRatingCountsConverter.Instance,
        [typeof(SqlDialect)] = new EnumConverter<SqlDialect>(),
        [typeof(InstantColumnType)] = new EnumConverter<InstantColumnType>(),
        [typeof(GroupedRatingCountsBuilder)] = new NoJsonConverter<GroupedRatingCountsBuilder>(
            "it is a mutable accumulator of engine rows. Serialize its ToCounts() (GroupedRatingCounts)."),
        [typeof(DataJsonConverterFactory)] = new NoJsonConverter<DataJsonConverterFactory>("it is a converter, not data."),
    }.ToFrozenDictionary();

    /// <summary>Whether <paramref name="typeToConvert"/> is a CxCore.Data type this factory knows.</summary>
    /// <param name="typeToConvert">The type.</param>
    /// <returns><see langword="true"/> for the public CxCore.Data types.</returns>
    public override bool CanConvert(Type typeToConvert) => Converters.ContainsKey(typeToConvert);

    /// <summary>The converter of <paramref name="typeToConvert"/>.</summary>
    /// <param name="typeToConvert">A type for which <see cref="CanConvert"/> is <see langword="true"/>.</param>
    /// <param name="options">The serializer options (not used: the JSON form does not depend on them).</param>
    /// <returns>The converter.</returns>
    /// <exception cref="NotSupportedException"><paramref name="typeToConvert"/> is not a CxCore.Data type.</exception>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        Converters.TryGetValue(typeToConvert, out JsonConverter? converter)
            ? converter
            : throw new NotSupportedException($"{typeToConvert} is not a CxCore.Data type with a JSON form.");
}
