using System;
using System.Collections.Generic;
using System.Text.Json;
using CxCore.Journeys;
using NodaTime;

namespace CxCore.Serialization;

// The JSON forms of paths, funnels, attribution, journey building and journey scores (docs/json.md, "Results").

internal sealed class ChannelCreditConverter : CxConverter<ChannelCredit>
{
    internal static readonly ChannelCreditConverter Instance = new();
    private static readonly string[] Members = ["channel", "conversions", "share", "removalEffect"];

    internal override ChannelCredit ReadJson(JsonIn json)
    {
        json.Object("a channel credit", Members, Members);
        return new ChannelCredit(json["channel"].String(), json["conversions"].Double(), json["share"].Double(), json["removalEffect"].Double());
    }

    internal override void WriteJson(Utf8JsonWriter writer, ChannelCredit value)
    {
        writer.WriteStartObject();
        writer.WriteString("channel", value.Channel);
        writer.Number("conversions", value.Conversions);
        writer.Number("share", value.Share);
        writer.Number("removalEffect", value.RemovalEffect);
        writer.WriteEndObject();
    }
}

internal sealed class AttributionResultConverter : CxConverter<AttributionResult>
{
    internal static readonly AttributionResultConverter Instance = new();
    private static readonly string[] Members = ["model", "isMarkov", "totalConversions", "conversionProbability", "channels"];

    internal override AttributionResult ReadJson(JsonIn json)
    {
        json.Object("an attribution result", Members, Members);
        IReadOnlyList<ChannelCredit> channels = JourneyMapConverter.ReadList(json["channels"], ChannelCreditConverter.Instance, "the channels");
        ChannelCredit[] array = [.. channels];
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (ChannelCredit credit in array)
        {
            if (!names.Add(credit.Channel))
            {
                throw json["channels"].Fail($"The channel '{credit.Channel}' occurs twice.");
            }
        }

        return new AttributionResult(json["model"].String(), array, json["totalConversions"].Int64(), json["conversionProbability"].Double(), json["isMarkov"].Boolean());
    }

    internal override void WriteJson(Utf8JsonWriter writer, AttributionResult value)
    {
        writer.WriteStartObject();
        writer.WriteString("model", value.Model);
        writer.WriteBoolean("isMarkov", value.IsMarkov);
        writer.WriteNumber("totalConversions", value.TotalConversions);
        writer.Number("conversionProbability", value.ConversionProbability);
        writer.List("channels", value.Channels, ChannelCreditConverter.Instance);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"steps":["Search","Email"],"stepTimes":["…Z","…Z"],"conversions":3,"nonConversions":5}</c>; <c>stepTimes</c> only when the path has them.</summary>
internal sealed class ConversionPathConverter : CxConverter<ConversionPath>
{
    internal static readonly ConversionPathConverter Instance = new();
    private static readonly string[] Members = ["steps", "stepTimes", "conversions", "nonConversions"];
    private static readonly string[] Required = ["steps", "conversions", "nonConversions"];

    internal override ConversionPath ReadJson(JsonIn json)
    {
        json.Object("a conversion path", Members, Required);
        var steps = new List<string>();
        foreach (JsonIn step in json["steps"].Items("the steps"))
        {
            steps.Add(step.String());
        }

        long conversions = json["conversions"].Int64(), nonConversions = json["nonConversions"].Int64();
        if (!json.Has("stepTimes"))
        {
            return json.Construct("conversion path", () => ConversionPath.FromCounts(steps, conversions, nonConversions));
        }

        var times = new List<Instant>();
        foreach (JsonIn time in json["stepTimes"].Items("the step times"))
        {
            times.Add(time.Instant());
        }

        return json.Construct("conversion path", () => ConversionPath.FromCounts(steps, times, conversions, nonConversions));
    }

    internal override void WriteJson(Utf8JsonWriter writer, ConversionPath value)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("steps");
        foreach (string step in value.Steps)
        {
            writer.WriteStringValue(step);
        }

        writer.WriteEndArray();
        if (value.StepTimes is { } times)
        {
            writer.WriteStartArray("stepTimes");
            foreach (Instant time in times)
            {
                writer.WriteStringValue(NodaJson.FormatInstant(time));
            }

            writer.WriteEndArray();
        }

        writer.WriteNumber("conversions", value.Conversions);
        writer.WriteNumber("nonConversions", value.NonConversions);
        writer.WriteEndObject();
    }
}

/// <summary>A JSON array of conversion paths.</summary>
internal sealed class PathCollectionConverter : CxConverter<PathCollection>
{
    internal static readonly PathCollectionConverter Instance = new();

    internal override PathCollection ReadJson(JsonIn json) =>
        json.Construct("path collection", () => PathCollection.From(JourneyMapConverter.ReadList(json, ConversionPathConverter.Instance, "the paths")));

    internal override void WriteJson(Utf8JsonWriter writer, PathCollection value)
    {
        writer.WriteStartArray();
        foreach (ConversionPath path in value)
        {
            ConversionPathConverter.Instance.WriteJson(writer, path);
        }

        writer.WriteEndArray();
    }
}

internal sealed class FunnelStepConverter : CxConverter<FunnelStep>
{
    internal static readonly FunnelStepConverter Instance = new();
    private static readonly string[] Members = ["index", "stage", "entered", "reached", "dropOff", "share"];

    internal override FunnelStep ReadJson(JsonIn json)
    {
        json.Object("a funnel step", Members, Members);
        return new FunnelStep(json["index"].Int32(), json["stage"].String(), json["entered"].Int64(), json["reached"].Int64(), json["dropOff"].Int64(), json["share"].Double());
    }

    internal override void WriteJson(Utf8JsonWriter writer, FunnelStep value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("index", value.Index);
        writer.WriteString("stage", value.Stage);
        writer.WriteNumber("entered", value.Entered);
        writer.WriteNumber("reached", value.Reached);
        writer.WriteNumber("dropOff", value.DropOff);
        writer.Number("share", value.Share);
        writer.WriteEndObject();
    }
}

internal sealed class FunnelConverter : CxConverter<Funnel>
{
    internal static readonly FunnelConverter Instance = new();
    private static readonly string[] Members = ["kind", "entered", "steps"];

    internal override Funnel ReadJson(JsonIn json)
    {
        json.Object("a funnel", Members, Members);
        IReadOnlyList<FunnelStep> steps = JourneyMapConverter.ReadList(json["steps"], FunnelStepConverter.Instance, "the steps");
        FunnelStep[] array = [.. steps];
        return new Funnel(json["kind"].Enum<FunnelKind>(), array, json["entered"].Int64());
    }

    internal override void WriteJson(Utf8JsonWriter writer, Funnel value)
    {
        writer.WriteStartObject();
        writer.Enum("kind", value.Kind);
        writer.WriteNumber("entered", value.Entered);
        writer.List("steps", value.Steps, FunnelStepConverter.Instance);
        writer.WriteEndObject();
    }
}

/// <summary>
/// <c>{"stepNames":["Email","Search"],"journeysAt":[8,5],"counts":{"Email":[3,1],"Search":[5,4]}}</c>: for each step
/// name, the number of journeys with that step at each index.
/// </summary>
internal sealed class StepMatrixConverter : CxConverter<StepMatrix>
{
    internal static readonly StepMatrixConverter Instance = new();
    private static readonly string[] Members = ["stepNames", "journeysAt", "counts"];

    internal override StepMatrix ReadJson(JsonIn json)
    {
        json.Object("a step matrix", Members, Members);
        var names = new List<string>();
        foreach (JsonIn name in json["stepNames"].Items("the step names"))
        {
            names.Add(name.String());
        }

        var reaching = new List<long>();
        foreach (JsonIn count in json["journeysAt"].Items("the journeys at each index"))
        {
            reaching.Add(count.Int64());
        }

        long[] counts = new long[names.Count * reaching.Count];
        List<(string Name, JsonIn Value)> rows = json["counts"].Members("the counts");
        if (rows.Count != names.Count)
        {
            throw json["counts"].Fail($"'counts' has {rows.Count} rows; there are {names.Count} step names.");
        }

        foreach ((string name, JsonIn row) in rows)
        {
            int id = names.IndexOf(name);
            List<JsonIn> cells = row.Items("a step's counts");
            if (id < 0 || cells.Count != reaching.Count)
            {
                throw row.Fail($"'{name}' must be a step name with one count per index ({reaching.Count}).");
            }

            for (int index = 0; index < cells.Count; index++)
            {
                counts[(index * names.Count) + id] = cells[index].Int64();
            }
        }

        return new StepMatrix([.. names], counts, [.. reaching]);
    }

    internal override void WriteJson(Utf8JsonWriter writer, StepMatrix value)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("stepNames");
        foreach (string name in value.StepNames)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("journeysAt");
        for (int index = 0; index < value.Length; index++)
        {
            writer.WriteNumberValue(value.JourneysAt(index));
        }

        writer.WriteEndArray();
        writer.WriteStartObject("counts");
        foreach (string name in value.StepNames)
        {
            writer.WriteStartArray(name);
            for (int index = 0; index < value.Length; index++)
            {
                writer.WriteNumberValue(value.Count(name, index));
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}

/// <summary><c>{"kind":"duplicateTouchpoint","customer":"C-1","itemId":"t9","detail":"…","touchpoint":{…}}</c>; the offending item as <c>touchpoint</c> or <c>feedback</c> when there is one.</summary>
internal sealed class JourneyBuildIssueConverter : CxConverter<JourneyBuildIssue>
{
    internal static readonly JourneyBuildIssueConverter Instance = new();
    private static readonly string[] Members = ["kind", "customer", "itemId", "detail", "touchpoint", "feedback"];
    private static readonly string[] Required = ["kind", "customer", "itemId", "detail"];

    internal override JourneyBuildIssue ReadJson(JsonIn json)
    {
        json.Object("a journey build issue", Members, Required);
        return new JourneyBuildIssue(
            json["kind"].Enum<JourneyBuildIssueKind>(),
            ModelJsonValues.CustomerId(json["customer"]),
            json["itemId"].String(),
            json["detail"].String(),
            json.Has("touchpoint") ? json["touchpoint"].Model(ModelJson.ReadTouchpoint) : null,
            json.Has("feedback") ? json["feedback"].Model(ModelJson.ReadFeedback) : null);
    }

    internal override void WriteJson(Utf8JsonWriter writer, JourneyBuildIssue value)
    {
        writer.WriteStartObject();
        writer.Enum("kind", value.Kind);
        writer.WriteString("customer", value.Customer.Value);
        writer.WriteString("itemId", value.ItemId);
        writer.WriteString("detail", value.Detail);
        if (value.Touchpoint is { } touchpoint)
        {
            writer.WritePropertyName("touchpoint");
            ModelJson.WriteTouchpoint(writer, touchpoint);
        }

        if (value.Feedback is { } feedback)
        {
            writer.WritePropertyName("feedback");
            ModelJson.WriteFeedback(writer, feedback);
        }

        writer.WriteEndObject();
    }
}

internal sealed class JourneyBuildResultConverter : CxConverter<JourneyBuildResult>
{
    internal static readonly JourneyBuildResultConverter Instance = new();
    private static readonly string[] Members = ["journeys", "issues", "collapsedTouchpoints"];

    internal override JourneyBuildResult ReadJson(JsonIn json)
    {
        json.Object("a journey build result", Members, Members);
        var journeys = new List<Journey>();
        foreach (JsonIn journey in json["journeys"].Items("the journeys"))
        {
            journeys.Add(journey.Model(ModelJson.ReadJourney));
        }

        return new JourneyBuildResult(
            journeys.AsReadOnly(),
            JourneyMapConverter.ReadList(json["issues"], JourneyBuildIssueConverter.Instance, "the issues"),
            json["collapsedTouchpoints"].Int32());
    }

    internal override void WriteJson(Utf8JsonWriter writer, JourneyBuildResult value)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("journeys");
        foreach (Journey journey in value.Journeys)
        {
            ModelJson.WriteJourney(writer, journey);
        }

        writer.WriteEndArray();
        writer.List("issues", value.Issues, JourneyBuildIssueConverter.Instance);
        writer.WriteNumber("collapsedTouchpoints", value.CollapsedTouchpoints);
        writer.WriteEndObject();
    }
}

internal sealed class TouchpointContributionConverter : CxConverter<TouchpointContribution>
{
    internal static readonly TouchpointContributionConverter Instance = new();
    private static readonly string[] Members = ["touchpoint", "baseSignal", "signal", "weight", "contribution"];

    internal override TouchpointContribution ReadJson(JsonIn json)
    {
        json.Object("a touchpoint contribution", Members, Members);
        return new TouchpointContribution(
            json["touchpoint"].Model(ModelJson.ReadTouchpoint), json["baseSignal"].Double(), json["signal"].Double(),
            json["weight"].Double(), json["contribution"].Double());
    }

    internal override void WriteJson(Utf8JsonWriter writer, TouchpointContribution value)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("touchpoint");
        ModelJson.WriteTouchpoint(writer, value.Touchpoint);
        writer.Number("baseSignal", value.BaseSignal);
        writer.Number("signal", value.Signal);
        writer.Number("weight", value.Weight);
        writer.Number("contribution", value.Contribution);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"journey":{…},"value":12.5,"contributions":[…],"painPoints":[…]}</c>; <c>value</c> is <c>null</c> for an empty score.</summary>
internal sealed class JourneyScoreConverter : CxConverter<JourneyScore>
{
    internal static readonly JourneyScoreConverter Instance = new();
    private static readonly string[] Members = ["journey", "value", "contributions", "painPoints"];

    internal override JourneyScore ReadJson(JsonIn json)
    {
        json.Object("a journey score", Members, Members);
        return new JourneyScore(
            json["journey"].Model(ModelJson.ReadJourney), json["value"].Double(),
            JourneyMapConverter.ReadList(json["contributions"], TouchpointContributionConverter.Instance, "the contributions"),
            JourneyMapConverter.ReadList(json["painPoints"], PainPointConverter.Instance, "the pain points"));
    }

    internal override void WriteJson(Utf8JsonWriter writer, JourneyScore value)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("journey");
        ModelJson.WriteJourney(writer, value.Journey);
        writer.Number("value", value.Value);
        writer.List("contributions", value.Contributions, TouchpointContributionConverter.Instance);
        writer.List("painPoints", value.PainPoints, PainPointConverter.Instance);
        writer.WriteEndObject();
    }
}
