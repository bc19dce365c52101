using System.Collections.Generic;
using System.Text.Json;
using NodaTime;

namespace CxCore.Serialization;

/// <content>Touchpoints.</content>
internal static partial class ModelJson
{
    // ---------------------------------------------------------------- touchpoint

    internal static Touchpoint ReadTouchpoint(ref Utf8JsonReader reader, ReadPath path)
    {
        JsonRead.StartObject(ref reader, "a touchpoint");
        string? id = null;
        CustomerId? customer = null;
        Instant? at = null;
        Channel? channel = null;
        LifecycleStage? stage = null;
        Department? department = null;
        Initiator? initiator = null;
        TouchpointOutcome outcome = TouchpointOutcome.Unknown;
        Duration? handleTime = null;
        Duration? waitTime = null;
        string? topic = null;
        Dictionary<string, string>? attributes = null;
        int seen = 0;
        while (JsonRead.NextProperty(ref reader, path, TouchpointJson, ref seen, out string member))
        {
            switch (member)
            {
                case "id": id = JsonRead.String(ref reader); break;
                case "customer": customer = ToCustomerId(JsonRead.String(ref reader)); break;
                case "at": at = NodaJson.ReadInstant(ref reader); break;
                case "channel": channel = ToChannel(JsonRead.String(ref reader)); break;
                case "stage": stage = ReadStage(ref reader, path); break;
                case "department": department = ToDepartment(JsonRead.String(ref reader)); break;
                case "initiator": initiator = EnumJson<Initiator>.Read(ref reader); break;
                case "outcome": outcome = EnumJson<TouchpointOutcome>.Read(ref reader); break;
                case "handleTime": handleTime = NodaJson.ReadOptionalDuration(ref reader); break;
                case "waitTime": waitTime = NodaJson.ReadOptionalDuration(ref reader); break;
                case "topic": topic = JsonRead.OptionalString(ref reader); break;
                case "attributes": attributes = JsonRead.OptionalStringMap(ref reader, path); break;
            }

            path.Pop();
        }

        const string What = "touchpoint";
        string validId = JsonRead.Required(id, "id", What);
        CustomerId validCustomer = JsonRead.Required(customer, "customer", What);
        Instant validAt = JsonRead.Required(at, "at", What);
        Channel validChannel = JsonRead.Required(channel, "channel", What);
        LifecycleStage validStage = JsonRead.Required(stage, "stage", What);
        Department validDepartment = JsonRead.Required(department, "department", What);
        Initiator validInitiator = JsonRead.Required(initiator, "initiator", What);
        return JsonRead.Construct(
            path,
            What,
            () => new Touchpoint(validId, validCustomer, validAt, validChannel, validStage, validDepartment, validInitiator, outcome, handleTime, waitTime, topic, attributes),
            TouchpointMembers);
    }

    internal static void WriteTouchpoint(Utf8JsonWriter writer, Touchpoint touchpoint)
    {
        writer.WriteStartObject();
        writer.WriteString("id", touchpoint.Id);
        writer.WriteString("customer", touchpoint.Customer.Value);
        writer.WriteString("at", NodaJson.FormatInstant(touchpoint.At));
        writer.WriteString("channel", touchpoint.Channel.Name);
        writer.WritePropertyName("stage");
        WriteStage(writer, touchpoint.Stage);
        writer.WriteString("department", touchpoint.Department.Name);
        writer.WriteString("initiator", EnumJson<Initiator>.Format(touchpoint.Initiator));
        writer.WriteString("outcome", EnumJson<TouchpointOutcome>.Format(touchpoint.Outcome));
        if (touchpoint.HandleTime is { } handleTime)
        {
            writer.WriteString("handleTime", NodaJson.FormatDuration(handleTime));
        }

        if (touchpoint.WaitTime is { } waitTime)
        {
            writer.WriteString("waitTime", NodaJson.FormatDuration(waitTime));
        }

        if (touchpoint.Topic is { } topic)
        {
            writer.WriteString("topic", topic);
        }

        WriteAttributes(writer, touchpoint.Attributes);
        writer.WriteEndObject();
    }
}
