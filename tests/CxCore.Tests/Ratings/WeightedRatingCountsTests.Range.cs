using CxCore.Ratings;

namespace CxCore.Tests.Ratings;

/// <summary>The valid weight range, the consistency rules of per-point sums, and atomic tallies.</summary>
public sealed partial class WeightedRatingCountsTests
{
    private static readonly RatingScale Two = RatingScale.FromRange(0, 1);

    [Theory]
    [InlineData(1e200)] // before: accepted, Σw² = ∞ and EffectiveCount = NaN with IsEmpty false
    [InlineData(1.0000001e150)]
    [InlineData(1e-200)] // its square underflows to 0: Σw > 0 with Σw² = 0
    [InlineData(9.9e-151)]
    [InlineData(double.Epsilon)]
    public void FromRatings_WeightOutsideTheRange_ThrowsNamingTheRange(double weight)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>("weights", () => WeightedRatingCounts.FromRatings(RatingScale.FivePoint, [1, 2], [1, weight]));

        Assert.Contains("at position 1 is outside the valid range: 0, or from 1E-150 to 1E+150", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1e150)]
    [InlineData(1e-150)]
    public void FromRatings_WeightsAtTheEdgesOfTheRange_GiveAFiniteEffectiveCount(double weight)
    {
        // Two equal weights: n_eff = (2w)² / (2w²) = 2, whatever w is.
        var counts = WeightedRatingCounts.FromRatings(RatingScale.FivePoint, [1, 5], [weight, weight]);

        Assert.False(counts.IsEmpty);
        Assert.Equal(2, counts.EffectiveCount, 12);
        Assert.Equal(50, SatisfactionScore.FromCounts(counts).Value, 9);
    }

    [Fact]
    public void Tally_Add_OutOfRangeWeight_Throws()
    {
        var tally = new WeightedRatingTally(RatingScale.FivePoint);

        Assert.Throws<ArgumentOutOfRangeException>("weight", () => tally.Add(3, 1e200));
        Assert.Equal(0, tally.ToCounts().ResponseCount);
    }

    [Theory]
    [InlineData(1L, 1.0, 1e-300)] // before: n_eff = 1 / 1e-300 = 1e300 from one response
    [InlineData(2L, 2.0, 1.0)] // Σw² = 1 < (Σw)²/n = 2
    [InlineData(1L, 1.0, 2.0)] // Σw² = 2 > (Σw)² = 1
    [InlineData(3L, 0.0, 1.0)] // Σw = 0 but Σw² > 0
    [InlineData(3L, 1.0, 0.0)] // Σw > 0 but Σw² = 0
    [InlineData(1_000_000L, 1e-154, 1e-314)] // a million weights of 1e-160: the mean weight Σw²/Σw is below the range
    [InlineData(1L, 1e200, 1e300)] // Σw² < (Σw)²/n
    [InlineData(2L, 2e160, double.PositiveInfinity)] // not finite
    public void FromSums_InconsistentSums_ThrowNamingTheRating(long n, double w, double q)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => WeightedRatingCounts.FromSums(Two, [0, n], [0, w], [0, q]));

        Assert.Contains("rating 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSums_ConsistentSumsWithRounding_AreAccepted()
    {
        // Three weights of 0.1: Σw = 0.30000000000000004 and Σw² = 0.030000000000000006 in doubles; (Σw)²/n differs from
        // Σw² by rounding only.
        double w = 0.1 + 0.1 + 0.1, q = (0.1 * 0.1) + (0.1 * 0.1) + (0.1 * 0.1);

        var counts = WeightedRatingCounts.FromSums(Two, [0, 3], [0, w], [0, q]);

        Assert.Equal(3, counts.EffectiveCount, 9);
    }

    [Fact]
    public void FromSums_ResponseTotalBeyondLong_ThrowsInsteadOfWrapping()
    {
        // Before: ResponseCount wrapped to long.MinValue.
        var error = Assert.Throws<ArgumentOutOfRangeException>("responses", () =>
            WeightedRatingCounts.FromSums(Two, [long.MaxValue, 1], [1, 1], [1, 1]));

        Assert.Contains("add up to more than 9223372036854775807", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSums_SquaredSumsOfAllPointsBeyondDouble_Throws()
    {
        // Each point: 1.7e10 responses of weight 1e149 (Σw = 1.7e159, Σw² = 1.7e308, both finite); together 3.4e308 = ∞.
        Assert.Throws<ArgumentOutOfRangeException>(() => WeightedRatingCounts.FromSums(Two, [17_000_000_000, 17_000_000_000], [1.7e159, 1.7e159], [1.7e308, 1.7e308]));
    }

    [Fact]
    public void TallyAddCounts_ResponseOverflow_LeavesTheTallyUnchanged()
    {
        // Before: point 0 was added, then point 1 overflowed: the tally was half-applied.
        var tally = new WeightedRatingTally(Two);
        tally.Add(WeightedRatingCounts.FromSums(Two, [0, long.MaxValue - 1], [0, 0], [0, 0]));
        WeightedRatingCounts before = tally.ToCounts();

        Assert.Throws<OverflowException>(() => tally.Add(WeightedRatingCounts.FromSums(Two, [1, 2], [1, 2], [1, 2])));

        Assert.Equal(before, tally.ToCounts());
        Assert.Equal(0, tally.ToCounts().ResponsesAt(0));
    }

    [Fact]
    public void TallyAddCounts_SquaredWeightOverflow_LeavesTheTallyUnchanged()
    {
        // 1.79e10 responses of weight 1e149: Σw² = 1.79e308, just under double.MaxValue (1.797e308).
        var big = WeightedRatingCounts.FromSums(Two, [17_900_000_000, 0], [1.79e159, 0], [1.79e308, 0]);
        var tally = new WeightedRatingTally(Two);
        tally.Add(big);

        // A million weights of 1e150 add 1e306 to Σw²: past the range, with the last few of them.
        int[] ratings = new int[1_000_000];
        double[] weights = Enumerable.Repeat(1e150, ratings.Length).ToArray();
        Assert.Throws<OverflowException>(() => tally.Add(big));
        Assert.Throws<OverflowException>(() => tally.AddRange(ratings, weights));
        Assert.Throws<OverflowException>(() => big.Merge(big));

        Assert.Equal(big, tally.ToCounts());
    }

    [Fact]
    public void EffectiveCount_RandomValidWeights_IsBetweenOneAndTheResponseCount()
    {
        var random = new Random(20261202);
        for (int iteration = 0; iteration < 3000; iteration++)
        {
            int n = random.Next(1, 30);
            int[] ratings = new int[n];
            double[] weights = new double[n];
            for (int i = 0; i < n; i++)
            {
                ratings[i] = random.Next(1, 6);

                // Zeros, and powers of ten anywhere in the valid range.
                weights[i] = random.Next(5) == 0 ? 0 : Math.Pow(10, random.Next(-150, 151)) * (1 + random.NextDouble());
                weights[i] = Math.Clamp(weights[i], WeightedRatingCounts.MinPositiveWeight, WeightedRatingCounts.MaxWeight) * (weights[i] == 0 ? 0 : 1);
            }

            var counts = WeightedRatingCounts.FromRatings(RatingScale.FivePoint, ratings, weights);
            string context = $"iteration {iteration}: {string.Join(", ", weights)}";
            Assert.True(counts.IsEmpty == weights.All(w => w == 0), context);
            if (!counts.IsEmpty)
            {
                Assert.True(double.IsFinite(counts.EffectiveCount), context);
                Assert.InRange(counts.EffectiveCount, 1 - 1e-9, n * (1 + 1e-9));

                // The per-point sums a tally produces always pass FromSums' consistency rules.
                int[] points = [1, 2, 3, 4, 5];
                _ = WeightedRatingCounts.FromSums(
                    RatingScale.FivePoint,
                    points.Select(counts.ResponsesAt).ToArray(),
                    points.Select(counts.WeightAt).ToArray(),
                    points.Select(counts.SquaredWeightAt).ToArray());
            }
        }
    }
}
