using System.Text.Json;
using CxCore.Analysis;
using CxCore.Ratings;

namespace CxCore.Serialization;

// The JSON forms of key drivers, segment comparisons and topic impact (docs/json.md, "Results").

internal sealed class DriverImportanceConverter : CxConverter<DriverImportance>
{
    internal static readonly DriverImportanceConverter Instance = new();
    private static readonly string[] Members =
        ["name", "correlation", "standardizedBeta", "relativeWeight", "relativeWeightPercent", "relativeWeightInterval", "shapley", "shapleyPercent"];

    internal override DriverImportance ReadJson(JsonIn json)
    {
        json.Object("a driver", Members, Members);
        return new DriverImportance(
            json["name"].String(), json["correlation"].Double(), json["standardizedBeta"].Double(), json["relativeWeight"].Double(),
            ConfidenceIntervalConverter.Instance.ReadJson(json["relativeWeightInterval"]), json["shapley"].Double(),
            json["relativeWeightPercent"].Double(), json["shapleyPercent"].Double());
    }

    internal override void WriteJson(Utf8JsonWriter writer, DriverImportance value)
    {
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        writer.Number("correlation", value.Correlation);
        writer.Number("standardizedBeta", value.StandardizedBeta);
        writer.Number("relativeWeight", value.RelativeWeight);
        writer.Number("relativeWeightPercent", value.RelativeWeightPercent);
        writer.Value("relativeWeightInterval", value.RelativeWeightInterval, ConfidenceIntervalConverter.Instance);
        writer.Number("shapley", value.Shapley);
        writer.Number("shapleyPercent", value.ShapleyPercent);
        writer.WriteEndObject();
    }
}

internal sealed class KeyDriverResultConverter : CxConverter<KeyDriverResult>
{
    internal static readonly KeyDriverResultConverter Instance = new();
    private static readonly string[] Members = ["count", "droppedRows", "rSquared", "confidence", "bootstrapSamples", "bootstrapFailures", "drivers"];

    internal override KeyDriverResult ReadJson(JsonIn json)
    {
        json.Object("a key-driver result", Members, Members);
        return new KeyDriverResult(
            json["count"].Int32(), json["droppedRows"].Int32(), json["rSquared"].Double(),
            JourneyMapConverter.ReadList(json["drivers"], DriverImportanceConverter.Instance, "the drivers"),
            json["bootstrapSamples"].Int32(), json["bootstrapFailures"].Int32(), json["confidence"].Double());
    }

    internal override void WriteJson(Utf8JsonWriter writer, KeyDriverResult value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("count", value.Count);
        writer.WriteNumber("droppedRows", value.DroppedRows);
        writer.Number("rSquared", value.RSquared);
        writer.Number("confidence", value.Confidence);
        writer.WriteNumber("bootstrapSamples", value.BootstrapSamples);
        writer.WriteNumber("bootstrapFailures", value.BootstrapFailures);
        writer.List("drivers", value.Drivers, DriverImportanceConverter.Instance);
        writer.WriteEndObject();
    }
}

internal sealed class SegmentScoreConverter : CxConverter<SegmentScore>
{
    internal static readonly SegmentScoreConverter Instance = new();
    private static readonly string[] Members = ["segment", "count", "value", "interval", "isReference", "comparison", "adjustedPValue", "isSignificant"];

    internal override SegmentScore ReadJson(JsonIn json)
    {
        json.Object("a segment score", Members, Members);
        return new SegmentScore(
            json["segment"].String(), json["count"].Int64(), json["value"].Double(),
            ConfidenceIntervalConverter.Instance.ReadJson(json["interval"]), json["isReference"].Boolean(),
            ScoreComparisonConverter.Instance.ReadJson(json["comparison"]), json["adjustedPValue"].Double(), json["isSignificant"].Boolean());
    }

    internal override void WriteJson(Utf8JsonWriter writer, SegmentScore value)
    {
        writer.WriteStartObject();
        writer.WriteString("segment", value.Segment);
        writer.WriteNumber("count", value.Count);
        writer.Number("value", value.Value);
        writer.Value("interval", value.Interval, ConfidenceIntervalConverter.Instance);
        writer.WriteBoolean("isReference", value.IsReference);
        writer.Value("comparison", value.Comparison, ScoreComparisonConverter.Instance);
        writer.Number("adjustedPValue", value.AdjustedPValue);
        writer.WriteBoolean("isSignificant", value.IsSignificant);
        writer.WriteEndObject();
    }
}

internal sealed class SegmentComparisonResultConverter : CxConverter<SegmentComparisonResult>
{
    internal static readonly SegmentComparisonResultConverter Instance = new();
    private static readonly string[] Members = ["metric", "confidence", "reference", "count", "value", "interval", "segments"];

    internal override SegmentComparisonResult ReadJson(JsonIn json)
    {
        json.Object("a segment comparison", Members, Members);
        return new SegmentComparisonResult(
            json["metric"].Enum<RatingMetric>(), json["confidence"].Double(), json["reference"].OptionalString(), json["count"].Int64(),
            json["value"].Double(), ConfidenceIntervalConverter.Instance.ReadJson(json["interval"]),
            JourneyMapConverter.ReadList(json["segments"], SegmentScoreConverter.Instance, "the segments"));
    }

    internal override void WriteJson(Utf8JsonWriter writer, SegmentComparisonResult value)
    {
        writer.WriteStartObject();
        writer.Enum("metric", value.Metric);
        writer.Number("confidence", value.Confidence);
        if (value.Reference is null)
        {
            writer.WriteNull("reference");
        }
        else
        {
            writer.WriteString("reference", value.Reference);
        }

        writer.WriteNumber("count", value.Count);
        writer.Number("value", value.Value);
        writer.Value("interval", value.Interval, ConfidenceIntervalConverter.Instance);
        writer.List("segments", value.Segments, SegmentScoreConverter.Instance);
        writer.WriteEndObject();
    }
}

internal sealed class SegmentPairConverter : CxConverter<SegmentPair>
{
    internal static readonly SegmentPairConverter Instance = new();
    private static readonly string[] Members = ["first", "second", "comparison", "adjustedPValue", "isSignificant"];

    internal override SegmentPair ReadJson(JsonIn json)
    {
        json.Object("a segment pair", Members, Members);
        return new SegmentPair(
            json["first"].String(), json["second"].String(), ScoreComparisonConverter.Instance.ReadJson(json["comparison"]),
            json["adjustedPValue"].Double(), json["isSignificant"].Boolean());
    }

    internal override void WriteJson(Utf8JsonWriter writer, SegmentPair value)
    {
        writer.WriteStartObject();
        writer.WriteString("first", value.First);
        writer.WriteString("second", value.Second);
        writer.Value("comparison", value.Comparison, ScoreComparisonConverter.Instance);
        writer.Number("adjustedPValue", value.AdjustedPValue);
        writer.WriteBoolean("isSignificant", value.IsSignificant);
        writer.WriteEndObject();
    }
}

internal sealed class SegmentPairwiseResultConverter : CxConverter<SegmentPairwiseResult>
{
    internal static readonly SegmentPairwiseResultConverter Instance = new();
    private static readonly string[] Members = ["metric", "confidence", "pairs"];

    internal override SegmentPairwiseResult ReadJson(JsonIn json)
    {
        json.Object("a pairwise segment comparison", Members, Members);
        return new SegmentPairwiseResult(
            json["metric"].Enum<RatingMetric>(), json["confidence"].Double(),
            JourneyMapConverter.ReadList(json["pairs"], SegmentPairConverter.Instance, "the pairs"));
    }

    internal override void WriteJson(Utf8JsonWriter writer, SegmentPairwiseResult value)
    {
        writer.WriteStartObject();
        writer.Enum("metric", value.Metric);
        writer.Number("confidence", value.Confidence);
        writer.List("pairs", value.Pairs, SegmentPairConverter.Instance);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"topic":"billing","withTopic":{NPS},"withoutTopic":{NPS},"comparison":{…}}</c>; the overall NPS is their sum.</summary>
internal sealed class TopicImpactConverter : CxConverter<TopicImpact>
{
    internal static readonly TopicImpactConverter Instance = new();
    private static readonly string[] Members = ["topic", "withTopic", "withoutTopic", "comparison"];

    internal override TopicImpact ReadJson(JsonIn json)
    {
        json.Object("a topic impact", Members, Members);
        return new TopicImpact(
            json["topic"].String(), NetPromoterScoreConverter.Instance.ReadJson(json["withTopic"]),
            NetPromoterScoreConverter.Instance.ReadJson(json["withoutTopic"]), ScoreComparisonConverter.Instance.ReadJson(json["comparison"]));
    }

    internal override void WriteJson(Utf8JsonWriter writer, TopicImpact value)
    {
        writer.WriteStartObject();
        writer.WriteString("topic", value.Topic);
        writer.Value("withTopic", value.WithTopic, NetPromoterScoreConverter.Instance);
        writer.Value("withoutTopic", value.WithoutTopic, NetPromoterScoreConverter.Instance);
        writer.Value("comparison", value.Comparison, ScoreComparisonConverter.Instance);
        writer.WriteEndObject();
    }
}

internal sealed class TopicImpactResultConverter : CxConverter<TopicImpactResult>
{
    internal static readonly TopicImpactResultConverter Instance = new();
    private static readonly string[] Members = ["responses", "confidence", "topics"];

    internal override TopicImpactResult ReadJson(JsonIn json)
    {
        json.Object("a topic impact result", Members, Members);
        return new TopicImpactResult(
            json["responses"].Int32(), json["confidence"].Double(),
            JourneyMapConverter.ReadList(json["topics"], TopicImpactConverter.Instance, "the topics"));
    }

    internal override void WriteJson(Utf8JsonWriter writer, TopicImpactResult value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("responses", value.Responses);
        writer.Number("confidence", value.Confidence);
        writer.List("topics", value.Topics, TopicImpactConverter.Instance);
        writer.WriteEndObject();
    }
}
