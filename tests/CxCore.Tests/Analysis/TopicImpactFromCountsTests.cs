using CxCore.Analysis;
using CxCore.Ratings;

namespace CxCore.Tests.Analysis;

public sealed class TopicImpactFromCountsTests
{
    // The data of ComputeAll_PerResponse_CountsEachTopicOnceAndSortsByImpact, as counts per rating (0..10):
    // all 200 responses: 20 at 0, 30 at 2, 10 at 7, 50 at 8, 10 at 9, 80 at 10; billing: 30 at 2, 10 at 7, 10 at 9;
    // app: 5 at 10.
    private static readonly RatingCounts All = RatingCounts.FromCounts(RatingScale.Nps, [20, 0, 30, 0, 0, 0, 0, 10, 50, 10, 80]);
    private static readonly RatingCounts Billing = RatingCounts.FromCounts(RatingScale.Nps, [0, 0, 30, 0, 0, 0, 0, 10, 0, 10, 0]);
    private static readonly RatingCounts App = RatingCounts.FromCounts(RatingScale.Nps, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5]);

    [Fact]
    public void ComputeAll_FromCounts_MatchesTheHandExample()
    {
        TopicImpactResult result = TopicImpact.ComputeAll(All, new Dictionary<string, RatingCounts> { ["app"] = App, ["billing"] = Billing });

        Assert.Equal(200L, result.Responses);
        Assert.Equal(["billing", "app"], result.Topics.Select(t => t.Topic));
        Assert.Equal(50, result.Topics[0].WithTopic.Count);
        // app: with it NPS 100 (5 promoters); without it (85 − 50)/195·100; impact = 100·5/200 … as the per-response test: 20 − 3500/195.
        Assert.Equal(20 - (3500.0 / 195), result.Topics[1].Impact, 10);
    }

    [Fact]
    public void ComputeAll_FromCounts_TopicLargerThanAll_ThrowsNamingTopicAndRating()
    {
        RatingCounts tooMany = RatingCounts.FromCounts(RatingScale.Nps, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 81]);

        var e = Assert.Throws<ArgumentException>(() => TopicImpact.ComputeAll(All, new Dictionary<string, RatingCounts> { ["app"] = tooMany }));

        Assert.Contains("app", e.Message, StringComparison.Ordinal);
        Assert.Contains("10", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ComputeAll_FromCounts_FivePointScale_Throws() =>
        Assert.Throws<ArgumentException>(() => TopicImpact.ComputeAll(RatingCounts.Empty(RatingScale.FivePoint), new Dictionary<string, RatingCounts>()));
}
