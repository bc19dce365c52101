using CxCore.Ratings;

namespace CxCore.Tests.Ratings;

/// <summary>
/// Checks that mutation testing found missing: equality of comparisons, bands and intervals that differ in one member
/// only, the significance test at exactly its level, and the level check of an undefined interval.
/// </summary>
public sealed class EqualityMutationGapTests
{
    private static readonly ConfidenceInterval Interval95 = ConfidenceInterval.FromBounds(1, 3, 0.95);

    public static TheoryData<int> ComparisonMembers => new(Enumerable.Range(0, 6));

    [Theory]
    [MemberData(nameof(ComparisonMembers))]
    public void ScoreComparison_DifferingInOneMemberOnly_IsNotEqual(int member)
    {
        var original = new ScoreComparison(2, 1, 2, 10, 0.07, Interval95);
        var other = new ScoreComparison(
            member == 0 ? 2.5 : 2,
            member == 1 ? 1.5 : 1,
            member == 2 ? 2.5 : 2,
            member == 3 ? 11 : 10,
            member == 4 ? 0.08 : 0.07,
            member == 5 ? ConfidenceInterval.FromBounds(1, 3, 0.90) : Interval95);

        Assert.False(original.Equals(other));
        Assert.False(original == other);
        Assert.True(original != other);
        Assert.Equal(original, new ScoreComparison(2, 1, 2, 10, 0.07, Interval95));
        Assert.False(original != new ScoreComparison(2, 1, 2, 10, 0.07, Interval95));
    }

    [Fact]
    public void ScoreComparison_IsSignificantAt_IsStrictAndChecksItsLevel()
    {
        var comparison = new ScoreComparison(2, 1, 2, 10, 0.05, Interval95);

        // p = α exactly is not below α.
        Assert.False(comparison.IsSignificantAt(0.05));
        Assert.True(comparison.IsSignificantAt(0.0500001));
        Assert.Throws<ArgumentOutOfRangeException>(() => comparison.IsSignificantAt(1.5));
    }

    [Fact]
    public void NpsBands_DifferingInOneMemberOnly_IsNotEqual()
    {
        NpsBands standard = NpsBands.FromThresholds(RatingScale.Nps, 6, 9);

        Assert.True(standard == NpsBands.FromThresholds(RatingScale.Nps, 6, 9));
        Assert.True(standard != NpsBands.FromThresholds(RatingScale.Nps, 5, 9));
        Assert.True(standard != NpsBands.FromThresholds(RatingScale.Nps, 6, 8));
        Assert.True(standard != NpsBands.FromThresholds(RatingScale.FromRange(0, 11), 6, 9));
        Assert.False(standard.Equals(NpsBands.FromThresholds(RatingScale.FromRange(0, 11), 6, 9)));
    }

    [Fact]
    public void ConfidenceInterval_DifferingInOneBoundOnly_IsNotEqual()
    {
        Assert.NotEqual(Interval95, ConfidenceInterval.FromBounds(1, 4, 0.95));
        Assert.NotEqual(Interval95, ConfidenceInterval.FromBounds(0, 3, 0.95));
        Assert.NotEqual(Interval95, ConfidenceInterval.FromBounds(1, 3, 0.90));
    }

    [Fact]
    public void ConfidenceInterval_Undefined_ChecksItsLevel()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceInterval.Undefined(1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceInterval.Undefined(0));
    }
}
