using CxCore.Ratings;

namespace CxCore.Tests.Ratings;

/// <summary>
/// Checks that mutation testing found missing: upper interval bounds, overflow of merges, invalid ratings at the first
/// position and above the maximum of scales that do not start at 0, the parallel counter with two workers, and the
/// validation of weighted sums.
/// </summary>
public sealed class RatingsMutationGapTests
{
    // Two workers need at least 2 × 2^20 ratings (RatingCounts.MinimumParallelChunk is 2^20 per worker).
    private const int TwoWorkerLength = 11 * 200_000;

    private static readonly RatingScale OneToFive = RatingScale.FromRange(1, 5);

    [Fact]
    public void Compare_Wald_IntervalUpperBound_MatchesR()
    {
        // a = (10, 20, 70): NPS 60, σ² = 0.8 − 0.36 = 0.44; b = (30, 30, 40): NPS 10, σ² = 0.7 − 0.01 = 0.69.
        // R: se <- 100 * sqrt(0.44/100 + 0.69/100); 50 + qnorm(0.975) * se; 50 + qnorm(0.95) * se
        var a = NetPromoterScore.FromCounts(10, 20, 70);
        var b = NetPromoterScore.FromCounts(30, 30, 40);

        ScoreComparison at95 = NetPromoterScore.Compare(a, b, NpsComparisonMethod.Wald);
        ScoreComparison at90 = NetPromoterScore.Compare(a, b, NpsComparisonMethod.Wald, 0.90);

        Assert.Equal(29.1652970566308, at95.Interval.Lower, 9);
        Assert.Equal(70.8347029433692, at95.Interval.Upper, 9);
        Assert.Equal(0.95, at95.Interval.Level);
        Assert.Equal(67.4850338950996, at90.Interval.Upper, 9);
        Assert.Equal(0.90, at90.Interval.Level);
    }

    [Fact]
    public void Merge_OverflowInTheTotalOnly_Throws()
    {
        // No single point overflows (MaxValue + 0 and 0 + 1), but the total MaxValue + 1 does.
        var scale = RatingScale.FromRange(0, 1);
        var left = RatingCounts.FromCounts(scale, [long.MaxValue, 0]);
        var right = RatingCounts.FromCounts(scale, [0, 1]);

        Assert.Throws<OverflowException>(() => left.Merge(right));
        Assert.Throws<OverflowException>(() => left + right);
    }

    [Fact]
    public void Merge_OverflowAtOnePoint_Throws()
    {
        var scale = RatingScale.FromRange(0, 1);
        var left = RatingCounts.FromCounts(scale, [0, long.MaxValue]);

        Assert.Throws<OverflowException>(() => left.Merge(RatingCounts.FromCounts(scale, [0, 1])));
    }

    [Fact]
    public void WeightedMerge_ResponseCountOverflow_Throws()
    {
        var scale = RatingScale.FromRange(0, 1);
        var left = WeightedRatingCounts.FromSums(scale, [long.MaxValue, 0], [0, 0], [0, 0]);
        var samePoint = WeightedRatingCounts.FromSums(scale, [1, 0], [1, 0], [1, 0]);
        var otherPoint = WeightedRatingCounts.FromSums(scale, [0, 1], [0, 1], [0, 1]);

        Assert.Throws<OverflowException>(() => left.Merge(samePoint));
        Assert.Throws<OverflowException>(() => left + otherPoint);
    }

    [Fact]
    public void Tally_AddCountsOverflow_ThrowsAndLeavesTheTallyUnchanged()
    {
        var scale = RatingScale.FromRange(0, 1);
        var tally = new RatingTally(scale);
        tally.Add(RatingCounts.FromCounts(scale, [long.MaxValue - 1, 0]));

        // Only the total overflows ((MaxValue − 1) + 2); no point does (MaxValue − 1 + 0 and 0 + 2).
        Assert.Throws<OverflowException>(() => tally.Add(RatingCounts.FromCounts(scale, [0, 2])));

        Assert.Equal(long.MaxValue - 1, tally.Total);
        Assert.Equal(RatingCounts.FromCounts(scale, [long.MaxValue - 1, 0]), tally.ToCounts());
    }

    [Fact]
    public void FromRatings_InvalidFirstRating_ReportsPositionZero()
    {
        byte[] bytes = [11, 5, 5, 5];
        int[] ints = [11, 5, 5, 5];

        var fromBytes = Assert.Throws<ArgumentOutOfRangeException>(() => RatingCounts.FromRatings(RatingScale.Nps, bytes));
        var fromInts = Assert.Throws<ArgumentOutOfRangeException>(() => RatingCounts.FromRatings(RatingScale.Nps, ints));
        var fromNps = Assert.Throws<ArgumentOutOfRangeException>(() => NetPromoterScore.FromRatings(bytes));

        foreach (ArgumentOutOfRangeException error in new[] { fromBytes, fromInts, fromNps })
        {
            Assert.Equal("ratings", error.ParamName);
            Assert.Equal(11, error.ActualValue);
            Assert.Contains("The rating 11 at position 0 is outside the scale 0..10", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Tally_InvalidFirstRating_ReportsPositionZeroAndAddsNothing()
    {
        var tally = new RatingTally(RatingScale.Nps);

        var fromBytes = Assert.Throws<ArgumentOutOfRangeException>(() => tally.AddRange(new byte[] { 200, 1, 2 }));
        var fromInts = Assert.Throws<ArgumentOutOfRangeException>(() => tally.AddRange(new[] { -1, 1, 2 }));

        Assert.Contains("The rating 200 at position 0", fromBytes.Message, StringComparison.Ordinal);
        Assert.Contains("The rating -1 at position 0", fromInts.Message, StringComparison.Ordinal);
        Assert.Equal(0, tally.Total);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(100)]
    [InlineData(20_000)]
    public void FromRatings_TooHighOnScaleStartingAtOne_Throws(int length)
    {
        // 1..5: a 6 is one above the maximum; the lengths reach the scalar tail, one vector, and several blocks.
        byte[] bytes = Enumerable.Range(0, length).Select(i => (byte)(1 + (i % 5))).ToArray();
        int position = length - 1;
        bytes[position] = 6;
        int[] ints = bytes.Select(b => (int)b).ToArray();

        var fromBytes = Assert.Throws<ArgumentOutOfRangeException>(() => RatingCounts.FromRatings(OneToFive, bytes));
        var fromInts = Assert.Throws<ArgumentOutOfRangeException>(() => RatingCounts.FromRatings(OneToFive, ints));

        Assert.Contains($"The rating 6 at position {position} is outside the scale 1..5", fromBytes.Message, StringComparison.Ordinal);
        Assert.Contains($"The rating 6 at position {position} is outside the scale 1..5", fromInts.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TooHighOnScaleStartingAtOne_IsRejectedByEveryEntryPoint()
    {
        var tally = new RatingTally(OneToFive);
        var weighted = new WeightedRatingTally(OneToFive);
        var bands = NpsBands.FromThresholds(OneToFive, 2, 4);

        Assert.Throws<ArgumentOutOfRangeException>(() => tally.Add(6));
        Assert.Throws<ArgumentOutOfRangeException>(() => tally.AddRange(new[] { 5, 6 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => weighted.Add(6, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => NetPromoterScore.FromRatings([5, 6], bands));
        Assert.Throws<ArgumentOutOfRangeException>(() => RatingCounts.FromCounts(OneToFive, [1, 1, 1, 1, 1])[6]);
        Assert.False(OneToFive.Contains(6));
        Assert.Equal(0, tally.Total);
    }

    [Fact]
    public void FromRatings_ScaleStartingAtOne_CountsTheMaximum()
    {
        // 1..5 with the pattern 1, 2, 3, 4, 5 repeated 20 times: 20 at each point; the maximum 5 is valid.
        int[] ints = Enumerable.Range(0, 100).Select(i => 1 + (i % 5)).ToArray();
        byte[] bytes = ints.Select(i => (byte)i).ToArray();
        long[] expected = [20, 20, 20, 20, 20];

        Assert.Equal(expected, RatingCounts.FromRatings(OneToFive, ints).AsSpan().ToArray());
        Assert.Equal(expected, RatingCounts.FromRatings(OneToFive, bytes).AsSpan().ToArray());
        Assert.Equal(20, RatingCounts.FromRatings(OneToFive, bytes)[5]);
    }

    [Fact]
    public void FromRatingsParallel_TwoWorkers_CountsEveryRating()
    {
        // 0, 1, …, 10 repeated 200,000 times: each of the 11 points 200,000 times, and each worker's half
        // (1,100,000 = 11 × 100,000 ratings) holds 100,000 of each.
        byte[] ratings = new byte[TwoWorkerLength];
        for (int i = 0; i < ratings.Length; i++)
        {
            ratings[i] = (byte)(i % 11);
        }

        RatingCounts counts = RatingCounts.FromRatingsParallel(RatingScale.Nps, ratings, 2);

        Assert.Equal(TwoWorkerLength, counts.Total);
        Assert.All(Enumerable.Range(0, 11), rating => Assert.Equal(200_000, counts[rating]));
    }

    [Fact]
    public void FromRatingsParallel_TwoWorkersOnScaleStartingAtOne_CountsEveryRating()
    {
        // 1..5 with 1, 2, 3, 4, 5 repeated 440,000 times (2,200,000 ratings): 440,000 at each point.
        byte[] ratings = new byte[TwoWorkerLength];
        for (int i = 0; i < ratings.Length; i++)
        {
            ratings[i] = (byte)(1 + (i % 5));
        }

        RatingCounts counts = RatingCounts.FromRatingsParallel(OneToFive, ratings, 2);

        Assert.Equal(new long[] { 440_000, 440_000, 440_000, 440_000, 440_000 }, counts.AsSpan().ToArray());
        Assert.Equal(TwoWorkerLength, counts.Total);
    }

    [Fact]
    public void FromRatingsParallel_InvalidInTheSecondWorkersHalf_ReportsItsPosition()
    {
        // The halves are [0, 1,100,000) and [1,100,000, 2,200,000); 1,100,123 is the 124th rating of the second.
        byte[] ratings = new byte[TwoWorkerLength];
        for (int i = 0; i < ratings.Length; i++)
        {
            ratings[i] = (byte)(i % 11);
        }

        ratings[1_100_123] = 42;

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RatingCounts.FromRatingsParallel(RatingScale.Nps, ratings, 2));

        Assert.Equal("ratings", error.ParamName);
        Assert.Equal(42, error.ActualValue);
        Assert.Contains("The rating 42 at position 1100123 is outside the scale 0..10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRatingsParallel_InvalidInBothHalves_ReportsTheFirst()
    {
        byte[] ratings = new byte[TwoWorkerLength];
        ratings[700_000] = 12;
        ratings[1_500_000] = 13;

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RatingCounts.FromRatingsParallel(RatingScale.Nps, ratings, 2));

        Assert.Contains("The rating 12 at position 700000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRatingsParallel_InvalidFirstRating_ReportsPositionZero()
    {
        byte[] ratings = new byte[TwoWorkerLength];
        ratings[0] = 11;

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RatingCounts.FromRatingsParallel(RatingScale.Nps, ratings, 2));

        Assert.Contains("The rating 11 at position 0", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "responses")]
    [InlineData(1, "weights")]
    [InlineData(2, "squaredWeights")]
    public void FromSums_OneSpanOfWrongLength_NamesIt(int wrong, string parameter)
    {
        var scale = RatingScale.FromRange(0, 1);
        long[] responses = wrong == 0 ? [1] : [1, 1];
        double[] weights = wrong == 1 ? [1] : [1, 1];
        double[] squared = wrong == 2 ? [1, 1, 1] : [1, 1];

        var error = Assert.Throws<ArgumentException>(() => WeightedRatingCounts.FromSums(scale, responses, weights, squared));

        Assert.Equal(parameter, error.ParamName);
        Assert.Contains("has 2 points", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN, 1, "weights")]
    [InlineData(-1, 1, "weights")]
    [InlineData(double.PositiveInfinity, 1, "weights")]
    [InlineData(1, double.NaN, "squaredWeights")]
    [InlineData(1, -1, "squaredWeights")]
    [InlineData(1, double.PositiveInfinity, "squaredWeights")]
    public void FromSums_SumNotFiniteOrNegative_NamesTheSpanAndRating(double w, double q, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            WeightedRatingCounts.FromSums(OneToFive, [0, 0, 1, 0, 0], [0, 0, w, 0, 0], [0, 0, q, 0, 0]));

        Assert.Equal(parameter, error.ParamName);
        Assert.Contains("of rating 3 is not a finite, non-negative number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSums_NegativeResponseCount_NamesTheRating()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            WeightedRatingCounts.FromSums(OneToFive, [0, 0, 0, -1, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]));

        Assert.Equal("responses", error.ParamName);
        Assert.Contains("rating 4 is negative", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    // No responses but a weight sum (n = 0, Σw = 1).
    [InlineData(0, 1.0, 1.0, "weights", "no responses but a non-zero weight sum")]
    [InlineData(0, 0.0, 1.0, "weights", "no responses but a non-zero weight sum")]
    // Σw > 0 with Σw² = 0, and the reverse: no weights give one sum 0 and the other positive.
    [InlineData(1, 1.0, 0.0, "squaredWeights", "both 0 or both positive")]
    [InlineData(2, 0.0, 1.0, "squaredWeights", "both 0 or both positive")]
    // n = 2, Σw = 2: Σw² must lie in [(Σw)²/n, (Σw)²] = [2, 4].
    [InlineData(2, 2.0, 1.9, "squaredWeights", "Cauchy–Schwarz")]
    [InlineData(2, 2.0, 4.1, "squaredWeights", "Σw² > (Σw)²")]
    // n = 1, so the one weight is Σw = Σw²/Σw: 1e151 is above MaxWeight (1e150) and 1e-151 below MinPositiveWeight.
    [InlineData(1, 1e151, 1e302, "squaredWeights", "mean weight")]
    [InlineData(1, 1e-151, 1e-302, "squaredWeights", "mean weight")]
    public void FromSums_InconsistentPoint_NamesTheRuleAndTheRating(long n, double w, double q, string parameter, string rule)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            WeightedRatingCounts.FromSums(OneToFive, [0, n, 0, 0, 0], [0, w, 0, 0, 0], [0, q, 0, 0, 0]));

        Assert.Equal(parameter, error.ParamName);
        Assert.Contains("The sums of rating 2", error.Message, StringComparison.Ordinal);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    // The ends of the consistent range: Σw² = (Σw)²/n (equal weights 1, 1) and Σw² = (Σw)² (weights 2, 0).
    [InlineData(2, 2.0, 2.0, 2.0)]
    [InlineData(2, 2.0, 4.0, 1.0)]
    // A single response of weight MaxWeight, and one of weight MinPositiveWeight: n_eff = 1.
    [InlineData(1, 1e150, 1e300, 1.0)]
    [InlineData(1, 1e-150, 1e-300, 1.0)]
    public void FromSums_ConsistentExtremes_AreAccepted(long n, double w, double q, double effective)
    {
        // n_eff = (Σw)² / Σw²: 4/2 = 2, 4/4 = 1, and 1 for a single response.
        var counts = WeightedRatingCounts.FromSums(OneToFive, [0, n, 0, 0, 0], [0, w, 0, 0, 0], [0, q, 0, 0, 0]);

        Assert.Equal(n, counts.ResponseCount);
        Assert.Equal(effective, counts.EffectiveCount, 12);
        Assert.Equal(w, counts.WeightAt(2));
        Assert.Equal(q, counts.SquaredWeightAt(2));
    }

    public static TheoryData<int> Widths() => [0, 256, 512];

    [Theory]
    [MemberData(nameof(Widths))]
    public void CountBands_BelowMinimumInEitherAccumulator_ReportsItsPosition(int width)
    {
        // 1..5, bands ≤ 2 and ≥ 4. A 0 at positions in an even vector (first accumulator set) and in an odd one
        // (second set) of the first block, in a later block, and in the scalar tail.
        foreach (int position in new[] { 0, 5, 37, 64 + 9, 100, 20_000, 20_063 })
        {
            byte[] ratings = Enumerable.Range(0, 20_064).Select(i => (byte)(1 + (i % 5))).ToArray();
            ratings[position] = 0;

            Assert.Equal(position, RatingKernels.CountBands(ratings, 1, 5, 2, 4, out _, out _, width));
            Assert.Equal(position, RatingKernels.Histogram(ratings, 1, 5, new long[5], width));
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void CountBands_ScaleStartingAtOne_CountsBothBands(int width)
    {
        // 1, 2, 3, 4, 5 repeated 4013 times (20,065 ratings: several blocks and a tail): ratings 1 and 2 are
        // low (2 × 4013 = 8026), ratings 4 and 5 high (8026).
        byte[] ratings = Enumerable.Range(0, 20_065).Select(i => (byte)(1 + (i % 5))).ToArray();

        Assert.Equal(-1, RatingKernels.CountBands(ratings, 1, 5, 2, 4, out long low, out long high, width));
        Assert.Equal(8026, low);
        Assert.Equal(8026, high);
    }

    [Fact]
    public void NpsFromRatings_BelowMinimumOnScaleStartingAtOne_Throws()
    {
        // 1..10 bands: detractors up to 5, promoters from 9. A 0 at position 70 (in the second 64-byte vector).
        var bands = NpsBands.FromThresholds(RatingScale.FromRange(1, 10), 5, 9);
        byte[] ratings = Enumerable.Range(0, 200).Select(i => (byte)(1 + (i % 10))).ToArray();
        ratings[70] = 0;

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NetPromoterScore.FromRatings(ratings, bands));

        Assert.Contains("The rating 0 at position 70 is outside the scale 1..10", error.Message, StringComparison.Ordinal);
    }
}
