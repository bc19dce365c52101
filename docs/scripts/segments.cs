#:project ../../src/CxCore/CxCore.csproj
#:property PublishAot=false

// NPS by customer segment with Holm-adjusted tests, and the topics that pull NPS down.
// Run from the repository root: `dotnet run docs/scripts/segments.cs`.
using CxCore;
using CxCore.Analysis;
using CxCore.Charts;
using CxCore.Ratings;
using CxCore.Simulation;

var data = SyntheticCx.Generate(new SyntheticCxOptions { Seed = 11, Customers = 5000 });
var plans = data.Customers.ToDictionary(c => c.Id, c => c.Attributes["plan"]);
var npsAnswers = data.Feedback.Where(f => f.Instrument.Metric == RatingMetric.Nps).ToList();

// One tally per plan; the counts are all the comparison needs.
var tallies = new Dictionary<string, RatingTally>();
foreach (Feedback answer in npsAnswers)
{
    string plan = plans[answer.Customer];
    if (!tallies.TryGetValue(plan, out RatingTally? tally))
    {
        tallies[plan] = tally = new RatingTally(RatingScale.Nps);
    }

    tally.Add(answer.Rating);
}

SegmentComparisonResult byPlan = SegmentComparison.Compare(tallies.ToDictionary(t => t.Key, t => t.Value.ToCounts()), RatingMetric.Nps);
Console.WriteLine("NPS by plan, each plan against the rest (Holm-adjusted):");
Console.WriteLine(byPlan);

// Topic impact: how much higher would NPS be without the answers that carry each topic? Survey tools tag answers
// from their comments; here an answer carries the topics of the customer's failed touchpoints before it.
var failures = data.Touchpoints.Where(t => t.Outcome == TouchpointOutcome.Failed && t.Topic is not null).ToLookup(t => t.Customer);
var answerTopics = npsAnswers
    .Select(f => (IReadOnlyCollection<string>)failures[f.Customer].Where(t => t.At < f.At).Select(t => t.Topic!).Distinct().ToList())
    .ToList();
TopicImpactResult topics = TopicImpact.ComputeAll(npsAnswers.Select(f => f.Rating).ToList(), answerTopics);
Console.WriteLine();
Console.WriteLine("Topic impact on NPS:");
Console.WriteLine(topics);

Console.WriteLine($"charts: {CxCharts.SegmentScores(byPlan).Save(Path.Combine("artifacts", "charts"))}");
