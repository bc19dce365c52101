#:project ../../src/CxCore/CxCore.csproj
#:property PublishAot=false

// Lifecycle: do detractors leave, and what is a customer worth? Cohorts, churn by NPS group, stage flow, BG/NBD and CLV
// on a synthetic company whose true parameters are known. Run from the repository root: `dotnet run docs/scripts/lifecycle.cs`.
using CxCore;
using CxCore.Charts;
using CxCore.Lifecycle;
using CxCore.Ratings;
using CxCore.Simulation;
using NodaTime;

string charts = Path.Combine("artifacts", "charts");
SyntheticCxData data = SyntheticCx.Generate(new SyntheticCxOptions { Seed = 2025, Customers = 2000 });
SyntheticLifecycleData life = SyntheticLifecycle.Generate(data);

// 1. Monthly acquisition cohorts in London: the share of each cohort that bought again in each later month.
CohortRetention retention = CohortRetention.Compute(data.Customers, life.Purchases, data.End,
    new CohortRetentionOptions { TimeZoneId = "Europe/London" });
Console.WriteLine(retention);
LifecycleCharts.CohortRetention(retention).Save(charts);

// 2. Do detractors churn faster? Kaplan–Meier by NPS group (customers still active are censored) and the log-rank test.
SurvivalComparison byNps = SurvivalComparison.ByNpsGroup(data.Customers, data.Feedback, life.ChurnedAt, data.End);
Console.WriteLine(byNps);
LifecycleCharts.SurvivalByGroup(byNps).Save(charts);

// 3. The same question as a Cox model: the hazard ratio of churn per NPS point, for the customers who answered.
var answers = data.Feedback.Where(f => f.Instrument.Metric == RatingMetric.Nps && !f.IsTransactional)
    .GroupBy(f => f.Customer).ToDictionary(g => g.Key, g => g.MinBy(f => f.At)!.Rating);
Customer[] rated = data.Customers.Where(c => answers.ContainsKey(c.Id)).ToArray();
Duration[] times = rated.Select(c => (life.ChurnedAt.TryGetValue(c.Id, out Instant churn) ? churn : data.End) - c.AcquiredAt).ToArray();
bool[] churned = rated.Select(c => life.ChurnedAt.ContainsKey(c.Id)).ToArray();
CoxModel cox = CoxModel.Fit(times, churned, [CoxCovariate.From("nps_rating", rated.Select(c => (double)answers[c.Id]))]);
Console.WriteLine(cox);

// 4. Lifecycle stages: how long customers stay in each (Kaplan–Meier, those still there censored) and how far they get.
StageFlow flow = StageFlow.Compute(data.Touchpoints, data.End);
Console.WriteLine(flow);
LifecycleCharts.StageFunnel(flow.Funnel()).Save(charts);

// 5. Repeat buying: BG/NBD and Gamma-Gamma fitted on the first 39 weeks, against the truth the data came from
//    (each 95 % interval misses its true value about one time in twenty).
Instant calibrationEnd = data.Start + Duration.FromDays(7 * 39);
ActivitySummary summary = ActivitySummary.Compute(data.Customers, life.Purchases,
    calibrationEnd, new ActivitySummaryOptions { RepeatRule = RepeatRule.DistinctInstants, HoldoutEnd = data.End });
BgNbdModel purchases = BgNbdModel.Fit(summary);
GammaGammaModel spend = GammaGammaModel.Fit(summary);
LifecycleGroundTruth truth = life.GroundTruth;
Console.WriteLine(summary);
Console.WriteLine($"{purchases}\n{purchases.ToTable()}True: r {truth.R}, alpha {truth.Alpha}, a {truth.A}, b {truth.B}");
Console.WriteLine($"{spend}\n{spend.ToTable()}True: p {truth.P}, q {truth.Q}, gamma {truth.Gamma}");

// 6. Who is still alive, what will they buy in the holdout weeks, and what are they worth over a year (1 % a month)?
double holdoutWeeks = (data.End - calibrationEnd).TotalDays / 7;
double forecast = summary.Customers.Sum(c => purchases.ConditionalExpectedTransactions(holdoutWeeks, c.Frequency, c.Recency, c.Tenure));
Console.WriteLine($"Holdout ({holdoutWeeks:0.#} weeks): forecast {forecast:0} repeat purchases, actual {summary.Customers.Sum(c => c.HoldoutFrequency)}");
double[] clv = CustomerLifetimeValue.Compute(purchases, spend, summary, periods: 12, periodLength: 365.25 / 12 / 7, discountRate: 0.01);
foreach (var (c, value) in summary.Customers.Zip(clv).OrderByDescending(p => p.Second).Take(5))
{
    Console.WriteLine($"  {c.Customer}: x = {c.Frequency}, P(alive) {purchases.ProbabilityAlive(c.Frequency, c.Recency, c.Tenure):0.00}, CLV {value:0.00}");
}
