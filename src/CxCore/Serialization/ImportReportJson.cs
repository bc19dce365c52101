using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CxCore.Import;
using NodaTime;
using NodaTime.Text;

namespace CxCore.Serialization;


// The JSON forms of the import report and its row errors (docs/json.md, "Import"), with the enum and reading
// helpers CxCore.Csv uses for its own types (imported rows, readers, options).

/// <summary>
/// <c>{"maxErrorsKept":1000,"dataRows":3,"acceptedRows":2,"rejectedRows":1,"blankRows":0,"unansweredRatings":0,
/// "errorCount":1,"errorsTruncated":false,"isComplete":true,"errors":[…]}</c>; <c>errorsTruncated</c> is derived and not read.
/// </summary>
internal sealed class ImportReportConverter : JsonConverter<ImportReport>
{
    private static readonly string[] Members =
        ["maxErrorsKept", "dataRows", "acceptedRows", "rejectedRows", "blankRows", "unansweredRatings", "errorCount", "errorsTruncated", "isComplete", "errors"];

    public override ImportReport Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        JsonElement e = ImportJson.Object(document.RootElement, "an import report", Members);
        var errors = new List<ImportRowError>();
        foreach (JsonElement item in ImportJson.Array(e, "errors"))
        {
            errors.Add(ImportRowErrorConverter.ReadError(item));
        }

        int max = ImportJson.Int32(e, "maxErrorsKept");
        long data = ImportJson.Int64(e, "dataRows"), accepted = ImportJson.Int64(e, "acceptedRows"), rejected = ImportJson.Int64(e, "rejectedRows");
        long errorCount = ImportJson.Int64(e, "errorCount");
        if (max < 0 || accepted < 0 || rejected < 0 || accepted + rejected != data || errors.Count > max || errors.Count > errorCount)
        {
            throw new JsonException("The import report's counts do not add up: dataRows = acceptedRows + rejectedRows, and at most maxErrorsKept (and errorCount) errors are listed.");
        }

        return ImportReport.Restore(max, data, accepted, rejected, ImportJson.Int64(e, "blankRows"), ImportJson.Int64(e, "unansweredRatings"),
            errorCount, ImportJson.Boolean(e, "isComplete"), errors);
    }

    public override void Write(Utf8JsonWriter writer, ImportReport value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("maxErrorsKept", value.MaxErrorsKept);
        writer.WriteNumber("dataRows", value.DataRows);
        writer.WriteNumber("acceptedRows", value.AcceptedRows);
        writer.WriteNumber("rejectedRows", value.RejectedRows);
        writer.WriteNumber("blankRows", value.BlankRows);
        writer.WriteNumber("unansweredRatings", value.UnansweredRatings);
        writer.WriteNumber("errorCount", value.ErrorCount);
        writer.WriteBoolean("errorsTruncated", value.ErrorsTruncated);
        writer.WriteBoolean("isComplete", value.IsComplete);
        writer.WriteStartArray("errors");
        foreach (ImportRowError error in value.Errors)
        {
            ImportRowErrorConverter.WriteError(writer, error);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

/// <summary>
/// <c>{"lineNumber":3,"responseId":"R2","responseIdTruncated":false,"column":"rating","rawValue":"11","rawValueTruncated":false,
/// "reason":"outOfRange","message":"…"}</c>; <c>responseId</c>, <c>column</c> and <c>rawValue</c> may be <c>null</c>.
/// </summary>
internal sealed class ImportRowErrorConverter : JsonConverter<ImportRowError>
{
    private static readonly string[] Members =
        ["lineNumber", "responseId", "responseIdTruncated", "column", "rawValue", "rawValueTruncated", "reason", "message"];

    public override ImportRowError Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        return ReadError(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, ImportRowError value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteError(writer, value);
    }

    internal static ImportRowError ReadError(JsonElement element)
    {
        JsonElement e = ImportJson.Object(element, "an import row error", Members);
        return new ImportRowError(
            ImportJson.Int64(e, "lineNumber"), ImportJson.OptionalString(e, "responseId"), ImportJson.Boolean(e, "responseIdTruncated"),
            ImportJson.OptionalString(e, "column"), ImportJson.OptionalString(e, "rawValue"), ImportJson.Boolean(e, "rawValueTruncated"),
            ImportJson.Reason(ImportJson.String(e, "reason")), ImportJson.String(e, "message"));
    }

    internal static void WriteError(Utf8JsonWriter writer, ImportRowError value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("lineNumber", value.LineNumber);
        writer.OptionalString("responseId", value.ResponseId);
        writer.WriteBoolean("responseIdTruncated", value.ResponseIdTruncated);
        writer.OptionalString("column", value.Column);
        writer.OptionalString("rawValue", value.RawValue);
        writer.WriteBoolean("rawValueTruncated", value.RawValueTruncated);
        writer.WriteString("reason", ImportJson.ReasonName(value.Reason));
        writer.WriteString("message", value.Message);
        writer.WriteEndObject();
    }
}

/// <summary>Writes an enum of this package as the camelCase name of its value; reading ignores case and rejects numbers.</summary>
internal sealed class ImportEnumConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            string text = reader.GetString()!;
            foreach (T candidate in Enum.GetValues<T>())
            {
                if (string.Equals(ImportJson.CamelCase(candidate.ToString()), text, StringComparison.OrdinalIgnoreCase))
                {
                    return candidate;
                }
            }
        }

        throw new JsonException($"Expected one of {string.Join(", ", Array.ConvertAll(Enum.GetNames<T>(), ImportJson.CamelCase))} for {typeof(T).Name}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!Enum.IsDefined(value))
        {
            throw new JsonException($"{value} is not a defined {typeof(T).Name} value and has no JSON name.");
        }

        writer.WriteStringValue(ImportJson.CamelCase(value.ToString()));
    }
}

/// <summary>Reading helpers of the import JSON forms.</summary>
internal static class ImportJson
{
    internal static string CamelCase(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    internal static string ReasonName(ImportErrorReason reason) =>
        Enum.IsDefined(reason) ? CamelCase(reason.ToString()) : throw new JsonException($"{reason} is not a defined ImportErrorReason value.");

    internal static ImportErrorReason Reason(string text)
    {
        foreach (ImportErrorReason candidate in Enum.GetValues<ImportErrorReason>())
        {
            if (string.Equals(CamelCase(candidate.ToString()), text, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        throw new JsonException($"'{text}' is not an ImportErrorReason.");
    }

    internal static JsonElement Object(JsonElement element, string what, string[] members)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"Expected {what} as a JSON object.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (System.Array.IndexOf(members, property.Name) < 0 || !seen.Add(property.Name))
            {
                throw new JsonException($"The member '{property.Name}' of {what} is unknown or occurs twice; the members are {string.Join(", ", members)}.");
            }
        }

        return element;
    }

    private static JsonElement Member(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement value) ? value : throw new JsonException($"The required member '{name}' is missing.");

    internal static long Int64(JsonElement e, string name) =>
        Member(e, name) is { ValueKind: JsonValueKind.Number } v && v.TryGetInt64(out long n) ? n : throw new JsonException($"'{name}' must be a whole number.");

    internal static int Int32(JsonElement e, string name) =>
        Member(e, name) is { ValueKind: JsonValueKind.Number } v && v.TryGetInt32(out int n) ? n : throw new JsonException($"'{name}' must be a whole number in the Int32 range.");

    internal static bool Boolean(JsonElement e, string name) => Member(e, name).ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new JsonException($"'{name}' must be true or false."),
    };

    internal static string String(JsonElement e, string name) =>
        Member(e, name) is { ValueKind: JsonValueKind.String } v ? v.GetString()! : throw new JsonException($"'{name}' must be a string.");

    internal static string? OptionalString(JsonElement e, string name) =>
        !e.TryGetProperty(name, out JsonElement v) || v.ValueKind == JsonValueKind.Null ? null
        : v.ValueKind == JsonValueKind.String ? v.GetString() : throw new JsonException($"'{name}' must be a string or null.");

    internal static JsonElement.ArrayEnumerator Array(JsonElement e, string name) =>
        Member(e, name) is { ValueKind: JsonValueKind.Array } v ? v.EnumerateArray() : throw new JsonException($"'{name}' must be an array.");

}
