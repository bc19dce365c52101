using System.Text.Json;
using CxCore.Import;
using CxCore.Service;
using NodaTime;

namespace CxCore.Serialization;

// The JSON forms of imported helpdesk tickets and of CxCore's comparison with the helpdesk's own numbers (docs/json.md, "Import").

/// <summary><c>{"metric":"firstResponse","basis":"business","value":"1:30:00"}</c>.</summary>
internal sealed class HelpdeskDurationConverter : CxConverter<HelpdeskDuration>
{
    internal static readonly HelpdeskDurationConverter Instance = new();
    private static readonly string[] Members = ["metric", "basis", "value"];

    internal override HelpdeskDuration ReadJson(JsonIn json)
    {
        json.Object("a helpdesk duration", Members, Members);
        ServiceMetric metric = json["metric"].Enum<ServiceMetric>();
        TimeBasis basis = json["basis"].Enum<TimeBasis>();
        Duration value = OptionsJson.Duration(json["value"]);
        return json.Construct("helpdesk duration", () => new HelpdeskDuration(metric, basis, value));
    }

    internal override void WriteJson(Utf8JsonWriter writer, HelpdeskDuration value)
    {
        writer.WriteStartObject();
        writer.Enum("metric", value.Metric);
        writer.Enum("basis", value.Basis);
        writer.Duration("value", value.Value);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"lineNumber":2,"case":{ServiceCase},"helpdeskDurations":[…]}</c>.</summary>
internal sealed class ImportedCaseConverter : CxConverter<ImportedCase>
{
    internal static readonly ImportedCaseConverter Instance = new();
    private static readonly string[] Members = ["lineNumber", "case", "helpdeskDurations"];

    internal override ImportedCase ReadJson(JsonIn json)
    {
        json.Object("an imported case", Members, Members);
        long line = json["lineNumber"].Int64();
        if (line < 1)
        {
            throw json["lineNumber"].Fail($"A line number is 1 or more, but found {line}.");
        }

        ServiceCase serviceCase = json["case"].Model(ModelJson.ReadServiceCase);
        HelpdeskDuration[] durations = [.. JourneyMapConverter.ReadList(json["helpdeskDurations"], HelpdeskDurationConverter.Instance, "the helpdesk durations")];
        return new ImportedCase(line, serviceCase, durations);
    }

    internal override void WriteJson(Utf8JsonWriter writer, ImportedCase value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("lineNumber", value.LineNumber);
        writer.WritePropertyName("case");
        ModelJson.WriteServiceCase(writer, value.Case);
        writer.List("helpdeskDurations", value.HelpdeskDurations, HelpdeskDurationConverter.Instance);
        writer.WriteEndObject();
    }
}

/// <summary>
/// <c>{"caseId":"T-7","lineNumber":3,"metric":"resolution","basis":"calendar","helpdesk":"5:00:00","cxCore":"4:00:00","difference":"-1:00:00"}</c>;
/// <c>cxCore</c> (and so <c>difference</c>) is <c>null</c> when CxCore has no value; <c>difference</c> is derived.
/// </summary>
internal sealed class HelpdeskDisagreementConverter : CxConverter<HelpdeskDisagreement>
{
    internal static readonly HelpdeskDisagreementConverter Instance = new();
    private static readonly string[] Members = ["caseId", "lineNumber", "metric", "basis", "helpdesk", "cxCore", "difference"];
    private static readonly string[] Required = ["caseId", "lineNumber", "metric", "basis", "helpdesk"];

    internal override HelpdeskDisagreement ReadJson(JsonIn json)
    {
        json.Object("a helpdesk disagreement", Members, Required);
        string caseId = json["caseId"].String();
        long line = json["lineNumber"].Int64();
        if (caseId.Length == 0 || line < 1)
        {
            throw json.Fail("A helpdesk disagreement names its case (non-empty id) and its line (1 or more).");
        }

        Duration helpdesk = OptionsJson.Duration(json["helpdesk"]);
        if (helpdesk < Duration.Zero)
        {
            throw json["helpdesk"].Fail("A helpdesk duration is zero or more.");
        }

        return new HelpdeskDisagreement(caseId, line, json["metric"].Enum<ServiceMetric>(), json["basis"].Enum<TimeBasis>(), helpdesk, json["cxCore"].OptionalDuration());
    }

    internal override void WriteJson(Utf8JsonWriter writer, HelpdeskDisagreement value)
    {
        writer.WriteStartObject();
        writer.WriteString("caseId", value.CaseId);
        writer.WriteNumber("lineNumber", value.LineNumber);
        writer.Enum("metric", value.Metric);
        writer.Enum("basis", value.Basis);
        writer.Duration("helpdesk", value.Helpdesk);
        writer.Duration("cxCore", value.CxCore);
        writer.Duration("difference", value.Difference);
        writer.WriteEndObject();
    }
}
