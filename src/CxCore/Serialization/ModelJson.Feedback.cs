using System.Collections.Generic;
using System.Text.Json;
using System;
using CxCore.Ratings;
using NodaTime;

namespace CxCore.Serialization;

/// <content>Feedback instruments and feedback.</content>
internal static partial class ModelJson
{
    // ---------------------------------------------------------------- feedback instrument

    internal static FeedbackInstrument ReadInstrument(ref Utf8JsonReader reader, ReadPath path)
    {
        JsonRead.StartObject(ref reader, "a feedback instrument");
        RatingMetric? kind = null;
        string? name = null;
        int? min = null;
        int? max = null;
        int seen = 0;
        while (JsonRead.NextProperty(ref reader, path, InstrumentJson, ref seen, out string member))
        {
            switch (member)
            {
                case "kind": kind = EnumJson<RatingMetric>.Read(ref reader); break;
                case "name": name = JsonRead.String(ref reader); break;
                case "min": min = JsonRead.Int32(ref reader); break;
                case "max": max = JsonRead.Int32(ref reader); break;
            }

            path.Pop();
        }

        FeedbackInstrument? standard = JsonRead.Required(kind, "kind", "feedback instrument") switch
        {
            RatingMetric.Nps => FeedbackInstrument.Nps,
            RatingMetric.Csat => FeedbackInstrument.Csat,
            RatingMetric.Ces => FeedbackInstrument.Ces,
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
                $"The {EnumJson<RatingMetric>.Format(standard.Metric)} instrument is always named '{standard.Name}' on the scale {standard.Scale}; use the kind 'custom' for another question.");
        }
    }

    internal static void WriteInstrument(Utf8JsonWriter writer, FeedbackInstrument instrument)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", EnumJson<RatingMetric>.Format(instrument.Metric));
        writer.WriteString("name", instrument.Name);
        writer.WriteNumber("min", instrument.Scale.Minimum);
        writer.WriteNumber("max", instrument.Scale.Maximum);
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
}
