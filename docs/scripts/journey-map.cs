#:project ../../src/CxCore/CxCore.csproj
#:property PublishAot=false

// From raw, unordered touchpoints and feedback to journeys, scores that explain themselves, and a journey map.
// Run from the repository root: `dotnet run docs/scripts/journey-map.cs`.
using CxCore;
using CxCore.Charts;
using CxCore.Journeys;
using CxCore.Simulation;
using NodaTime;

var data = SyntheticCx.Generate(new SyntheticCxOptions { Seed = 3, Customers = 1500 });

// Rebuild journeys from the raw event stream, in any order: sessions split after 30 days of silence.
JourneyBuildResult built = new JourneyBuilder(new JourneyBuilderOptions { InactivityGap = Duration.FromDays(30) })
    .Build(data.Touchpoints.Reverse(), data.Feedback);
Console.WriteLine($"{built.Journeys.Count} journeys from {data.Touchpoints.Count} touchpoints; {built.Issues.Count} input issues reported");

// Score one journey and show where its score comes from.
var scorer = new JourneyScorer();
Journey example = built.Journeys.First(j => j.Touchpoints.Count >= 6);
JourneyScore score = scorer.Score(example);
Console.WriteLine();
Console.WriteLine(score);

// The map: stage × channel, with the pain points that cost the most score across all journeys.
JourneyMap map = JourneyMap.Build(built.Journeys, scorer);
Console.WriteLine();
Console.WriteLine(map);
Console.WriteLine($"charts: {CxCharts.JourneyMap(map).Save(Path.Combine("artifacts", "charts"))}");
