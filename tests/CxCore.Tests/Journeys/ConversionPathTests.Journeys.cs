using CxCore.Journeys;
using NodaTime;

namespace CxCore.Tests.Journeys;

public sealed partial class ConversionPathTests
{
    private static readonly CustomerId Ann = CustomerId.From("ann");
    private static readonly CustomerId Bob = CustomerId.From("bob");

    private static Touchpoint Point(string id, CustomerId customer, int hours, Channel channel) =>
        new(id, customer, T0 + Duration.FromHours(hours), channel, LifecycleModel.Default.Stages[0], Department.Marketing, Initiator.Company);

    private static Journey[] TwoJourneys =>
    [
        Journey.Create(Ann, [Point("a2", Ann, 5, Channel.Email), Point("a1", Ann, 1, Channel.Website)], [], JourneyOutcome.Converted),
        Journey.Create(Bob, [Point("b1", Bob, 2, Channel.Phone)], [], JourneyOutcome.Churned),
    ];

    [Fact]
    public void FromJourneys_TouchpointsInTimeOrder_WithTimesAndOutcome()
    {
        var paths = ConversionPath.FromJourneys(TwoJourneys, t => t.Channel.Name, j => j.Outcome == JourneyOutcome.Converted);

        Assert.Equal(2, paths.Count);
        Assert.Equal(["Website", "Email"], paths[0].Steps);
        Assert.Equal([T0 + Duration.FromHours(1), T0 + Duration.FromHours(5)], paths[0].StepTimes!);
        Assert.Equal((1L, 0L), (paths[0].Conversions, paths[0].NonConversions));
        Assert.Equal(["Phone"], paths[1].Steps);
        Assert.Equal((0L, 1L), (paths[1].Conversions, paths[1].NonConversions));
    }

    [Fact]
    public void FromJourneys_FeedsTimeDecay()
    {
        // Website 4 hours before the last step with a 4-hour half-life: weights 1/2 and 1, so Website gets 1/3.
        var paths = ConversionPath.FromJourneys(TwoJourneys, t => t.Channel.Name, j => j.Outcome == JourneyOutcome.Converted);

        var result = HeuristicAttribution.TimeDecay(paths, Duration.FromHours(4));

        Assert.Equal(1.0 / 3, result["Website"].Conversions, 14);
        Assert.Equal(2.0 / 3, result["Email"].Conversions, 14);
        Assert.Equal(0.0, result["Phone"].Conversions);
    }

    [Fact]
    public void FromJourneys_JourneyWithoutTouchpoints_Throws()
    {
        var feedbackOnly = Journey.Create(Ann, [], [new Feedback("f", Ann, T0, FeedbackInstrument.Nps, 9)]);

        var error = Assert.Throws<ArgumentException>(() => ConversionPath.FromJourneys([TwoJourneys[0], feedbackOnly], t => t.Channel.Name, (Journey _) => true));

        Assert.Equal("journeys", error.ParamName);
        Assert.Contains("position 1 (customer ann) has no touchpoints", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJourneys_BlankStepName_ThrowsNamingTheTouchpoint()
    {
        var error = Assert.Throws<ArgumentException>(() => ConversionPath.FromJourneys(TwoJourneys, t => t.Id == "b1" ? " " : "x", (Journey _) => true));

        Assert.Equal("step", error.ParamName);
        Assert.Contains("touchpoint 'b1' in the journey at position 1 is blank", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJourneys_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ConversionPath.FromJourneys(null!, t => "x", (Journey _) => true));
        Assert.Throws<ArgumentNullException>(() => ConversionPath.FromJourneys(TwoJourneys, null!, (Journey _) => true));
        Assert.Throws<ArgumentNullException>(() => ConversionPath.FromJourneys(TwoJourneys, t => "x", (Func<Journey, bool>)null!));
        Assert.Throws<ArgumentNullException>(() => ConversionPath.FromJourneys(TwoJourneys, t => "x", (Func<Touchpoint, bool>)null!));
        Assert.Throws<ArgumentException>(() => ConversionPath.FromJourneys([null!], t => "x", (Journey _) => true));
    }

    private static readonly LifecycleStage Purchase = LifecycleModel.Default.GetStage("Purchase");
    private static readonly LifecycleStage Support = LifecycleModel.Default.GetStage("Support");

    private static Touchpoint At(string id, CustomerId customer, int hours, Channel channel, LifecycleStage stage, TouchpointOutcome outcome) =>
        new(id, customer, T0 + Duration.FromHours(hours), channel, stage, Department.Sales, Initiator.Customer, outcome);

    // Ann: website, email, purchase by phone (succeeded), chat support, a second purchase on the website.
    // Bob: website, a failed purchase by phone.
    private static Journey[] PurchaseJourneys =>
    [
        Journey.Create(Ann, [
            At("a1", Ann, 1, Channel.Website, LifecycleModel.Default.Stages[0], TouchpointOutcome.Succeeded),
            At("a2", Ann, 2, Channel.Email, LifecycleModel.Default.Stages[1], TouchpointOutcome.Succeeded),
            At("a3", Ann, 3, Channel.Phone, Purchase, TouchpointOutcome.Succeeded),
            At("a4", Ann, 4, Channel.Chat, Support, TouchpointOutcome.Failed),
            At("a5", Ann, 5, Channel.Website, Purchase, TouchpointOutcome.Succeeded)], []),
        Journey.Create(Bob, [
            At("b1", Bob, 1, Channel.Website, LifecycleModel.Default.Stages[0], TouchpointOutcome.Succeeded),
            At("b2", Bob, 2, Channel.Phone, Purchase, TouchpointOutcome.Failed)], []),
    ];

    [Fact]
    public void FromJourneys_TouchpointTest_CutsAtFirstConversion()
    {
        var paths = ConversionPath.FromJourneys(PurchaseJourneys, t => t.Channel.Name, JourneyOutcomeRules.SucceededAt(Purchase));

        Assert.Equal(["Website", "Email", "Phone"], paths[0].Steps);
        Assert.Equal([T0 + Duration.FromHours(1), T0 + Duration.FromHours(2), T0 + Duration.FromHours(3)], paths[0].StepTimes!);
        Assert.Equal((1L, 0L), (paths[0].Conversions, paths[0].NonConversions));

        // A failed purchase is no conversion: the whole journey is a non-converting path.
        Assert.Equal(["Website", "Phone"], paths[1].Steps);
        Assert.Equal((0L, 1L), (paths[1].Conversions, paths[1].NonConversions));
    }

    [Fact]
    public void FromJourneys_KeepWholeJourney_KeepsStepsAfterTheConversion()
    {
        var paths = ConversionPath.FromJourneys(PurchaseJourneys, t => t.Channel.Name, JourneyOutcomeRules.SucceededAt(Purchase), keepWholeJourney: true);

        Assert.Equal(["Website", "Email", "Phone", "Chat", "Website"], paths[0].Steps);
        Assert.Equal((1L, 0L), (paths[0].Conversions, paths[0].NonConversions));
    }

    [Fact]
    public void FromJourneys_Cut_LinearCreditsNothingAfterThePurchase()
    {
        // Cut path Website > Email > Phone converts once: linear gives each 1/3; Chat (after the purchase) is not a step.
        // The whole journey Website > Email > Phone > Chat > Website gives Website 2/5, Email, Phone and Chat 1/5 each.
        var cut = HeuristicAttribution.Compute(ConversionPath.FromJourneys(PurchaseJourneys, t => t.Channel.Name, JourneyOutcomeRules.SucceededAt(Purchase)), AttributionModel.Linear);
        var whole = HeuristicAttribution.Compute(ConversionPath.FromJourneys(PurchaseJourneys, t => t.Channel.Name, JourneyOutcomeRules.SucceededAt(Purchase), keepWholeJourney: true), AttributionModel.Linear);

        Assert.DoesNotContain(cut.Channels, c => c.Channel == "Chat");
        Assert.Equal(1.0 / 3, cut["Website"].Conversions, 14);
        Assert.Equal(1.0 / 3, cut["Phone"].Conversions, 14);
        Assert.Equal(0.2, whole["Chat"].Conversions, 14);
        Assert.Equal(0.4, whole["Website"].Conversions, 14);
    }
}
