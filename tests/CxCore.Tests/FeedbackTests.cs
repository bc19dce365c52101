using CxCore.Ratings;
using NodaTime;

namespace CxCore.Tests;

public sealed class FeedbackTests
{
    private static readonly CustomerId Ann = CustomerId.From("ann");
    private static readonly Instant Noon = Instant.FromUtc(2025, 3, 1, 12, 0);

    [Fact]
    public void Constructor_AllFields_AreKept()
    {
        var f = new Feedback("f1", Ann, Noon, FeedbackInstrument.Csat, 4, "t9", "Quick and kind", 2.5, ["speed", "staff"]);

        Assert.Equal("f1", f.Id);
        Assert.Equal(Ann, f.Customer);
        Assert.Equal(Noon, f.At);
        Assert.Same(FeedbackInstrument.Csat, f.Instrument);
        Assert.Equal(4, f.Rating);
        Assert.Equal("t9", f.TouchpointId);
        Assert.True(f.IsTransactional);
        Assert.Equal("Quick and kind", f.Comment);
        Assert.Equal(2.5, f.Weight);
        Assert.Equal(["speed", "staff"], f.Topics);
        Assert.Contains("CSAT 4", f.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Defaults_AreRelationshipUnweightedNoTopics()
    {
        var f = new Feedback("f", Ann, Noon, FeedbackInstrument.Nps, 0);

        Assert.Null(f.TouchpointId);
        Assert.False(f.IsTransactional);
        Assert.Null(f.Comment);
        Assert.Equal(1.0, f.Weight);
        Assert.NotNull(f.Topics);
        Assert.Empty(f.Topics);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void Constructor_RatingAtScaleEnds_IsAccepted(int rating) =>
        Assert.Equal(rating, new Feedback("f", Ann, Noon, FeedbackInstrument.Nps, rating).Rating);

    [Fact]
    public void Topics_AreCopiedAndReadOnly()
    {
        string[] topics = ["a"];
        var f = new Feedback("f", Ann, Noon, FeedbackInstrument.Ces, 7, topics: topics);
        topics[0] = "b";

        Assert.Equal("a", f.Topics[0]);
        Assert.Throws<NotSupportedException>(() => ((IList<string>)f.Topics)[0] = "c");
    }

    [Fact]
    public void Constructor_NullId_Throws() => Assert.Throws<ArgumentNullException>("id", () => new Feedback(null!, Ann, Noon, FeedbackInstrument.Nps, 5));

    [Fact]
    public void Constructor_BlankId_Throws() => Assert.Throws<ArgumentException>("id", () => new Feedback(" ", Ann, Noon, FeedbackInstrument.Nps, 5));

    [Fact]
    public void Constructor_DefaultCustomer_Throws() =>
        Assert.Throws<ArgumentException>("customer", () => new Feedback("f", default, Noon, FeedbackInstrument.Nps, 5));

    [Fact]
    public void Constructor_NullInstrument_Throws() =>
        Assert.Throws<ArgumentNullException>("instrument", () => new Feedback("f", Ann, Noon, null!, 5));

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-3)]
    public void Constructor_RatingOffScale_ThrowsNamingRatingInstrumentAndScale(int rating)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>("rating", () => new Feedback("f", Ann, Noon, FeedbackInstrument.Csat, rating));

        Assert.Contains($"rating {rating}", error.Message, StringComparison.Ordinal);
        Assert.Contains("CSAT", error.Message, StringComparison.Ordinal);
        Assert.Contains("1..5", error.Message, StringComparison.Ordinal);
        Assert.Equal(rating, error.ActualValue);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_BlankTouchpointId_Throws(string touchpointId) =>
        Assert.Throws<ArgumentException>("touchpointId", () => new Feedback("f", Ann, Noon, FeedbackInstrument.Nps, 5, touchpointId));

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Constructor_BadWeight_Throws(double weight) =>
        Assert.Throws<ArgumentOutOfRangeException>("weight", () => new Feedback("f", Ann, Noon, FeedbackInstrument.Nps, 5, weight: weight));

    [Fact]
    public void Constructor_TinyPositiveWeight_IsAccepted() =>
        Assert.Equal(double.Epsilon, new Feedback("f", Ann, Noon, FeedbackInstrument.Nps, 5, weight: double.Epsilon).Weight);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankTopic_Throws(string? topic)
    {
        var error = Assert.Throws<ArgumentException>("topics", () => new Feedback("f", Ann, Noon, FeedbackInstrument.Nps, 5, topics: ["ok", topic!]));

        Assert.Contains("Topic 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equals_SameFields_AreEqual()
    {
        var a = new Feedback("f", Ann, Noon, FeedbackInstrument.Nps, 9, "t", "c", 2, ["x", "y"]);
        var b = new Feedback("f", Ann, Noon, FeedbackInstrument.Nps, 9, "t", "c", 2, ["x", "y"]);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a.Equals((object)b));
        Assert.False(a.Equals(null));
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a != null);
    }

    public static TheoryData<string> Variations => new(
        "id", "customer", "at", "instrument", "rating", "touchpoint", "comment", "weight", "topics", "topicOrder");

    [Theory]
    [MemberData(nameof(Variations))]
    public void Equals_AnyFieldDiffers_AreNotEqual(string field)
    {
        var a = new Feedback("f", Ann, Noon, FeedbackInstrument.Csat, 4, "t", "c", 2, ["x", "y"]);
        var b = new Feedback(
            field == "id" ? "g" : "f",
            field == "customer" ? CustomerId.From("Ann") : Ann,
            field == "at" ? Noon + Duration.FromSeconds(1) : Noon,
            field == "instrument" ? FeedbackInstrument.Custom("CSAT", RatingScale.FivePoint) : FeedbackInstrument.Csat,
            field == "rating" ? 5 : 4,
            field == "touchpoint" ? null : "t",
            field == "comment" ? "C" : "c",
            field == "weight" ? 2.0000001 : 2,
            field switch
            {
                "topics" => ["x"],
                "topicOrder" => ["y", "x"],
                _ => ["x", "y"],
            });

        Assert.NotEqual(a, b);
    }
}
