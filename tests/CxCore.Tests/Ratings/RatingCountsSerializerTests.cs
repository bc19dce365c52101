using System.Text.Json;
using CxCore.Ratings;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxCore.Tests.Ratings;

[Properties(Arbitrary = [typeof(RatingCountsSerializerTests.Arbitraries)])]
public sealed partial class RatingCountsSerializerTests
{
    private static readonly RatingCounts Sample = RatingCounts.FromCounts(RatingScale.FivePoint, [0, 3, long.MaxValue / 4, 7, 1]);

    /// <summary>The generators of this class's properties.</summary>
    public static class Arbitraries
    {
        /// <summary>Counts on a scale of 2–12 points starting at 0–20, each a multiple of 3 up to about 6.4 billion.</summary>
        public static Arbitrary<RatingCounts> AnyCounts() =>
            (from min in Gen.Choose(0, 20)
             from points in Gen.Choose(2, 12)
             from counts in Gen.ArrayOf(Gen.Choose(0, int.MaxValue).Select(c => (long)c * 3), points)
             select RatingCounts.FromCounts(RatingScale.FromRange(min, min + points - 1), counts)).ToArbitrary();

        /// <summary>Seven-point ratings with seeded random weights.</summary>
        public static Arbitrary<WeightedRatingCounts> AnyWeighted() =>
            (from ratings in Gen.ArrayOf(Gen.Choose(1, 7))
             from seed in Gen.Choose(0, int.MaxValue)
             select WeightedRatingCounts.FromRatings(RatingScale.SevenPoint, ratings, RandomWeights(seed, ratings.Length))).ToArbitrary();
    }

    [Fact]
    public void Json_HasDocumentedVersionOneShape() =>
        Assert.Equal(
            """{"format":"cxcore.rating-counts","version":1,"scale":{"minimum":1,"maximum":5},"counts":[0,3,2305843009213693951,7,1]}""",
            RatingCountsSerializer.ToJson(Sample));

    [Fact]
    public void Binary_HasDocumentedLayout()
    {
        byte[] bytes = RatingCountsSerializer.ToBinary(RatingCounts.FromCounts(RatingScale.FromRange(0, 1), [1, 258]));

        Assert.Equal(8 + 16 + 4, bytes.Length);
        Assert.Equal("CXRC"u8.ToArray(), bytes[..4]);
        Assert.Equal(new byte[] { 1, 1, 0, 1 }, bytes[4..8]);
        Assert.Equal(new byte[] { 1, 0, 0, 0, 0, 0, 0, 0, 2, 1, 0, 0, 0, 0, 0, 0 }, bytes[8..24]);
    }

    [Fact]
    public void Crc32_KnownCheckValue() =>
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8)); // the standard CRC-32/IEEE check value

    [Property]
    public bool RoundTrips_Counts_AreExact(RatingCounts counts) =>
        RatingCountsSerializer.ReadCounts(RatingCountsSerializer.ToJson(counts)) == counts
        && RatingCountsSerializer.ReadCounts(RatingCountsSerializer.ToBinary(counts)) == counts;

    [Property]
    public bool RoundTrips_WeightedCounts_AreExact(WeightedRatingCounts counts) =>
        RatingCountsSerializer.ReadWeightedCounts(RatingCountsSerializer.ToJson(counts)) == counts
        && RatingCountsSerializer.ReadWeightedCounts(RatingCountsSerializer.ToBinary(counts)) == counts;

    [Fact]
    public void DeserialisedPartition_MergesWithLocalCounts()
    {
        // A partition counted elsewhere, e.g. SELECT rating, COUNT(*) … GROUP BY rating, arrives as JSON.
        var remote = RatingCountsSerializer.ReadCounts("""{"version":1,"counts":[1,0,0,0,0,0,0,0,0,2,3],"format":"cxcore.rating-counts","scale":{"maximum":10,"minimum":0}}""");
        var local = RatingCounts.FromRatings(RatingScale.Nps, [10, 6]);

        var all = remote + local;

        Assert.Equal(8, all.Total);
        Assert.Equal(4, all[10]);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[]", "must be a JSON object")]
    [InlineData("""{"format":"cxcore.rating-counts","version":2,"scale":{"minimum":1,"maximum":5},"counts":[0,0,0,0,0]}""", "Unsupported cxcore.rating-counts version 2")]
    [InlineData("""{"format":"cxcore.weighted-rating-counts","version":1,"scale":{"minimum":1,"maximum":5},"counts":[0,0,0,0,0]}""", "Expected format 'cxcore.rating-counts'")]
    [InlineData("""{"format":"cxcore.rating-counts","version":1,"scale":{"minimum":1,"maximum":5}}""", "required member 'counts' is missing")]
    [InlineData("""{"format":"cxcore.rating-counts","version":1,"scale":{"minimum":1,"maximum":5},"counts":[0,0,0,0]}""", "array of 5 numbers")]
    [InlineData("""{"format":"cxcore.rating-counts","version":1,"scale":{"minimum":1,"maximum":5},"counts":[0,0,-1,0,0]}""", "rating 3 is negative")]
    [InlineData("""{"format":"cxcore.rating-counts","version":1,"scale":{"minimum":1,"maximum":5},"counts":[0,0,1.5,0,0]}""", "'counts[2]' must be a whole number")]
    [InlineData("""{"format":"cxcore.rating-counts","version":1,"scale":{"minimum":5,"maximum":1},"counts":[0,0]}""", "at least two points")]
    [InlineData("""{"format":"cxcore.rating-counts","version":1,"scale":{"minimum":1,"maximum":5},"counts":[0,0,0,0,0],"extra":1}""", "Unknown member 'extra'")]
    [InlineData("""{"format":"cxcore.rating-counts","format":"x","version":1,"scale":{"minimum":1,"maximum":5},"counts":[0,0,0,0,0]}""", "appears twice")]
    [InlineData("""{"format":"cxcore.rating-counts","version":1,"scale":{"minimum":0,"maximum":1},"counts":[9223372036854775807,1]}""", "more than a 64-bit count")]
    public void ReadCounts_BadJson_ThrowsJsonExceptionSayingWhy(string json, string reason) =>
        Assert.Contains(reason, Assert.Throws<JsonException>(() => RatingCountsSerializer.ReadCounts(json)).Message, StringComparison.Ordinal);

    [Fact]
    public void ReadWeightedCounts_NegativeWeight_Throws() =>
        Assert.Throws<JsonException>(() => RatingCountsSerializer.ReadWeightedCounts(
            """{"format":"cxcore.weighted-rating-counts","version":1,"scale":{"minimum":0,"maximum":1},"responses":[1,1],"weights":[-1,1],"squaredWeights":[1,1]}"""));

    [Fact]
    public void ReadCounts_CorruptBinary_ThrowsInvalidDataSayingWhy()
    {
        byte[] good = RatingCountsSerializer.ToBinary(Sample);

        Assert.Contains("truncated", Reason(good[..5]), StringComparison.Ordinal);
        Assert.Contains("magic", Reason(Changed(good, 0, (byte)'X')), StringComparison.Ordinal);
        Assert.Contains("version 9", Reason(Changed(good, 4, 9)), StringComparison.Ordinal);
        Assert.Contains("weighted rating counts", Reason(Changed(good, 5, 2)), StringComparison.Ordinal);
        Assert.Contains("must be 52 bytes", Reason([.. good, 0]), StringComparison.Ordinal);
        Assert.Contains("checksum", Reason(Changed(good, 20, (byte)(good[20] ^ 0x10))), StringComparison.Ordinal);
        Assert.Contains("invalid scale", Reason(Changed(good, 7, 0)), StringComparison.Ordinal);

        static string Reason(byte[] bytes) => Assert.Throws<InvalidDataException>(() => RatingCountsSerializer.ReadCounts(bytes)).Message;
    }

    [Fact]
    public void ReadCounts_NegativeCountWithValidChecksum_IsRejected()
    {
        byte[] bytes = RatingCountsSerializer.ToBinary(RatingCounts.FromCounts(RatingScale.FromRange(0, 1), [1, 1]));
        bytes[8 + 7] = 0xFF; // make the first count negative
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(bytes.Length - 4), Crc32.Compute(bytes.AsSpan(0, bytes.Length - 4)));

        Assert.Contains("negative", Assert.Throws<InvalidDataException>(() => RatingCountsSerializer.ReadCounts(bytes)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weighted_WrongKind_IsRejected() =>
        Assert.Throws<InvalidDataException>(() => RatingCountsSerializer.ReadWeightedCounts(RatingCountsSerializer.ToBinary(Sample)));

    private static byte[] Changed(byte[] bytes, int index, byte value)
    {
        byte[] copy = (byte[])bytes.Clone();
        copy[index] = value;
        return copy;
    }

    private static double[] RandomWeights(int seed, int length)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, length).Select(_ => random.NextDouble() * 10)];
    }
}
