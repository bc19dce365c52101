using CxCore.Ratings;

namespace CxCore.Tests.Ratings;

public sealed class RatingTallyTests
{
    [Fact]
    public void AddAndAddRange_AccumulateLikeCountingTheWhole()
    {
        var tally = new RatingTally(RatingScale.Nps);
        tally.Add(10);
        tally.AddRange(new byte[] { 0, 9, 9 });
        tally.AddRange(new[] { 7, 8 });
        tally.Add(RatingCounts.FromRatings(RatingScale.Nps, new byte[] { 3 }));

        Assert.Equal(RatingCounts.FromRatings(RatingScale.Nps, new byte[] { 10, 0, 9, 9, 7, 8, 3 }), tally.ToCounts());
        Assert.Equal(7, tally.Total);
    }

    [Fact]
    public void ToCounts_IsASnapshot()
    {
        var tally = new RatingTally(RatingScale.FivePoint);
        tally.Add(5);
        RatingCounts snapshot = tally.ToCounts();

        tally.Add(5);

        Assert.Equal(1, snapshot[5]);
        Assert.Equal(2, tally.ToCounts()[5]);
    }

    [Fact]
    public void AddRange_InvalidRating_AddsNothing()
    {
        var tally = new RatingTally(RatingScale.FivePoint);
        tally.Add(3);

        Assert.Throws<ArgumentOutOfRangeException>(() => tally.AddRange(new byte[] { 1, 2, 9 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => tally.AddRange(new[] { 1, 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => tally.Add(6));

        Assert.Equal(1, tally.Total);
        Assert.Equal(1, tally.ToCounts()[3]);
    }

    [Fact]
    public void Add_CountsOfOtherScale_Throws() =>
        Assert.Throws<ArgumentException>(() => new RatingTally(RatingScale.FivePoint).Add(RatingCounts.Empty(RatingScale.Nps)));

    [Fact]
    public void Add_Overflow_LeavesTallyUnchanged()
    {
        var scale = RatingScale.FromRange(0, 1);
        var tally = new RatingTally(scale);
        tally.Add(RatingCounts.FromCounts(scale, [long.MaxValue - 1, 0]));

        Assert.Throws<OverflowException>(() => tally.Add(RatingCounts.FromCounts(scale, [5, 0])));

        Assert.Equal(long.MaxValue - 1, tally.Total);
    }

    [Fact]
    public void Clear_EmptiesTheTally()
    {
        var tally = new RatingTally(RatingScale.Nps);
        tally.Add(4);

        tally.Clear();

        Assert.True(tally.ToCounts().IsEmpty);
        Assert.Equal(0, tally.Total);
    }
}
