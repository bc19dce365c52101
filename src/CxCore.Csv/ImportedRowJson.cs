using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CxCore.Import;
using CxCore.Serialization;
using NodaTime;
using NodaTime.Text;

namespace CxCore.Csv;

// The JSON form of an imported row (docs/json.md, "Import"), read and written with the import helpers of CxCore.

/// <summary><c>{"lineNumber":2,"responseId":"R1","customer":"C1","at":"2026-01-01T10:00:00Z","feedback":[…],"attributes":{…}}</c>.</summary>
internal sealed class ImportedRowConverter : JsonConverter<ImportedRow>
{
    private static readonly string[] Members = ["lineNumber", "responseId", "customer", "at", "feedback", "attributes"];

    private static JsonTypeInfo<Feedback> FeedbackInfo => (JsonTypeInfo<Feedback>)CxJson.Options.GetTypeInfo(typeof(Feedback));

    private static JsonTypeInfo<CustomerId> CustomerInfo => (JsonTypeInfo<CustomerId>)CxJson.Options.GetTypeInfo(typeof(CustomerId));

    public override ImportedRow Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        JsonElement e = ImportJson.Object(document.RootElement, "an imported row", Members);
        var feedback = new List<Feedback>();
        foreach (JsonElement item in ImportJson.Array(e, "feedback"))
        {
            feedback.Add(item.Deserialize(FeedbackInfo) ?? throw new JsonException("An imported row's feedback holds a null item."));
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!e.TryGetProperty("attributes", out JsonElement map) || map.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("The required member 'attributes' of an imported row is missing or not an object.");
        }

        foreach (JsonProperty attribute in map.EnumerateObject())
        {
            if (attribute.Value.ValueKind != JsonValueKind.String || !attributes.TryAdd(attribute.Name, attribute.Value.GetString()!))
            {
                throw new JsonException($"The attribute '{attribute.Name}' of an imported row is not a string or occurs twice.");
            }
        }

        string atText = ImportJson.String(e, "at");
        ParseResult<Instant> at = InstantPattern.ExtendedIso.Parse(atText);
        if (!at.Success)
        {
            throw new JsonException($"'{atText}' is not a valid instant: {at.Exception.Message}");
        }

        return new ImportedRow(
            ImportJson.Int64(e, "lineNumber"), ImportJson.String(e, "responseId"), e.GetProperty("customer").Deserialize(CustomerInfo),
            at.Value, feedback.AsReadOnly(), attributes.AsReadOnly());
    }

    public override void Write(Utf8JsonWriter writer, ImportedRow value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("lineNumber", value.LineNumber);
        writer.WriteString("responseId", value.ResponseId);
        writer.WriteString("customer", value.Customer.Value);
        writer.WriteString("at", InstantPattern.ExtendedIso.Format(value.At));
        writer.WriteStartArray("feedback");
        foreach (Feedback item in value.Feedback)
        {
            JsonSerializer.Serialize(writer, item, FeedbackInfo);
        }

        writer.WriteEndArray();
        var keys = new List<string>(value.Attributes.Keys);
        keys.Sort(StringComparer.Ordinal);
        writer.WriteStartObject("attributes");
        foreach (string key in keys)
        {
            writer.WriteString(key, value.Attributes[key]);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
