using CxCore.Ratings;
using CxCore.Service;
using CxCore.Simulation;
using NodaTime;

namespace CxCore.Tests.Simulation;

public sealed partial class SyntheticCxTests
{
    // One mid-sized data set shared by the read-only checks (generated once, in well under a second).
    private static readonly Lazy<SyntheticCxData> Shared = new(() => SyntheticCx.Generate(new SyntheticCxOptions { Customers = 3000 }));

    private static SyntheticCxData Data => Shared.Value;

    [Fact]
    public void Generate_SameSeed_GivesEqualData()
    {
        var options = new SyntheticCxOptions { Customers = 300, Seed = 7 };
        SyntheticCxData a = SyntheticCx.Generate(options);
        SyntheticCxData b = SyntheticCx.Generate(options);

        Assert.Equal(a.Customers, b.Customers);
        Assert.Equal(a.Touchpoints, b.Touchpoints);
        Assert.Equal(a.Feedback, b.Feedback);
        Assert.Equal(a.ServiceCases, b.ServiceCases);
        Assert.Equal(a.Journeys, b.Journeys);
        Assert.Equal(a.GroundTruth.InitialSatisfaction, b.GroundTruth.InitialSatisfaction);
        Assert.Equal(a.GroundTruth.Satisfaction, b.GroundTruth.Satisfaction);
    }

    [Fact]
    public void Generate_DifferentSeed_GivesDifferentData()
    {
        SyntheticCxData a = SyntheticCx.Generate(new SyntheticCxOptions { Customers = 50, Seed = 1 });
        SyntheticCxData b = SyntheticCx.Generate(new SyntheticCxOptions { Customers = 50, Seed = 2 });

        Assert.NotEqual(a.Touchpoints, b.Touchpoints);
        Assert.NotEqual(a.GroundTruth.InitialSatisfaction, b.GroundTruth.InitialSatisfaction);
    }

    [Fact]
    public void Generate_ChangingOptionsAfterwards_DoesNotMatter()
    {
        var options = new SyntheticCxOptions { Customers = 20 };
        SyntheticCxData before = SyntheticCx.Generate(options);
        options.Plans.Clear();

        Assert.Equal(20, before.Customers.Count);
        Assert.Throws<ArgumentException>("options", () => SyntheticCx.Generate(options));
    }

    [Fact]
    public void Options_Defaults_AreTheDocumentedOnes()
    {
        var o = new SyntheticCxOptions();

        Assert.Equal(42, o.Seed);
        Assert.Equal(1000, o.Customers);
        Assert.Equal(Instant.FromUtc(2025, 1, 1, 0, 0), o.Start);
        Assert.Equal(Duration.FromDays(365), o.Span);
        Assert.Equal(["Basic", "Pro", "Enterprise"], o.Plans.Select(p => p.Name));
        Assert.Equal(["EMEA", "Americas", "APAC"], o.Regions.Select(p => p.Name));
        Assert.Equal(["Standard", "Priority"], o.Tiers.Select(p => p.Name));
        Assert.Contains("Europe/London", o.TimeZoneIds);
        Assert.Contains("America/New_York", o.TimeZoneIds);
        Assert.Contains("Australia/Sydney", o.TimeZoneIds);
        Assert.Equal((0.5, 0.2, 10.0), (o.BaselineSatisfaction, o.SatisfactionStandardDeviation, o.TouchpointsPerCustomer));
        Assert.Equal((0.3, 0.5, 0.04), (o.SurveyResponseRate, o.TransactionalSurveyRate, o.StalledServiceCaseShare));
        Assert.Equal((0.05, 0.4, 0.25, 0.2, 0.15), (o.SuccessEffect, o.FailureEffect, o.AbandonEffect, o.RepeatContactEffect, o.LongWaitEffect));
        Assert.Equal(Duration.FromMinutes(10), o.LongWait);
        Assert.Equal(Department.WellKnown.Count, o.DepartmentFailureRates.Count);
        Assert.Equal(Channel.WellKnown.Count, o.ChannelEffects.Count);
        Assert.Equal(0.12, o.DepartmentFailureRates[Department.CustomerService]);
        Assert.Equal(-0.05, o.ChannelEffects[Channel.Chatbot]);
    }

    [Fact]
    public void Generate_Defaults_GivesOneJourneyPerCustomerWithUniqueIds()
    {
        SyntheticCxData data = SyntheticCx.Generate(new SyntheticCxOptions());

        Assert.Equal(1000, data.Customers.Count);
        Assert.Equal(1000, data.Journeys.Count);
        Assert.Equal(data.Customers.Select(c => c.Id), data.Journeys.Select(j => j.Customer));
        Assert.Equal(1000, data.Customers.Select(c => c.Id).Distinct().Count());
        Assert.Equal(data.Touchpoints.Count, data.Touchpoints.Select(t => t.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(data.Feedback.Count, data.Feedback.Select(f => f.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(data.ServiceCases.Count, data.ServiceCases.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(data.Journeys.Sum(j => j.Touchpoints.Count), data.Touchpoints.Count);
        Assert.Equal(data.Journeys.Sum(j => j.Feedback.Count), data.Feedback.Count);
        Assert.Equal(Instant.FromUtc(2025, 1, 1, 0, 0), data.Start);
        Assert.Equal(Instant.FromUtc(2026, 1, 1, 0, 0), data.End);
    }

    [Fact]
    public void Touchpoints_AverageNearTheMean_AndEveryCustomerHasAtLeastThree()
    {
        // Mean 10 before churn cuts; churn removes only the renewal/advocacy tail of a few journeys.
        double mean = (double)Data.Touchpoints.Count / Data.Customers.Count;

        Assert.InRange(mean, 9.0, 10.3);
        Assert.All(Data.Journeys, j => Assert.True(j.Touchpoints.Count >= 3));
    }

    [Fact]
    public void Everything_HappensInsideThePeriod()
    {
        Assert.All(Data.Touchpoints, t => Assert.InRange(t.At, Data.Start, Data.End - Duration.Epsilon));
        Assert.All(Data.Feedback, f => Assert.InRange(f.At, Data.Start, Data.End - Duration.Epsilon));
        Assert.All(Data.ServiceCases, c => Assert.All(c.Events, e => Assert.InRange(e.At, Data.Start, Data.End - Duration.Epsilon)));
    }

    [Fact]
    public void Journeys_MoveThroughTheStagesInOrder_FromAwarenessToPurchase()
    {
        foreach (Journey journey in Data.Journeys)
        {
            Assert.Equal(["Awareness", "Consideration", "Purchase"], journey.Touchpoints.Take(3).Select(t => t.Stage.Name));
            for (int i = 1; i < journey.Touchpoints.Count; i++)
            {
                Assert.True(journey.Touchpoints[i - 1].Stage <= journey.Touchpoints[i].Stage);
            }
        }
    }

    [Fact]
    public void Customers_AreAcquiredAtTheirPurchase_AndCarryTheirSegments()
    {
        var plans = new HashSet<string>(new SyntheticCxOptions().Plans.Select(p => p.Name));
        for (int i = 0; i < Data.Customers.Count; i++)
        {
            Customer customer = Data.Customers[i];
            Assert.Equal(Data.Journeys[i].Touchpoints[2].At, customer.AcquiredAt);
            Assert.Contains(customer.Attributes["plan"], plans);
            Assert.Contains(customer.Attributes["region"], new[] { "EMEA", "Americas", "APAC" });
            Assert.Contains(customer.Attributes["tier"], new[] { "Standard", "Priority" });
            Assert.Contains(customer.Zone.Id, new SyntheticCxOptions().TimeZoneIds);
        }

        // Shares 0.5 / 0.35 / 0.15 of 3000: the Basic count has SD sqrt(3000 * 0.25) ≈ 27; allow 5 SD.
        Assert.InRange(Data.Customers.Count(c => c.Attributes["plan"] == "Basic"), 1500 - 137, 1500 + 137);
    }

    [Fact]
    public void Touchpoints_LieInLocalWakingHours()
    {
        var zones = Data.Customers.ToDictionary(c => c.Id, c => c.Zone);
        Assert.All(Data.Touchpoints, t =>
        {
            LocalTime local = t.At.InZone(zones[t.Customer]).TimeOfDay;
            Assert.InRange(local, new LocalTime(8, 0), new LocalTime(21, 0));
        });
    }

    [Fact]
    public void Outcomes_AreChurnedOnlyBeforeRenewal_AndRenewedAfterIt()
    {
        Assert.Contains(Data.Journeys, j => j.Outcome == JourneyOutcome.Churned);
        Assert.Contains(Data.Journeys, j => j.Outcome == JourneyOutcome.Renewed);
        Assert.Contains(Data.Journeys, j => j.Outcome == JourneyOutcome.Converted);
        LifecycleStage renewal = LifecycleModel.Default.GetStage("Renewal");
        foreach (Journey journey in Data.Journeys)
        {
            bool reached = journey.Touchpoints.Any(t => t.Stage >= renewal);
            if (journey.Outcome == JourneyOutcome.Churned || journey.Outcome == JourneyOutcome.Converted)
            {
                Assert.False(reached);
            }
            else
            {
                Assert.True(reached);
            }
        }
    }

    [Fact]
    public void GroundTruth_MoreFailedTouchpoints_MeansLowerSatisfactionOnAverage()
    {
        double MeanFor(Func<int, bool> failures) => Data.Journeys
            .Where(j => failures(j.Touchpoints.Count(t => t.Outcome == TouchpointOutcome.Failed)))
            .Average(j => Data.GroundTruth.Satisfaction[j.Customer]);

        double none = MeanFor(f => f == 0);
        double one = MeanFor(f => f == 1);
        double more = MeanFor(f => f >= 2);

        // Each failure costs 0.4 plus any repeat-contact cost, against a spread of about 1: the gaps are several SE wide.
        Assert.True(none > one + 0.2, $"0 failures {none:F3} vs 1 failure {one:F3}");
        Assert.True(one > more + 0.2, $"1 failure {one:F3} vs 2+ failures {more:F3}");
    }

    [Fact]
    public void GroundTruth_RepeatContacts_LowerSatisfaction()
    {
        static bool HasRepeat(Journey j)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            return j.Touchpoints.Where(t => t.Initiator == Initiator.Customer && t.Topic is not null).Any(t => !seen.Add(t.Topic!));
        }

        double with = Data.Journeys.Where(HasRepeat).Average(j => Data.GroundTruth.Satisfaction[j.Customer] - Data.GroundTruth.InitialSatisfaction[j.Customer]);
        double without = Data.Journeys.Where(j => !HasRepeat(j)).Average(j => Data.GroundTruth.Satisfaction[j.Customer] - Data.GroundTruth.InitialSatisfaction[j.Customer]);

        Assert.True(with < without - 0.2, $"change with repeats {with:F3}, without {without:F3}");
    }

    [Fact]
    public void GroundTruth_PromotersAreHappierThanDetractors()
    {
        var nps = Data.Feedback.Where(f => f.Instrument.Metric == RatingMetric.Nps).ToList();
        double promoters = nps.Where(f => f.Rating >= 9).Average(f => Data.GroundTruth.Satisfaction[f.Customer]);
        double detractors = nps.Where(f => f.Rating <= 6).Average(f => Data.GroundTruth.Satisfaction[f.Customer]);

        Assert.True(promoters > detractors + 0.5, $"promoters {promoters:F3}, detractors {detractors:F3}");
    }

    [Fact]
    public void GroundTruth_ExposesTheTrueRatesAndEffects()
    {
        GroundTruth truth = Data.GroundTruth;

        Assert.Equal(3000, truth.Satisfaction.Count);
        Assert.Equal(3000, truth.InitialSatisfaction.Count);
        Assert.Equal(0.12, truth.DepartmentFailureRates[Department.CustomerService]);
        Assert.Equal(0.04, truth.ChannelEffects[Channel.Phone]);
        Assert.Equal(0.06, truth.ChannelAbandonRates[Channel.Phone]);
        Assert.Equal(0.0, truth.ChannelAbandonRates[Channel.Email]);
        Assert.Equal((0.05, 0.4, 0.25, 0.2, 0.15), (truth.SuccessEffect, truth.FailureEffect, truth.AbandonEffect, truth.RepeatContactEffect, truth.LongWaitEffect));
        Assert.Equal(Duration.FromMinutes(10), truth.LongWait);

        // Initial satisfaction ~ Normal(0.5 + mean shift, 1): mean shift = 0.5(-0.2) + 0.35(0.1) + 0.15(0.3)
        // + 0.15(-0.1) + 0.15(0.2) = -0.005, so the mean is 0.495 with SE 1/sqrt(3000) ≈ 0.018; allow 5 SE.
        Assert.InRange(truth.InitialSatisfaction.Values.Average(), 0.495 - 0.09, 0.495 + 0.09);
    }

    [Fact]
    public void GroundTruth_DepartmentFailureRates_AreRecoveredFromTheTouchpoints()
    {
        // Customer-service touchpoints that were not abandoned fail with probability 0.12; with thousands of them the
        // observed share is within 5 binomial SE.
        var service = Data.Touchpoints.Where(t => t.Department == Department.CustomerService && t.Outcome != TouchpointOutcome.Abandoned).ToList();
        double failed = service.Count(t => t.Outcome == TouchpointOutcome.Failed);
        // Outcome: abandoned if u < a, failed if a <= u < a + 0.12, so P(failed | not abandoned) = 0.12 / (1 - a); the
        // abandon rate a is 0.06 for phone, 0.04 for chat, 0.10 for chatbot, 0 elsewhere: the conditional share lies in
        // [0.12, 0.12 / 0.9 = 0.1333].
        double se = Math.Sqrt(0.12 * 0.88 / service.Count);

        Assert.InRange(failed / service.Count, 0.12 - (5 * se), 0.1333 + (5 * se));
    }

    [Fact]
    public void Feedback_NpsIsRelationship_CsatAndCesAreLinkedToTheCustomersTouchpoints()
    {
        var points = Data.Touchpoints.ToDictionary(t => t.Id, StringComparer.Ordinal);
        Assert.Contains(Data.Feedback, f => f.Instrument == FeedbackInstrument.Nps);
        Assert.Contains(Data.Feedback, f => f.Instrument == FeedbackInstrument.Csat);
        Assert.Contains(Data.Feedback, f => f.Instrument == FeedbackInstrument.Ces);
        foreach (Feedback f in Data.Feedback)
        {
            if (f.Instrument.Metric == RatingMetric.Nps)
            {
                Assert.False(f.IsTransactional);
                continue;
            }

            Touchpoint point = points[f.TouchpointId!];
            Assert.Equal(point.Customer, f.Customer);
            Assert.True(f.At > point.At);
            Assert.NotEqual(TouchpointOutcome.Abandoned, point.Outcome);
            if (f.Instrument.Metric == RatingMetric.Ces)
            {
                Assert.Equal(Department.CustomerService, point.Department);
                Assert.Equal(Initiator.Customer, point.Initiator);
            }
        }

        // About 30 % answer surveys; each answering customer gives exactly one NPS.
        var npsCustomers = Data.Feedback.Where(f => f.Instrument.Metric == RatingMetric.Nps).Select(f => f.Customer).ToList();
        Assert.Equal(npsCustomers.Count, npsCustomers.Distinct().Count());
        Assert.InRange(npsCustomers.Count, 900 - 125, 900 + 125);   // binomial SD sqrt(3000·0.3·0.7) ≈ 25
    }

    [Fact]
    public void Csat_FollowsTheTouchpointOutcome()
    {
        var points = Data.Touchpoints.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var csat = Data.Feedback.Where(f => f.Instrument.Metric == RatingMetric.Csat).ToList();
        double succeeded = csat.Where(f => points[f.TouchpointId!].Outcome == TouchpointOutcome.Succeeded).Average(f => f.Rating);
        double failed = csat.Where(f => points[f.TouchpointId!].Outcome == TouchpointOutcome.Failed).Average(f => f.Rating);

        // The model shifts the latent rating by +0.5 vs -1.5: a gap near 2 points before rounding and clamping.
        Assert.True(succeeded > failed + 1, $"succeeded {succeeded:F2}, failed {failed:F2}");
    }

    [Fact]
    public void ServiceCases_ComeFromSupportContacts_AndSomeAreStillOpen()
    {
        var points = Data.Touchpoints.Where(t => t.Stage.Name == "Support").ToList();
        Assert.NotEmpty(Data.ServiceCases);
        Assert.All(Data.ServiceCases, c => Assert.NotEqual(Channel.SelfService, c.Channel));

        int open = Data.ServiceCases.Count(c => c.CurrentStatus is not (CaseStatus.Solved or CaseStatus.Closed));
        Assert.True(open > 0);
        Assert.True(open < Data.ServiceCases.Count / 5, $"{open} open of {Data.ServiceCases.Count}");
        Assert.Contains(Data.ServiceCases, c => c.Events.Any(e => e.Kind == CaseEventKind.Reopened));
        Assert.Contains(Data.ServiceCases, c => c.Events.Any(e => e.Kind == CaseEventKind.BotHandoff));
        Assert.Contains(Data.ServiceCases, c => c.CurrentStatus == CaseStatus.Closed);
        Assert.True(points.Count > Data.ServiceCases.Count);
    }

    [Fact]
    public void ServiceCases_AgentRepliesFallInsideBusinessHours()
    {
        var zones = Data.Customers.ToDictionary(c => c.Id, c => c.Zone);
        int replies = 0;
        foreach (ServiceCase c in Data.ServiceCases)
        {
            foreach (CaseEvent e in c.Events.Where(e => e.Kind == CaseEventKind.AgentReply))
            {
                LocalDateTime local = e.At.InZone(zones[c.Customer]).LocalDateTime;
                Assert.True(local.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday), $"{c.Id}: reply on {local}");
                Assert.InRange(local.TimeOfDay, new LocalTime(9, 0), new LocalTime(17, 0));
                replies++;
            }
        }

        Assert.True(replies > Data.ServiceCases.Count / 2);
    }

    [Fact]
    public void Generate_StalledShareOne_LeavesEveryAgentHandledCaseOpen()
    {
        SyntheticCxData data = SyntheticCx.Generate(new SyntheticCxOptions { Customers = 200, StalledServiceCaseShare = 1 });

        Assert.All(
            data.ServiceCases.Where(c => c.Events.Any(e => e.Kind == CaseEventKind.AgentReply)),
            c => Assert.Equal(CaseStatus.Open, c.CurrentStatus));
    }

    [Fact]
    public void Generate_NoSurveyResponses_GivesNoFeedback() =>
        Assert.Empty(SyntheticCx.Generate(new SyntheticCxOptions { Customers = 100, SurveyResponseRate = 0 }).Feedback);

    [Fact]
    public void Generate_OneCustomerOneZoneOneSegment_Works()
    {
        SyntheticCxData data = SyntheticCx.Generate(new SyntheticCxOptions
        {
            Customers = 1,
            Plans = [new SyntheticSegment("Only", 1)],
            Regions = [new SyntheticSegment("Here", 2)],
            Tiers = [new SyntheticSegment("All", 3)],
            TimeZoneIds = ["Asia/Tokyo"],
            SatisfactionStandardDeviation = 0,
            TouchpointsPerCustomer = 3,
            Span = Duration.FromDays(1),
        });

        Assert.Single(data.Customers);
        Assert.Equal("Asia/Tokyo", data.Customers[0].Zone.Id);
        Assert.Equal(3, data.Touchpoints.Count);
        Assert.Equal(0.5, data.GroundTruth.InitialSatisfaction[data.Customers[0].Id]);
    }

    [Fact]
    public void Generate_NullOptions_Throws() => Assert.Throws<ArgumentNullException>("options", () => SyntheticCx.Generate(null!));

    public static TheoryData<string, Action<SyntheticCxOptions>> OutOfRange => new()
    {
        { "Customers", o => o.Customers = 0 },
        { "Customers", o => o.Customers = 10_000_001 },
        { "Start", o => o.Start = Instant.FromUtc(1899, 12, 31, 0, 0) },
        { "Start", o => o.Start = Instant.FromUtc(2200, 1, 2, 0, 0) },
        { "Span", o => o.Span = Duration.FromHours(23) },
        { "Span", o => o.Span = Duration.FromDays(36_501) },
        { "BaselineSatisfaction", o => o.BaselineSatisfaction = double.NaN },
        { "SatisfactionStandardDeviation", o => o.SatisfactionStandardDeviation = -0.1 },
        { "SatisfactionStandardDeviation", o => o.SatisfactionStandardDeviation = double.PositiveInfinity },
        { "TouchpointsPerCustomer", o => o.TouchpointsPerCustomer = 2.9 },
        { "TouchpointsPerCustomer", o => o.TouchpointsPerCustomer = 1000.1 },
        { "SurveyResponseRate", o => o.SurveyResponseRate = -0.01 },
        { "SurveyResponseRate", o => o.SurveyResponseRate = 1.01 },
        { "TransactionalSurveyRate", o => o.TransactionalSurveyRate = double.NaN },
        { "StalledServiceCaseShare", o => o.StalledServiceCaseShare = 2 },
        { "SuccessEffect", o => o.SuccessEffect = -1 },
        { "FailureEffect", o => o.FailureEffect = double.NaN },
        { "AbandonEffect", o => o.AbandonEffect = -0.1 },
        { "RepeatContactEffect", o => o.RepeatContactEffect = double.NegativeInfinity },
        { "LongWaitEffect", o => o.LongWaitEffect = -2 },
        { "LongWait", o => o.LongWait = Duration.Zero },
        { "DepartmentFailureRates[Billing]", o => o.DepartmentFailureRates[Department.Billing] = 0.81 },
        { "DepartmentFailureRates[Sales]", o => o.DepartmentFailureRates[Department.Sales] = -0.01 },
        { "ChannelEffects[Chat]", o => o.ChannelEffects[Channel.Chat] = double.NaN },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Generate_SettingOutOfRange_ThrowsNamingIt(string setting, Action<SyntheticCxOptions> spoil)
    {
        var options = new SyntheticCxOptions { Customers = 5 };
        spoil(options);

        var error = Assert.Throws<ArgumentOutOfRangeException>("options", () => SyntheticCx.Generate(options));

        Assert.Contains("SyntheticCxOptions." + setting, error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, Action<SyntheticCxOptions>> Invalid => new()
    {
        { "Plans", o => o.Plans = null! },
        { "Plans", o => o.Plans = [] },
        { "Plans[1]", o => o.Plans = [new SyntheticSegment("A", 1), null!] },
        { "Plans names the segment 'A' twice", o => o.Plans = [new SyntheticSegment("A", 1), new SyntheticSegment("A", 2)] },
        { "Regions", o => o.Regions = [] },
        { "Tiers", o => o.Tiers = null! },
        { "TimeZoneIds", o => o.TimeZoneIds = null! },
        { "TimeZoneIds", o => o.TimeZoneIds = [] },
        { "TimeZoneIds[1] ('Mars/Olympus')", o => o.TimeZoneIds = ["Europe/London", "Mars/Olympus"] },
        { "TimeZoneIds[0]", o => o.TimeZoneIds = [null!] },
        { "DepartmentFailureRates", o => o.DepartmentFailureRates = null! },
        { "DepartmentFailureRates has no entry for 'Quality'", o => o.DepartmentFailureRates.Remove(Department.Quality) },
        { "ChannelEffects", o => o.ChannelEffects = null! },
        { "ChannelEffects has no entry for 'Mail'", o => o.ChannelEffects.Remove(Channel.Mail) },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Generate_InvalidSetting_ThrowsNamingIt(string setting, Action<SyntheticCxOptions> spoil)
    {
        var options = new SyntheticCxOptions { Customers = 5 };
        spoil(options);

        var error = Assert.Throws<ArgumentException>("options", () => SyntheticCx.Generate(options));

        Assert.Contains("SyntheticCxOptions." + setting, error.Message, StringComparison.Ordinal);
    }
}
