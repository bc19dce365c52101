using System.Collections.Generic;
using System.Text.Json;

namespace CxCore.Serialization;

/// <content>Journeys.</content>
internal static partial class ModelJson
{
    // ---------------------------------------------------------------- journey

    internal static Journey ReadJourney(ref Utf8JsonReader reader, ReadPath path)
    {
        JsonRead.StartObject(ref reader, "a journey");
        CustomerId? customer = null;
        JourneyOutcome? outcome = null;
        List<Touchpoint>? touchpoints = null;
        List<Feedback>? feedback = null;
        int seen = 0;
        while (JsonRead.NextProperty(ref reader, path, JourneyJson, ref seen, out string member))
        {
            switch (member)
            {
                case "customer": customer = ToCustomerId(JsonRead.String(ref reader)); break;
                case "outcome": outcome = JsonRead.OptionalString(ref reader) is { } text ? ToJourneyOutcome(text) : null; break;
                case "touchpoints":
                    touchpoints = reader.TokenType == JsonTokenType.Null ? null : JsonRead.Array(ref reader, path, ReadTouchpoint, "the touchpoints");
                    break;
                case "feedback":
                    feedback = reader.TokenType == JsonTokenType.Null ? null : JsonRead.Array(ref reader, path, ReadFeedback, "the feedback");
                    break;
            }

            path.Pop();
        }

        CustomerId validCustomer = JsonRead.Required(customer, "customer", "journey");
        return JsonRead.Construct(
            path,
            "journey",
            () => Journey.Create(validCustomer, touchpoints ?? [], feedback ?? [], outcome),
            JourneyMembers);
    }

    internal static void WriteJourney(Utf8JsonWriter writer, Journey journey)
    {
        writer.WriteStartObject();
        writer.WriteString("customer", journey.Customer.Value);
        if (journey.Outcome is { } outcome)
        {
            writer.WriteString("outcome", outcome.Name);
        }

        writer.WriteStartArray("touchpoints");
        foreach (Touchpoint touchpoint in journey.Touchpoints)
        {
            WriteTouchpoint(writer, touchpoint);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("feedback");
        foreach (Feedback item in journey.Feedback)
        {
            WriteFeedback(writer, item);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
