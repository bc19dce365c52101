using System;
using System.Globalization;
using System.Text.Json;
using CxCore.Ratings;

namespace CxCore.Serialization;

// The JSON forms of the rating values and scores (docs/json.md, "Ratings and scores").

internal sealed class RatingScaleConverter : CxConverter<RatingScale>
{
    internal static readonly RatingScaleConverter Instance = new();
    private static readonly string[] Members = ["min", "max"];

    internal override RatingScale ReadJson(JsonIn json)
    {
        json.Object("a rating scale", Members, Members);
        int min = json["min"].Int32(), max = json["max"].Int32();
        return json.Construct("rating scale", () => RatingScale.FromRange(min, max));
    }

    internal override void WriteJson(Utf8JsonWriter writer, RatingScale value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("min", value.Minimum);
        writer.WriteNumber("max", value.Maximum);
        writer.WriteEndObject();
    }
}

internal sealed class NpsBandsConverter : CxConverter<NpsBands>
{
    internal static readonly NpsBandsConverter Instance = new();
    private static readonly string[] Members = ["scale", "detractorsUpTo", "promotersFrom"];

    internal override NpsBands ReadJson(JsonIn json)
    {
        json.Object("NPS bands", Members, Members);
        RatingScale scale = RatingScaleConverter.Instance.ReadJson(json["scale"]);
        int detractorsUpTo = json["detractorsUpTo"].Int32(), promotersFrom = json["promotersFrom"].Int32();
        return json.Construct("set of NPS bands", () => NpsBands.FromThresholds(scale, detractorsUpTo, promotersFrom));
    }

    internal override void WriteJson(Utf8JsonWriter writer, NpsBands value)
    {
        writer.WriteStartObject();
        writer.Value("scale", value.Scale, RatingScaleConverter.Instance);
        writer.WriteNumber("detractorsUpTo", value.DetractorsUpTo);
        writer.WriteNumber("promotersFrom", value.PromotersFrom);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"scale":{"min":0,"max":10},"counts":{"0":3,…,"10":7},"total":…}</c>: one count per rating, keyed by the rating.</summary>
internal sealed class RatingCountsConverter : CxConverter<RatingCounts>
{
    internal static readonly RatingCountsConverter Instance = new();
    private static readonly string[] Members = ["scale", "counts", "total"];
    private static readonly string[] Required = ["scale", "counts"];

    internal override RatingCounts ReadJson(JsonIn json)
    {
        json.Object("rating counts", Members, Required);
        RatingScale scale = RatingScaleConverter.Instance.ReadJson(json["scale"]);
        long[] counts = RatingMap.Read(json["counts"], scale, static v => v.Int64(), "counts");
        RatingCounts result = json.Construct("set of rating counts", () => RatingCounts.FromCounts(scale, counts));
        if (json.Has("total") && json["total"].Int64() != result.Total)
        {
            throw json["total"].Fail($"The total {json["total"].Int64()} is not the sum of the counts ({result.Total}).");
        }

        return result;
    }

    internal override void WriteJson(Utf8JsonWriter writer, RatingCounts value)
    {
        writer.WriteStartObject();
        writer.Value("scale", value.Scale, RatingScaleConverter.Instance);
        writer.WriteStartObject("counts");
        ReadOnlySpan<long> counts = value.AsSpan();
        for (int i = 0; i < counts.Length; i++)
        {
            writer.WriteNumber(RatingMap.Key(value.Scale.Minimum + i), counts[i]);
        }

        writer.WriteEndObject();
        writer.WriteNumber("total", value.Total);
        writer.WriteEndObject();
    }
}

/// <summary>
/// <c>{"scale":…,"ratings":{"9":{"responses":2,"weight":3.5,"squaredWeight":6.25},…}}</c>: the response count and the sums
/// of weights and squared weights of each rating.
/// </summary>
internal sealed class WeightedRatingCountsConverter : CxConverter<WeightedRatingCounts>
{
    internal static readonly WeightedRatingCountsConverter Instance = new();
    private static readonly string[] Members = ["scale", "ratings"];
    private static readonly string[] PointMembers = ["responses", "weight", "squaredWeight"];

    internal override WeightedRatingCounts ReadJson(JsonIn json)
    {
        json.Object("weighted rating counts", Members, Members);
        RatingScale scale = RatingScaleConverter.Instance.ReadJson(json["scale"]);
        (long Responses, double Weight, double Squared)[] points = RatingMap.Read(
            json["ratings"],
            scale,
            static v =>
            {
                v.Object("a rating's weighted count", PointMembers, PointMembers);
                return (v["responses"].Int64(), v["weight"].Double(), v["squaredWeight"].Double());
            },
            "ratings");
        long[] responses = Array.ConvertAll(points, p => p.Responses);
        double[] weights = Array.ConvertAll(points, p => p.Weight);
        double[] squared = Array.ConvertAll(points, p => p.Squared);
        return json.Construct("set of weighted rating counts", () => WeightedRatingCounts.FromSums(scale, responses, weights, squared));
    }

    internal override void WriteJson(Utf8JsonWriter writer, WeightedRatingCounts value)
    {
        writer.WriteStartObject();
        writer.Value("scale", value.Scale, RatingScaleConverter.Instance);
        writer.WriteStartObject("ratings");
        ReadOnlySpan<long> responses = value.Responses;
        ReadOnlySpan<double> weights = value.Weights, squared = value.SquaredWeights;
        for (int i = 0; i < responses.Length; i++)
        {
            writer.WriteStartObject(RatingMap.Key(value.Scale.Minimum + i));
            writer.WriteNumber("responses", responses[i]);
            writer.Number("weight", weights[i]);
            writer.Number("squaredWeight", squared[i]);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}

/// <summary>An object keyed by rating (<c>"0"</c> … <c>"10"</c>) with one entry for every point of a scale.</summary>
internal static class RatingMap
{
    internal static string Key(int rating) => rating.ToString(CultureInfo.InvariantCulture);

    internal static T[] Read<T>(JsonIn map, RatingScale scale, Func<JsonIn, T> read, string what)
    {
        var values = new T[scale.PointCount];
        var seen = new bool[scale.PointCount];
        foreach ((string key, JsonIn value) in map.Members(what))
        {
            if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out int rating) || !scale.Contains(rating))
            {
                throw map.Fail($"'{key}' is not a rating of the {scale.Minimum}–{scale.Maximum} scale; the keys of '{what}' are the ratings.");
            }

            values[rating - scale.Minimum] = read(value);
            seen[rating - scale.Minimum] = true;
        }

        int missing = Array.IndexOf(seen, false);
        if (missing >= 0)
        {
            throw map.Fail($"The rating {scale.Minimum + missing} is missing from '{what}': every rating of the scale has an entry (0 when none).");
        }

        return values;
    }
}

/// <summary><c>{"lower":29.8,"upper":39.7,"level":0.95}</c>; an undefined interval has <c>null</c> bounds.</summary>
internal sealed class ConfidenceIntervalConverter : CxConverter<ConfidenceInterval>
{
    internal static readonly ConfidenceIntervalConverter Instance = new();
    private static readonly string[] Members = ["lower", "upper", "level"];

    internal override ConfidenceInterval ReadJson(JsonIn json)
    {
        json.Object("a confidence interval", Members, Members);
        double lower = json["lower"].Double(), upper = json["upper"].Double(), level = json["level"].Double();
        if (level == 0 && lower == 0 && upper == 0)
        {
            return default;
        }

        return double.IsNaN(lower) && double.IsNaN(upper)
            ? json.Construct("confidence interval", () => ConfidenceInterval.Undefined(level))
            : json.Construct("confidence interval", () => ConfidenceInterval.FromBounds(lower, upper, level));
    }

    internal override void WriteJson(Utf8JsonWriter writer, ConfidenceInterval value)
    {
        writer.WriteStartObject();
        writer.Number("lower", value.Lower);
        writer.Number("upper", value.Upper);
        writer.Number("level", value.Level);
        writer.WriteEndObject();
    }
}

internal sealed class ScoreComparisonConverter : CxConverter<ScoreComparison>
{
    internal static readonly ScoreComparisonConverter Instance = new();
    private static readonly string[] Members = ["difference", "standardError", "statistic", "degreesOfFreedom", "pValue", "interval"];

    internal override ScoreComparison ReadJson(JsonIn json)
    {
        json.Object("a score comparison", Members, Members);
        return new ScoreComparison(
            json["difference"].Double(),
            json["standardError"].Double(),
            json["statistic"].Double(),
            json["degreesOfFreedom"].Double(),
            json["pValue"].Double(),
            ConfidenceIntervalConverter.Instance.ReadJson(json["interval"]));
    }

    internal override void WriteJson(Utf8JsonWriter writer, ScoreComparison value)
    {
        writer.WriteStartObject();
        writer.Number("difference", value.Difference);
        writer.Number("standardError", value.StandardError);
        writer.Number("statistic", value.Statistic);
        writer.Number("degreesOfFreedom", value.DegreesOfFreedom);
        writer.Number("pValue", value.PValue);
        writer.Value("interval", value.Interval, ConfidenceIntervalConverter.Instance);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"detractors":2,"passives":3,"promoters":5,"value":30}</c>; <c>value</c> is derived (<c>null</c> when empty) and not read.</summary>
internal sealed class NetPromoterScoreConverter : CxConverter<NetPromoterScore>
{
    internal static readonly NetPromoterScoreConverter Instance = new();
    private static readonly string[] Members = ["detractors", "passives", "promoters", "value"];
    private static readonly string[] Required = ["detractors", "passives", "promoters"];

    internal override NetPromoterScore ReadJson(JsonIn json)
    {
        json.Object("a net promoter score", Members, Required);
        return new NetPromoterScore(Count(json, "detractors"), Count(json, "passives"), Count(json, "promoters"));
    }

    internal override void WriteJson(Utf8JsonWriter writer, NetPromoterScore value)
    {
        writer.WriteStartObject();
        writer.Number("detractors", value.Detractors);
        writer.Number("passives", value.Passives);
        writer.Number("promoters", value.Promoters);
        writer.Number("value", value.Value);
        writer.WriteEndObject();
    }

    internal static double Count(JsonIn json, string name)
    {
        double count = json[name].Double();
        if (!(double.IsFinite(count) && count >= 0))
        {
            throw json[name].Fail($"'{name}' must be a finite, non-negative count, but is {count.ToString(CultureInfo.InvariantCulture)}.");
        }

        return count;
    }
}

/// <summary><c>{"count":10,"satisfied":7,"mean":3.9,"satisfiedFrom":4,"value":70}</c>; <c>value</c> is derived and not read.</summary>
internal sealed class SatisfactionScoreConverter : CxConverter<SatisfactionScore>
{
    internal static readonly SatisfactionScoreConverter Instance = new();
    private static readonly string[] Members = ["count", "satisfied", "mean", "satisfiedFrom", "value"];
    private static readonly string[] Required = ["count", "satisfied", "mean", "satisfiedFrom"];

    internal override SatisfactionScore ReadJson(JsonIn json)
    {
        json.Object("a satisfaction score", Members, Required);
        double count = NetPromoterScoreConverter.Count(json, "count");
        double satisfied = NetPromoterScoreConverter.Count(json, "satisfied");
        if (satisfied > count)
        {
            throw json["satisfied"].Fail("'satisfied' is greater than 'count'.");
        }

        return new SatisfactionScore(count, satisfied, json["mean"].Double(), json["satisfiedFrom"].Int32());
    }

    internal override void WriteJson(Utf8JsonWriter writer, SatisfactionScore value)
    {
        writer.WriteStartObject();
        writer.Number("count", value.Count);
        writer.Number("satisfied", value.Satisfied);
        writer.Number("mean", value.Mean);
        writer.WriteNumber("satisfiedFrom", value.SatisfiedFrom);
        writer.Number("value", value.Value);
        writer.WriteEndObject();
    }
}

/// <summary>
/// <c>{"scale":{"min":1,"max":7},"counts":{"1":0,…,"7":4},"agreeFrom":5,"disagreeUpTo":3,"mean":5.2}</c>: the (effective)
/// count of each rating and the thresholds; <c>mean</c> is derived and not read. <c>default(EffortScore)</c> has
/// <c>"counts": null</c>.
/// </summary>
internal sealed class EffortScoreConverter : CxConverter<EffortScore>
{
    internal static readonly EffortScoreConverter Instance = new();
    private static readonly string[] Members = ["scale", "counts", "agreeFrom", "disagreeUpTo", "mean"];
    private static readonly string[] Required = ["scale", "counts", "agreeFrom", "disagreeUpTo"];

    internal override EffortScore ReadJson(JsonIn json)
    {
        json.Object("an effort score", Members, Required);
        RatingScale scale = RatingScaleConverter.Instance.ReadJson(json["scale"]);
        int agreeFrom = json["agreeFrom"].Int32(), disagreeUpTo = json["disagreeUpTo"].Int32();
        if (json["counts"].IsNull)
        {
            return agreeFrom == 0 && disagreeUpTo == 0 && scale == default
                ? default
                : throw json["counts"].Fail("'counts' is null only for the default effort score (scale 0–10, thresholds 0).");
        }

        double[] counts = RatingMap.Read(json["counts"], scale, static v => v.Double(), "counts");
        return json.Construct("effort score", () => EffortScore.FromState(scale, counts, agreeFrom, disagreeUpTo));
    }

    internal override void WriteJson(Utf8JsonWriter writer, EffortScore value)
    {
        writer.WriteStartObject();
        writer.Value("scale", value.Scale, RatingScaleConverter.Instance);
        ReadOnlySpan<double> counts = value.EffectiveCounts;
        if (counts.IsEmpty)
        {
            writer.WriteNull("counts");
        }
        else
        {
            writer.WriteStartObject("counts");
            for (int i = 0; i < counts.Length; i++)
            {
                writer.Number(RatingMap.Key(value.Scale.Minimum + i), counts[i]);
            }

            writer.WriteEndObject();
        }

        writer.WriteNumber("agreeFrom", value.AgreeFrom);
        writer.WriteNumber("disagreeUpTo", value.DisagreeUpTo);
        writer.Number("mean", value.Mean);
        writer.WriteEndObject();
    }
}
