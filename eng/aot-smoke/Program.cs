// Exercises a representative set of CxCore and CxCore.Csv APIs and checks the results against values computed by
// hand, then round-trips sample values of every public data type through System.Text.Json (the samples of the test
// project's JSON convention test, tests/CxCore.Tests/Conventions/JsonSamples.cs, compiled in here), so that a NativeAOT
// or fully trimmed build that lost something fails loudly. Prints one line per check and per type and
// "AOT smoke: all checks passed" at the end; exits 1 on the first failed check.
using System;
using System.Globalization;
using System.IO;
using System.Linq;
using CxCore;
using CxCore.AotSmoke;
using CxCore.Csv;
using CxCore.Import;
using CxCore.Journeys;
using CxCore.Lifecycle;
using CxCore.Ratings;
using CxCore.Serialization;
using CxCore.Service;
using CxCore.Simulation;
using CxCore.Tests.Conventions;
using NodaTime;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// Ratings: 3 detractors (0-6), 2 passives (7-8), 5 promoters (9-10) of 10: NPS = 100 * (5 - 3) / 10 = 20.
byte[] ratings = [10, 9, 9, 8, 7, 6, 10, 3, 9, 0];
RatingCounts counts = RatingCounts.FromRatings(RatingScale.Nps, ratings);
NetPromoterScore nps = NetPromoterScore.FromCounts(counts);
Check("NPS of 10 ratings is 20", Math.Abs(nps.Value - 20) < 1e-12);
ConfidenceInterval interval = nps.Interval();
Check($"NPS interval {interval} contains the score and lies in [-100, 100]",
    interval.Lower >= -100 && interval.Upper <= 100 && interval.Lower <= nps.Value && nps.Value <= interval.Upper);
Check("merging counts is exact", (counts + counts).Total == 20 && NetPromoterScore.FromCounts(counts + counts).Value == nps.Value);

// JSON: a journey round-trips through the source-generated CxJson.
CustomerId ann = CustomerId.From("ann");
Instant t0 = Instant.FromUtc(2025, 3, 1, 9, 0);
Touchpoint[] points =
[
    new("t1", ann, t0, Channel.Website, LifecycleModel.Default.Stages[0], Department.Marketing, Initiator.Company, TouchpointOutcome.Succeeded),
    new("t2", ann, t0 + Duration.FromHours(2), Channel.Phone, LifecycleModel.Default.Stages[1], Department.CustomerService, Initiator.Customer, TouchpointOutcome.Failed, waitTime: Duration.FromMinutes(25)),
];
Feedback[] answers = [new("f1", ann, t0 + Duration.FromHours(3), FeedbackInstrument.Nps, 4, "t2")];
Journey journey = Journey.Create(ann, points, answers);
string json = CxJson.Serialize(journey);
Journey? back = CxJson.Deserialize<Journey>(json);
Check($"a journey round-trips through JSON ({json.Length} characters)", journey.Equals(back) && CxJson.Serialize(back) == json);

// JSON of a lifecycle result: Kaplan-Meier over 1, 1, 3 days (events) and 4 days (censored): S = 1 - 2/4 = 0.5 after
// day 1, 0.5 * (1 - 1/2) = 0.25 after day 3.
SurvivalCurve curve = SurvivalCurve.FromObservations(
    [Duration.FromDays(1), Duration.FromDays(1), Duration.FromDays(3), Duration.FromDays(4)], [true, true, true, false]);
SurvivalCurve? curveBack = CxJson.Deserialize<SurvivalCurve>(CxJson.Serialize(curve));
Check("a survival curve round-trips through JSON",
    curveBack is not null && curveBack.Steps.SequenceEqual(curve.Steps) && curveBack.Steps[0].Survival == 0.5 && curveBack.Steps[1].Survival == 0.25);

// CSV: three rows, one of them bad (rating 11 is outside 0-10).
const string Csv = "id,customer,at,rating\r\nR1,C1,2026-01-01T10:00:00Z,9\r\nR2,C2,2026-01-01T11:00:00Z,11\r\nR3,C1,2026-01-02T10:00:00Z,3\r\n";
var report = new ImportReport();
var imported = new GenericSurveyReader(new GenericSurveyOptions("id", "customer", "at", "rating") { Instrument = FeedbackInstrument.Nps })
    .Read(new StringReader(Csv), report).ToList();
Check("CSV import accepts 2 rows and rejects 1", imported.Count == 2 && report.DataRows == 3 && report.AcceptedRows == 2 && report.RejectedRows == 1);

// Journeys: build from raw events and score; contributions add up to the score.
JourneyBuildResult built = new JourneyBuilder().Build(points, answers);
JourneyScore score = new JourneyScorer().Score(built.Journeys.Single());
Check($"one journey built and scored ({score.Value:0.00})", built.Journeys.Count == 1
    && Math.Abs(score.Contributions.Sum(c => c.Contribution) - score.Value) < 1e-9 && score.Value is >= -100 and <= 100);

// Synthetic data and service metrics: a seeded company gives the same data twice; counts add up.
SyntheticCxData data = SyntheticCx.Generate(new SyntheticCxOptions { Seed = 7, Customers = 150 });
SyntheticCxData again = SyntheticCx.Generate(new SyntheticCxOptions { Seed = 7, Customers = 150 });
Check($"synthetic generation is seeded ({data.Touchpoints.Count} touchpoints, {data.ServiceCases.Count} cases)",
    data.Customers.Count == 150 && data.Touchpoints.Count == again.Touchpoints.Count && data.Feedback.Count == again.Feedback.Count);
BusinessCalendar calendar = BusinessCalendar.FromOptions(new BusinessCalendarOptions { TimeZone = DateTimeZoneProviders.Tzdb["Europe/London"] }
    .AddWeekdayHours(new LocalTime(9, 0), new LocalTime(17, 0)));
ServiceMetrics service = ServiceMetrics.Compute(data.ServiceCases, calendar, SlaPolicy.None, data.End);
Check($"service metrics over {service.Overall.CaseCount} cases ({service.Overall.ResolvedCount} resolved)",
    service.Overall.CaseCount == data.ServiceCases.Count && service.Overall.ResolvedCount <= service.Overall.CaseCount);

// JSON: every public data type (every type the test project's samples cover; a test keeps that list complete)
// round-trips, and prints a hash of its JSON text that CI compares with the one the tests computed under the JIT.
foreach (JsonRoundTrip.Outcome outcome in JsonRoundTrip.Run(JsonSamples.All(), JsonSamples.Equatable()))
{
    Check(outcome.Line, outcome.Ok);
}

Console.WriteLine("AOT smoke: all checks passed");
return 0;

static void Check(string what, bool ok)
{
    Console.WriteLine((ok ? "ok   " : "FAIL ") + what);
    if (!ok)
    {
        Environment.Exit(1);
    }
}
