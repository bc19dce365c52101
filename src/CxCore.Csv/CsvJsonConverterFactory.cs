using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using CxCore.Serialization;

namespace CxCore.Csv;

/// <summary>
/// The converter attached to every public type of CxCore.Csv (<c>[JsonConverter(typeof(CsvJsonConverterFactory))]</c>):
/// imported rows have one JSON form whatever the
/// <see cref="JsonSerializerOptions"/>; readers, options and time formats (which hold delegates or live state) throw
/// <see cref="NotSupportedException"/> naming the type.
/// </summary>
/// <remarks>
/// Applications do not use this type directly; it is public so that a source-generated context in another assembly can
/// instantiate it. It uses no reflection (trimming- and AOT-safe). The JSON forms are described in docs/json.md.
/// Instances are stateless and thread-safe.
/// </remarks>
[JsonConverter(typeof(CsvJsonConverterFactory))]
public sealed class CsvJsonConverterFactory : JsonConverterFactory
{
    private const string Reader = "it is a reader of survey exports (an engine), not data. Serialize the ImportReport and the Feedback it produces.";
    private const string Options = "it is a set of import settings holding a SurveyTimeFormat, which can hold a NodaTime mapping-resolver delegate. Keep import settings in your own configuration.";

    private static readonly FrozenDictionary<Type, JsonConverter> Converters = new Dictionary<Type, JsonConverter>
    {
        [typeof(ImportedRow)] = new ImportedRowConverter(),
        [typeof(InvalidByteHandling)] = new ImportEnumConverter<InvalidByteHandling>(),
        [typeof(SurveyReader)] = new NoJsonConverter<SurveyReader>(Reader),
        [typeof(GenericSurveyReader)] = new NoJsonConverter<GenericSurveyReader>(Reader),
        [typeof(QualtricsReader)] = new NoJsonConverter<QualtricsReader>(Reader),
        [typeof(SurveyMonkeyReader)] = new NoJsonConverter<SurveyMonkeyReader>(Reader),
        [typeof(TouchpointCsvReader)] = new NoJsonConverter<TouchpointCsvReader>("it is a reader of touchpoint tables (an engine), not data. Serialize the touchpoints and the ImportReport."),
        [typeof(ServiceCaseCsvReader)] = new NoJsonConverter<ServiceCaseCsvReader>("it is a reader of helpdesk ticket exports (an engine), not data. Serialize the service cases and the ImportReport."),
        [typeof(SurveyImportOptions)] = new NoJsonConverter<SurveyImportOptions>(Options),
        [typeof(GenericSurveyOptions)] = new NoJsonConverter<GenericSurveyOptions>(Options),
        [typeof(QualtricsOptions)] = new NoJsonConverter<QualtricsOptions>(Options),
        [typeof(SurveyMonkeyOptions)] = new NoJsonConverter<SurveyMonkeyOptions>(Options),
        [typeof(SurveyTimeFormat)] = new NoJsonConverter<SurveyTimeFormat>(
            "it holds NodaTime patterns and may hold a mapping-resolver delegate. Keep the pattern text in your own configuration."),
        [typeof(SurveyImportException)] = new NoJsonConverter<SurveyImportException>(
            "it is an exception; serialize its Error (an ImportRowError) instead."),
        [typeof(CsvJsonConverterFactory)] = new NoJsonConverter<CsvJsonConverterFactory>("it is a converter, not data."),
    }.ToFrozenDictionary();

    /// <summary>Whether <paramref name="typeToConvert"/> is a CxCore.Csv type this factory knows.</summary>
    /// <param name="typeToConvert">The type.</param>
    /// <returns><see langword="true"/> for the public CxCore.Csv types.</returns>
    public override bool CanConvert(Type typeToConvert) => Converters.ContainsKey(typeToConvert);

    /// <summary>The converter of <paramref name="typeToConvert"/>.</summary>
    /// <param name="typeToConvert">A type for which <see cref="CanConvert"/> is <see langword="true"/>.</param>
    /// <param name="options">The serializer options (not used: the JSON form does not depend on them).</param>
    /// <returns>The converter.</returns>
    /// <exception cref="NotSupportedException"><paramref name="typeToConvert"/> is not a CxCore.Csv type.</exception>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        Converters.TryGetValue(typeToConvert, out JsonConverter? converter)
            ? converter
            : throw new NotSupportedException($"{typeToConvert} is not a CxCore.Csv type with a JSON form.");
}
