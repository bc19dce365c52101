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

namespace CxCore.Tests.Display;

/// <summary>One or more instances of every public result type, from a small seeded synthetic company, for the display tests.</summary>
internal static class DisplaySamples
{
    private static readonly Lazy<IReadOnlyList<object>> Cached = new(Build);

    public static IReadOnlyList<object> All => Cached.Value;

    private static IReadOnlyList<object> Build()
    {
        var samples = new List<object>();
        SyntheticCxData data = SyntheticCx.Generate(new SyntheticCxOptions { Seed = 7, Customers = 300 });
        DateTimeZone london = DateTimeZoneProviders.Tzdb["Europe/London"];

        // Ratings
        RatingCounts nps = RatingCounts.FromRatings(RatingScale.Nps, data.Feedback.Where(f => f.Instrument == FeedbackInstrument.Nps).Select(f => (byte)f.Rating).ToArray());
        RatingCounts csat = RatingCounts.FromCounts(RatingScale.FivePoint, [3, 5, 10, 30, 40]);
        RatingCounts ces = RatingCounts.FromCounts(RatingScale.SevenPoint, [2, 3, 5, 10, 20, 30, 15]);
        samples.Add(nps);
        samples.Add(RatingCounts.Empty(RatingScale.Nps));
        samples.Add(WeightedRatingCounts.FromRatings(RatingScale.FivePoint, [1, 2, 5, 5, 4], [0.5, 1, 2, 1.5, 1]));
        samples.Add(NetPromoterScore.FromCounts(nps));
        samples.Add(NetPromoterScore.FromCounts(RatingCounts.Empty(RatingScale.Nps)));
        samples.Add(SatisfactionScore.FromCounts(csat));
        samples.Add(EffortScore.FromCounts(ces));
        samples.Add(NetPromoterScore.Compare(NetPromoterScore.FromCounts(nps), NetPromoterScore.FromCounts(RatingCounts.FromCounts(RatingScale.Nps, [5, 1, 1, 1, 1, 1, 3, 5, 5, 6, 6]))));
        samples.Add(NetPromoterScore.FromCounts(nps).Interval());

        // Analysis
        var year = new DateInterval(data.Start.InZone(london).Date, data.End.InZone(london).Date.PlusDays(-1));
        TrendResult trend = Trend.Build(data.Feedback, FeedbackInstrument.Nps, CalendarPeriod.Month, london, year);
        samples.Add(trend);
        var segments = new Dictionary<string, RatingCounts>
        {
            ["gold <b>VIP</b>"] = RatingCounts.FromCounts(RatingScale.Nps, [1, 0, 0, 0, 0, 0, 1, 2, 2, 3, 5]),
            ["basic"] = RatingCounts.FromCounts(RatingScale.Nps, [2, 1, 1, 1, 1, 1, 1, 2, 2, 2, 1]),
            ["new & trial"] = RatingCounts.FromCounts(RatingScale.Nps, [0, 0, 1, 1, 1, 1, 2, 2, 3, 3, 2]),
        };
        SegmentComparisonResult bySegment = SegmentComparison.Compare(segments, RatingMetric.Nps);
        samples.Add(bySegment);
        samples.Add(SegmentComparison.ComparePairwise(segments, RatingMetric.Nps));
        samples.Add(TopicImpact.Compute("billing", segments["basic"], segments["new & trial"]));
        samples.Add(TopicImpact.ComputeAll([9, 10, 3, 6, 8, 10, 2, 9], [["billing"], [], ["billing", "login"], ["login"], [], [], ["billing"], []]));
        var random = new Random(3);
        double[] x1 = new double[60], x2 = new double[60], y = new double[60];
        for (int i = 0; i < y.Length; i++)
        {
            x1[i] = random.NextDouble();
            x2[i] = random.NextDouble();
            y[i] = x1[i] + (0.5 * x2[i]) + (0.3 * random.NextDouble());
        }

        KeyDriverResult drivers = KeyDriverAnalysis.Compute(y, [x1, x2], ["wait", "failures"], new KeyDriverOptions { BootstrapSamples = 30, Seed = 1 });
        samples.Add(drivers);

        // Journeys
        JourneyBuildResult built = new JourneyBuilder(new JourneyBuilderOptions { InactivityGap = Duration.FromDays(30) }).Build(data.Touchpoints, data.Feedback);
        samples.Add(built);
        var scorer = new JourneyScorer();
        samples.Add(scorer.Score(built.Journeys.First(j => j.Touchpoints.Count >= 4)));
        JourneyMap map = JourneyMap.Build(built.Journeys, scorer);
        samples.Add(map);
        PathCollection paths = PathCollection.From([
            ConversionPath.Parse("email > web > call", conversions: 3, nonConversions: 1),
            ConversionPath.Parse("email", conversions: 0, nonConversions: 4),
            ConversionPath.Parse("web > call", conversions: 1, nonConversions: 2),
        ]);
        samples.Add(MarkovAttribution.Compute(paths, order: 1));
        samples.Add(HeuristicAttribution.Compute(paths, AttributionModel.PositionBased));
        samples.Add(TransitionMatrix.Build(paths));
        samples.Add(StepMatrix.Build(paths));
        Funnel funnel = Funnel.Build(paths, ["email", "web", "call"], FunnelKind.Open);
        samples.Add(funnel);

        // Service
        BusinessCalendar calendar = BusinessCalendar.Weekdays(london, new LocalTime(9, 0), new LocalTime(17, 0));
        SlaPolicy policy = SlaPolicy.None.With(SlaMetric.FirstResponse, SlaTarget.FromBusinessTime(Duration.FromHours(4)));
        ServiceMetrics service = ServiceMetrics.Compute(data.ServiceCases, calendar, policy, data.End);
        samples.Add(service);
        samples.Add(service.Sla);
        ResolutionCurve curve = service.Overall.ResolutionCurve(TimeBasis.Calendar);
        samples.Add(curve);

        // Lifecycle (a larger company, so that the models have repeat buyers and churn to fit)
        SyntheticCxData company = SyntheticCx.Generate(new SyntheticCxOptions { Seed = 2025, Customers = 1000 });
        SyntheticLifecycleData life = SyntheticLifecycle.Generate(company);
        CohortRetention retention = CohortRetention.Compute(company.Customers, life.Purchases, company.End, new CohortRetentionOptions { TimeZoneId = "Europe/London" });
        samples.Add(retention);
        SurvivalComparison byNps = SurvivalComparison.ByNpsGroup(company.Customers, company.Feedback, life.ChurnedAt, company.End);
        samples.Add(byNps);
        samples.Add(byNps.Groups[0].Curve);
        Duration[] times = [Duration.FromDays(3), Duration.FromDays(5), Duration.FromDays(8), Duration.FromDays(13), Duration.FromDays(21), Duration.FromDays(34)];
        samples.Add(CoxModel.Fit(times, [true, false, true, true, false, true], [CoxCovariate.From("x", [0.5, 1.5, 0.2, 2.5, 1.0, 0.1])]));
        StageFlow flow = StageFlow.Compute(company.Touchpoints, company.End);
        samples.Add(flow);
        samples.Add(flow.Funnel());
        samples.Add(flow.Transitions(company.Start, company.End));
        ActivitySummary summary = ActivitySummary.Compute(company.Customers, life.Purchases, company.Start + Duration.FromDays(7 * 39),
            new ActivitySummaryOptions { RepeatRule = RepeatRule.DistinctInstants, HoldoutEnd = company.End });
        samples.Add(summary);
        samples.Add(BgNbdModel.Fit(summary));
        samples.Add(GammaGammaModel.Fit(summary));

        // Charts and tables
        samples.Add(CxCharts.Trend(trend));
        samples.Add(CxCharts.SegmentScores(bySegment));
        samples.Add(CxCharts.JourneyMap(map));
        samples.Add(CxCharts.DriverImportance(drivers));
        samples.Add(CxCharts.ResolutionCurve(curve));
        samples.Add(CxCharts.Funnel(funnel));
        samples.Add(trend.ToTable());

        // Import (CxCore.Csv)
        var report = new ImportReport();
        string csv = "id,customer,at,score\nr1,c1,2026-01-05T10:00:00Z,9\nr2,c2,2026-01-05T11:00:00Z,eleven\n"
            + "r3,c3,not a time,7\nr4,c4,2026-01-05T12:00:00Z,<script>alert(1)</script>\n";
        _ = new GenericSurveyReader(new GenericSurveyOptions("id", "customer", "at", "score") { Instrument = FeedbackInstrument.Nps })
            .Read(new StringReader(csv), report).ToList();
        samples.Add(report);
        return samples;
    }
}
