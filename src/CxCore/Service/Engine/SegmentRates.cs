namespace CxCore.Service.Engine;

/// <summary>The rate-flag counts of one group of a dimension.</summary>
/// <param name="counts">The dimension's counts.</param>
/// <param name="group">The group.</param>
internal readonly struct SegmentRates(RateCounts counts, int group)
{
    /// <summary>The number of the group's cases with <paramref name="flag"/>.</summary>
    internal long this[RateFlags flag] => counts[group, flag];
}
