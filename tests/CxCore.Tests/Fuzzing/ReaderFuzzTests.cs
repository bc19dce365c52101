using System.Text;
using System.Text.Json;
using CxCore.Ratings;
using CxCore.Serialization;
using CxCore.Service;
using CxCore.Simulation;

namespace CxCore.Tests.Fuzzing;

/// <summary>
/// Mutated copies of valid model JSON (<see cref="CxJson"/>), rating-count JSON and rating-count binary
/// (<see cref="RatingCountsSerializer"/>). Each read must return or throw the one documented exception
/// (<see cref="JsonException"/> for JSON, <see cref="InvalidDataException"/> for binary), and what it returns must be
/// what the input holds: strict JSON that an independent parse (<see cref="JsonDocument"/>) reads with the same values,
/// and binary that the writer reproduces byte for byte.
/// </summary>
public sealed class ReaderFuzzTests
{
    private static readonly byte[] JsonSyntax = "{}[]\",:\\ 0.-e1tnu\u00e9"u8.ToArray().Concat(new byte[] { 0xFF, 0x00, 0x0A }).ToArray();
    private static readonly byte[] AnyByte = [0x00, 0x01, 0x7F, 0x80, 0xFF, (byte)'C', (byte)'X', (byte)'R'];

    private static readonly Lazy<SyntheticCxData> Data = new(() => SyntheticCx.Generate(new SyntheticCxOptions { Customers = 6, Seed = 7 }));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Deserialize_MutatedFeedbackJson_ThrowsJsonExceptionOrReadsWhatTheTextHolds()
    {
        IReadOnlyList<Feedback> valid = Data.Value.Feedback.Take(4).ToArray();
        Fuzz.Run("feedback JSON", Utf8(CxJson.Serialize(valid)), JsonSyntax, (input, _) => CheckModel<IReadOnlyList<Feedback>>(input, (items, root) =>
        {
            for (int i = 0; i < items.Count; i++)
            {
                JsonElement element = root[i];
                double weight = element.TryGetProperty("weight", out JsonElement w) ? w.GetDouble() : 1;
                if (items[i].Id != element.GetProperty("id").GetString() || items[i].Customer.Value != element.GetProperty("customer").GetString()
                    || items[i].Rating != element.GetProperty("rating").GetInt32() || !items[i].Weight.Equals(weight))
                {
                    return $"item {i} reads as {items[i].Id}/{items[i].Customer}/{items[i].Rating}/{items[i].Weight} but the text holds {element}";
                }
            }

            return null;
        }));
    }

    [Fact]
    public void Deserialize_MutatedJourneyJson_ThrowsJsonExceptionOrReadsWhatTheTextHolds()
    {
        IReadOnlyList<Journey> valid = Data.Value.Journeys.Where(j => j.Touchpoints.Count <= 4).Take(2).ToArray();
        Fuzz.Run("journey JSON", Utf8(CxJson.Serialize(valid)), JsonSyntax, (input, _) => CheckModel<IReadOnlyList<Journey>>(input, (journeys, root) =>
        {
            for (int i = 0; i < journeys.Count; i++)
            {
                JsonElement element = root[i];
                string[] touchpoints = [.. element.GetProperty("touchpoints").EnumerateArray().Select(t => t.GetProperty("id").GetString()!)];
                if (journeys[i].Customer.Value != element.GetProperty("customer").GetString()
                    || !journeys[i].Touchpoints.Select(t => t.Id).Order(StringComparer.Ordinal).SequenceEqual(touchpoints.Order(StringComparer.Ordinal)))
                {
                    return $"journey {i} reads as {journeys[i].Customer} with {journeys[i].Touchpoints.Count} touchpoints but the text holds {element}";
                }
            }

            return null;
        }), Fuzz.Cases(300));
    }

    [Fact]
    public void Deserialize_MutatedServiceCaseJson_ThrowsJsonExceptionOrReadsWhatTheTextHolds()
    {
        IReadOnlyList<ServiceCase> valid = Data.Value.ServiceCases.Where(c => c.Events.Count <= 6).Take(2).ToArray();
        Fuzz.Run("service case JSON", Utf8(CxJson.Serialize(valid)), JsonSyntax, (input, _) => CheckModel<IReadOnlyList<ServiceCase>>(input, (cases, root) =>
        {
            for (int i = 0; i < cases.Count; i++)
            {
                JsonElement element = root[i];
                if (cases[i].Id != element.GetProperty("id").GetString() || cases[i].Events.Count != element.GetProperty("events").GetArrayLength())
                {
                    return $"case {i} reads as {cases[i].Id} with {cases[i].Events.Count} events but the text holds {element}";
                }
            }

            return null;
        }), Fuzz.Cases(300));
    }

    [Fact]
    public void ReadCounts_MutatedJson_ThrowsJsonExceptionOrReadsTheArrays()
    {
        var valid = RatingCounts.FromCounts(RatingScale.Nps, [3, 0, 1, 2, 5, 8, 13, 21, 34, 55, 89]);
        Fuzz.Run("rating-count JSON", Utf8(RatingCountsSerializer.ToJson(valid)), JsonSyntax, (input, _) =>
        {
            string text = Encoding.UTF8.GetString(input);
            RatingCounts counts;
            try
            {
                counts = RatingCountsSerializer.ReadCounts(text);
            }
            catch (JsonException)
            {
                return null;
            }

            using JsonDocument document = JsonDocument.Parse(text);
            JsonElement root = document.RootElement;
            long[] expected = [.. root.GetProperty("counts").EnumerateArray().Select(e => e.GetInt64())];
            JsonElement scale = root.GetProperty("scale");
            return counts.Scale == RatingScale.FromRange(scale.GetProperty("minimum").GetInt32(), scale.GetProperty("maximum").GetInt32())
                && counts.AsSpan().SequenceEqual(expected)
                ? null
                : $"read {counts} but the text holds {root}";
        });
    }

    [Fact]
    public void ReadWeightedCounts_MutatedJson_ThrowsJsonExceptionOrReadsTheArrays()
    {
        var valid = WeightedRatingCounts.FromRatings(RatingScale.FivePoint, [1, 2, 2, 5, 5, 5, 4], [0.5, 1, 2, 1.25, 0, 3, 1]);
        Fuzz.Run("weighted rating-count JSON", Utf8(RatingCountsSerializer.ToJson(valid)), JsonSyntax, (input, _) =>
        {
            string text = Encoding.UTF8.GetString(input);
            WeightedRatingCounts counts;
            try
            {
                counts = RatingCountsSerializer.ReadWeightedCounts(text);
            }
            catch (JsonException)
            {
                return null;
            }

            using JsonDocument document = JsonDocument.Parse(text);
            JsonElement root = document.RootElement;
            int[] points = [.. Enumerable.Range(counts.Scale.Minimum, counts.Scale.PointCount)];
            bool same = points.Select(counts.ResponsesAt).SequenceEqual(root.GetProperty("responses").EnumerateArray().Select(e => e.GetInt64()))
                && points.Select(counts.WeightAt).SequenceEqual(root.GetProperty("weights").EnumerateArray().Select(e => e.GetDouble()))
                && points.Select(counts.SquaredWeightAt).SequenceEqual(root.GetProperty("squaredWeights").EnumerateArray().Select(e => e.GetDouble()));
            return same && counts.EffectiveCount >= 0 && counts.EffectiveCount <= counts.ResponseCount * (1 + 1e-9) ? null : $"read {counts} but the text holds {root}";
        });
    }

    [Fact]
    public void ReadCounts_MutatedBinary_ThrowsInvalidDataOrReadsExactlyTheBytes()
    {
        byte[] valid = RatingCountsSerializer.ToBinary(RatingCounts.FromCounts(RatingScale.FivePoint, [4, 0, 7, 1, 9]));
        Fuzz.Run("rating-count binary", valid, AnyByte, (input, _) =>
        {
            try
            {
                return RatingCountsSerializer.ToBinary(RatingCountsSerializer.ReadCounts(input)).AsSpan().SequenceEqual(input) ? null : "the counts read write back to other bytes";
            }
            catch (InvalidDataException)
            {
                return null;
            }
        });
    }

    [Fact]
    public void ReadWeightedCounts_MutatedBinary_ThrowsInvalidDataOrReadsExactlyTheBytes()
    {
        byte[] valid = RatingCountsSerializer.ToBinary(WeightedRatingCounts.FromRatings(RatingScale.FivePoint, [1, 3, 3, 5], [1, 0.5, 2, 4]));
        Fuzz.Run("weighted rating-count binary", valid, AnyByte, (input, _) =>
        {
            try
            {
                return RatingCountsSerializer.ToBinary(RatingCountsSerializer.ReadWeightedCounts(input)).AsSpan().SequenceEqual(input) ? null : "the counts read write back to other bytes";
            }
            catch (InvalidDataException)
            {
                return null;
            }
        });
    }

    /// <summary>
    /// Reads <paramref name="input"/> as <typeparamref name="T"/>: a <see cref="JsonException"/> passes; a value must
    /// come from strict JSON, hold what <paramref name="same"/> compares, and write back to text that reads the same.
    /// </summary>
    private static string? CheckModel<T>(byte[] input, Func<T, JsonElement, string?> same)
        where T : class
    {
        string text = Encoding.UTF8.GetString(input);
        T? value;
        try
        {
            value = CxJson.Deserialize<T>(text);
        }
        catch (JsonException)
        {
            return null;
        }

        using JsonDocument document = JsonDocument.Parse(text); // throws (a failure) if the reader accepted text that is not JSON
        if (value is null)
        {
            return document.RootElement.ValueKind == JsonValueKind.Null ? null : "null was read from a non-null document";
        }

        string written = CxJson.Serialize(value);
        if (CxJson.Serialize(CxJson.Deserialize<T>(written)) != written)
        {
            return "the value does not round-trip: " + written;
        }

        return same(value, document.RootElement);
    }
}
