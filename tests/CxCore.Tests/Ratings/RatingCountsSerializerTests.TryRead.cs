using CxCore.Ratings;
using FsCheck.Xunit;

namespace CxCore.Tests.Ratings;

public sealed partial class RatingCountsSerializerTests
{
    private static readonly WeightedRatingCounts WeightedSample = WeightedRatingCounts.FromRatings(RatingScale.FromRange(1, 3), [1, 3, 3], [0.5, 1, 2]);

    [Fact]
    public void TryRead_GoodInput_ReadsWhatReadReads()
    {
        Assert.True(RatingCountsSerializer.TryReadCounts(RatingCountsSerializer.ToJson(Sample), out RatingCounts? fromJson));
        Assert.Equal(Sample, fromJson);
        Assert.True(RatingCountsSerializer.TryReadCounts(RatingCountsSerializer.ToBinary(Sample), out RatingCounts? fromBinary));
        Assert.Equal(Sample, fromBinary);
        Assert.True(RatingCountsSerializer.TryReadWeightedCounts(RatingCountsSerializer.ToJson(WeightedSample), out WeightedRatingCounts? weightedJson));
        Assert.Equal(WeightedSample, weightedJson);
        Assert.True(RatingCountsSerializer.TryReadWeightedCounts(RatingCountsSerializer.ToBinary(WeightedSample), out WeightedRatingCounts? weightedBinary));
        Assert.Equal(WeightedSample, weightedBinary);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("[1,2,3]")]
    [InlineData("""{"format":"cxcore.rating-counts","version":1,"scale":{"minimum":1,"maximum":3},"counts":[1,-2,3]}""")]
    [InlineData("""{"format":"cxcore.rating-counts","version":2,"scale":{"minimum":1,"maximum":3},"counts":[1,2,3]}""")]
    [InlineData("""{"format":"cxcore.weighted-rating-counts","version":1,"scale":{"minimum":1,"maximum":1},"responses":[1],"weights":[1],"squaredWeights":[1]}""")]
    public void TryReadCounts_BadJson_ReturnsFalse(string? json)
    {
        Assert.False(RatingCountsSerializer.TryReadCounts(json, out RatingCounts? counts));
        Assert.Null(counts);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\n")]
    [InlineData("""{"format":"cxcore.rating-counts","version":1,"scale":{"minimum":1,"maximum":3},"counts":[1,2,3]}""")]
    [InlineData("""{"format":"cxcore.weighted-rating-counts","version":1,"scale":{"minimum":1,"maximum":1},"responses":[1],"weights":[-1],"squaredWeights":[1]}""")]
    public void TryReadWeightedCounts_BadJson_ReturnsFalse(string? json)
    {
        Assert.False(RatingCountsSerializer.TryReadWeightedCounts(json, out WeightedRatingCounts? counts));
        Assert.Null(counts);
    }

    [Fact]
    public void TryRead_BadBinary_ReturnsFalse()
    {
        byte[] good = RatingCountsSerializer.ToBinary(Sample);
        byte[] flipped = [.. good];
        flipped[10] ^= 1; // the checksum no longer matches
        byte[] weighted = RatingCountsSerializer.ToBinary(WeightedSample);

        Assert.False(RatingCountsSerializer.TryReadCounts([], out RatingCounts? counts));
        Assert.False(RatingCountsSerializer.TryReadCounts(good.AsSpan(0, good.Length - 1), out counts));
        Assert.False(RatingCountsSerializer.TryReadCounts(flipped, out counts));
        Assert.False(RatingCountsSerializer.TryReadCounts(weighted, out counts)); // another kind
        Assert.Null(counts);
        Assert.False(RatingCountsSerializer.TryReadWeightedCounts([], out WeightedRatingCounts? weightedCounts));
        Assert.False(RatingCountsSerializer.TryReadWeightedCounts(good, out weightedCounts));
        Assert.Null(weightedCounts);
    }

    [Property]
    public bool TryRead_AnyBytes_NeverThrows(byte[] bytes)
    {
        // Valid only by accident; what matters is that nothing escapes.
        RatingCountsSerializer.TryReadCounts(bytes, out _);
        RatingCountsSerializer.TryReadWeightedCounts(bytes, out _);
        return true;
    }

    [Property]
    public bool TryRead_AnyText_NeverThrows(string? text)
    {
        RatingCountsSerializer.TryReadCounts(text, out _);
        RatingCountsSerializer.TryReadWeightedCounts(text, out _);
        return true;
    }

    [Property]
    public bool TryRead_CorruptedJson_NeverThrows(RatingCounts counts, byte position, char replacement)
    {
        char[] json = RatingCountsSerializer.ToJson(counts).ToCharArray();
        json[position % json.Length] = replacement;
        return !RatingCountsSerializer.TryReadCounts(new string(json), out RatingCounts? read) || read is not null;
    }
}
