using CxCore.Ratings;
using NodaTime;

namespace CxCore.Tests;

public sealed class FeedbackScoresTests
{
    private static readonly CustomerId Ann = CustomerId.From("ann");
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 1, 9, 0);

    private static Feedback Answer(string id, FeedbackInstrument instrument, int rating, double weight = 1.0) =>
        new(id, Ann, T0, instrument, rating, weight: weight);

    [Fact]
    public void ToScores_MixedFeedback_EachMetricScoresItsOwnAnswers()
    {
        // NPS 10, 9, 6, 8 → 2 promoters, 1 detractor of 4 → NPS = 100 · (2 − 1) / 4 = 25.
        // CSAT 5, 4, 2 → top-2-box 2 of 3 → 66.67 %. CES 7, 6, 3, 4 on 1–7 → agree (5–7) 2, disagree (1–3) 1 → net 25.
        Feedback[] feedback =
        [
            Answer("n1", FeedbackInstrument.Nps, 10), Answer("c1", FeedbackInstrument.Csat, 5), Answer("n2", FeedbackInstrument.Nps, 9),
            Answer("e1", FeedbackInstrument.Ces, 7), Answer("n3", FeedbackInstrument.Nps, 6), Answer("c2", FeedbackInstrument.Csat, 4),
            Answer("e2", FeedbackInstrument.Ces, 6), Answer("n4", FeedbackInstrument.Nps, 8), Answer("c3", FeedbackInstrument.Csat, 2),
            Answer("e3", FeedbackInstrument.Ces, 3), Answer("e4", FeedbackInstrument.Ces, 4),
        ];

        Assert.Equal(25.0, feedback.ToNetPromoterScore().Value, 12);
        Assert.Equal(4.0, feedback.ToNetPromoterScore().Count);
        Assert.Equal(200.0 / 3, feedback.ToSatisfactionScore().Value, 12);
        Assert.Equal(25.0, feedback.ToEffortScore().NetEffort, 12);
        Assert.Equal(feedback.ToNetPromoterScore(), NetPromoterScore.FromRatings([10, 9, 6, 8]));
        Assert.Equal(feedback.ToSatisfactionScore(), SatisfactionScore.FromRatings(new List<int> { 5, 4, 2 }));
        Assert.Equal(feedback.ToEffortScore(), EffortScore.FromRatings(Enumerable.Range(3, 2).Concat([7, 6])));
    }

    [Fact]
    public void ToScores_NoAnswersOfTheMetric_EmptyScoreNotZero()
    {
        Feedback[] onlyCsat = [Answer("c1", FeedbackInstrument.Csat, 5), Answer("x1", FeedbackInstrument.Custom("Stars", RatingScale.FromRange(0, 10)), 9)];

        Assert.True(double.IsNaN(onlyCsat.ToNetPromoterScore().Value));
        Assert.True(double.IsNaN(Array.Empty<Feedback>().ToEffortScore().Mean));
        Assert.True(double.IsNaN(NetPromoterScore.FromRatings(new List<int>()).Value));
    }

    [Fact]
    public void ToScores_BadInput_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ((IEnumerable<Feedback>)null!).ToNetPromoterScore());
        Assert.Throws<ArgumentException>(() => new Feedback[] { null! }.ToSatisfactionScore());
        var weighted = Assert.Throws<ArgumentException>(() => new[] { Answer("n1", FeedbackInstrument.Nps, 9, weight: 2.5) }.ToNetPromoterScore());
        Assert.Contains("weight 2.5", weighted.Message, StringComparison.Ordinal);
        var outOfScale = Assert.Throws<ArgumentOutOfRangeException>(() => NetPromoterScore.FromRatings(new List<int> { 9, 11 }));
        Assert.Contains("11", outOfScale.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => EffortScore.FromRatings((IEnumerable<int>)null!));
    }
}
