using NodaTime;

namespace CxCore.Tests;

public sealed partial class JourneyTests
{
    private static readonly CustomerId Ann = CustomerId.From("ann");
    private static readonly Instant T0 = Instant.FromUtc(2025, 1, 1, 0, 0);

    private static Touchpoint Point(string id, int hours, CustomerId? customer = null) =>
        new(id, customer ?? Ann, T0 + Duration.FromHours(hours), Channel.Website, LifecycleModel.Default.Stages[0], Department.Marketing,
            Initiator.Company);

    private static Feedback Answer(string id, int hours, CustomerId? customer = null) =>
        new(id, customer ?? Ann, T0 + Duration.FromHours(hours), FeedbackInstrument.Nps, 8);

    [Fact]
    public void Create_SortsByInstantThenIdOrdinal()
    {
        var journey = Journey.Create(
            Ann,
            [Point("b", 5), Point("a", 5), Point("z", 1), Point("B", 5)],
            [Answer("f2", 9), Answer("f1", 3)]);

        // Ordinal: "B" (66) < "a" (97) < "b" (98).
        Assert.Equal(["z", "B", "a", "b"], journey.Touchpoints.Select(t => t.Id));
        Assert.Equal(["f1", "f2"], journey.Feedback.Select(f => f.Id));
    }

    [Fact]
    public void Create_TiesOnInstantAndId_KeepInputOrder()
    {
        var first = new Touchpoint("same", Ann, T0, Channel.Phone, LifecycleModel.Default.Stages[0], Department.Sales, Initiator.Customer);
        var second = new Touchpoint("same", Ann, T0, Channel.Email, LifecycleModel.Default.Stages[0], Department.Sales, Initiator.Customer);
        var earlier = Point("x", -1);

        var journey = Journey.Create(Ann, [first, second, earlier], []);

        Assert.Same(earlier, journey.Touchpoints[0]);
        Assert.Same(first, journey.Touchpoints[1]);
        Assert.Same(second, journey.Touchpoints[2]);
    }

    [Fact]
    public void StartEndSpan_CoverTouchpointsAndFeedback()
    {
        var journey = Journey.Create(Ann, [Point("a", 2), Point("b", 10)], [Answer("f", 1), Answer("g", 12)], JourneyOutcome.Renewed);

        Assert.Equal(Ann, journey.Customer);
        Assert.Equal(T0 + Duration.FromHours(1), journey.Start);
        Assert.Equal(T0 + Duration.FromHours(12), journey.End);
        Assert.Equal(Duration.FromHours(11), journey.Span);
        Assert.Equal(JourneyOutcome.Renewed, journey.Outcome);
        Assert.Contains("Renewed", journey.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_OnlyFeedback_IsAllowed()
    {
        var journey = Journey.Create(Ann, [], [Answer("f", 4)]);

        Assert.Empty(journey.Touchpoints);
        Assert.Equal(journey.Start, journey.End);
        Assert.Equal(Duration.Zero, journey.Span);
        Assert.Null(journey.Outcome);
    }

    [Fact]
    public void Create_OnlyTouchpoints_IsAllowed()
    {
        var journey = Journey.Create(Ann, [Point("a", 3), Point("b", 1)], []);

        Assert.Equal(T0 + Duration.FromHours(1), journey.Start);
        Assert.Equal(T0 + Duration.FromHours(3), journey.End);
    }

    [Fact]
    public void Create_NoItems_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Journey.Create(Ann, [], []));

        Assert.Contains("no touchpoints and no feedback", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DefaultCustomer_Throws() => Assert.Throws<ArgumentException>("customer", () => Journey.Create(default, [Point("a", 0)], []));

    [Fact]
    public void Create_NullTouchpoints_Throws() => Assert.Throws<ArgumentNullException>("touchpoints", () => Journey.Create(Ann, null!, []));

    [Fact]
    public void Create_NullFeedback_Throws() => Assert.Throws<ArgumentNullException>("feedback", () => Journey.Create(Ann, [], null!));

    [Fact]
    public void Create_NullTouchpointItem_Throws() => Assert.Throws<ArgumentNullException>("touchpoints", () => Journey.Create(Ann, [null!], []));

    [Fact]
    public void Create_NullFeedbackItem_Throws() => Assert.Throws<ArgumentNullException>("feedback", () => Journey.Create(Ann, [], [null!]));

    [Fact]
    public void Create_TouchpointOfOtherCustomer_ThrowsNamingId()
    {
        var error = Assert.Throws<ArgumentException>("touchpoints", () => Journey.Create(Ann, [Point("a", 0), Point("bobs", 1, CustomerId.From("bob"))], []));

        Assert.Contains("'bobs'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'bob'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_FeedbackOfOtherCustomer_ThrowsNamingId()
    {
        var error = Assert.Throws<ArgumentException>("feedback", () => Journey.Create(Ann, [], [Answer("fb", 0, CustomerId.From("bob"))]));

        Assert.Contains("'fb'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DefaultOutcome_Throws() =>
        Assert.Throws<ArgumentException>("outcome", () => Journey.Create(Ann, [Point("a", 0)], [], default(JourneyOutcome)));

    [Fact]
    public void Lists_AreReadOnly()
    {
        var journey = Journey.Create(Ann, [Point("a", 0)], [Answer("f", 0)]);

        Assert.Throws<NotSupportedException>(() => ((IList<Touchpoint>)journey.Touchpoints).Clear());
        Assert.Throws<NotSupportedException>(() => ((IList<Feedback>)journey.Feedback).Clear());
    }

    [Fact]
    public void Equals_SameItemsInAnyInputOrder_AreEqual()
    {
        var a = Journey.Create(Ann, [Point("a", 0), Point("b", 1)], [Answer("f", 2)], JourneyOutcome.Converted);
        var b = Journey.Create(Ann, [Point("b", 1), Point("a", 0)], [Answer("f", 2)], JourneyOutcome.From("converted"));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a.Equals((object)b));
        Assert.False(a.Equals(null));
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a != Journey.Create(Ann, [Point("a", 0)], [Answer("f", 2)]));
    }

    [Fact]
    public void Equals_DifferentOutcomeOrItems_AreNotEqual()
    {
        var a = Journey.Create(Ann, [Point("a", 0)], [Answer("f", 2)], JourneyOutcome.Converted);

        Assert.NotEqual(a, Journey.Create(Ann, [Point("a", 0)], [Answer("f", 2)]));
        Assert.NotEqual(a, Journey.Create(Ann, [Point("a", 0)], [Answer("f", 3)], JourneyOutcome.Converted));
        Assert.NotEqual(a, Journey.Create(Ann, [Point("a", 1)], [Answer("f", 2)], JourneyOutcome.Converted));
        Assert.NotEqual(a, Journey.Create(Ann, [Point("a", 0), Point("b", 0)], [Answer("f", 2)], JourneyOutcome.Converted));
        Assert.NotEqual(a, Journey.Create(Ann, [Point("a", 0)], [], JourneyOutcome.Converted));
    }
}
