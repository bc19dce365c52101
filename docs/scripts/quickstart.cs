#:project ../../src/CxCore/CxCore.csproj
#:property PublishAot=false

// CxCore quick start: a synthetic company's year, from raw events to a full CX report with charts.
// Run from the repository root: `dotnet run docs/scripts/quickstart.cs` (charts go to artifacts/charts).
using CxCore;
using CxCore.Analysis;
using CxCore.Charts;
using CxCore.Journeys;
using CxCore.Ratings;
using CxCore.Service;
using CxCore.Simulation;
using NodaTime;

string charts = Path.Combine("artifacts", "charts");
var data = SyntheticCx.Generate(new SyntheticCxOptions { Seed = 2025, Customers = 2000 });
Console.WriteLine($"# A synthetic company's year: {data.Customers.Count} customers, {data.Touchpoints.Count} touchpoints, "
    + $"{data.Feedback.Count} survey answers, {data.ServiceCases.Count} service cases ({data.Start:uuuu-MM-dd} to {data.End:uuuu-MM-dd})");

// 1. Relationship and transactional scores, each with its 95% interval.
var nps = new RatingTally(RatingScale.Nps);
var csat = new RatingTally(RatingScale.FivePoint);
var ces = new RatingTally(RatingScale.SevenPoint);
foreach (Feedback answer in data.Feedback)
{
    (answer.Instrument.Metric switch { RatingMetric.Nps => nps, RatingMetric.Csat => csat, _ => ces }).Add(answer.Rating);
}

NetPromoterScore npsScore = NetPromoterScore.FromCounts(nps.ToCounts());
SatisfactionScore csatScore = SatisfactionScore.FromCounts(csat.ToCounts());
EffortScore cesScore = EffortScore.FromCounts(ces.ToCounts());
Console.WriteLine();
Console.WriteLine("## Scores");
Console.WriteLine($"NPS  {npsScore.Value,6:0.0}   interval {npsScore.Interval()}   n = {npsScore.Count}");
Console.WriteLine($"CSAT {csatScore.Value,6:0.0}%  interval {csatScore.Interval()}   n = {csatScore.Count}");
Console.WriteLine($"CES  {cesScore.Mean,6:0.00}   interval {cesScore.Interval():0.00}   n = {cesScore.Count}");

// 2. NPS month by month in the company's zone; empty months would show as empty, not as 0.
DateTimeZone london = DateTimeZoneProviders.Tzdb["Europe/London"];
var year = new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)); // the twelve London months of the data
TrendResult trend = Trend.Build(data.Feedback, FeedbackInstrument.Nps, CalendarPeriod.Month, london, year);
Console.WriteLine();
Console.WriteLine("## NPS by month (Europe/London)");
Console.WriteLine(trend);
CxCharts.Trend(trend).Save(charts);

// 3. Customer service: business hours, SLA attainment, resolution times that keep open cases.
BusinessCalendar calendar = BusinessCalendar.Weekdays(london, new LocalTime(9, 0), new LocalTime(17, 0))
    .WithHolidays(new LocalDate(2025, 12, 25), new LocalDate(2025, 12, 26));
SlaPolicy policy = SlaPolicy.None
    .With(SlaMetric.FirstResponse, SlaTarget.FromBusinessTime(Duration.FromHours(4)))
    .With(SlaMetric.Resolution, SlaTarget.FromBusinessTime(Duration.FromHours(24)));
ServiceMetrics service = ServiceMetrics.Compute(data.ServiceCases, calendar, policy, data.End);
ServiceSegment all = service.Overall;
ResolutionCurve resolution = all.ResolutionCurve(TimeBasis.Calendar);
Console.WriteLine();
Console.WriteLine("## Customer service");
Console.WriteLine($"Cases {all.CaseCount}, resolved {all.ResolvedCount}, backlog {service.Backlog}");
Console.WriteLine($"First response (business time): {all.Summary(ServiceMetric.FirstResponse, TimeBasis.Business)}");
Console.WriteLine($"One-touch {all.OneTouchRate:P1}, first-contact resolution {all.FirstContactResolutionRate:P1}, reopened {all.ReopenRate:P1}, bot containment {all.BotContainmentRate:P1}");
Console.WriteLine($"SLA first response (4 business hours): {service.Sla.Attainment(SlaMetric.FirstResponse)}");
Console.WriteLine($"SLA resolution (24 business hours):    {service.Sla.Attainment(SlaMetric.Resolution)}");
Console.WriteLine($"Median time to resolution (Kaplan–Meier, open cases censored): {Hours(resolution.Median)}; "
    + $"naive median of solved cases only: {Hours(all.Summary(ServiceMetric.FullResolution, TimeBasis.Calendar).Median)}");
CxCharts.ResolutionCurve(resolution).Save(charts);

// 4. Journeys: scores that explain themselves, and where the pain is.
var scorer = new JourneyScorer();
JourneyMap map = JourneyMap.Build(data.Journeys, scorer);
double[] scores = data.Journeys.Select(j => scorer.ScoreValue(j, data.End)).Where(double.IsFinite).ToArray();
Console.WriteLine();
Console.WriteLine("## Journeys");
Console.WriteLine($"{data.Journeys.Count} journeys, mean score {scores.Average():0.0} (−100 to 100), "
    + $"{scores.Count(s => s < 0)} below zero");
Console.WriteLine("Top pain points (impact = score points lost across all journeys):");
foreach (PainPointImpact pain in map.TopPainPoints.Take(5))
{
    Console.WriteLine($"  {pain}");
}

Console.WriteLine("Impact by owning department:");
foreach (DepartmentImpact owner in map.ImpactByDepartment)
{
    Console.WriteLine($"  {owner}");
}

CxCharts.JourneyMap(map).Save(charts);

// 5. How far customers get through the lifecycle (a closed funnel from awareness).
string[] stages = LifecycleModel.Default.Stages.Select(s => s.Name).ToArray();
var paths = data.Journeys.Select(j => ConversionPath.Single(
    j.Touchpoints.Select(t => t.Stage.Name).Distinct().ToArray(),
    j.Outcome is JourneyOutcome o && (o == JourneyOutcome.Converted || o == JourneyOutcome.Renewed)));
Funnel funnel = Funnel.Build(paths, stages.Take(5), FunnelKind.Closed);
Console.WriteLine();
Console.WriteLine("## Lifecycle funnel");
Console.WriteLine(funnel);
CxCharts.Funnel(funnel).Save(charts);

// 6. Key drivers: which experiences move a customer's likelihood to recommend? One row per customer who answered.
var byCustomer = data.Touchpoints.GroupBy(t => t.Customer).ToDictionary(g => g.Key, g => g.ToList());
var respondents = data.Feedback.Where(f => f.Instrument == FeedbackInstrument.Nps).GroupBy(f => f.Customer)
    .Where(answers => byCustomer.ContainsKey(answers.Key))
    .Select(answers => (Latest: answers.OrderBy(f => f.At).Last().Rating, Touchpoints: byCustomer[answers.Key]))
    .ToList();
KeyDriverResult keyDrivers = KeyDriverAnalysis.Compute(respondents, r => r.Latest,
[
    ("failed share", r => r.Touchpoints.Count(t => t.Outcome == TouchpointOutcome.Failed) / (double)r.Touchpoints.Count),
    ("abandoned share", r => r.Touchpoints.Count(t => t.Outcome == TouchpointOutcome.Abandoned) / (double)r.Touchpoints.Count),
    ("long waits", r => r.Touchpoints.Count(t => t.WaitTime > data.GroundTruth.LongWait)),
    ("customer-initiated contacts", r => r.Touchpoints.Count(t => t.Initiator == Initiator.Customer)),
], new KeyDriverOptions { BootstrapSamples = 300, Seed = 1 }); // intervals only when asked for
Console.WriteLine();
Console.WriteLine("## Key drivers of the latest NPS rating");
Console.WriteLine(keyDrivers);
CxCharts.DriverImportance(keyDrivers).Save(charts);

Console.WriteLine();
Console.WriteLine($"Charts (Vega-Lite): {string.Join(", ", Directory.GetFiles(charts, "*.vl.json").Select(Path.GetFileName).Order())}");

static string Hours(Duration? d) => d is Duration value ? $"{value.TotalHours:0.0} h" : "not reached";
