using System.Data.Common;
using CxCore.Analysis;
using CxCore.Data;
using CxCore.Ratings;
using NodaTime;

namespace CxCore.Benchmarks.Data;

/// <summary>
/// The .NET side of the push-down benchmarks' NPS by month × segment, shared by every engine: the NPS of counts an
/// engine returned, and the whole count done in .NET from rows read out of an engine.
/// </summary>
internal static class MonthlyNps
{
    /// <summary>The sum of the NPS of every group of <paramref name="counts"/> (a value that depends on all of them).</summary>
    public static double FromCounts(GroupedRatingCounts counts)
    {
        double sum = 0;
        foreach (RatingCountGroup group in counts.Groups)
        {
            sum += NetPromoterScore.FromCounts(group.Counts).Value;
        }

        return sum;
    }

    /// <summary>
    /// Counts rows of (rating, segment, instant in Unix microseconds) per segment and local month of
    /// <paramref name="zone"/> with NodaTime bucketing and <see cref="RatingTally"/>, then sums the NPS of every cell.
    /// </summary>
    public static double FromRows(DbDataReader reader, DateTimeZone zone)
    {
        var tallies = new Dictionary<(string, LocalDate), RatingTally>();
        while (reader.Read())
        {
            Instant at = Instant.FromUnixTimeTicks(reader.GetInt64(2) * 10);
            var key = (reader.GetString(1), CalendarBuckets.PeriodOf(at, zone, CalendarPeriod.Month).Start);
            if (!tallies.TryGetValue(key, out RatingTally? tally))
            {
                tallies[key] = tally = new RatingTally(RatingScale.Nps);
            }

            tally.Add(reader.GetInt32(0));
        }

        double sum = 0;
        foreach (RatingTally tally in tallies.Values)
        {
            sum += NetPromoterScore.FromCounts(tally.ToCounts()).Value;
        }

        return sum;
    }
}
