#:project ../../src/CxCore/CxCore.csproj
#:property PublishAot=false

using CxCore.Journeys;

// One row per distinct path, as a GROUP BY query returns it: the path, its conversions and its non-conversions.
PathCollection paths = PathCollection.From([
    ConversionPath.Parse("c1 > c2 > c3", conversions: 1, nonConversions: 0),
    ConversionPath.Parse("c1", conversions: 0, nonConversions: 1),
    ConversionPath.Parse("c2 > c3", conversions: 0, nonConversions: 1),
]);

// Exact Markov removal effects: 0.5, 1, 1 and shares 0.2, 0.4, 0.4.
AttributionResult markov = MarkovAttribution.Compute(paths, order: 1);
Console.WriteLine(markov);

// The rule-based models for comparison, and where the paths go.
Console.WriteLine(HeuristicAttribution.Compute(paths, AttributionModel.PositionBased));
Console.WriteLine(TransitionMatrix.Build(paths));
Console.WriteLine(Funnel.Build(paths, ["c1", "c2", "c3"], FunnelKind.Open));
