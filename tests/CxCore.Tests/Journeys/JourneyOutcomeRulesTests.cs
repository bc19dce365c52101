using CxCore.Journeys;
using CxCore.Simulation;
using NodaTime;

namespace CxCore.Tests.Journeys;

public sealed class JourneyOutcomeRulesTests
{
    private static readonly CustomerId Ann = CustomerId.From("ann");
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 1, 9, 0);
    private static readonly LifecycleStage Awareness = LifecycleModel.Default.GetStage("Awareness");
    private static readonly LifecycleStage Purchase = LifecycleModel.Default.GetStage("Purchase");

    private static Touchpoint Point(string id, int hours, LifecycleStage stage, TouchpointOutcome outcome) =>
        new(id, Ann, T0 + Duration.FromHours(hours), Channel.Website, stage, Department.Sales, Initiator.Customer, outcome);

    [Theory]
    [InlineData(TouchpointOutcome.Succeeded, true)]
    [InlineData(TouchpointOutcome.Failed, false)]
    [InlineData(TouchpointOutcome.Abandoned, false)]
    [InlineData(TouchpointOutcome.Unknown, false)]
    public void SucceededAt_OnlySuccessAtTheStage(TouchpointOutcome outcome, bool expected)
    {
        var test = JourneyOutcomeRules.SucceededAt(Purchase);

        Assert.Equal(expected, test(Point("p", 0, Purchase, outcome)));
        Assert.False(test(Point("a", 0, Awareness, outcome)));
    }

    [Fact]
    public void ConvertedWhen_ConversionTouchpoint_Converted_ElseOtherwise()
    {
        var rule = JourneyOutcomeRules.ConvertedWhen(JourneyOutcomeRules.SucceededAt(Purchase));
        var withChurn = JourneyOutcomeRules.ConvertedWhen(JourneyOutcomeRules.SucceededAt(Purchase), JourneyOutcome.Churned);
        var bought = Journey.Create(Ann, [Point("a", 0, Awareness, TouchpointOutcome.Succeeded), Point("p", 1, Purchase, TouchpointOutcome.Succeeded)], []);
        var failed = Journey.Create(Ann, [Point("a", 0, Awareness, TouchpointOutcome.Succeeded), Point("p", 1, Purchase, TouchpointOutcome.Failed)], []);

        Assert.Equal(JourneyOutcome.Converted, rule(bought));
        Assert.Null(rule(failed));
        Assert.Equal(JourneyOutcome.Churned, withChurn(failed));
    }

    [Fact]
    public void ConvertedWhen_BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => JourneyOutcomeRules.ConvertedWhen(null!));
        Assert.Throws<ArgumentException>(() => JourneyOutcomeRules.ConvertedWhen(_ => true, default(JourneyOutcome)));
        Assert.Throws<ArgumentNullException>(() => JourneyOutcomeRules.SucceededAt(null!));
    }

    [Fact]
    public void Build_WithOutcomeRule_AssignsOutcomes_WithoutRule_LeavesThemUnknown()
    {
        Touchpoint[] points =
        [
            Point("a", 0, Awareness, TouchpointOutcome.Succeeded),
            Point("p", 1, Purchase, TouchpointOutcome.Succeeded),
            Point("later", 24 * 90, Awareness, TouchpointOutcome.Succeeded), // 90 days later: a second journey, no purchase
        ];
        var plain = new JourneyBuilder().Build(points, []);
        var ruled = new JourneyBuilder(new JourneyBuilderOptions { OutcomeRule = JourneyOutcomeRules.ConvertedWhen(JourneyOutcomeRules.SucceededAt(Purchase)) }).Build(points, []);

        Assert.All(plain.Journeys, j => Assert.Null(j.Outcome));
        Assert.Equal(2, ruled.Journeys.Count);
        Assert.Equal(JourneyOutcome.Converted, ruled.Journeys[0].Outcome);
        Assert.Null(ruled.Journeys[1].Outcome);
        Assert.Equal(plain.Journeys[0].Touchpoints, ruled.Journeys[0].Touchpoints);
    }

    [Fact]
    public void Build_RuleReturnsDefault_ThrowsNamingTheCustomer()
    {
        var builder = new JourneyBuilder(new JourneyBuilderOptions { OutcomeRule = _ => default(JourneyOutcome) });

        var error = Assert.Throws<InvalidOperationException>(() => builder.Build([Point("a", 0, Awareness, TouchpointOutcome.Succeeded)], []));

        Assert.Contains("customer 'ann'", error.Message, StringComparison.Ordinal);
    }

    // The synthetic company: every journey's third touchpoint is its Purchase; what follows (onboarding, usage,
    // support, renewal, advocacy) happens after the sale. Steps are named by stage so that post-purchase steps are
    // recognisable whatever the channel.
    private static readonly SyntheticCxData Company = SyntheticCx.Generate(new SyntheticCxOptions { Customers = 400, Seed = 11 });

    private static readonly string[] AfterPurchase = ["Onboarding", "Usage", "Support", "Renewal", "Advocacy"];

    private static IReadOnlyList<ConversionPath> CompanyPaths(bool keepWholeJourney)
    {
        Func<Touchpoint, bool> purchase = JourneyOutcomeRules.SucceededAt(Purchase);
        var builder = new JourneyBuilder(new JourneyBuilderOptions { OutcomeRule = JourneyOutcomeRules.ConvertedWhen(purchase) });
        var journeys = builder.Build(Company.Touchpoints, Company.Feedback).Journeys.Where(j => j.Touchpoints.Count > 0);
        return ConversionPath.FromJourneys(journeys, t => t.Stage.Name, purchase, keepWholeJourney);
    }

    [Fact]
    public void SyntheticCompany_BuiltJourneys_AttributionCreditsNothingAfterAConversion()
    {
        IReadOnlyList<ConversionPath> paths = CompanyPaths(keepWholeJourney: false);
        long conversions = paths.Sum(p => p.Conversions);
        Assert.True(conversions > 100, $"only {conversions} conversions");

        // Every converting path ends at its purchase and holds no post-purchase step.
        Assert.All(paths.Where(p => p.Conversions > 0), p => Assert.Equal("Purchase", p.Steps[^1]));
        Assert.All(paths.Where(p => p.Conversions > 0), p => Assert.DoesNotContain(p.Steps, AfterPurchase.Contains));

        AttributionResult[] results =
        [
            .. Enum.GetValues<AttributionModel>().Select(m => HeuristicAttribution.Compute(paths, m)),
            HeuristicAttribution.TimeDecay(paths, Duration.FromDays(7)),
            MarkovAttribution.Compute(paths),
        ];
        foreach (AttributionResult result in results)
        {
            Assert.Equal(conversions, result.TotalConversions);
            foreach (string stage in AfterPurchase.Where(s => result.Channels.Any(c => c.Channel == s)))
            {
                // Heuristic credit is exactly 0; Markov removal effects of a state with no path to conversion are 0 up to rounding.
                Assert.True(result[stage].Conversions < 1e-9 * conversions, $"{result.Model} credits {stage} with {result[stage].Conversions}");
            }
        }
    }

    [Fact]
    public void SyntheticCompany_WholeJourneys_CreditPostPurchaseContacts()
    {
        // The check above can fail: paths that keep the whole journey do credit post-purchase stages.
        var linear = HeuristicAttribution.Compute(CompanyPaths(keepWholeJourney: true), AttributionModel.Linear);

        Assert.True(linear["Support"].Conversions > 0);
        Assert.True(linear["Usage"].Conversions > 0);
    }

    [Fact]
    public void SyntheticCompany_NoOutcomeRule_AttributionIsLoud()
    {
        // Built without an outcome rule, no journey has an outcome: the journey-level test finds no conversion, and
        // attribution says so instead of reporting zero credits.
        var journeys = new JourneyBuilder().Build(Company.Touchpoints, Company.Feedback).Journeys.Where(j => j.Touchpoints.Count > 0).ToList();
        var paths = ConversionPath.FromJourneys(journeys, t => t.Channel.Name, j => j.Outcome == JourneyOutcome.Converted);

        var markov = Assert.Throws<InvalidOperationException>(() => MarkovAttribution.Compute(paths));
        var linear = Assert.Throws<InvalidOperationException>(() => HeuristicAttribution.Compute(paths, AttributionModel.Linear));
        var decay = Assert.Throws<InvalidOperationException>(() => HeuristicAttribution.TimeDecay(paths, Duration.FromDays(7)));

        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{journeys.Count:N0} journeys) and not one conversion"), markov.Message, StringComparison.Ordinal);
        Assert.Contains("JourneyBuilderOptions.OutcomeRule", markov.Message, StringComparison.Ordinal);
        Assert.StartsWith("Linear attribution needs at least one conversion", linear.Message, StringComparison.Ordinal);
        Assert.StartsWith("Time-decay attribution needs at least one conversion", decay.Message, StringComparison.Ordinal);
    }
}
