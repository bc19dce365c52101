using System;
using System.Collections.Generic;
using System.Text.Json;
using CxCore.Ratings;
using CxCore.Service;
using NodaTime;

namespace CxCore.Serialization;

/// <summary>The JSON form of the domain model: one reader and one writer per type (see docs/json.md).</summary>
internal static class ModelJson
{
    // The members a model constructor's parameter names map to (they are spelled alike).
    private static readonly string[] TouchpointMembers =
        ["id", "customer", "channel", "stage", "department", "initiator", "outcome", "handleTime", "waitTime", "topic", "attributes"];

    private static readonly string[] FeedbackMembers = ["id", "customer", "instrument", "rating", "touchpointId", "comment", "weight", "topics"];
    private static readonly string[] JourneyMembers = ["customer", "touchpoints", "feedback", "outcome"];
    private static readonly string[] ServiceCaseMembers = ["id", "customer", "channel", "priority", "events", "attributes"];
    private static readonly string[] InstrumentMembers = ["name"];
    private static readonly string[] CustomerMembers = ["id", "zone", "acquiredAt", "attributes"];

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

    // ---------------------------------------------------------------- lifecycle

    internal static LifecycleModel ReadModel(ref Utf8JsonReader reader, ReadPath path)
    {
        JsonRead.StartObject(ref reader, "a lifecycle model");
        string? name = null;
        List<string>? stages = null;
        int seen = 0;
        while (JsonRead.NextProperty(ref reader, path, LifecycleModelJson, ref seen, out string member))
        {
            switch (member)
            {
                case "name": name = JsonRead.String(ref reader); break;
                case "stages": stages = JsonRead.OptionalStrings(ref reader, path); break;
            }

            path.Pop();
        }

        return CreateModel(path, JsonRead.Required(name, "name", "lifecycle model"), JsonRead.Required(stages, "stages", "lifecycle model"), "name", "stages");
    }

    internal static void WriteModel(Utf8JsonWriter writer, LifecycleModel model)
    {
        writer.WriteStartObject();
        writer.WriteString("name", model.Name);
        WriteStageNames(writer, model);
        writer.WriteEndObject();
    }

    internal static LifecycleStage ReadStage(ref Utf8JsonReader reader, ReadPath path)
    {
        JsonRead.StartObject(ref reader, "a lifecycle stage");
        string? name = null;
        string? modelName = null;
        List<string>? stages = null;
        int seen = 0;
        while (JsonRead.NextProperty(ref reader, path, StageJson, ref seen, out string member))
        {
            switch (member)
            {
                case "name": name = JsonRead.String(ref reader); break;
                case "model": modelName = JsonRead.String(ref reader); break;
                case "stages": stages = JsonRead.OptionalStrings(ref reader, path); break;
            }

            path.Pop();
        }

        name = JsonRead.Required(name, "name", "lifecycle stage");
        modelName = JsonRead.Required(modelName, "model", "lifecycle stage");
        LifecycleModel model;
        if (stages is null)
        {
            if (!string.Equals(modelName, LifecycleModel.Default.Name, StringComparison.OrdinalIgnoreCase))
            {
                throw JsonRead.Fail(
                    $"The lifecycle model '{modelName}' is not the default model '{LifecycleModel.Default.Name}', so the stage must list its model's stages in 'stages'.");
            }

            model = LifecycleModel.Default;
        }
        else
        {
            model = CreateModel(path, modelName, stages, "model", "stages");
        }

        if (!model.TryGetStage(name, out LifecycleStage? stage))
        {
            path.Push("name");
            throw JsonRead.Fail($"The lifecycle model '{model.Name}' has no stage '{name}'; its stages are {string.Join(", ", model.Stages)}.");
        }

        return stage;
    }

    internal static void WriteStage(Utf8JsonWriter writer, LifecycleStage stage)
    {
        writer.WriteStartObject();
        writer.WriteString("name", stage.Name);
        writer.WriteString("model", stage.Model.Name);
        if (!IsDefaultModel(stage.Model))
        {
            WriteStageNames(writer, stage.Model);
        }

        writer.WriteEndObject();
    }

    // The stages are left out only for the default model spelled exactly as LifecycleModel.Default.
    private static bool IsDefaultModel(LifecycleModel model)
    {
        if (ReferenceEquals(model, LifecycleModel.Default))
        {
            return true;
        }

        LifecycleModel standard = LifecycleModel.Default;
        if (!string.Equals(model.Name, standard.Name, StringComparison.Ordinal) || model.Stages.Count != standard.Stages.Count)
        {
            return false;
        }

        for (int i = 0; i < model.Stages.Count; i++)
        {
            if (!string.Equals(model.Stages[i].Name, standard.Stages[i].Name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static void WriteStageNames(Utf8JsonWriter writer, LifecycleModel model)
    {
        writer.WriteStartArray("stages");
        foreach (LifecycleStage stage in model.Stages)
        {
            writer.WriteStringValue(stage.Name);
        }

        writer.WriteEndArray();
    }

    private static LifecycleModel CreateModel(ReadPath path, string name, List<string> stages, string nameMember, string stagesMember)
    {
        try
        {
            return LifecycleModel.Create(name, [.. stages]);
        }
        catch (ArgumentException ex)
        {
            path.Push(ex.ParamName == "name" ? nameMember : stagesMember);
            throw JsonRead.Fail($"The JSON describes an invalid lifecycle model: {ex.Message}", ex);
        }
    }

    // ---------------------------------------------------------------- feedback instrument

    internal static FeedbackInstrument ReadInstrument(ref Utf8JsonReader reader, ReadPath path)
    {
        JsonRead.StartObject(ref reader, "a feedback instrument");
        InstrumentKind? kind = null;
        string? name = null;
        int? min = null;
        int? max = null;
        int seen = 0;
        while (JsonRead.NextProperty(ref reader, path, InstrumentJson, ref seen, out string member))
        {
            switch (member)
            {
                case "kind": kind = EnumJson<InstrumentKind>.Read(ref reader); break;
                case "name": name = JsonRead.String(ref reader); break;
                case "min": min = JsonRead.Int32(ref reader); break;
                case "max": max = JsonRead.Int32(ref reader); break;
            }

            path.Pop();
        }

        FeedbackInstrument? standard = JsonRead.Required(kind, "kind", "feedback instrument") switch
        {
            InstrumentKind.Nps => FeedbackInstrument.Nps,
            InstrumentKind.Csat => FeedbackInstrument.Csat,
            InstrumentKind.Ces => FeedbackInstrument.Ces,
            _ => null,
        };
        if (standard is not null)
        {
            // The standard instruments are fixed; the other members are optional but must agree when given.
            CheckStandard(path, standard, name is null || string.Equals(name, standard.Name, StringComparison.Ordinal), "name");
            CheckStandard(path, standard, min is null || min == standard.Scale.Minimum, "min");
            CheckStandard(path, standard, max is null || max == standard.Scale.Maximum, "max");
            return standard;
        }

        name = JsonRead.Required(name, "name", "custom feedback instrument");
        int minimum = JsonRead.Required(min, "min", "custom feedback instrument");
        int maximum = JsonRead.Required(max, "max", "custom feedback instrument");
        RatingScale scale;
        try
        {
            scale = RatingScale.FromRange(minimum, maximum);
        }
        catch (ArgumentException ex)
        {
            path.Push(ex.ParamName == "minimum" ? "min" : "max");
            throw JsonRead.Fail($"The JSON describes an invalid rating scale: {ex.Message}", ex);
        }

        return JsonRead.Construct(path, "feedback instrument", () => FeedbackInstrument.Custom(name, scale), InstrumentMembers);
    }

    private static void CheckStandard(ReadPath path, FeedbackInstrument standard, bool agrees, string member)
    {
        if (!agrees)
        {
            path.Push(member);
            throw JsonRead.Fail(
                $"The {EnumJson<InstrumentKind>.Format(standard.Kind)} instrument is always named '{standard.Name}' on the scale {standard.Scale}; use the kind 'custom' for another question.");
        }
    }

    internal static void WriteInstrument(Utf8JsonWriter writer, FeedbackInstrument instrument)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", EnumJson<InstrumentKind>.Format(instrument.Kind));
        writer.WriteString("name", instrument.Name);
        writer.WriteNumber("min", instrument.Scale.Minimum);
        writer.WriteNumber("max", instrument.Scale.Maximum);
        writer.WriteEndObject();
    }

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

    // ---------------------------------------------------------------- feedback

    internal static Feedback ReadFeedback(ref Utf8JsonReader reader, ReadPath path)
    {
        JsonRead.StartObject(ref reader, "a feedback item");
        string? id = null;
        CustomerId? customer = null;
        Instant? at = null;
        FeedbackInstrument? instrument = null;
        int? rating = null;
        string? touchpointId = null;
        string? comment = null;
        double weight = 1.0;
        List<string>? topics = null;
        int seen = 0;
        while (JsonRead.NextProperty(ref reader, path, FeedbackJson, ref seen, out string member))
        {
            switch (member)
            {
                case "id": id = JsonRead.String(ref reader); break;
                case "customer": customer = ToCustomerId(JsonRead.String(ref reader)); break;
                case "at": at = NodaJson.ReadInstant(ref reader); break;
                case "instrument": instrument = ReadInstrument(ref reader, path); break;
                case "rating": rating = JsonRead.Int32(ref reader); break;
                case "touchpointId": touchpointId = JsonRead.OptionalString(ref reader); break;
                case "comment": comment = JsonRead.OptionalString(ref reader); break;
                case "weight": weight = JsonRead.Double(ref reader); break;
                case "topics": topics = JsonRead.OptionalStrings(ref reader, path); break;
            }

            path.Pop();
        }

        const string What = "feedback item";
        string validId = JsonRead.Required(id, "id", What);
        CustomerId validCustomer = JsonRead.Required(customer, "customer", What);
        Instant validAt = JsonRead.Required(at, "at", What);
        FeedbackInstrument validInstrument = JsonRead.Required(instrument, "instrument", What);
        int validRating = JsonRead.Required(rating, "rating", What);
        return JsonRead.Construct(
            path,
            What,
            () => new Feedback(validId, validCustomer, validAt, validInstrument, validRating, touchpointId, comment, weight, topics),
            FeedbackMembers);
    }

    internal static void WriteFeedback(Utf8JsonWriter writer, Feedback feedback)
    {
        writer.WriteStartObject();
        writer.WriteString("id", feedback.Id);
        writer.WriteString("customer", feedback.Customer.Value);
        writer.WriteString("at", NodaJson.FormatInstant(feedback.At));
        writer.WritePropertyName("instrument");
        WriteInstrument(writer, feedback.Instrument);
        writer.WriteNumber("rating", feedback.Rating);
        if (feedback.TouchpointId is { } touchpointId)
        {
            writer.WriteString("touchpointId", touchpointId);
        }

        if (feedback.Comment is { } comment)
        {
            writer.WriteString("comment", comment);
        }

        writer.WriteNumber("weight", feedback.Weight);
        if (feedback.Topics.Count > 0)
        {
            writer.WriteStartArray("topics");
            foreach (string topic in feedback.Topics)
            {
                writer.WriteStringValue(topic);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

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
