using CxCore.Journeys;
using CxCore.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit.Abstractions;
using static CxCore.Tests.Journeys.JourneyFixtures;

namespace CxCore.Tests.Journeys;

[Properties(Arbitrary = [typeof(JourneyScorerTests.Arbitraries)])]
public sealed partial class JourneyScorerTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-12;

    private static readonly JourneyScorer NoDecay = new(new JourneyScoringOptions { RecencyHalfLife = null });

    private static Journey JourneyOf(params Touchpoint[] points) => Journey.Create(Ann, points, []);

    [Fact]
    public void Score_FailureLongWaitAndChannelSwitch_MatchesHandCalculation()
    {
        // tp1 Awareness/Website, company, Succeeded:          b = 0.5, no penalty,           w = 1
        // tp2 Purchase/Website, customer, Failed:             b = -1,  no penalty,           w = 1.5 (moment of truth)
        // tp3 Support/Phone, customer, Succeeded, wait 10 min, 2 h after tp2 on another channel:
        //     b = 0.5, long wait 0.25 + channel switch 0.25 -> s = 0,                         w = 1.5
        // Σw = 4; Σ w·s = 0.5 - 1.5 + 0 = -1; Value = 100 · -1/4 = -25.
        // Contributions: 100·0.5/4 = 12.5; 100·1.5·(-1)/4 = -37.5; 0.
        // Pain: Failure at tp2 costs 100·1.5/4·1 = 37.5; tp3's penalties removed 100·1.5/4·0.5 = 18.75, split 0.25:0.25.
        Journey journey = JourneyOf(
            Point("tp1", 0, stage: "Awareness", outcome: TouchpointOutcome.Succeeded),
            Point("tp2", 1, stage: "Purchase", initiator: Initiator.Customer, outcome: TouchpointOutcome.Failed),
            Point("tp3", 1 + (2.0 / 24), stage: "Support", channel: Channel.Phone, department: Department.CustomerService,
                initiator: Initiator.Customer, outcome: TouchpointOutcome.Succeeded, wait: Duration.FromMinutes(10)));

        JourneyScore score = NoDecay.Score(journey);

        Assert.Equal(-25, score.Value, Tolerance);
        Assert.Equal([12.5, -37.5, 0], score.Contributions.Select(c => c.Contribution), new ToleranceComparer(Tolerance));
        Assert.Equal([1, 1.5, 1.5], score.Contributions.Select(c => c.Weight));
        Assert.Equal([0.5, -1, 0.5], score.Contributions.Select(c => c.BaseSignal));
        Assert.Equal([0.5, -1, 0], score.Contributions.Select(c => c.Signal));
        Assert.Equal(
            [(PainPointKind.Failure, "tp2", 37.5), (PainPointKind.ChannelSwitch, "tp3", 9.375), (PainPointKind.LongWait, "tp3", 9.375)],
            score.PainPoints.Select(p => (p.Kind, p.TouchpointId, Math.Round(p.Cost, 9))));
        PainPoint wait = score.PainPoints[2];
        Assert.Equal(("Support", "Phone", "CustomerService"), (wait.Stage.Name, wait.Channel.Name, wait.Department.Name));
        Assert.Equal(score.Value, NoDecay.ScoreValue(journey));
    }

    [Fact]
    public void Score_LinkedFeedback_OverridesOutcomeWithNormalisedMean()
    {
        // NPS 3 on 0..10: (3 - 5)/5 = -0.4; CSAT 4 on 1..5: (4 - 3)/2 = 0.5; mean 0.05 (the Failed outcome is ignored).
        // CES 7 on 1..7: (7 - 4)/3 = 1 for tp2. Both Usage, weight 1: Value = 100 · (0.05 + 1)/2 = 52.5.
        Touchpoint tp1 = Point("tp1", 0, outcome: TouchpointOutcome.Failed);
        Touchpoint tp2 = Point("tp2", 1);
        Journey journey = Journey.Create(
            Ann,
            [tp1, tp2],
            [
                Answer("f1", 0.1, "tp1", rating: 3),
                Answer("f2", 0.2, "tp1", instrument: FeedbackInstrument.Csat, rating: 4),
                Answer("f3", 1.1, "tp2", instrument: FeedbackInstrument.Ces, rating: 7),
            ]);

        JourneyScore score = NoDecay.Score(journey);

        Assert.Equal(0.05, score.Contributions[0].BaseSignal, Tolerance);
        Assert.Equal(1, score.Contributions[1].BaseSignal, Tolerance);
        Assert.Equal(52.5, score.Value, Tolerance);
        Assert.Empty(score.PainPoints); // mean feedback 0.05 is not negative, and feedback replaces the Failed outcome
    }

    [Fact]
    public void Score_NegativeFeedback_IsAPainPoint()
    {
        // CSAT 1: (1 - 3)/2 = -1. One touchpoint, weight 1: Value -100; cost 100 · 1 = 100.
        Journey journey = Journey.Create(Ann, [Point("tp1", 0)], [Answer("f1", 0.1, "tp1", instrument: FeedbackInstrument.Csat, rating: 1)]);

        JourneyScore score = NoDecay.Score(journey);

        Assert.Equal(-100, score.Value);
        PainPoint pain = Assert.Single(score.PainPoints);
        Assert.Equal(PainPointKind.NegativeFeedback, pain.Kind);
        Assert.Equal(100, pain.Cost, Tolerance);
    }

    [Fact]
    public void Score_RecencyDecay_HalvesTheWeightPerHalfLife()
    {
        // Half-life 30 days, reference = end (day 30). tp1 (day 0, Succeeded): w = 2^-1 = 0.5; tp2 (day 30, Failed): w = 1.
        // Value = 100 · (0.5·0.5 + 1·(-1))/1.5 = 100 · (-0.75/1.5) = -50.
        var scorer = new JourneyScorer(new JourneyScoringOptions { RecencyHalfLife = Duration.FromDays(30) });
        Journey journey = JourneyOf(Point("tp1", 0, outcome: TouchpointOutcome.Succeeded), Point("tp2", 30, outcome: TouchpointOutcome.Failed));

        JourneyScore score = scorer.Score(journey);

        Assert.Equal([0.5, 1], score.Contributions.Select(c => c.Weight), new ToleranceComparer(Tolerance));
        Assert.Equal(-50, score.Value, Tolerance);
    }

    [Fact]
    public void Score_ExplicitAsOf_ScalesWeightsButNotTheValue()
    {
        // asOf 30 days after the end multiplies every weight by 2^-1; the weighted mean is unchanged.
        var scorer = new JourneyScorer(new JourneyScoringOptions { RecencyHalfLife = Duration.FromDays(30) });
        Journey journey = JourneyOf(Point("tp1", 0, outcome: TouchpointOutcome.Succeeded), Point("tp2", 30, outcome: TouchpointOutcome.Failed));

        JourneyScore score = scorer.Score(journey, journey.End + Duration.FromDays(30));

        Assert.Equal([0.25, 0.5], score.Contributions.Select(c => c.Weight), new ToleranceComparer(Tolerance));
        Assert.Equal(-50, score.Value, Tolerance);
        Assert.Equal(score.Value, scorer.ScoreValue(journey, journey.End + Duration.FromDays(30)));
    }

    [Fact]
    public void Score_AsOfBeforeLastTouchpoint_Throws()
    {
        Journey journey = JourneyOf(Point("tp1", 0), Point("tp2", 5));

        Assert.Throws<ArgumentOutOfRangeException>(() => NoDecay.Score(journey, T0 + Duration.FromDays(4)));
        Assert.Throws<ArgumentOutOfRangeException>(() => NoDecay.ScoreValue(journey, T0 + Duration.FromDays(4)));
    }

    [Fact]
    public void Score_RepeatContactAboutTheSameTopic_IsPenalised()
    {
        // Two customer calls about "bill", 3 days apart (within 7 days, beyond the 1-day episode gap: no switch).
        // tp2: b = 0 (Unknown) - 0.5 = -0.5. Weights 1, 1: Value = 100 · (0 - 0.5)/2 = -25; repeat cost 50 · 0.5 = 25.
        Journey journey = JourneyOf(
            Point("tp1", 0, channel: Channel.Phone, initiator: Initiator.Customer, topic: "bill"),
            Point("tp2", 3, channel: Channel.Phone, initiator: Initiator.Customer, topic: "bill"));

        JourneyScore score = NoDecay.Score(journey);

        Assert.Equal(-25, score.Value, Tolerance);
        PainPoint pain = Assert.Single(score.PainPoints);
        Assert.Equal((PainPointKind.RepeatContact, "tp2"), (pain.Kind, pain.TouchpointId));
        Assert.Equal(25, pain.Cost, Tolerance);
    }

    [Fact]
    public void Score_SameTopicOutsideWindowOrFromCompany_IsNotARepeat()
    {
        Journey journey = JourneyOf(
            Point("tp1", 0, initiator: Initiator.Customer, topic: "bill"),
            Point("tp2", 8, initiator: Initiator.Customer, topic: "bill"), // 8 days > 7
            Point("tp3", 9, initiator: Initiator.Company, topic: "bill")); // company-initiated

        Assert.Empty(NoDecay.Score(journey).PainPoints);
    }

    [Fact]
    public void Score_Stall_PenalisesTheTouchpointThatEndsIt()
    {
        // Onboarding (day 0, Succeeded, w 1.5), then Usage 20 days later (> 14, new stage; Succeeded, w 1): s = 0.5 - 0.25.
        // Σ w·s = 0.75 + 0.25 = 1; Σ w = 2.5; Value = 40. Stall cost = 100 · 1/2.5 · 0.25 = 10.
        Journey journey = JourneyOf(
            Point("tp1", 0, stage: "Onboarding", outcome: TouchpointOutcome.Succeeded),
            Point("tp2", 20, stage: "Usage", outcome: TouchpointOutcome.Succeeded));

        JourneyScore score = NoDecay.Score(journey);

        Assert.Equal(40, score.Value, Tolerance);
        PainPoint pain = Assert.Single(score.PainPoints);
        Assert.Equal(PainPointKind.Stall, pain.Kind);
        Assert.Equal(10, pain.Cost, Tolerance);
    }

    [Fact]
    public void Score_PenaltiesBelowMinusOne_AreClampedAndCostNothingMore()
    {
        // Failed (-1) plus a repeat (0.5) and a switch (0.25) would be -1.75: clamped to -1. Only the failure costs
        // (100 · 1/2 = 50); the repeat and the switch cost 0 and are not listed as pain points.
        Journey journey = JourneyOf(
            Point("tp1", 0, channel: Channel.Chat, initiator: Initiator.Customer, topic: "x"),
            Point("tp2", 0.5, channel: Channel.Phone, initiator: Initiator.Customer, outcome: TouchpointOutcome.Failed, topic: "x"));

        JourneyScore score = NoDecay.Score(journey);

        Assert.Equal(-1, score.Contributions[1].Signal);
        Assert.Equal(-50, score.Value, Tolerance); // 100 · (0 - 1)/2
        PainPoint failure = Assert.Single(score.PainPoints);
        Assert.Equal((PainPointKind.Failure, 50.0), (failure.Kind, Math.Round(failure.Cost, 9)));
    }

    [Fact]
    public void Score_StageAndChannelWeights_AreApplied()
    {
        // Stage weight Usage 3, channel Phone 2: tp1 (Usage/Phone, Succeeded) w = 6; tp2 (Awareness/Website, Failed) w = 1.
        // Value = 100 · (6·0.5 - 1)/7 = 200/7.
        var options = new JourneyScoringOptions { RecencyHalfLife = null };
        options.StageWeights["usage"] = 3;
        options.ChannelWeights[Channel.Phone] = 2;
        var scorer = new JourneyScorer(options);
        Journey journey = JourneyOf(
            Point("tp1", 0, channel: Channel.Phone, outcome: TouchpointOutcome.Succeeded),
            Point("tp2", 1, stage: "Awareness", outcome: TouchpointOutcome.Failed));

        Assert.Equal(200.0 / 7, scorer.Score(journey).Value, Tolerance);
    }

    [Fact]
    public void Score_FailureOnAZeroWeightTouchpoint_CostsNothingAndIsNotAPainPoint()
    {
        // Awareness weighs 0: the failed tp2 has w = 0, so Value = 100 · (1·0.5 + 0·(−1))/1 = 50 and the failure costs
        // 100 · 0/1 · 1 = 0 points; it is not listed. The journey map, which adds pain points up, lists none either.
        var options = new JourneyScoringOptions { RecencyHalfLife = null };
        options.StageWeights["Awareness"] = 0;
        var scorer = new JourneyScorer(options);
        Journey journey = JourneyOf(
            Point("tp1", 0, outcome: TouchpointOutcome.Succeeded),
            Point("tp2", 1, stage: "Awareness", outcome: TouchpointOutcome.Failed));

        JourneyScore score = scorer.Score(journey);

        Assert.Equal(50, score.Value, Tolerance);
        Assert.Empty(score.PainPoints);
        Assert.Empty(JourneyMap.Build([journey], scorer).TopPainPoints);
    }

    [Fact]
    public void Score_FeedbackOnlyJourney_IsEmptyNaN()
    {
        Journey journey = Journey.Create(Ann, [], [Answer("f1", 0)]);

        JourneyScore score = NoDecay.Score(journey);

        Assert.True(score.IsEmpty);
        Assert.True(double.IsNaN(score.Value));
        Assert.Empty(score.Contributions);
        Assert.True(double.IsNaN(NoDecay.ScoreValue(journey)));
    }

    [Fact]
    public void Score_AllWeightsZero_IsEmptyNaN()
    {
        var scorer = new JourneyScorer(new JourneyScoringOptions { DefaultStageWeight = 0 });

        Assert.True(scorer.Score(JourneyOf(Point("tp1", 0))).IsEmpty);
    }

    [Fact]
    public void Score_LongJourney_ScoreValueUsesPooledBuffersAndAgrees()
    {
        Touchpoint[] points = Enumerable.Range(0, 300)
            .Select(i => Point($"tp{i:D3}", i * 0.05, outcome: (TouchpointOutcome)(i % 4), initiator: (Initiator)(i % 2), topic: i % 3 == 0 ? "t" : null))
            .ToArray();
        Journey journey = JourneyOf(points);

        Assert.Equal(new JourneyScorer().Score(journey).Value, new JourneyScorer().ScoreValue(journey));
    }

    [Fact]
    public void ToString_ListsValueContributionsAndPains()
    {
        string text = NoDecay.Score(JourneyOf(Point("tp1", 0, outcome: TouchpointOutcome.Failed))).ToString();

        Assert.StartsWith("Journey score of ann: -100\n", text, StringComparison.Ordinal);
        Assert.Contains("Pain points:\n", text, StringComparison.Ordinal);
        Assert.Contains("\ntp1  ", text, StringComparison.Ordinal);
        Assert.Contains("Failure", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_NullJourney_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => NoDecay.Score(null!));
        Assert.Throws<ArgumentNullException>(() => NoDecay.Score(null!, T0));
        Assert.Throws<ArgumentNullException>(() => NoDecay.ScoreValue(null!));
        Assert.Throws<ArgumentNullException>(() => NoDecay.ScoreValue(null!, T0));
        Assert.Throws<ArgumentNullException>(() => new JourneyScorer(null!));
    }

    public static TheoryData<string, Action<JourneyScoringOptions>> BadOptions => new()
    {
        { "SucceededSignal", o => o.SucceededSignal = 1.5 },
        { "FailedSignal", o => o.FailedSignal = -1.01 },
        { "AbandonedSignal", o => o.AbandonedSignal = double.NaN },
        { "UnknownSignal", o => o.UnknownSignal = 2 },
        { "RepeatContactPenalty", o => o.RepeatContactPenalty = -0.1 },
        { "ChannelSwitchPenalty", o => o.ChannelSwitchPenalty = 2.5 },
        { "LongWaitPenalty", o => o.LongWaitPenalty = double.NaN },
        { "StallPenalty", o => o.StallPenalty = -1 },
        { "RepeatWindow", o => o.RepeatWindow = Duration.Zero },
        { "ServiceEpisodeGap", o => o.ServiceEpisodeGap = Duration.FromHours(-1) },
        { "ExpectedWait", o => o.ExpectedWait = Duration.Zero },
        { "StallThreshold", o => o.StallThreshold = Duration.FromDays(-1) },
        { "RecencyHalfLife", o => o.RecencyHalfLife = Duration.Zero },
        { "DefaultStageWeight", o => o.DefaultStageWeight = -1 },
        { "DefaultChannelWeight", o => o.DefaultChannelWeight = double.PositiveInfinity },
        { "StageWeights[Purchase]", o => o.StageWeights["Purchase"] = double.NaN },
        { "ChannelWeights[Phone]", o => o.ChannelWeights[Channel.Phone] = -2 },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Ctor_SettingOutOfRange_ThrowsNamingIt(string name, Action<JourneyScoringOptions> spoil)
    {
        var options = new JourneyScoringOptions();
        spoil(options);

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new JourneyScorer(options));
        Assert.Equal(name, e.ParamName);
    }

    [Fact]
    public void Ctor_WeightForDefaultChannel_Throws()
    {
        var options = new JourneyScoringOptions();
        options.ChannelWeights[default] = 1;

        Assert.Throws<ArgumentException>(() => new JourneyScorer(options));
    }

    [Fact]
    public void Ctor_CopiesOptions()
    {
        var options = new JourneyScoringOptions { RecencyHalfLife = null };
        var scorer = new JourneyScorer(options);
        options.FailedSignal = 0;

        Assert.Equal(-100, scorer.ScoreValue(JourneyOf(Point("tp1", 0, outcome: TouchpointOutcome.Failed))));
    }

    // ---- Properties on random journeys from the seeded mini generator ----

    /// <summary>1–60 failed touchpoints, with a CES 7 answer linked to each or with no feedback at all.</summary>
    public sealed record ExtremeJourney(int Length, bool WithCes);

    /// <summary>A number from 0 to 1000 that picks one item of a list (modulo its length).</summary>
    public readonly record struct Pick(int Value);

    /// <summary>The generators of this class's properties.</summary>
    public static class Arbitraries
    {
        /// <summary>One customer's journey from the seeded mini generator: up to 40 touchpoints, 30% with feedback.</summary>
        public static Arbitrary<Journey> Journeys() => Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            var (points, answers, _) = new MiniJourneyGenerator { Customers = 1, MaxTouchpoints = 40, FeedbackRate = 0.3 }.Generate(seed);
            return Journey.Create(points[0].Customer, points, answers);
        }).ToArbitrary();

        public static Arbitrary<ExtremeJourney> Extremes() =>
            Gen.Choose(1, 60).Zip(Gen.Elements(true, false)).Select(p => new ExtremeJourney(p.Item1, p.Item2)).ToArbitrary();

        public static Arbitrary<Pick> Picks() => Gen.Choose(0, 1000).Select(p => new Pick(p)).ToArbitrary();
    }

    [Property]
    public bool Score_Contributions_SumExactlyToValueInRange(Journey journey)
    {
        var scorer = new JourneyScorer();
        JourneyScore score = scorer.Score(journey);
        double sum = 0;
        foreach (TouchpointContribution c in score.Contributions)
        {
            sum += c.Contribution;
        }

        return sum == score.Value && score.Value is >= -100 and <= 100 && scorer.ScoreValue(journey) == score.Value
            && score.PainPoints.All(p => p.Cost > 0);
    }

    [ScaledProperty(200)]
    public bool Score_AllSignalsExtreme_StaysExactlyInRange(ExtremeJourney input)
    {
        // All +1 (CES 7) or all -1 (Failed) with uneven decayed weights: rounding must not leave [-100, 100].
        var scorer = new JourneyScorer(new JourneyScoringOptions { RecencyHalfLife = Duration.FromDays(3) });
        Touchpoint[] points = Enumerable.Range(0, input.Length)
            .Select(i => Point($"tp{i:D2}", i * 0.37, stage: LifecycleModel.Default.Stages[i % 8].Name, outcome: TouchpointOutcome.Failed))
            .ToArray();
        Feedback[] answers = input.WithCes
            ? points.Select(p => new Feedback("f" + p.Id, Ann, p.At, FeedbackInstrument.Ces, 7, p.Id)).ToArray()
            : [];
        JourneyScore score = scorer.Score(Journey.Create(Ann, points, answers));
        double sum = 0;
        foreach (TouchpointContribution c in score.Contributions)
        {
            sum += c.Contribution;
        }

        return sum == score.Value && score.Value is >= -100 and <= 100 && Math.Abs(Math.Abs(score.Value) - 100) < 1e-9;
    }

    [Property]
    public bool Score_RaisingOneTouchpointsOutcome_NeverLowersTheValue(Journey journey, Pick pick)
    {
        // Outcome signals in increasing order: Failed -1 < Abandoned -0.75 < Unknown 0 < Succeeded 0.5.
        TouchpointOutcome[] ladder = [TouchpointOutcome.Failed, TouchpointOutcome.Abandoned, TouchpointOutcome.Unknown, TouchpointOutcome.Succeeded];
        var scorer = new JourneyScorer();
        int i = pick.Value % journey.Touchpoints.Count;
        Touchpoint t = journey.Touchpoints[i];
        int rung = Array.IndexOf(ladder, t.Outcome);
        if (rung == ladder.Length - 1)
        {
            return true;
        }

        var raised = new Touchpoint(t.Id, t.Customer, t.At, t.Channel, t.Stage, t.Department, t.Initiator, ladder[rung + 1], t.HandleTime, t.WaitTime, t.Topic);
        Touchpoint[] points = [.. journey.Touchpoints];
        points[i] = raised;
        Journey better = Journey.Create(journey.Customer, points, journey.Feedback);
        return scorer.ScoreValue(better) >= scorer.ScoreValue(journey);
    }

    [Property]
    public bool Score_RaisingOneLinkedRating_NeverLowersTheValue(Journey journey, Pick pick)
    {
        var scorer = new JourneyScorer();
        if (journey.Feedback.Count == 0)
        {
            return true;
        }

        Feedback[] answers = [.. journey.Feedback];
        int i = pick.Value % answers.Length;
        Feedback f = answers[i];
        if (f.Rating == f.Instrument.Scale.Maximum)
        {
            return true;
        }

        answers[i] = new Feedback(f.Id, f.Customer, f.At, f.Instrument, f.Rating + 1, f.TouchpointId);
        return scorer.ScoreValue(Journey.Create(journey.Customer, journey.Touchpoints, answers)) >= scorer.ScoreValue(journey);
    }

    [Fact]
    public void Score_MiniGenerator_SpearmanWithLatentSatisfactionAtLeast06()
    {
        // Own seeded generator (SyntheticCx is not on main yet): 2000 customers, one journey each.
        var (points, answers, latent) = new MiniJourneyGenerator { Customers = 2000 }.Generate(42);
        JourneyBuildResult built = new JourneyBuilder().Build(points, answers);
        Assert.Equal(2000, built.Journeys.Count);
        var scorer = new JourneyScorer();
        double[] scores = built.Journeys.Select(scorer.ScoreValue).ToArray();
        double[] truth = built.Journeys.Select(j => latent[j.Customer]).ToArray();

        double rho = Spearman(scores, truth);
        output.WriteLine($"Spearman(journey score, latent satisfaction) = {rho:0.0000} on the mini generator (2000 customers, seed 42)");

        Assert.True(rho >= 0.6, $"Spearman {rho:0.000} < 0.6");
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
