using System.Collections.Generic;
using System.Text.Json;
using CxCore.Service;
using NodaTime;

namespace CxCore.Serialization;

/// <content>Service cases and their events.</content>
internal static partial class ModelJson
{
    // ---------------------------------------------------------------- service cases

    internal static CaseEvent ReadCaseEvent(ref Utf8JsonReader reader, ReadPath path)
    {
        JsonRead.StartObject(ref reader, "a case event");
        Instant? at = null;
        CaseEventKind? kind = null;
        CaseStatus? status = null;
        int seen = 0;
        while (JsonRead.NextProperty(ref reader, path, CaseEventJson, ref seen, out string member))
        {
            switch (member)
            {
                case "at": at = NodaJson.ReadInstant(ref reader); break;
                case "kind": kind = EnumJson<CaseEventKind>.Read(ref reader); break;
                case "status": status = reader.TokenType == JsonTokenType.Null ? null : EnumJson<CaseStatus>.Read(ref reader); break;
            }

            path.Pop();
        }

        Instant validAt = JsonRead.Required(at, "at", "case event");
        CaseEventKind validKind = JsonRead.Required(kind, "kind", "case event");
        if (validKind == CaseEventKind.StatusChanged)
        {
            return CaseEvent.StatusChanged(validAt, JsonRead.Required(status, "status", "statusChanged case event"));
        }

        if (status is not null)
        {
            path.Push("status");
            throw JsonRead.Fail($"Only a statusChanged event has a 'status'; a {EnumJson<CaseEventKind>.Format(validKind)} event sets its status itself.");
        }

        return validKind switch
        {
            CaseEventKind.Opened => CaseEvent.Opened(validAt),
            CaseEventKind.AgentReply => CaseEvent.AgentReply(validAt),
            CaseEventKind.CustomerMessage => CaseEvent.CustomerMessage(validAt),
            CaseEventKind.BotHandoff => CaseEvent.BotHandoff(validAt),
            _ => CaseEvent.Reopened(validAt),
        };
    }

    internal static void WriteCaseEvent(Utf8JsonWriter writer, CaseEvent caseEvent)
    {
        writer.WriteStartObject();
        writer.WriteString("at", NodaJson.FormatInstant(caseEvent.At));
        writer.WriteString("kind", EnumJson<CaseEventKind>.Format(caseEvent.Kind));
        if (caseEvent.Kind == CaseEventKind.StatusChanged)
        {
            writer.WriteString("status", EnumJson<CaseStatus>.Format(caseEvent.Status!.Value));
        }

        writer.WriteEndObject();
    }

    internal static ServiceCase ReadServiceCase(ref Utf8JsonReader reader, ReadPath path)
    {
        JsonRead.StartObject(ref reader, "a service case");
        string? id = null;
        CustomerId? customer = null;
        Channel? channel = null;
        CasePriority? priority = null;
        List<CaseEvent>? events = null;
        Dictionary<string, string>? attributes = null;
        int seen = 0;
        while (JsonRead.NextProperty(ref reader, path, ServiceCaseJson, ref seen, out string member))
        {
            switch (member)
            {
                case "id": id = JsonRead.String(ref reader); break;
                case "customer": customer = ToCustomerId(JsonRead.String(ref reader)); break;
                case "channel": channel = ToChannel(JsonRead.String(ref reader)); break;
                case "priority": priority = EnumJson<CasePriority>.Read(ref reader); break;
                case "events": events = JsonRead.Array(ref reader, path, ReadCaseEvent, "the case events"); break;
                case "attributes": attributes = JsonRead.OptionalStringMap(ref reader, path); break;
            }

            path.Pop();
        }

        const string What = "service case";
        string validId = JsonRead.Required(id, "id", What);
        CustomerId validCustomer = JsonRead.Required(customer, "customer", What);
        Channel validChannel = JsonRead.Required(channel, "channel", What);
        CasePriority validPriority = JsonRead.Required(priority, "priority", What);
        List<CaseEvent> validEvents = JsonRead.Required(events, "events", What);

        // Checked here as well as by the constructor so that the path names the offending event's instant.
        for (int i = 1; i < validEvents.Count; i++)
        {
            if (validEvents[i].At < validEvents[i - 1].At)
            {
                path.Push("events");
                path.PushIndex(i);
                path.Push("at");
                throw JsonRead.Fail(
                    $"Service case '{validId}': event {i} at {validEvents[i].At} is earlier than event {i - 1} at {validEvents[i - 1].At}; events must be in time order.");
            }
        }

        return JsonRead.Construct(
            path,
            What,
            () => new ServiceCase(validId, validCustomer, validChannel, validPriority, validEvents, attributes),
            ServiceCaseMembers);
    }

    internal static void WriteServiceCase(Utf8JsonWriter writer, ServiceCase serviceCase)
    {
        writer.WriteStartObject();
        writer.WriteString("id", serviceCase.Id);
        writer.WriteString("customer", serviceCase.Customer.Value);
        writer.WriteString("channel", serviceCase.Channel.Name);
        writer.WriteString("priority", EnumJson<CasePriority>.Format(serviceCase.Priority));
        writer.WriteStartArray("events");
        foreach (CaseEvent caseEvent in serviceCase.Events)
        {
            WriteCaseEvent(writer, caseEvent);
        }

        writer.WriteEndArray();
        WriteAttributes(writer, serviceCase.Attributes);
        writer.WriteEndObject();
    }
}
