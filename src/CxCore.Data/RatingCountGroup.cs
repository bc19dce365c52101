using System.Collections.Generic;
using CxCore.Ratings;
using NodaTime;

namespace CxCore.Data;

/// <summary>The counts of one group (and one calendar period) of a <see cref="GroupedRatingCounts"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(DataJsonConverterFactory))]
public sealed class RatingCountGroup
{
    internal RatingCountGroup(IReadOnlyList<string?> key, DateInterval? period, RatingCounts counts, WeightedRatingCounts? weightedCounts)
    {
        Key = key;
        Period = period;
        Counts = counts;
        WeightedCounts = weightedCounts;
    }

    /// <summary>The values of the group columns, in their order, as text (NULL as <see langword="null"/>); empty when there are no group columns.</summary>
    public IReadOnlyList<string?> Key { get; }

    /// <summary>The calendar period (local dates, both ends included), or <see langword="null"/> when the counts have no period.</summary>
    public DateInterval? Period { get; }

    /// <summary>The number of rows per rating (every row counts once, whatever its weight).</summary>
    public RatingCounts Counts { get; }

    /// <summary>The weighted counts (n, Σw, Σw² per rating), or <see langword="null"/> when the counts are unweighted.</summary>
    public WeightedRatingCounts? WeightedCounts { get; }

    /// <summary>Formats the group as <c>[b, 2025-03-01/2025-03-31] n = 12</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var parts = new List<string>();
        foreach (string? value in Key)
        {
            parts.Add(value ?? "NULL");
        }

        if (Period is not null)
        {
            parts.Add(Period.ToString());
        }

        return "[" + string.Join(", ", parts) + "] n = " + Counts.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
