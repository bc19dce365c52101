using CxCore.Journeys;
using CxCore.Ratings;
using CxCore.Service;
using NodaTime;

namespace CxCore.Tests.Conventions;

/// <summary>
/// Debug builds check arithmetic overflow (Directory.Build.props). Range checks written as one unsigned comparison
/// (<c>(uint)(x - min) &lt;= span</c>, <c>(uint)enumValue &gt; max</c>) and multiplicative hashes rely on wrap-around:
/// unless they say <c>unchecked</c> they throw <see cref="OverflowException"/> in Debug where Release gives the
/// documented answer. Each case below takes the wrapping path with the value that wraps.
/// </summary>
public sealed class CheckedArithmeticTests
{
    private static readonly Instant T0 = Instant.FromUtc(2025, 6, 2, 9, 0);

#if DEBUG
    [Fact]
    public void DebugBuild_ChecksOverflow()
    {
        // Without this the Debug test run would prove nothing about wrap-around.
        int max = int.MaxValue;
        Assert.Throws<OverflowException>(() => max + 1);
    }
#endif

    [Theory]
    [InlineData(int.MinValue)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void RatingScaleContains_FarOffScale_IsFalse(int rating)
    {
        Assert.False(RatingScale.FivePoint.Contains(rating));
        Assert.False(RatingScale.FromRange(3, 100).Contains(rating));
    }

    [Fact]
    public void RatingCountsFromInts_IntMinValue_ThrowsArgumentOutOfRange() =>
        Assert.Throws<ArgumentOutOfRangeException>("ratings", () => RatingCounts.FromRatings(RatingScale.FivePoint, [3, int.MinValue]));

    [Fact]
    public void NegativeEnumValues_AreArgumentErrorsNotOverflows()
    {
        Assert.Throws<ArgumentOutOfRangeException>("status", () => CaseEvent.StatusChanged(T0, (CaseStatus)(-1)));
        Assert.Throws<ArgumentOutOfRangeException>("priority", () => new ServiceCase("c", CustomerId.From("a"), Channel.Email, (CasePriority)(-1), [CaseEvent.Opened(T0)]));
        Assert.Throws<ArgumentOutOfRangeException>("metric", () => SlaPolicy.None.TargetFor((SlaMetric)(-1), CasePriority.Low));
        Assert.Throws<ArgumentOutOfRangeException>("priority", () => SlaPolicy.None.TargetFor(SlaMetric.Resolution, (CasePriority)int.MinValue));
        Assert.Throws<ArgumentOutOfRangeException>("initiator", () => new Touchpoint(
            "t", CustomerId.From("a"), T0, Channel.Email, LifecycleModel.Default.Stages[0], Department.Sales, (Initiator)(-1), TouchpointOutcome.Succeeded));
    }

    [Fact]
    public void PathInterning_NamesWithHighCharacters_DoNotOverflow()
    {
        // The interning cache hashes characters with 32-bit multiplications that wrap.
        var paths = new[]
        {
            ConversionPath.FromCounts(["\uFFFF\uFFFE", "\uD83D\uDE00 chat", "a"], conversions: 1, nonConversions: 0),
            ConversionPath.FromCounts(["\uFFFF\uFFFE", "a"], conversions: 0, nonConversions: 1),
        };

        PathCollection collection = PathCollection.From(paths);
        Assert.Equal(3, collection.StepNames.Count);
    }
}
