using CxCore.Ratings;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxCore.Tests.Ratings;

[Properties(Arbitrary = [typeof(WeightedRatingCountsTests.Arbitraries)])]
public sealed partial class WeightedRatingCountsTests
{
    /// <summary>20 five-point ratings with weights in multiples of 1/8 from 0 to 5, cut at one place.</summary>
    public sealed record CutRatings(int[] Ratings, double[] Weights, int Cut);

    /// <summary>The generators of this class's properties.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<CutRatings> Cuts() =>
            (from ratings in Gen.ArrayOf(Gen.Choose(1, 5), 20)
             from weights in Gen.ArrayOf(Gen.Choose(0, 40).Select(w => w / 8.0), 20)
             from cut in Gen.Choose(0, 20)
             select new CutRatings(ratings, weights, cut)).ToArbitrary();
    }

    [Fact]
    public void FromRatings_SumsWeightsAndSquares_KishEffectiveCount()
    {
        var counts = WeightedRatingCounts.FromRatings(RatingScale.FivePoint, [5, 5, 1, 3], [2, 0.5, 1, 0]);

        Assert.Equal(4, counts.ResponseCount);
        Assert.Equal(3.5, counts.SumOfWeights);
        Assert.Equal(4 + 0.25 + 1, counts.SumOfSquaredWeights);
        Assert.Equal(3.5 * 3.5 / 5.25, counts.EffectiveCount, 12);
        Assert.Equal((2L, 2.5, 4.25), (counts.ResponsesAt(5), counts.WeightAt(5), counts.SquaredWeightAt(5)));
        Assert.Equal(1, counts.ResponsesAt(3));
        Assert.Equal(0, counts.WeightAt(3));
    }

    [Fact]
    public void UnitWeights_ScoreLikeUnweightedCounts()
    {
        var plain = RatingCounts.FromCounts(RatingScale.Nps, [3, 1, 0, 2, 0, 4, 5, 6, 7, 8, 9]);
        var weighted = WeightedRatingCounts.FromCounts(plain);

        Assert.Equal(plain.Total, weighted.EffectiveCount, 12);
        Assert.Equal(NetPromoterScore.FromCounts(plain).Value, NetPromoterScore.FromCounts(weighted).Value, 12);
        Assert.Equal(NetPromoterScore.FromCounts(plain).StandardError, NetPromoterScore.FromCounts(weighted).StandardError, 12);
    }

    [Fact]
    public void WeightedNps_ByHand()
    {
        // Promoter (10) weight 3, detractor (2) weight 1, passive (8) weight 1: W = 5, Σw² = 11, n_eff = 25/11.
        // p = 3/5, d = 1/5: NPS 40; σ² = 0.8 − 0.16 = 0.64; SE = 100·√(0.64 / (25/11)).
        var nps = NetPromoterScore.FromCounts(WeightedRatingCounts.FromRatings(RatingScale.Nps, [10, 2, 8], [3, 1, 1]));

        Assert.Equal(40, nps.Value, 12);
        Assert.Equal(25.0 / 11, nps.Count, 12);
        Assert.Equal(100 * Math.Sqrt(0.64 * 11 / 25), nps.StandardError, 12);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void FromRatings_BadWeight_ThrowsNamingPosition(double weight)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => WeightedRatingCounts.FromRatings(RatingScale.FivePoint, [1, 2], [1, weight]));

        Assert.Equal("weights", error.ParamName);
        Assert.Contains("at position 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRatings_LengthMismatch_Throws() =>
        Assert.Throws<ArgumentException>(() => WeightedRatingCounts.FromRatings(RatingScale.FivePoint, [1, 2], [1]));

    [Fact]
    public void FromRatings_OffScale_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WeightedRatingCounts.FromRatings(RatingScale.FivePoint, [1, 9], [1, 1]));

    [Fact]
    public void Tally_BadPair_AddsNothing()
    {
        var tally = new WeightedRatingTally(RatingScale.FivePoint);
        tally.Add(4, 2);

        Assert.Throws<ArgumentOutOfRangeException>(() => tally.AddRange([1, 2], [1, -5]));
        Assert.Throws<ArgumentOutOfRangeException>(() => tally.Add(4, double.NaN));

        Assert.Equal(1, tally.ToCounts().ResponseCount);
        Assert.Equal(2, tally.ToCounts().SumOfWeights);
    }

    [Fact]
    public void FromSums_Inconsistent_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WeightedRatingCounts.FromSums(RatingScale.FromRange(0, 1), [0, 1], [1, 1], [1, 1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => WeightedRatingCounts.FromSums(RatingScale.FromRange(0, 1), [-1, 1], [0, 1], [0, 1]));
        Assert.Throws<ArgumentException>(() => WeightedRatingCounts.FromSums(RatingScale.FromRange(0, 1), [1], [1], [1]));
    }

    [Fact]
    public void Empty_AndZeroWeights_AreEmpty()
    {
        var zero = WeightedRatingCounts.FromRatings(RatingScale.Nps, [10, 9], [0, 0]);

        Assert.True(zero.IsEmpty);
        Assert.Equal(0, zero.EffectiveCount);
        Assert.True(NetPromoterScore.FromCounts(zero).IsEmpty);
        Assert.True(WeightedRatingCounts.Empty(RatingScale.Nps).IsEmpty);
    }

    [Property]
    public bool Merge_IsCommutativeAndEqualsAddingEverything(CutRatings input)
    {
        var whole = WeightedRatingCounts.FromRatings(RatingScale.FivePoint, input.Ratings, input.Weights);
        var left = WeightedRatingCounts.FromRatings(RatingScale.FivePoint, input.Ratings[..input.Cut], input.Weights[..input.Cut]);
        var right = WeightedRatingCounts.FromRatings(RatingScale.FivePoint, input.Ratings[input.Cut..], input.Weights[input.Cut..]);

        // Weights are multiples of 1/8, so every sum here is exact in binary floating point.
        return left + right == whole && right + left == whole && whole + WeightedRatingCounts.Empty(RatingScale.FivePoint) == whole;
    }

    [Fact]
    public void Merge_DifferentScales_Throws() =>
        Assert.Throws<ArgumentException>(() => WeightedRatingCounts.Empty(RatingScale.Nps).Merge(WeightedRatingCounts.Empty(RatingScale.FivePoint)));
}
