using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CxCore.Analysis;
using CxCore.Charts;
using CxCore.Csv;
using CxCore.Import;
using CxCore.Journeys;
using CxCore.Lifecycle;
using CxCore.Ratings;
using CxCore.Service;
using CxCore.Simulation;
using NodaTime;

namespace CxCore.Tests.Conventions;

/// <summary>
/// Values of every public data type for <see cref="JsonConventionTests"/>: results computed from a seeded synthetic
/// company (realistic, every member filled) plus hand-built edge cases (empty, undefined, default), and every value
/// of every public enum. The NativeAOT consumer (eng/aot-smoke, which compiles this file) round-trips exactly these
/// values, so it covers every public data type. No reflection: the file must stay trimming- and AOT-safe.
/// </summary>
internal static class JsonSamples
{
    private static readonly Lazy<(Dictionary<Type, object[]> Values, HashSet<Type> Equatable)> Samples = new(Build);

    internal static Dictionary<Type, object[]> All() => Samples.Value.Values;

    /// <summary>The sampled types that implement <see cref="IEquatable{T}"/> of themselves (compared with Equals after a round trip).</summary>
    internal static IReadOnlySet<Type> Equatable() => Samples.Value.Equatable;

    private static (Dictionary<Type, object[]>, HashSet<Type>) Build()
    {
        var s = new Dictionary<Type, object[]>();
        var equatable = new HashSet<Type>();
        void Add<T>(params T[] values)
            where T : notnull
        {
            s[typeof(T)] = [.. values.Cast<object>()];
            if (values[0] is IEquatable<T>)
            {
                equatable.Add(typeof(T));
            }
        }

        void AddEnum<T>()
            where T : struct, Enum => Add(Enum.GetValues<T>());

        SyntheticCxData data = SyntheticCx.Generate(new SyntheticCxOptions { Seed = 11, Customers = 120 });
        DateTimeZone paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

        // Model
        Add(data.Customers[0], data.Customers[1]);
        Add(data.Customers[0].Id, default(CustomerId));
        Add(Channel.Phone, Channel.From("Kiosk"), default(Channel));
        Add(Department.Billing, default(Department));
        Add(JourneyOutcome.Converted, default(JourneyOutcome));
        Add(LifecycleModel.Default, LifecycleModel.Create("Sales", "Lead", "Demo", "Deal"));
        Add(LifecycleModel.Default.Stages[0], LifecycleModel.Create("Sales", "Lead", "Demo", "Deal").Stages[2]);
        Add(FeedbackInstrument.Nps, FeedbackInstrument.Csat, FeedbackInstrument.Ces);
        Add(data.Touchpoints[0], data.Touchpoints[^1]);
        Add(data.Feedback[0], data.Feedback[^1]);
        Add(data.Journeys[0], data.Journeys[^1]);
        Add(data.ServiceCases[0].Events[0]);
        Add(data.ServiceCases[0], data.ServiceCases[^1]);

        // Ratings
        RatingCounts nps = RatingCounts.FromCounts(RatingScale.Nps, [3, 1, 0, 2, 1, 4, 5, 9, 12, 20, 31]);
        RatingCounts five = RatingCounts.FromCounts(RatingScale.FivePoint, [2, 3, 10, 30, 25]);
        RatingCounts seven = RatingCounts.FromCounts(RatingScale.SevenPoint, [1, 2, 3, 5, 8, 13, 21]);
        WeightedRatingCounts weighted = WeightedRatingCounts.FromRatings(RatingScale.FivePoint, [1, 3, 4, 5, 5], [0.5, 1.5, 2, 1, 0.25]);
        Add(RatingScale.Nps, RatingScale.FivePoint, RatingScale.FromRange(1, 3));
        Add(NpsBands.Standard, NpsBands.FromThresholds(RatingScale.FivePoint, 2, 5));
        Add(nps, five, RatingCounts.Empty(RatingScale.SevenPoint));
        Add(weighted, WeightedRatingCounts.Empty(RatingScale.Nps), WeightedRatingCounts.FromCounts(seven));
        Add(NetPromoterScore.FromCounts(nps), NetPromoterScore.FromCounts(WeightedRatingCounts.Empty(RatingScale.Nps)), default(NetPromoterScore));
        Add(SatisfactionScore.FromCounts(five), SatisfactionScore.FromCounts(weighted), default(SatisfactionScore));
        Add(EffortScore.FromCounts(seven), EffortScore.FromCounts(weighted), default(EffortScore));
        Add(NetPromoterScore.FromCounts(nps).Interval(), ConfidenceInterval.Undefined(0.9), default(ConfidenceInterval));
        Add(NetPromoterScore.Compare(NetPromoterScore.FromCounts(nps), NetPromoterScore.FromCounts(nps + nps)),
            SatisfactionScore.Compare(SatisfactionScore.FromCounts(five), SatisfactionScore.FromCounts(weighted)), default(ScoreComparison));

        // Analysis
        TrendResult trend = Trend.Build(data.Feedback, FeedbackInstrument.Nps, CalendarPeriod.Month, paris, data.Start, data.End);
        Add(trend, trend.Rolling(3));
        Add(trend.Points[0], trend.Points[^1]);
        var segments = new Dictionary<string, RatingCounts> { ["A"] = nps, ["B"] = nps + nps, ["C"] = RatingCounts.Empty(RatingScale.Nps) };
        SegmentComparisonResult comparison = SegmentComparison.Compare(segments, RatingMetric.Nps);
        Add(comparison, SegmentComparison.Compare(segments, RatingMetric.Nps, reference: "A"));
        Add(comparison.Segments[0], comparison.Segments[^1]);
        SegmentPairwiseResult pairwise = SegmentComparison.ComparePairwise(segments, RatingMetric.Nps);
        Add(pairwise);
        Add(pairwise.Pairs[0]);
        double[] outcome = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 4, 6];
        double[][] drivers = [[1, 3, 2, 5, 4, 6, 8, 7, 9, 9, 3, 5], [2, 2, 3, 3, 5, 5, 6, 7, 7, 9, 4, 4]];
        KeyDriverResult keyDrivers = KeyDriverAnalysis.Compute(outcome, drivers, ["speed", "price"], new KeyDriverOptions { BootstrapSamples = 50 });
        Add(keyDrivers);
        Add(keyDrivers.Drivers[0]);
        TopicImpactResult topics = TopicImpact.ComputeAll([9, 10, 3, 7, 0, 10, 8], [["billing"], ["app"], ["billing", "app"], [], ["billing"], ["app"], []]);
        Add(topics);
        Add(topics.Topics[0]);

        // Journeys
        JourneyMap map = JourneyMap.Build(data.Journeys, new JourneyScorer());
        Add(map, JourneyMap.Build([], new JourneyScorer()));
        Add(map.StageChannelCells[0]);
        Add(map.TopPainPoints[0]);
        Add(map.ImpactByDepartment[0]);
        JourneyScore score = data.Journeys.Select(j => new JourneyScorer().Score(j)).First(sc => sc.PainPoints.Count > 0);
        Add(score);
        Add(score.PainPoints[0]);
        Add(score.Contributions[0]);
        JourneyBuildResult built = new JourneyBuilder().Build(data.Touchpoints.Concat(data.Touchpoints.Take(3)), data.Feedback);
        Add(built);
        Add(built.Issues[0]);
        IReadOnlyList<ConversionPath> paths = ConversionPath.FromJourneys(data.Journeys, t => t.Channel.Name, j => j.Outcome == JourneyOutcome.Converted);
        Add(paths[0], ConversionPath.Parse("Search > Email > Web", 3, 5), ConversionPath.Single(["Web"], [Instant.FromUtc(2025, 1, 1, 0, 0)], converted: true));
        Add(PathCollection.From(paths), PathCollection.From([]));
        AttributionResult markov = MarkovAttribution.Compute(paths);
        Add(markov, HeuristicAttribution.Compute(paths, AttributionModel.LastTouch), HeuristicAttribution.Compute(paths, AttributionModel.Linear));
        Add(markov.Channels[0]);
        Funnel funnel = Funnel.Build([ConversionPath.Parse("Lead > Demo > Deal", 2, 1), ConversionPath.Parse("Lead > Demo", 0, 4)], ["Lead", "Demo", "Deal"]);
        Add(funnel);
        Add(funnel.Steps[0], funnel.Steps[^1]);
        Add(StepMatrix.Build(paths), StepMatrix.Build([]));

        // Service
        BusinessCalendar calendar = BusinessCalendar.Weekdays(paris, new LocalTime(9, 0), new LocalTime(17, 30)).WithHolidays(new LocalDate(2025, 12, 25));
        SlaPolicy policy = SlaPolicy.None.With(SlaMetric.FirstResponse, SlaTarget.FromBusinessTime(Duration.FromHours(4)))
            .With(SlaMetric.Resolution, CasePriority.Urgent, SlaTarget.FromCalendarTime(Duration.FromHours(8)));
        ServiceMetrics service = ServiceMetrics.Compute(data.ServiceCases, calendar, policy, data.End, "tier");
        Add(service, ServiceMetrics.Compute([], BusinessCalendar.AlwaysOpen(DateTimeZone.Utc), SlaPolicy.None, data.End));
        Add(calendar, BusinessCalendar.AlwaysOpen(DateTimeZone.Utc));
        Add(calendar.Hours[0], BusinessHours.FromOvernightTimes(IsoDayOfWeek.Friday, new LocalTime(22, 0), new LocalTime(6, 0)));
        Add(policy, SlaPolicy.None);
        Add(SlaTarget.FromBusinessTime(Duration.FromHours(4)), SlaTarget.FromCalendarTime(Duration.FromMinutes(90)));
        Add(service.Sla.Result(0, SlaMetric.FirstResponse), service.Sla.Result(0, SlaMetric.NextReply));
        Add(service.Overall.Attainment(SlaMetric.FirstResponse), default(SlaAttainment));
        Add(service.Overall.Summary(ServiceMetric.FirstResponse, TimeBasis.Business), default(DurationSummary));
        Add(DurationDistribution.FromDurations([Duration.FromMinutes(30), Duration.FromHours(2), Duration.FromMinutes(5)]), DurationDistribution.FromDurations([]));
        ResolutionCurve curve = service.Overall.ResolutionCurve(TimeBasis.Business);
        Add(curve, ResolutionCurve.FromObservations([]));
        Add(curve.Steps[0]);

        // Tables and charts
        Add(trend.ToTable(), ResultTable.FromRows(["text", "whole", "real", "empty"], [["a", 1L, 1.0, null], ["-2", -3L, double.NaN, null], ["", 0L, double.PositiveInfinity, "x"]]));
        Add(CxCharts.Trend(trend), CxCharts.Funnel(funnel));
        Add(ChartData.FromRows(trend.ToRows()));

        // Options and synthetic data
        Add(new TrendOptions(), new TrendOptions { Confidence = 0.9, Metric = RatingMetric.Csat });
        Add(new KeyDriverOptions(), new KeyDriverOptions { BootstrapSamples = 200, Seed = 7, MissingValues = MissingValueRule.Reject });
        Add(new ChartOptions(), new ChartOptions { Title = "NPS", XTitle = "Month", ValueMin = -100, ValueMax = 100 });
        Add(new JourneyBuilderOptions(), new JourneyBuilderOptions { InactivityGap = Duration.FromDays(3), CollapseRepeats = true });
        var scoring = new JourneyScoringOptions { RecencyHalfLife = null };
        scoring.ChannelWeights[Channel.Phone] = 2;
        Add(new JourneyScoringOptions(), scoring);
        Add(new BusinessCalendarOptions { TimeZone = paris }.AddWeekdayHours(new LocalTime(9, 0), new LocalTime(17, 0)).AddHoliday(new LocalDate(2025, 5, 1)));
        Add(new SyntheticSegment("SMB", 0.7, -0.1));
        Add(new SyntheticCxOptions(), new SyntheticCxOptions { Seed = 3, Customers = 10 });
        Add(data.GroundTruth);
        Add(SyntheticCx.Generate(new SyntheticCxOptions { Seed = 2, Customers = 15 }));

        // Import
        var report = new ImportReport(maxErrorsKept: 1);
        const string Csv = "id,customer,at,rating\r\nR1,C1,2026-01-01T10:00:00Z,9\r\nR2,C2,2026-01-01T11:00:00Z,11\r\nR3,C1,2026-01-02T10:00:00Z,x\r\n";
        var imported = new GenericSurveyReader(new GenericSurveyOptions("id", "customer", "at", "rating") { Instrument = FeedbackInstrument.Nps })
            .Read(new StringReader(Csv), report).ToList();
        Add(report, new ImportReport());
        Add(report.Errors[0]);
        Add(imported[0]);
        // Imported tickets come from the public reader (the AOT consumer compiles this file against the packages):
        // T-1 reports 30 business minutes to first reply where an always-open calendar gives 90 (its 90 calendar minutes
        // agree); T-3 a first resolution of 120 minutes, calendar and business, where its events give 300 (its first
        // reply and full resolution agree): three disagreements.
        const string Tickets =
            "Id,Requester id,Created at,Status,Updated at,Solved at,Priority,Via,Group,Reopens,First reply time in minutes,"
            + "First reply time in minutes within business hours,First resolution time in minutes,"
            + "First resolution time in minutes within business hours,Full resolution time in minutes,"
            + "Full resolution time in minutes within business hours\r\n"
            + "T-1,C1,2025-03-03 09:00:00,Open,2025-03-03 10:30:00,,Normal,Mail,,0,90,30,,,,\r\n"
            + "T-2,C2,2025-03-03 11:00:00,Open,2025-03-03 11:00:00,,Normal,Mail,,0,,,,,,\r\n"
            + "T-3,C1,2025-03-03 09:00:00,Solved,2025-03-03 14:00:00,2025-03-03 14:00:00,High,Web form,Support,0,60,60,120,120,300,300\r\n";
        var ticketReport = new ImportReport();
        List<ImportedCase> tickets = new ServiceCaseCsvReader(ServiceCaseMapping.Zendesk(DateTimeZone.Utc)).Read(new StringReader(Tickets), ticketReport).ToList();
        if (tickets.Count != 3)
        {
            throw new InvalidOperationException("The sample tickets did not all import: " + string.Join("; ", ticketReport.Errors.Select(e => e.Message)));
        }

        Add(tickets[0], tickets[1], tickets[2]);
        Add(tickets[0].HelpdeskDurations[0], new HelpdeskDuration(ServiceMetric.FirstResolution, TimeBasis.Business, Duration.FromHours(30)), default(HelpdeskDuration));
        HelpdeskComparison helpdesk = HelpdeskComparison.Compare(tickets, BusinessCalendar.AlwaysOpen(DateTimeZone.Utc), Instant.FromUtc(2025, 3, 4, 0, 0));
        if (helpdesk.Disagreements.Count != 3)
        {
            throw new InvalidOperationException($"The sample tickets should disagree with the helpdesk three times, not {helpdesk.Disagreements.Count}.");
        }

        Add([.. helpdesk.Disagreements]);

        // Lifecycle
        SyntheticLifecycleData lifecycle = SyntheticLifecycle.Generate(data, new SyntheticLifecycleOptions { Seed = 5 });
        Add(lifecycle);
        Add(lifecycle.GroundTruth);
        Add(new SyntheticLifecycleOptions(), new SyntheticLifecycleOptions { Seed = 9, TimeUnit = Duration.FromDays(1), R = 0.5, SatisfactionDropoutCorrelation = 0 });
        Add(lifecycle.Purchases[0], new ActivityEvent(CustomerId.From("C-9"), Instant.FromUtc(2025, 1, 2, 3, 4)), default(ActivityEvent));
        static Instant Midnight(Instant at) => Instant.FromUnixTimeSeconds(at.ToUnixTimeSeconds() / 86_400 * 86_400);
        Instant calibrationEnd = Midnight(data.Start + ((data.End - data.Start) / 2));
        ActivitySummary summary = ActivitySummary.Compute(data.Customers, lifecycle.Purchases, calibrationEnd, new ActivitySummaryOptions { HoldoutEnd = Midnight(data.End) });
        Add(summary, ActivitySummary.Compute(lifecycle.Purchases, calibrationEnd));
        Add(summary.Customers[0], summary.Customers[^1], default(CustomerActivity));
        Add(new ActivitySummaryOptions(), new ActivitySummaryOptions { TimeUnit = Duration.FromDays(1), TimeZoneId = "Europe/Paris", RepeatRule = RepeatRule.DistinctInstants, HoldoutEnd = data.End });
        BgNbdModel bgNbd = BgNbdModel.Fit(summary);
        GammaGammaModel gammaGamma = GammaGammaModel.Fit(summary);
        Add(bgNbd, BgNbdModel.FromParameters(0.25, 4.4, 0.8, 2.4));
        Add(gammaGamma, GammaGammaModel.FromParameters(6.25, 3.74, 15.44));
        Add(bgNbd.RParameter, gammaGamma.Parameters[2], default(ModelParameter));
        Add(bgNbd.Diagnostics!.Value, default(FitDiagnostics));
        CohortRetention retention = CohortRetention.Compute(data.Customers, lifecycle.Purchases, data.End);
        Add(retention, CohortRetention.Compute([], [], data.End, new CohortRetentionOptions { Period = CalendarPeriod.IsoWeek, TimeZoneId = "Europe/Paris", Definition = RetentionDefinition.StillActive, Level = 0.9 }));
        Add(retention.Cohorts[0], retention.Cohorts[^1]);
        Add(retention.Cohorts[0].Cells[0], retention.Cohorts[0].Cells[^1], default(RetentionCell));
        Add(new CohortRetentionOptions(), new CohortRetentionOptions { Period = CalendarPeriod.Quarter, Level = 0.8 });
        StageFlow flow = StageFlow.Compute(data.Touchpoints, data.End);
        Add(flow, StageFlow.Compute([], data.End));
        Add(flow.Transitions(data.Start + Duration.FromDays(30), data.End));
        StageFunnel stageFunnel = flow.Funnel();
        Add(stageFunnel, StageFlow.Compute([], data.End).Funnel());
        Add(stageFunnel.Steps[0], stageFunnel.Steps[^1]);
        SurvivalCurve inStage = flow.TimeInStage(LifecycleModel.Default.Stages[1]);
        Add(inStage, SurvivalCurve.FromObservations([], []));
        Add(inStage.Steps[0], default(SurvivalStep));
        SurvivalComparison byGroup = SurvivalComparison.ByNpsGroup(data.Customers, data.Feedback, lifecycle.ChurnedAt, data.End);
        Add(byGroup, SurvivalComparison.Compute([]));
        Add(byGroup.Groups[0]);
        Add(new SurvivalObservation("promoters", Duration.FromDays(30), true), new SurvivalObservation("detractors", Duration.Zero, false), default(SurvivalObservation));
        Duration[] times = [.. Enumerable.Range(1, 8).Select(d => Duration.FromDays(d))];
        CoxCovariate npsCovariate = CoxCovariate.From("nps", [9, 3, 10, 0, 7, 8, 2, 6]);
        CoxModel cox = CoxModel.Fit(times, [true, true, false, true, true, false, true, true], [npsCovariate, CoxCovariate.From("plan", [1, 0, 0, 1, 1, 0, 1, 0])]);
        Add(cox, CoxModel.Fit(times, [true, true, false, true, true, false, true, true], [npsCovariate], CoxTieMethod.Breslow));
        Add(cox.Coefficients[0], default(CoxCoefficient));
        Add(npsCovariate, CoxCovariate.From("empty", []));

        // Enums: every value
        AddEnum<TouchpointOutcome>();
        AddEnum<Initiator>();
        AddEnum<SlaOutcome>();
        AddEnum<SlaMetric>();
        AddEnum<CaseStatus>();
        AddEnum<ServiceMetric>();
        AddEnum<CaseEventKind>();
        AddEnum<CasePriority>();
        AddEnum<TimeBasis>();
        AddEnum<MissingValueRule>();
        AddEnum<CalendarPeriod>();
        AddEnum<CxCore.Lifecycle.RepeatRule>();
        AddEnum<CxCore.Lifecycle.RetentionDefinition>();
        AddEnum<CxCore.Lifecycle.CoxTieMethod>();
        AddEnum<FieldKind>();
        AddEnum<ImportErrorReason>();
        AddEnum<MeanIntervalMethod>();
        AddEnum<NpsComparisonMethod>();
        AddEnum<RatingMetric>();
        AddEnum<NpsIntervalMethod>();
        AddEnum<ProportionIntervalMethod>();
        AddEnum<PainPointKind>();
        AddEnum<FunnelKind>();
        AddEnum<AttributionModel>();
        AddEnum<JourneyBuildIssueKind>();
        AddEnum<InvalidByteHandling>();
        return (s, equatable);
    }
}
