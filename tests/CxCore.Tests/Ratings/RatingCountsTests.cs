using CxCore.Ratings;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxCore.Tests.Ratings;

[Properties(Arbitrary = [typeof(RatingCountsTests.Arbitraries)])]
public sealed class RatingCountsTests
{
    /// <summary>0–3000 seeded random NPS ratings cut at three random places.</summary>
    public sealed record Partition(int Length, int Seed, int[] Cuts);

    /// <summary>NPS ratings and a seed to shuffle them with.</summary>
    public sealed record ShuffledRatings(byte[] Ratings, int Seed);

    /// <summary>The generators of this class's properties.</summary>
    public static class Arbitraries
    {
        /// <summary>Random counts on the NPS scale (each 0–1000).</summary>
        public static Arbitrary<RatingCounts> NpsCounts() =>
            Gen.ArrayOf(Gen.Choose(0, 1000).Select(c => (long)c), 11).Select(c => RatingCounts.FromCounts(RatingScale.Nps, c)).ToArbitrary();

        public static Arbitrary<Partition> Partitions() =>
            (from length in Gen.Choose(0, 3000)
             from seed in Gen.Choose(0, int.MaxValue)
             from cuts in Gen.ArrayOf(Gen.Choose(0, length), 3)
             select new Partition(length, seed, cuts)).ToArbitrary();

        public static Arbitrary<ShuffledRatings> Shuffles() =>
            (from ratings in Gen.ArrayOf(Gen.Choose(0, 10).Select(r => (byte)r))
             from seed in Gen.Choose(0, int.MaxValue)
             select new ShuffledRatings(ratings, seed)).ToArbitrary();
    }

    [Fact]
    public void FromRatings_Bytes_CountsEachPoint()
    {
        byte[] ratings = [10, 9, 9, 0, 7, 6, 10, 10];

        var counts = RatingCounts.FromRatings(RatingScale.Nps, ratings);

        Assert.Equal(8, counts.Total);
        Assert.Equal(3, counts[10]);
        Assert.Equal(2, counts[9]);
        Assert.Equal(1, counts[0]);
        Assert.Equal(0, counts[5]);
        Assert.Equal([1L, 0, 0, 0, 0, 0, 1, 1, 0, 2, 3], counts.AsSpan().ToArray());
    }

    [Fact]
    public void FromRatings_Ints_EqualsBytes()
    {
        int[] ratings = [5, 4, 4, 1, 3];

        Assert.Equal(RatingCounts.FromRatings(RatingScale.FivePoint, ratings.Select(r => (byte)r).ToArray()), RatingCounts.FromRatings(RatingScale.FivePoint, ratings));
    }

    [Theory]
    [InlineData(11, 3)]
    [InlineData(255, 0)]
    public void FromRatings_OutOfScaleByte_ThrowsNamingValuePositionAndScale(byte bad, int position)
    {
        byte[] ratings = [1, 2, 3, 4, 5, 6, 7, 8];
        ratings[position] = bad;

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RatingCounts.FromRatings(RatingScale.Nps, ratings));

        Assert.Equal("ratings", error.ParamName);
        Assert.Equal((int)bad, error.ActualValue);
        Assert.Contains($"The rating {bad} at position {position} is outside the scale 0..10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRatings_OutOfScaleInt_ThrowsNamingPosition()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RatingCounts.FromRatings(RatingScale.FivePoint, [1, 5, 0, 6]));

        Assert.Contains("The rating 0 at position 2 is outside the scale 1..5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRatingsParallel_LargeInput_EqualsSingleThreaded()
    {
        byte[] ratings = RatingKernelsTests.RandomRatings(new Random(3), (3 << 20) + 12345, 0, 10);

        Assert.Equal(RatingCounts.FromRatings(RatingScale.Nps, ratings), RatingCounts.FromRatingsParallel(RatingScale.Nps, ratings, 3));
        Assert.Equal(RatingCounts.FromRatings(RatingScale.Nps, ratings), RatingCounts.FromRatingsParallel(RatingScale.Nps, ratings));
    }

    [Fact]
    public void FromRatingsParallel_SeveralInvalid_ReportsFirstInInputOrder()
    {
        byte[] ratings = new byte[4 << 20];
        ratings[3_500_000] = 50;
        ratings[1_200_000] = 11;

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RatingCounts.FromRatingsParallel(RatingScale.Nps, ratings, 4));

        Assert.Contains("The rating 11 at position 1200000", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void FromRatingsParallel_BadDegree_Throws(int degree) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RatingCounts.FromRatingsParallel(RatingScale.Nps, new byte[10], degree));

    [Fact]
    public void FromCounts_WrongLength_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => RatingCounts.FromCounts(RatingScale.FivePoint, [1, 2, 3]));

        Assert.Contains("has 5 points but 3 counts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCounts_Negative_ThrowsNamingRating()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RatingCounts.FromCounts(RatingScale.FivePoint, [1, 2, -3, 0, 0]));

        Assert.Contains("rating 3 is negative", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCounts_TotalOverflows_Throws() =>
        Assert.Throws<OverflowException>(() => RatingCounts.FromCounts(RatingScale.FromRange(0, 1), [long.MaxValue, 1]));

    [Fact]
    public void Indexer_OffScale_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RatingCounts.Empty(RatingScale.FivePoint)[0]);

    [Fact]
    public void CountBetween_SumsInclusiveRange()
    {
        var counts = RatingCounts.FromCounts(RatingScale.FivePoint, [1, 2, 3, 4, 5]);

        Assert.Equal(9, counts.CountBetween(4, 5));
        Assert.Equal(15, counts.CountBetween(1, 5));
        Assert.Equal(3, counts.CountBetween(3, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => counts.CountBetween(4, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => counts.CountBetween(0, 3));
    }

    [Fact]
    public void Merge_DifferentScales_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => RatingCounts.Empty(RatingScale.Nps) + RatingCounts.Empty(RatingScale.FivePoint));

        Assert.Contains("1..5", error.Message, StringComparison.Ordinal);
        Assert.Contains("0..10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_Overflow_Throws()
    {
        var big = RatingCounts.FromCounts(RatingScale.FromRange(0, 1), [long.MaxValue - 1, 0]);

        Assert.Throws<OverflowException>(() => big + RatingCounts.FromCounts(RatingScale.FromRange(0, 1), [2, 0]));
    }

    [Property]
    public bool Merge_IsAssociativeCommutativeWithEmptyIdentity(RatingCounts a, RatingCounts b, RatingCounts c) =>
        (a + b) + c == a + (b + c)
        && a + b == b + a
        && a + RatingCounts.Empty(RatingScale.Nps) == a
        && (a + b).Total == a.Total + b.Total;

    [Property]
    public bool Merge_OfPartitions_EqualsCountingTheWhole(Partition input)
    {
        byte[] ratings = RatingKernelsTests.RandomRatings(new Random(input.Seed), input.Length, 0, 10);
        int[] bounds = [0, .. input.Cuts.Order(), input.Length];
        RatingCounts merged = RatingCounts.Empty(RatingScale.Nps);
        for (int i = 0; i + 1 < bounds.Length; i++)
        {
            merged += RatingCounts.FromRatings(RatingScale.Nps, ratings.AsSpan(bounds[i], bounds[i + 1] - bounds[i]));
        }

        return merged == RatingCounts.FromRatings(RatingScale.Nps, ratings);
    }

    [Property]
    public bool FromRatings_IsPermutationInvariant(ShuffledRatings input)
    {
        byte[] shuffled = (byte[])input.Ratings.Clone();
        new Random(input.Seed).Shuffle(shuffled);
        return RatingCounts.FromRatings(RatingScale.Nps, shuffled) == RatingCounts.FromRatings(RatingScale.Nps, input.Ratings);
    }

    [Fact]
    public void Equality_FollowsScaleAndCounts()
    {
        var a = RatingCounts.FromCounts(RatingScale.FromRange(0, 4), [1, 2, 3, 4, 5]);
        var b = RatingCounts.FromCounts(RatingScale.FromRange(1, 5), [1, 2, 3, 4, 5]);

        Assert.NotEqual(a, b);
        Assert.Equal(a, RatingCounts.FromCounts(RatingScale.FromRange(0, 4), [1, 2, 3, 4, 5]));
        Assert.Equal(a.GetHashCode(), RatingCounts.FromCounts(RatingScale.FromRange(0, 4), [1, 2, 3, 4, 5]).GetHashCode());
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void Empty_HasZeroTotal()
    {
        var empty = RatingCounts.Empty(RatingScale.SevenPoint);

        Assert.True(empty.IsEmpty);
        Assert.Equal(0, empty.Total);
        Assert.Equal(7, empty.AsSpan().Length);
        Assert.Equal("1..7 n=0 []", empty.ToString());
    }

    [Fact]
    public void ToString_ListsNonZeroCounts() =>
        Assert.Equal("0..10 n=3 [0:1 9:2]", RatingCounts.FromRatings(RatingScale.Nps, [9, 0, 9]).ToString());
}
