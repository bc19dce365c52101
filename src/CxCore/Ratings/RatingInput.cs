using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace CxCore.Ratings;

/// <summary>Counts from <see cref="int"/> ratings, for the convenience factories.</summary>
internal static class RatingInput
{
    public static RatingCounts FromInts(RatingScale scale, IEnumerable<int> ratings, string paramName)
    {
        ArgumentNullException.ThrowIfNull(ratings, paramName);
        ReadOnlySpan<int> span = ratings switch
        {
            int[] array => array,
            List<int> list => CollectionsMarshal.AsSpan(list),
            _ => [.. ratings],
        };
        return RatingCounts.FromRatings(scale, span);
    }
}
