#:project ../../src/CxCore/CxCore.csproj
#:property PublishAot=false

// CxCore quick start: run with `dotnet run docs/scripts/quickstart.cs` from the repository root.
// Generates a small company's year of synthetic CX data (fixed seed) and prints the headline numbers.
using CxCore;
using CxCore.Ratings;
using CxCore.Service;
using CxCore.Simulation;

var data = SyntheticCx.Generate(new SyntheticCxOptions { Seed = 2025, CustomerCount = 500 });

// Tally each instrument's ratings; the counts are the sufficient statistic of every score.
var npsTally = new RatingTally(RatingScale.Nps);
var csatTally = new RatingTally(RatingScale.FivePoint);
var cesTally = new RatingTally(RatingScale.SevenPoint);
foreach (Feedback answer in data.Feedback)
{
    RatingTally tally = answer.Instrument.Kind switch
    {
        InstrumentKind.Nps => npsTally,
        InstrumentKind.Csat => csatTally,
        _ => cesTally,
    };
    tally.Add(answer.Rating);
}

NetPromoterScore nps = NetPromoterScore.FromCounts(npsTally.ToCounts());
SatisfactionScore csat = SatisfactionScore.FromCounts(csatTally.ToCounts());
EffortScore ces = EffortScore.FromCounts(cesTally.ToCounts());
int openCases = data.ServiceCases.Count(c => c.CurrentStatus is not (CaseStatus.Solved or CaseStatus.Closed));

Console.WriteLine($"Customers:   {data.Customers.Count}");
Console.WriteLine($"Touchpoints: {data.Touchpoints.Count}");
Console.WriteLine($"NPS:         {nps.Value:0.0} (n = {nps.Count}), 95% interval {nps.Interval()}");
Console.WriteLine($"CSAT:        {csat.Value:0.0}% satisfied (n = {csat.Count}), 95% interval {csat.Interval()}");
Console.WriteLine($"CES:         mean {ces.Mean:0.00} of 7 (n = {ces.Count}), 95% interval {ces.Interval()}");
Console.WriteLine($"Cases:       {data.ServiceCases.Count}, of which {openCases} still open at {data.End}");
