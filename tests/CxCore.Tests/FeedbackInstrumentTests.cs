using CxCore.Ratings;

namespace CxCore.Tests;

public sealed class FeedbackInstrumentTests
{
    [Fact]
    public void StandardInstruments_HaveTheirKindsNamesAndScales()
    {
        Assert.Equal((RatingMetric.Nps, "NPS", RatingScale.Nps), (FeedbackInstrument.Nps.Metric, FeedbackInstrument.Nps.Name, FeedbackInstrument.Nps.Scale));
        Assert.Equal((RatingMetric.Csat, "CSAT", RatingScale.FromRange(1, 5)), (FeedbackInstrument.Csat.Metric, FeedbackInstrument.Csat.Name, FeedbackInstrument.Csat.Scale));
        Assert.Equal((RatingMetric.Ces, "CES", RatingScale.FromRange(1, 7)), (FeedbackInstrument.Ces.Metric, FeedbackInstrument.Ces.Name, FeedbackInstrument.Ces.Scale));
        Assert.Equal("NPS (0..10)", FeedbackInstrument.Nps.ToString());
    }

    [Fact]
    public void Custom_NameAndScale_AreKept()
    {
        var q = FeedbackInstrument.Custom("Ease of install", RatingScale.FromRange(1, 10));

        Assert.Equal(RatingMetric.Custom, q.Metric);
        Assert.Equal("Ease of install", q.Name);
        Assert.Equal(RatingScale.FromRange(1, 10), q.Scale);
    }

    [Fact]
    public void Custom_NullName_Throws() => Assert.Throws<ArgumentNullException>("name", () => FeedbackInstrument.Custom(null!, RatingScale.Nps));

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Custom_BlankName_Throws(string name) => Assert.Throws<ArgumentException>("name", () => FeedbackInstrument.Custom(name, RatingScale.Nps));

    [Fact]
    public void Equals_ComparesKindNameAndScale()
    {
        var a = FeedbackInstrument.Custom("Q", RatingScale.FivePoint);

        Assert.Equal(a, FeedbackInstrument.Custom("Q", RatingScale.FivePoint));
        Assert.Equal(a.GetHashCode(), FeedbackInstrument.Custom("Q", RatingScale.FivePoint).GetHashCode());
        Assert.NotEqual(a, FeedbackInstrument.Custom("q", RatingScale.FivePoint));
        Assert.NotEqual(a, FeedbackInstrument.Custom("Q", RatingScale.SevenPoint));
        Assert.NotEqual(FeedbackInstrument.Csat, FeedbackInstrument.Custom("CSAT", RatingScale.FivePoint));
        Assert.False(a.Equals(null));
        Assert.True(a.Equals((object)FeedbackInstrument.Custom("Q", RatingScale.FivePoint)));
    }

    [Fact]
    public void EqualityOperators_CompareValuesNotReferences()
    {
        // Two custom instruments built separately are distinct objects but the same instrument.
        FeedbackInstrument a = FeedbackInstrument.Custom("Q", RatingScale.FivePoint), b = FeedbackInstrument.Custom("Q", RatingScale.FivePoint);

        Assert.False(ReferenceEquals(a, b));
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a != FeedbackInstrument.Custom("Q", RatingScale.SevenPoint));
        Assert.True(FeedbackInstrument.Nps == FeedbackInstrument.Nps);
        Assert.False(FeedbackInstrument.Nps == FeedbackInstrument.Csat);
        Assert.False(a == null);
        Assert.True((FeedbackInstrument?)null == null);
        Assert.True(a != null);
    }
}
