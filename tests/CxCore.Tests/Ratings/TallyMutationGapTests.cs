using CxCore.Ratings;

namespace CxCore.Tests.Ratings;

/// <summary>
/// Checks that mutation testing found missing in the tallies: the running totals behind the overflow checks of
/// <see cref="WeightedRatingTally"/>, its argument checks when adding counts, and <see cref="RatingTally.Clear"/>.
/// </summary>
public sealed class TallyMutationGapTests
{
    private static readonly RatingScale ZeroOne = RatingScale.FromRange(0, 1);

    // Σw² just below double.MaxValue (1.7976931348623157e308): adding one weight of 1e150 (square 1e300) overshoots it
    // by about 9.4e299, far more than half a unit in the last place there (2^970 ≈ 1e292), so the sum is +∞.
    private const double NearMaxSquares = 1.7976931348e308;

    [Fact]
    public void WeightedTally_ResponseCountOfSingleAddsAndRanges_BoundsWhatCountsCanAdd()
    {
        var tally = new WeightedRatingTally(ZeroOne);
        tally.Add(0, 1.0);
        tally.AddRange([1], [1.0]);

        // 2 responses so far: exactly long.MaxValue − 2 more fit, one more does not.
        tally.Add(WeightedRatingCounts.FromSums(ZeroOne, [long.MaxValue - 2, 0], [0, 0], [0, 0]));
        Assert.Throws<OverflowException>(() => tally.Add(1, 1.0));
        Assert.Throws<OverflowException>(() => tally.Add(WeightedRatingCounts.FromSums(ZeroOne, [0, 1], [0, 1], [0, 1])));

        WeightedRatingCounts counts = tally.ToCounts();
        Assert.Equal(long.MaxValue - 1, counts.ResponsesAt(0));
        Assert.Equal(1, counts.ResponsesAt(1));
    }

    [Fact]
    public void WeightedTally_ResponseCountOfAddedCounts_BoundsWhatSingleAddsCanAdd()
    {
        var tally = new WeightedRatingTally(ZeroOne);
        tally.Add(WeightedRatingCounts.FromSums(ZeroOne, [long.MaxValue - 1, 0], [0, 0], [0, 0]));
        tally.Add(1, 1.0);

        Assert.Throws<OverflowException>(() => tally.Add(0, 1.0));
        Assert.Throws<OverflowException>(() => tally.AddRange([0], [1.0]));
    }

    [Fact]
    public void WeightedTally_SquaredWeightsOfSingleAdds_CountTowardsTheOverflowOfAddedCounts()
    {
        // n = 10^9, Σw = NearMaxSquares / 1e150, Σw² = NearMaxSquares: the mean weight Σw²/Σw is 1e150 (the largest
        // valid weight), at least Σw/n (≈ 1.8e149) and at most Σw: consistent sums.
        var nearMax = WeightedRatingCounts.FromSums(ZeroOne, [1_000_000_000, 0], [NearMaxSquares / 1e150, 0], [NearMaxSquares, 0]);

        var singleFirst = new WeightedRatingTally(ZeroOne);
        singleFirst.Add(1, 1e150);
        Assert.Throws<OverflowException>(() => singleFirst.Add(nearMax));

        var rangeFirst = new WeightedRatingTally(ZeroOne);
        rangeFirst.AddRange([1], [1e150]);
        Assert.Throws<OverflowException>(() => rangeFirst.Add(nearMax));

        var countsFirst = new WeightedRatingTally(ZeroOne);
        countsFirst.Add(nearMax);
        Assert.Throws<OverflowException>(() => countsFirst.Add(1, 1e150));
        Assert.Throws<OverflowException>(() => countsFirst.AddRange([1], [1e150]));
        Assert.Throws<OverflowException>(() => countsFirst.Add(nearMax));

        // Nothing was added by the failed calls: 10^9 responses at 0, none at 1.
        WeightedRatingCounts kept = countsFirst.ToCounts();
        Assert.Equal(1_000_000_000, kept.ResponsesAt(0));
        Assert.Equal(0, kept.ResponsesAt(1));
    }

    [Fact]
    public void WeightedTally_AddCounts_RejectsNullAndAnotherScale()
    {
        var tally = new WeightedRatingTally(ZeroOne);

        Assert.Throws<ArgumentNullException>(() => tally.Add((WeightedRatingCounts)null!));
        var other = RatingScale.FromRange(1, 2);
        Assert.Throws<ArgumentException>(() => tally.Add(WeightedRatingCounts.FromSums(other, [1, 0], [1, 0], [1, 0])));
    }

    [Fact]
    public void Tally_AddCounts_RejectsNull()
    {
        var tally = new RatingTally(ZeroOne);

        Assert.Throws<ArgumentNullException>(() => tally.Add((RatingCounts)null!));
    }

    [Fact]
    public void Tally_Clear_EmptiesEveryPoint()
    {
        var tally = new RatingTally(ZeroOne);
        tally.AddRange(new[] { 0, 1, 1 });

        tally.Clear();
        tally.Add(1);

        // After Clear only the last rating remains: 0 zeros, 1 one.
        Assert.Equal(RatingCounts.FromCounts(ZeroOne, [0, 1]), tally.ToCounts());
    }
}
