using System;
using System.Collections.Generic;
using System.Text.Json;
using NodaTime;

namespace CxCore.Serialization;

/// <summary>The JSON form of the domain model: one reader and one writer per type (see docs/json.md).</summary>
internal static partial class ModelJson
{
    // Every member each JSON object may have: anything else, or a member given twice, is an error.
    private static readonly string[] CustomerJson = ["id", "zone", "acquiredAt", "attributes"];
    private static readonly string[] LifecycleModelJson = ["name", "stages"];
    private static readonly string[] StageJson = ["name", "model", "stages"];
    private static readonly string[] InstrumentJson = ["kind", "name", "min", "max"];
    private static readonly string[] TouchpointJson = ["id", "customer", "at", "channel", "stage", "department", "initiator", "outcome", "handleTime", "waitTime", "topic", "attributes"];
    private static readonly string[] FeedbackJson = ["id", "customer", "at", "instrument", "rating", "touchpointId", "comment", "weight", "topics"];
    private static readonly string[] JourneyJson = ["customer", "outcome", "touchpoints", "feedback"];
    private static readonly string[] CaseEventJson = ["at", "kind", "status"];
    private static readonly string[] ServiceCaseJson = ["id", "customer", "channel", "priority", "events", "attributes"];

    // The members a model constructor's parameter names map to (they are spelled alike).
    private static readonly string[] TouchpointMembers =
        ["id", "customer", "channel", "stage", "department", "initiator", "outcome", "handleTime", "waitTime", "topic", "attributes"];

    private static readonly string[] FeedbackMembers = ["id", "customer", "instrument", "rating", "touchpointId", "comment", "weight", "topics"];
    private static readonly string[] JourneyMembers = ["customer", "touchpoints", "feedback", "outcome"];
    private static readonly string[] ServiceCaseMembers = ["id", "customer", "channel", "priority", "events", "attributes"];
    private static readonly string[] InstrumentMembers = ["name"];
    private static readonly string[] CustomerMembers = ["id", "zone", "acquiredAt", "attributes"];

    // ---------------------------------------------------------------- named values: "" is the default (empty) value

    internal static CustomerId ToCustomerId(string text) => text.Length == 0 ? default : Named(text, CustomerId.From, "customer id");

    internal static Channel ToChannel(string text) => text.Length == 0 ? default : Named(text, Channel.From, "channel");

    internal static Department ToDepartment(string text) => text.Length == 0 ? default : Named(text, Department.From, "department");

    internal static JourneyOutcome ToJourneyOutcome(string text) => text.Length == 0 ? default : Named(text, JourneyOutcome.From, "journey outcome");

    private static T Named<T>(string text, Func<string, T> from, string what)
    {
        try
        {
            return from(text);
        }
        catch (ArgumentException ex)
        {
            throw JsonRead.Fail($"'{text}' is not a valid {what}: it must contain a non-white-space character.", ex);
        }
    }

    // ---------------------------------------------------------------- customer

    internal static Customer ReadCustomer(ref Utf8JsonReader reader, ReadPath path)
    {
        JsonRead.StartObject(ref reader, "a customer");
        CustomerId? id = null;
        DateTimeZone? zone = null;
        Instant? acquiredAt = null;
        Dictionary<string, string>? attributes = null;
        int seen = 0;
        while (JsonRead.NextProperty(ref reader, path, CustomerJson, ref seen, out string member))
        {
            switch (member)
            {
                case "id": id = ToCustomerId(JsonRead.String(ref reader)); break;
                case "zone": zone = NodaJson.ParseZone(JsonRead.String(ref reader)); break;
                case "acquiredAt": acquiredAt = NodaJson.ReadInstant(ref reader); break;
                case "attributes": attributes = JsonRead.OptionalStringMap(ref reader, path); break;
            }

            path.Pop();
        }

        const string What = "customer";
        CustomerId validId = JsonRead.Required(id, "id", What);
        DateTimeZone validZone = JsonRead.Required(zone, "zone", What);
        Instant validAcquiredAt = JsonRead.Required(acquiredAt, "acquiredAt", What);
        return JsonRead.Construct(path, What, () => new Customer(validId, validZone, validAcquiredAt, attributes), CustomerMembers);
    }

    internal static void WriteCustomer(Utf8JsonWriter writer, Customer customer)
    {
        writer.WriteStartObject();
        writer.WriteString("id", customer.Id.Value);
        writer.WriteString("zone", customer.Zone.Id);
        writer.WriteString("acquiredAt", NodaJson.FormatInstant(customer.AcquiredAt));
        WriteAttributes(writer, customer.Attributes);
        writer.WriteEndObject();
    }

    // ---------------------------------------------------------------- attributes (customers, touchpoints, cases)

    private static void WriteAttributes(Utf8JsonWriter writer, IReadOnlyDictionary<string, string> attributes)
    {
        if (attributes.Count == 0)
        {
            return;
        }

        // Sorted by key (ordinal) so that equal values always produce the same text.
        var keys = new string[attributes.Count];
        int i = 0;
        foreach (KeyValuePair<string, string> pair in attributes)
        {
            keys[i++] = pair.Key;
        }

        Array.Sort(keys, StringComparer.Ordinal);
        writer.WriteStartObject("attributes");
        foreach (string key in keys)
        {
            writer.WriteString(key, attributes[key]);
        }

        writer.WriteEndObject();
    }
}
