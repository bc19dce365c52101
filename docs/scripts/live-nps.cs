#:project ../../src/CxCore/CxCore.csproj
#:property PublishAot=false

// Live NPS in a service: one tally per worker, merged on demand; partial counts from another process and from a
// database GROUP BY join in exactly. Run from the repository root: `dotnet run docs/scripts/live-nps.cs`.
using CxCore.Ratings;

// Each worker owns a RatingTally (tallies are not thread-safe; counts are immutable and merge exactly).
RatingTally[] workers = [new(RatingScale.Nps), new(RatingScale.Nps), new(RatingScale.Nps)];
Parallel.For(0, workers.Length, w =>
{
    var local = new Random(100 + w);
    for (int i = 0; i < 10_000; i++)
    {
        workers[w].Add(local.Next(0, 11));
    }
});

// A snapshot for the dashboard: merge the workers' counts.
RatingCounts live = RatingCounts.Empty(RatingScale.Nps);
foreach (RatingTally tally in workers)
{
    live += tally.ToCounts();
}

// Counts from another process arrive as versioned JSON (or compact binary with a checksum).
string fromOtherProcess = RatingCountsSerializer.ToJson(RatingCounts.FromRatings(RatingScale.Nps, [10, 9, 9, 3, 7]));
live += RatingCountsSerializer.ReadCounts(fromOtherProcess);

// Counts from a warehouse: SELECT rating, COUNT(*) FROM responses GROUP BY rating ORDER BY rating.
long[] groupBy = [120, 40, 45, 60, 70, 150, 180, 400, 700, 900, 1100];
live += RatingCounts.FromCounts(RatingScale.Nps, groupBy);

NetPromoterScore nps = NetPromoterScore.FromCounts(live);
Console.WriteLine($"Live NPS {nps.Value:0.0} ± {(nps.Interval().Upper - nps.Interval().Lower) / 2:0.0} (n = {live.Total})");
Console.WriteLine($"adjusted-Wald interval: {nps.Interval()}");
Console.WriteLine($"Serialised snapshot: {RatingCountsSerializer.ToJson(live)}");
