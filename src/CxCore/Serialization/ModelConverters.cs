using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using CxCore.Service;

namespace CxCore.Serialization;

/// <summary>A converter for a composite model type; reading tracks the JSON path inside the value.</summary>
internal abstract class ModelConverter<T> : JsonConverter<T>
{
    private readonly ReadFunc<T> _read;
    private readonly Action<Utf8JsonWriter, T> _write;

    private protected ModelConverter(ReadFunc<T> read, Action<Utf8JsonWriter, T> write)
    {
        _read = read;
        _write = write;
    }

    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => JsonRead.Root(ref reader, _read);

    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _write(writer, value);
}

/// <summary>
/// A converter for <see cref="IReadOnlyList{T}"/> of a composite model type, so that errors in a root-level list name
/// the full path (<c>$[3].touchpoints[0].at</c>). Null elements are rejected.
/// </summary>
internal abstract class ModelListConverter<T> : JsonConverter<IReadOnlyList<T>>
    where T : notnull
{
    private readonly ReadFunc<T> _read;
    private readonly Action<Utf8JsonWriter, T> _write;
    private readonly string _what;

    private protected ModelListConverter(ReadFunc<T> read, Action<Utf8JsonWriter, T> write, string what)
    {
        _read = read;
        _write = write;
        _what = what;
    }

    public sealed override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonRead.Root(ref reader, (ref Utf8JsonReader r, ReadPath path) => (IReadOnlyList<T>)JsonRead.Array(ref r, path, _read, _what).AsReadOnly());

    public sealed override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (T item in value)
        {
            if (item is null)
            {
                throw new JsonException($"A list of {_what} holds a null element, which has no JSON form here.");
            }

            _write(writer, item);
        }

        writer.WriteEndArray();
    }
}

/// <summary>A converter for a value written as one JSON string; the same text serves as a dictionary key.</summary>
internal abstract class StringValueConverter<T> : JsonConverter<T>
{
    private readonly Func<string, T> _parse;
    private readonly Func<T, string> _format;

    private protected StringValueConverter(Func<string, T> parse, Func<T, string> format)
    {
        _parse = parse;
        _format = format;
    }

    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => _parse(JsonRead.String(ref reader));

    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(_format(value));

    public sealed override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => _parse(reader.GetString()!);

    public sealed override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WritePropertyName(_format(value));
}

internal sealed class CustomerIdConverter() : StringValueConverter<CustomerId>(ModelJson.ToCustomerId, static v => v.Value);

internal sealed class ChannelConverter() : StringValueConverter<Channel>(ModelJson.ToChannel, static v => v.Name);

internal sealed class DepartmentConverter() : StringValueConverter<Department>(ModelJson.ToDepartment, static v => v.Name);

internal sealed class JourneyOutcomeConverter() : StringValueConverter<JourneyOutcome>(ModelJson.ToJourneyOutcome, static v => v.Name);

/// <summary>Writes an enum as the camelCase name of its value (<c>"onHold"</c>); reading ignores case and rejects numbers.</summary>
internal sealed class EnumConverter<T>() : StringValueConverter<T>(EnumJson<T>.Parse, EnumJson<T>.Format)
    where T : struct, Enum;

internal sealed class LifecycleModelConverter() : ModelConverter<LifecycleModel>(ModelJson.ReadModel, ModelJson.WriteModel);

internal sealed class LifecycleStageConverter() : ModelConverter<LifecycleStage>(ModelJson.ReadStage, ModelJson.WriteStage);

internal sealed class FeedbackInstrumentConverter() : ModelConverter<FeedbackInstrument>(ModelJson.ReadInstrument, ModelJson.WriteInstrument);

internal sealed class TouchpointConverter() : ModelConverter<Touchpoint>(ModelJson.ReadTouchpoint, ModelJson.WriteTouchpoint);

internal sealed class FeedbackConverter() : ModelConverter<Feedback>(ModelJson.ReadFeedback, ModelJson.WriteFeedback);

internal sealed class JourneyConverter() : ModelConverter<Journey>(ModelJson.ReadJourney, ModelJson.WriteJourney);

internal sealed class CaseEventConverter() : ModelConverter<CaseEvent>(ModelJson.ReadCaseEvent, ModelJson.WriteCaseEvent);

internal sealed class ServiceCaseConverter() : ModelConverter<ServiceCase>(ModelJson.ReadServiceCase, ModelJson.WriteServiceCase);

internal sealed class LifecycleModelListConverter() : ModelListConverter<LifecycleModel>(ModelJson.ReadModel, ModelJson.WriteModel, "lifecycle models");

internal sealed class LifecycleStageListConverter() : ModelListConverter<LifecycleStage>(ModelJson.ReadStage, ModelJson.WriteStage, "lifecycle stages");

internal sealed class FeedbackInstrumentListConverter() : ModelListConverter<FeedbackInstrument>(ModelJson.ReadInstrument, ModelJson.WriteInstrument, "feedback instruments");

internal sealed class TouchpointListConverter() : ModelListConverter<Touchpoint>(ModelJson.ReadTouchpoint, ModelJson.WriteTouchpoint, "touchpoints");

internal sealed class FeedbackListConverter() : ModelListConverter<Feedback>(ModelJson.ReadFeedback, ModelJson.WriteFeedback, "feedback items");

internal sealed class JourneyListConverter() : ModelListConverter<Journey>(ModelJson.ReadJourney, ModelJson.WriteJourney, "journeys");

internal sealed class CaseEventListConverter() : ModelListConverter<CaseEvent>(ModelJson.ReadCaseEvent, ModelJson.WriteCaseEvent, "case events");

internal sealed class ServiceCaseListConverter() : ModelListConverter<ServiceCase>(ModelJson.ReadServiceCase, ModelJson.WriteServiceCase, "service cases");
