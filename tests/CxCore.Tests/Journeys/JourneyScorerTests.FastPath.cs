using CxCore.Journeys;
using CxCore.Tests.Support;
using FsCheck.Xunit;
using NodaTime;
using static CxCore.Tests.Journeys.JourneyFixtures;

namespace CxCore.Tests.Journeys;

/// <summary>
/// The compact scoring path (Journey's scoring points and feedback links) against the plain evaluation of the documented
/// formula from the touchpoint objects (<see cref="ReferenceJourneyScore"/>): bit-identical on adversarial journeys and
/// options.
/// </summary>
public sealed partial class JourneyScorerTests
{
    private static readonly LifecycleModel OtherModel = LifecycleModel.Create("Other", "Trial", "Purchase", "Support");

    // Two instances of an equal model: stages compare equal across them, but the scorer's stage table is per instance.
    private static readonly LifecycleModel OtherModelTwin = LifecycleModel.Create("Other", "Trial", "Purchase", "Support");

    [Property]
    public bool ScoreValue_AdversarialJourneysAndOptions_BitIdenticalToReference(Seed seed)
    {
        var random = new Random(seed.Value);
        Journey journey = AdversarialJourney(random);
        JourneyScoringOptions options = AdversarialOptions(random);
        JourneyScorer scorer = new(options);
        long expected = BitConverter.DoubleToInt64Bits(ReferenceJourneyScore.Value(options, journey));
        return BitConverter.DoubleToInt64Bits(scorer.ScoreValue(journey)) == expected
            && BitConverter.DoubleToInt64Bits(scorer.Score(journey).Value) == expected;
    }

    [ScaledProperty(200)]
    public bool ScoreValue_ManyDistinctChannelsAndTopics_BitIdenticalToReference(Seed seed)
    {
        // More than 16 distinct channels and topics: Journey's keying switches from a linear scan to dictionaries.
        var random = new Random(seed.Value);
        Journey journey = AdversarialJourney(random, distinct: 40, length: 120);
        JourneyScoringOptions options = AdversarialOptions(random);
        JourneyScorer scorer = new(options);
        return BitConverter.DoubleToInt64Bits(scorer.ScoreValue(journey)) == BitConverter.DoubleToInt64Bits(ReferenceJourneyScore.Value(options, journey));
    }

    [Fact]
    public void ScoreValue_LongJourney_BitIdenticalToReference()
    {
        // Over 128 touchpoints ScoreValue rents pooled buffers instead of using the stack.
        var random = new Random(20251129);
        Journey journey = AdversarialJourney(random, distinct: 6, length: 700);
        var scorer = new JourneyScorer();
        Assert.Equal(BitConverter.DoubleToInt64Bits(ReferenceJourneyScore.Value(new JourneyScoringOptions(), journey)), BitConverter.DoubleToInt64Bits(scorer.ScoreValue(journey)));
    }

    [Fact]
    public void ScoreValue_WaitsBeyondNanosecondRange_ComparedExactly()
    {
        // Waits and an expected wait over 106 751 days do not fit a long of nanoseconds; they compare as Durations.
        CustomerId customer = CustomerId.From("w");
        Instant at = Instant.FromUtc(2025, 1, 1, 0, 0);
        Touchpoint Point(string id, Duration? wait) =>
            new(id, customer, at, Channel.Phone, Stage("Support"), Department.CustomerService, Initiator.Customer, TouchpointOutcome.Succeeded, waitTime: wait);
        Journey journey = Journey.Create(
            customer,
            [Point("a", Duration.FromDays(200_000)), Point("b", Duration.FromDays(200_001)), Point("c", Duration.FromDays(199_999)), Point("d", null)],
            []);
        foreach (Duration expectedWait in new[] { Duration.FromMinutes(5), Duration.FromDays(200_000), Duration.FromDays(300_000) })
        {
            var options = new JourneyScoringOptions { ExpectedWait = expectedWait };
            var scorer = new JourneyScorer(options);
            Assert.Equal(BitConverter.DoubleToInt64Bits(ReferenceJourneyScore.Value(options, journey)), BitConverter.DoubleToInt64Bits(scorer.ScoreValue(journey)));
        }
    }

    private static Journey AdversarialJourney(Random random, int distinct = 5, int length = 30)
    {
        CustomerId customer = CustomerId.From("x");
        Channel[] channels = [Channel.Phone, Channel.From("PHONE"), Channel.Chat, Channel.From("chat"), .. Enumerable.Range(0, distinct).Select(i => Channel.From("ch" + i))];
        string[] topics = ["billing", "Billing", "login", .. Enumerable.Range(0, distinct).Select(i => "t" + i)];
        LifecycleStage[] stages =
        [
            .. LifecycleModel.Default.Stages,
            .. random.Next(3) == 0 ? OtherModel.Stages : [],
            .. random.Next(3) == 0 ? OtherModelTwin.Stages : [],
        ];
        int n = random.Next(1, length + 1);
        int stage = random.Next(stages.Length);
        Instant at = Instant.FromUtc(2025, 1, 1, 0, 0) + Duration.FromTicks(random.NextInt64(0, TimeSpan.TicksPerDay));
        var points = new List<Touchpoint>();
        var answers = new List<Feedback>();
        for (int i = 0; i < n; i++)
        {
            // Equal instants, sub-tick steps, minutes, days and weeks.
            at += random.Next(6) switch
            {
                0 => Duration.Zero,
                1 => Duration.FromNanoseconds(random.Next(1, 300)),
                2 => Duration.FromMinutes(random.Next(1, 120)),
                3 => Duration.FromHours(random.Next(1, 48)),
                4 => Duration.FromDays(random.Next(1, 30)),
                _ => Duration.FromDays(7) + Duration.FromNanoseconds(random.Next(-200, 200)),
            };
            if (random.Next(3) == 0)
            {
                stage = random.Next(stages.Length);
            }

            // Duplicate ids now and then: feedback then rates every touchpoint with that id.
            string id = random.Next(10) == 0 && i > 0 ? "p" + random.Next(i) : "p" + i;
            var initiator = random.Next(3) == 0 ? Initiator.Company : Initiator.Customer;
            Duration? wait = random.Next(5) switch
            {
                0 => null,
                1 => Duration.FromMinutes(5),
                2 => Duration.FromMinutes(5) + Duration.FromNanoseconds(random.Next(-2, 3)),
                3 => Duration.FromSeconds(random.Next(0, 1200)),
                _ => random.Next(20) == 0 ? Duration.FromDays(random.Next(100_000, 300_000)) : null,
            };
            points.Add(new Touchpoint(
                id, customer, at, channels[random.Next(channels.Length)], stages[stage], Department.CustomerService, initiator,
                (TouchpointOutcome)random.Next(4), waitTime: wait, topic: random.Next(5) == 0 ? null : topics[random.Next(topics.Length)]));
            for (int k = random.Next(-4, 3); k > 0; k--)
            {
                FeedbackInstrument instrument = random.Next(3) switch { 0 => FeedbackInstrument.Nps, 1 => FeedbackInstrument.Csat, _ => FeedbackInstrument.Ces };
                string? target = random.Next(6) switch { 0 => null, 1 => "missing", _ => "p" + random.Next(i + 1) };
                answers.Add(new Feedback(
                    "f" + answers.Count, customer, at + Duration.FromMinutes(random.Next(0, 90)), instrument,
                    random.Next(instrument.Scale.Minimum, instrument.Scale.Maximum + 1), target));
            }
        }

        // Shuffled input: Journey.Create sorts it.
        Touchpoint[] shuffled = [.. points];
        random.Shuffle(shuffled);
        return Journey.Create(customer, shuffled, answers);
    }

    private static JourneyScoringOptions AdversarialOptions(Random random)
    {
        var options = new JourneyScoringOptions
        {
            SucceededSignal = (random.NextDouble() * 2) - 1,
            UnknownSignal = random.Next(2) == 0 ? 0 : (random.NextDouble() * 2) - 1,
            RepeatContactPenalty = random.NextDouble() * 2,
            RepeatWindow = Duration.FromDays(random.Next(1, 10)) + Duration.FromNanoseconds(random.Next(-500, 500)),
            ChannelSwitchPenalty = random.NextDouble(),
            ServiceEpisodeGap = Duration.FromHours(random.Next(1, 72)),
            ExpectedWait = random.Next(8) == 0 ? Duration.FromDays(random.Next(100_000, 300_000)) : Duration.FromMinutes(5),
            StallThreshold = Duration.FromDays(random.Next(1, 20)),
            DefaultStageWeight = random.Next(4) == 0 ? 0 : random.NextDouble() * 3,
            DefaultChannelWeight = random.Next(4) == 0 ? 0 : random.NextDouble() * 3,
            RecencyHalfLife = random.Next(4) == 0 ? null : Duration.FromDays(random.Next(1, 200)) + Duration.FromTicks(random.Next(0, 1000)),
        };
        if (random.Next(2) == 0)
        {
            options.ChannelWeights[Channel.Phone] = random.NextDouble() * 4;
            options.ChannelWeights[Channel.From("ch1")] = random.NextDouble() * 4;
        }

        if (random.Next(2) == 0)
        {
            options.StageWeights["Trial"] = random.NextDouble() * 4;
        }

        return options;
    }
}
