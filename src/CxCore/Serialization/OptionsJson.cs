using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CxCore.Analysis;
using CxCore.Charts;
using CxCore.Journeys;
using CxCore.Ratings;
using CxCore.Service;
using CxCore.Simulation;
using NodaTime;

namespace CxCore.Serialization;

// The JSON forms of options and synthetic data (docs/json.md, "Options and synthetic data"). Options are written with
// every setting; when read, every member is required, so a stored configuration never silently picks up a new default.

internal sealed class TrendOptionsConverter : CxConverter<TrendOptions>
{
    internal static readonly TrendOptionsConverter Instance = new();
    private static readonly string[] Members = ["confidence", "metric"];

    internal override TrendOptions ReadJson(JsonIn json)
    {
        json.Object("trend options", Members, Members);
        return new TrendOptions { Confidence = json["confidence"].Double(), Metric = json["metric"].IsNull ? null : json["metric"].Enum<RatingMetric>() };
    }

    internal override void WriteJson(Utf8JsonWriter writer, TrendOptions value)
    {
        writer.WriteStartObject();
        writer.Number("confidence", value.Confidence);
        if (value.Metric is { } metric)
        {
            writer.Enum("metric", metric);
        }
        else
        {
            writer.WriteNull("metric");
        }

        writer.WriteEndObject();
    }
}

internal sealed class KeyDriverOptionsConverter : CxConverter<KeyDriverOptions>
{
    internal static readonly KeyDriverOptionsConverter Instance = new();
    private static readonly string[] Members = ["bootstrapSamples", "seed", "confidence", "missingValues"];

    internal override KeyDriverOptions ReadJson(JsonIn json)
    {
        json.Object("key-driver options", Members, Members);
        return new KeyDriverOptions
        {
            BootstrapSamples = json["bootstrapSamples"].Int32(),
            Seed = json["seed"].Int32(),
            Confidence = json["confidence"].Double(),
            MissingValues = json["missingValues"].Enum<MissingValueRule>(),
        };
    }

    internal override void WriteJson(Utf8JsonWriter writer, KeyDriverOptions value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("bootstrapSamples", value.BootstrapSamples);
        writer.WriteNumber("seed", value.Seed);
        writer.Number("confidence", value.Confidence);
        writer.Enum("missingValues", value.MissingValues);
        writer.WriteEndObject();
    }
}

internal sealed class ChartOptionsConverter : CxConverter<ChartOptions>
{
    internal static readonly ChartOptionsConverter Instance = new();
    private static readonly string[] Members = ["title", "width", "height", "xTitle", "yTitle", "valueMin", "valueMax"];

    internal override ChartOptions ReadJson(JsonIn json)
    {
        json.Object("chart options", Members, Members);
        return new ChartOptions
        {
            Title = json["title"].String(),
            Width = json["width"].Int32(),
            Height = json["height"].Int32(),
            XTitle = json["xTitle"].OptionalString(),
            YTitle = json["yTitle"].OptionalString(),
            ValueMin = json["valueMin"].IsNull ? null : json["valueMin"].Double(),
            ValueMax = json["valueMax"].IsNull ? null : json["valueMax"].Double(),
        };
    }

    internal override void WriteJson(Utf8JsonWriter writer, ChartOptions value)
    {
        writer.WriteStartObject();
        writer.WriteString("title", value.Title);
        writer.WriteNumber("width", value.Width);
        writer.WriteNumber("height", value.Height);
        writer.OptionalString("xTitle", value.XTitle);
        writer.OptionalString("yTitle", value.YTitle);
        OptionsJson.OptionalNumber(writer, "valueMin", value.ValueMin);
        OptionsJson.OptionalNumber(writer, "valueMax", value.ValueMax);
        writer.WriteEndObject();
    }
}

internal sealed class JourneyBuilderOptionsConverter : CxConverter<JourneyBuilderOptions>
{
    internal static readonly JourneyBuilderOptionsConverter Instance = new();
    private static readonly string[] Members = ["inactivityGap", "collapseRepeats"];

    internal override JourneyBuilderOptions ReadJson(JsonIn json)
    {
        json.Object("journey builder options", Members, Members);
        return new JourneyBuilderOptions { InactivityGap = OptionsJson.Duration(json["inactivityGap"]), CollapseRepeats = json["collapseRepeats"].Boolean() };
    }

    internal override void WriteJson(Utf8JsonWriter writer, JourneyBuilderOptions value)
    {
        writer.WriteStartObject();
        writer.Duration("inactivityGap", value.InactivityGap);
        writer.WriteBoolean("collapseRepeats", value.CollapseRepeats);
        writer.WriteEndObject();
    }
}

internal sealed class JourneyScoringOptionsConverter : CxConverter<JourneyScoringOptions>
{
    internal static readonly JourneyScoringOptionsConverter Instance = new();
    private static readonly string[] Members =
    [
        "succeededSignal", "failedSignal", "abandonedSignal", "unknownSignal", "repeatContactPenalty", "repeatWindow", "channelSwitchPenalty",
        "serviceEpisodeGap", "longWaitPenalty", "expectedWait", "stallPenalty", "stallThreshold", "stageWeights", "defaultStageWeight",
        "channelWeights", "defaultChannelWeight", "recencyHalfLife",
    ];

    internal override JourneyScoringOptions ReadJson(JsonIn json)
    {
        json.Object("journey scoring options", Members, Members);
        var options = new JourneyScoringOptions
        {
            SucceededSignal = json["succeededSignal"].Double(),
            FailedSignal = json["failedSignal"].Double(),
            AbandonedSignal = json["abandonedSignal"].Double(),
            UnknownSignal = json["unknownSignal"].Double(),
            RepeatContactPenalty = json["repeatContactPenalty"].Double(),
            RepeatWindow = OptionsJson.Duration(json["repeatWindow"]),
            ChannelSwitchPenalty = json["channelSwitchPenalty"].Double(),
            ServiceEpisodeGap = OptionsJson.Duration(json["serviceEpisodeGap"]),
            LongWaitPenalty = json["longWaitPenalty"].Double(),
            ExpectedWait = OptionsJson.Duration(json["expectedWait"]),
            StallPenalty = json["stallPenalty"].Double(),
            StallThreshold = OptionsJson.Duration(json["stallThreshold"]),
            DefaultStageWeight = json["defaultStageWeight"].Double(),
            DefaultChannelWeight = json["defaultChannelWeight"].Double(),
            RecencyHalfLife = json["recencyHalfLife"].OptionalDuration(),
        };
        options.StageWeights.Clear();
        foreach ((string name, JsonIn weight) in json["stageWeights"].Members("the stage weights"))
        {
            options.StageWeights.Add(name, weight.Double());
        }

        options.ChannelWeights.Clear();
        foreach ((string name, JsonIn weight) in json["channelWeights"].Members("the channel weights"))
        {
            options.ChannelWeights.Add(json.Construct("channel", () => Channel.From(name)), weight.Double());
        }

        return options;
    }

    internal override void WriteJson(Utf8JsonWriter writer, JourneyScoringOptions value)
    {
        writer.WriteStartObject();
        writer.Number("succeededSignal", value.SucceededSignal);
        writer.Number("failedSignal", value.FailedSignal);
        writer.Number("abandonedSignal", value.AbandonedSignal);
        writer.Number("unknownSignal", value.UnknownSignal);
        writer.Number("repeatContactPenalty", value.RepeatContactPenalty);
        writer.Duration("repeatWindow", value.RepeatWindow);
        writer.Number("channelSwitchPenalty", value.ChannelSwitchPenalty);
        writer.Duration("serviceEpisodeGap", value.ServiceEpisodeGap);
        writer.Number("longWaitPenalty", value.LongWaitPenalty);
        writer.Duration("expectedWait", value.ExpectedWait);
        writer.Number("stallPenalty", value.StallPenalty);
        writer.Duration("stallThreshold", value.StallThreshold);
        OptionsJson.Map(writer, "stageWeights", value.StageWeights.Select(p => (p.Key, p.Value)));
        writer.Number("defaultStageWeight", value.DefaultStageWeight);
        OptionsJson.Map(writer, "channelWeights", value.ChannelWeights.Select(p => (p.Key.Name, p.Value)));
        writer.Number("defaultChannelWeight", value.DefaultChannelWeight);
        writer.Duration("recencyHalfLife", value.RecencyHalfLife);
        writer.WriteEndObject();
    }
}

internal sealed class BusinessCalendarOptionsConverter : CxConverter<BusinessCalendarOptions>
{
    internal static readonly BusinessCalendarOptionsConverter Instance = new();
    private static readonly string[] Members = ["timeZone", "hours", "holidays"];

    internal override BusinessCalendarOptions ReadJson(JsonIn json)
    {
        json.Object("business calendar options", Members, Members);
        var options = new BusinessCalendarOptions { TimeZone = json["timeZone"].Zone() };
        foreach (JsonIn hours in json["hours"].Items("the hours"))
        {
            options.Hours.Add(BusinessHoursConverter.Instance.ReadJson(hours));
        }

        foreach (JsonIn holiday in json["holidays"].Items("the holidays"))
        {
            options.Holidays.Add(holiday.LocalDate());
        }

        return options;
    }

    internal override void WriteJson(Utf8JsonWriter writer, BusinessCalendarOptions value)
    {
        writer.WriteStartObject();
        writer.WriteString("timeZone", value.TimeZone.Id);
        writer.List("hours", value.Hours, BusinessHoursConverter.Instance);
        writer.WriteStartArray("holidays");
        foreach (LocalDate holiday in value.Holidays.Order())
        {
            writer.WriteStringValue(NodaJson.FormatLocalDate(holiday));
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

internal sealed class SyntheticSegmentConverter : CxConverter<SyntheticSegment>
{
    internal static readonly SyntheticSegmentConverter Instance = new();
    private static readonly string[] Members = ["name", "weight", "satisfactionShift"];

    internal override SyntheticSegment ReadJson(JsonIn json)
    {
        json.Object("a synthetic segment", Members, Members);
        string name = json["name"].String();
        double weight = json["weight"].Double(), shift = json["satisfactionShift"].Double();
        return json.Construct("synthetic segment", () => new SyntheticSegment(name, weight, shift));
    }

    internal override void WriteJson(Utf8JsonWriter writer, SyntheticSegment value)
    {
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        writer.Number("weight", value.Weight);
        writer.Number("satisfactionShift", value.SatisfactionShift);
        writer.WriteEndObject();
    }
}

internal sealed class SyntheticCxOptionsConverter : CxConverter<SyntheticCxOptions>
{
    internal static readonly SyntheticCxOptionsConverter Instance = new();
    private static readonly string[] Members =
    [
        "seed", "customers", "start", "span", "plans", "regions", "tiers", "timeZoneIds", "baselineSatisfaction", "satisfactionStandardDeviation",
        "touchpointsPerCustomer", "surveyResponseRate", "transactionalSurveyRate", "stalledServiceCaseShare", "successEffect", "failureEffect",
        "abandonEffect", "repeatContactEffect", "longWaitEffect", "longWait", "departmentFailureRates", "channelEffects",
    ];

    internal override SyntheticCxOptions ReadJson(JsonIn json)
    {
        json.Object("synthetic data options", Members, Members);
        var timeZoneIds = new List<string>();
        foreach (JsonIn id in json["timeZoneIds"].Items("the time zone ids"))
        {
            timeZoneIds.Add(id.String());
        }

        var failures = new Dictionary<Department, double>();
        foreach ((string name, JsonIn rate) in json["departmentFailureRates"].Members("the department failure rates"))
        {
            failures.Add(json.Construct("department", () => Department.From(name)), rate.Double());
        }

        var effects = new Dictionary<Channel, double>();
        foreach ((string name, JsonIn effect) in json["channelEffects"].Members("the channel effects"))
        {
            effects.Add(json.Construct("channel", () => Channel.From(name)), effect.Double());
        }

        return new SyntheticCxOptions
        {
            Seed = json["seed"].Int32(),
            Customers = json["customers"].Int32(),
            Start = json["start"].Instant(),
            Span = OptionsJson.Duration(json["span"]),
            Plans = [.. JourneyMapConverter.ReadList(json["plans"], SyntheticSegmentConverter.Instance, "the plans")],
            Regions = [.. JourneyMapConverter.ReadList(json["regions"], SyntheticSegmentConverter.Instance, "the regions")],
            Tiers = [.. JourneyMapConverter.ReadList(json["tiers"], SyntheticSegmentConverter.Instance, "the tiers")],
            TimeZoneIds = timeZoneIds,
            BaselineSatisfaction = json["baselineSatisfaction"].Double(),
            SatisfactionStandardDeviation = json["satisfactionStandardDeviation"].Double(),
            TouchpointsPerCustomer = json["touchpointsPerCustomer"].Double(),
            SurveyResponseRate = json["surveyResponseRate"].Double(),
            TransactionalSurveyRate = json["transactionalSurveyRate"].Double(),
            StalledServiceCaseShare = json["stalledServiceCaseShare"].Double(),
            SuccessEffect = json["successEffect"].Double(),
            FailureEffect = json["failureEffect"].Double(),
            AbandonEffect = json["abandonEffect"].Double(),
            RepeatContactEffect = json["repeatContactEffect"].Double(),
            LongWaitEffect = json["longWaitEffect"].Double(),
            LongWait = OptionsJson.Duration(json["longWait"]),
            DepartmentFailureRates = failures,
            ChannelEffects = effects,
        };
    }

    internal override void WriteJson(Utf8JsonWriter writer, SyntheticCxOptions value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("seed", value.Seed);
        writer.WriteNumber("customers", value.Customers);
        writer.Instant("start", value.Start);
        writer.Duration("span", value.Span);
        writer.List("plans", value.Plans, SyntheticSegmentConverter.Instance);
        writer.List("regions", value.Regions, SyntheticSegmentConverter.Instance);
        writer.List("tiers", value.Tiers, SyntheticSegmentConverter.Instance);
        writer.WriteStartArray("timeZoneIds");
        foreach (string id in value.TimeZoneIds)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
        writer.Number("baselineSatisfaction", value.BaselineSatisfaction);
        writer.Number("satisfactionStandardDeviation", value.SatisfactionStandardDeviation);
        writer.Number("touchpointsPerCustomer", value.TouchpointsPerCustomer);
        writer.Number("surveyResponseRate", value.SurveyResponseRate);
        writer.Number("transactionalSurveyRate", value.TransactionalSurveyRate);
        writer.Number("stalledServiceCaseShare", value.StalledServiceCaseShare);
        writer.Number("successEffect", value.SuccessEffect);
        writer.Number("failureEffect", value.FailureEffect);
        writer.Number("abandonEffect", value.AbandonEffect);
        writer.Number("repeatContactEffect", value.RepeatContactEffect);
        writer.Number("longWaitEffect", value.LongWaitEffect);
        writer.Duration("longWait", value.LongWait);
        OptionsJson.Map(writer, "departmentFailureRates", value.DepartmentFailureRates.Select(p => (p.Key.Name, p.Value)));
        OptionsJson.Map(writer, "channelEffects", value.ChannelEffects.Select(p => (p.Key.Name, p.Value)));
        writer.WriteEndObject();
    }
}

/// <summary>The simulation's true parameters; customer, channel and department maps are keyed by id or name.</summary>
internal sealed class GroundTruthConverter : CxConverter<GroundTruth>
{
    internal static readonly GroundTruthConverter Instance = new();
    private static readonly string[] Members =
    [
        "initialSatisfaction", "satisfaction", "channelEffects", "channelAbandonRates", "departmentFailureRates", "successEffect", "failureEffect",
        "abandonEffect", "repeatContactEffect", "longWaitEffect", "longWait",
    ];

    internal override GroundTruth ReadJson(JsonIn json)
    {
        json.Object("a ground truth", Members, Members);
        return new GroundTruth(
            Read(json["initialSatisfaction"], name => CustomerId.From(name)),
            Read(json["satisfaction"], name => CustomerId.From(name)),
            Read(json["channelEffects"], Channel.From),
            Read(json["channelAbandonRates"], Channel.From),
            Read(json["departmentFailureRates"], Department.From),
            json["successEffect"].Double(), json["failureEffect"].Double(), json["abandonEffect"].Double(),
            json["repeatContactEffect"].Double(), json["longWaitEffect"].Double(), OptionsJson.Duration(json["longWait"]));
    }

    private static Dictionary<TKey, double> Read<TKey>(JsonIn json, Func<string, TKey> key)
        where TKey : notnull
    {
        var map = new Dictionary<TKey, double>();
        foreach ((string name, JsonIn value) in json.Members("a map"))
        {
            if (!map.TryAdd(json.Construct("key", () => key(name)), value.Double()))
            {
                throw json.Fail($"The key '{name}' occurs twice.");
            }
        }

        return map;
    }

    internal override void WriteJson(Utf8JsonWriter writer, GroundTruth value)
    {
        writer.WriteStartObject();
        OptionsJson.Map(writer, "initialSatisfaction", value.InitialSatisfaction.Select(p => (p.Key.Value, p.Value)));
        OptionsJson.Map(writer, "satisfaction", value.Satisfaction.Select(p => (p.Key.Value, p.Value)));
        OptionsJson.Map(writer, "channelEffects", value.ChannelEffects.Select(p => (p.Key.Name, p.Value)));
        OptionsJson.Map(writer, "channelAbandonRates", value.ChannelAbandonRates.Select(p => (p.Key.Name, p.Value)));
        OptionsJson.Map(writer, "departmentFailureRates", value.DepartmentFailureRates.Select(p => (p.Key.Name, p.Value)));
        writer.Number("successEffect", value.SuccessEffect);
        writer.Number("failureEffect", value.FailureEffect);
        writer.Number("abandonEffect", value.AbandonEffect);
        writer.Number("repeatContactEffect", value.RepeatContactEffect);
        writer.Number("longWaitEffect", value.LongWaitEffect);
        writer.Duration("longWait", value.LongWait);
        writer.WriteEndObject();
    }
}

internal sealed class SyntheticCxDataConverter : CxConverter<SyntheticCxData>
{
    internal static readonly SyntheticCxDataConverter Instance = new();
    private static readonly string[] Members = ["start", "end", "customers", "touchpoints", "feedback", "serviceCases", "journeys", "groundTruth"];

    internal override SyntheticCxData ReadJson(JsonIn json)
    {
        json.Object("synthetic data", Members, Members);
        return new SyntheticCxData(
            json["start"].Instant(), json["end"].Instant(),
            OptionsJson.Models(json["customers"], ModelJson.ReadCustomer), OptionsJson.Models(json["touchpoints"], ModelJson.ReadTouchpoint),
            OptionsJson.Models(json["feedback"], ModelJson.ReadFeedback), OptionsJson.Models(json["serviceCases"], ModelJson.ReadServiceCase),
            OptionsJson.Models(json["journeys"], ModelJson.ReadJourney), GroundTruthConverter.Instance.ReadJson(json["groundTruth"]));
    }

    internal override void WriteJson(Utf8JsonWriter writer, SyntheticCxData value)
    {
        writer.WriteStartObject();
        writer.Instant("start", value.Start);
        writer.Instant("end", value.End);
        OptionsJson.Models(writer, "customers", value.Customers, ModelJson.WriteCustomer);
        OptionsJson.Models(writer, "touchpoints", value.Touchpoints, ModelJson.WriteTouchpoint);
        OptionsJson.Models(writer, "feedback", value.Feedback, ModelJson.WriteFeedback);
        OptionsJson.Models(writer, "serviceCases", value.ServiceCases, ModelJson.WriteServiceCase);
        OptionsJson.Models(writer, "journeys", value.Journeys, ModelJson.WriteJourney);
        writer.Value("groundTruth", value.GroundTruth, GroundTruthConverter.Instance);
        writer.WriteEndObject();
    }
}

internal static class OptionsJson
{
    internal static Duration Duration(JsonIn json) => json.OptionalDuration() ?? throw json.Fail("Expected a duration, but found null.");

    internal static void OptionalNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number && !double.IsNaN(number))
        {
            writer.Number(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes an object of numbers keyed by name, sorted ordinally so that equal maps give equal text.</summary>
    internal static void Map(Utf8JsonWriter writer, string name, IEnumerable<(string Key, double Value)> pairs)
    {
        writer.WriteStartObject(name);
        foreach ((string key, double value) in pairs.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Number(key, value);
        }

        writer.WriteEndObject();
    }

    internal static IReadOnlyList<T> Models<T>(JsonIn json, ReadFunc<T> read)
    {
        var items = new List<T>();
        foreach (JsonIn item in json.Items("a list"))
        {
            items.Add(item.Model(read));
        }

        return items.AsReadOnly();
    }

    internal static void Models<T>(Utf8JsonWriter writer, string name, IEnumerable<T> values, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray(name);
        foreach (T value in values)
        {
            write(writer, value);
        }

        writer.WriteEndArray();
    }
}
