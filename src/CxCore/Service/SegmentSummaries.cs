using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace CxCore.Service;

/// <summary>
/// The segment engine of <see cref="ServiceMetrics"/>: per-case values stored column-wise once, segments as small
/// integer group ids per dimension, and each (dimension, column) summarised by one counting scatter into a scratch
/// buffer and a selection per group. Results depend only on each group's multiset of values, so they do not depend
/// on the degree of parallelism.
/// </summary>
internal static class SegmentSummaries
{
    /// <summary>The number of summary columns: [metric * 2 + basis].</summary>
    internal const int Columns = 14;

    // Per-case flag bits, counted per group for the rates.
    private const int ResolvedBit = 0, EverSolvedBit = 1, OneTouchBit = 2, FcrBit = 3, ReopenedBit = 4, ChatbotBit = 5, ContainedBit = 6, FlagBits = 7;

    // Group ids above this use no reference cache (unbounded distinct instances would grow it without end).
    private const int ReferenceCacheLimit = 1024;

    /// <summary>One segment dimension: the groups' keys in ordinal order, each case's group and each group's cases.</summary>
    internal sealed class Dimension(string name, string[] keys, int[]? groupOf, int[][]? members)
    {
        internal string Name { get; } = name;

        internal string[] Keys { get; } = keys;

        /// <summary>Each case's group; null for the single group "All".</summary>
        internal int[]? GroupOf { get; } = groupOf;

        /// <summary>Each group's case positions, ascending; null for "All".</summary>
        internal int[][]? Members { get; } = members;

        internal int Count => Keys.Length;

        internal static Dimension All() => new("All", ["All"], null, null);
    }

    /// <summary>
    /// Writes the case's summary values into the columns (−1 when the case does not count), raises each column's
    /// largest value in <paramref name="max"/>, and returns its flag bits.
    /// </summary>
    internal static byte Store(in CaseMetrics m, long[][] columns, int i, Span<long> max)
    {
        bool resolved = m.IsResolved;
        for (int c = 0; c < Columns; c++)
        {
            int metric = c >> 1;
            if (metric == (int)ServiceMetric.NextReply)
            {
                continue;
            }

            long v = m.Raw((ServiceMetric)metric, (TimeBasis)(c & 1));
            // First response and first resolution are final once set; the others only for resolved cases.
            v = v >= 0 && (resolved || metric is (int)ServiceMetric.FirstResponse or (int)ServiceMetric.FirstResolution) ? v : -1;
            columns[c][i] = v;
            max[c] = Math.Max(max[c], v);
        }

        int flags = (resolved ? 1 << ResolvedBit : 0)
            | (m.WasEverSolved ? 1 << EverSolvedBit : 0)
            | (m.IsOneTouch ? 1 << OneTouchBit : 0)
            | (m.IsFirstContactResolution ? 1 << FcrBit : 0)
            | (m.IsReopened ? 1 << ReopenedBit : 0);
        if (m.IsBotContained is { } bot)
        {
            flags |= (1 << ChatbotBit) | (bot ? 1 << ContainedBit : 0);
        }

        return (byte)flags;
    }

    /// <summary>Groups cases by a string key (first-seen spelling names the group); keys ordered ordinally.</summary>
    internal static Dimension GroupByName(string[] all, string dimension, StringComparer comparer)
    {
        var ids = new Dictionary<string, int>(comparer);
        // Cases usually share key instances: look those up by reference first (no string hashing).
        var byReference = new Dictionary<string, int>(ReferenceEqualityComparer.Instance);
        var keys = new List<string>();
        int[] groupOf = new int[all.Length];
        for (int i = 0; i < all.Length; i++)
        {
            string k = all[i];
            if (!byReference.TryGetValue(k, out int id))
            {
                if (!ids.TryGetValue(k, out id))
                {
                    ids[k] = id = keys.Count;
                    keys.Add(k);
                }

                if (byReference.Count < ReferenceCacheLimit)
                {
                    byReference[k] = id;
                }
            }

            groupOf[i] = id;
        }

        return Sorted(dimension, keys.ToArray(), groupOf);
    }

    /// <summary>Groups cases by priority (four ids, no hashing).</summary>
    internal static Dimension GroupByPriority(CasePriority[] all)
    {
        int[] idOf = [-1, -1, -1, -1];
        var keys = new List<string>(4);
        int[] groupOf = new int[all.Length];
        for (int i = 0; i < all.Length; i++)
        {
            int p = (int)all[i];
            int id = idOf[p];
            if (id < 0)
            {
                idOf[p] = id = keys.Count;
                keys.Add(((CasePriority)p).ToString());
            }

            groupOf[i] = id;
        }

        return Sorted("Priority", keys.ToArray(), groupOf);
    }

    /// <summary>Renumbers the groups in ordinal key order and lists each group's cases (counting sort).</summary>
    private static Dimension Sorted(string dimension, string[] keys, int[] groupOf)
    {
        int[] order = new int[keys.Length];
        for (int g = 0; g < order.Length; g++)
        {
            order[g] = g;
        }

        string[] sortedKeys = (string[])keys.Clone();
        Array.Sort(sortedKeys, order, StringComparer.Ordinal);
        int[] rank = new int[keys.Length];
        for (int r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
        }

        int[] counts = new int[keys.Length];
        for (int i = 0; i < groupOf.Length; i++)
        {
            int g = rank[groupOf[i]];
            groupOf[i] = g;
            counts[g]++;
        }

        int[][] members = new int[keys.Length][];
        for (int g = 0; g < members.Length; g++)
        {
            members[g] = new int[counts[g]];
            counts[g] = 0;
        }

        for (int i = 0; i < groupOf.Length; i++)
        {
            int g = groupOf[i];
            members[g][counts[g]++] = i;
        }

        return new Dimension(dimension, sortedKeys, groupOf, members);
    }

    /// <summary>Builds every segment: dimension by dimension, groups in key order; <paramref name="columnMax"/> holds each column's largest value.</summary>
    internal static ServiceSegment[] Build(ServiceMetrics owner, List<Dimension> dimensions, long[][] columns, long[] columnMax, int[] sampleCase, byte[] flags)
    {
        int cases = flags.Length;
        // One task per (dimension, column), plus one per dimension for the flag counts; largest selections first.
        int tasks = dimensions.Count * (Columns + 1);
        var summaries = new DurationSummary[dimensions.Count][][];
        var flagCounts = new long[dimensions.Count][];
        for (int d = 0; d < dimensions.Count; d++)
        {
            summaries[d] = new DurationSummary[dimensions[d].Count][];
            for (int g = 0; g < dimensions[d].Count; g++)
            {
                summaries[d][g] = new DurationSummary[Columns];
            }
        }

        // Per case column, a histogram bucket width from the column's largest value, valid for every group.
        int[] shifts = new int[Columns];
        for (int c = 0; c < Columns; c++)
        {
            long max = Math.Max(0, columnMax[c]);
            shifts[c] = Math.Max(0, 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)max) - Selection.HistogramBits);
        }

        // "All" (when present) takes its case-column summaries from the dimension with the fewest groups: that
        // dimension's groups partition the cases, so gathering them one after another in the scratch buffer and adding
        // their bucket counts gives All's values and histogram without a separate pass.
        int all = -1, partner = -1;
        for (int d = 0; d < dimensions.Count; d++)
        {
            if (dimensions[d].Members is null)
            {
                all = all < 0 ? d : all;
            }
            else if (partner < 0 || dimensions[d].Count < dimensions[partner].Count)
            {
                partner = d;
            }
        }

        if (all < 0 || partner < 0)
        {
            all = partner = -1;
        }

        int scratchLength = Math.Max(cases, sampleCase.Length);
        // A fixed set of workers, each with its own buffers, takes the tasks in order (Parallel.For's per-partition
        // state would allocate a fresh 8 MB scratch buffer for every partition it starts).
        int workers = Math.Max(1, Math.Min(tasks, Environment.ProcessorCount));
        int nextTask = -1;
        Parallel.For(0, workers, _ =>
        {
            long[]? scratch = null;
            int[]? histogram = null, allHistogram = null;
            long[]? side = null;
            int task;
            while ((task = Interlocked.Increment(ref nextTask)) < tasks)
            {
                int d = task / (Columns + 1), c = task % (Columns + 1);
                Dimension dimension = dimensions[d];
                if (c == Columns)
                {
                    flagCounts[d] = CountFlags(dimension, flags);
                    continue;
                }

                bool samples = c >> 1 == (int)ServiceMetric.NextReply;
                if (d == all && !samples)
                {
                    // Summarised with the partner dimension's task.
                    continue;
                }

                scratch ??= GC.AllocateUninitializedArray<long>(Math.Max(1, scratchLength));
                histogram ??= new int[(1 << Selection.HistogramBits) + 1];
                bool withAll = d == partner && !samples;
                if (withAll)
                {
                    allHistogram ??= new int[(1 << Selection.HistogramBits) + 1];
                }

                Summarise(dimension, columns[c], samples ? sampleCase : null, scratch, histogram, shifts[c], summaries[d], c, ref side,
                    withAll ? summaries[all][0] : null, withAll ? allHistogram : null);
            }
        });

        var segments = new List<ServiceSegment>();
        for (int d = 0; d < dimensions.Count; d++)
        {
            Dimension dimension = dimensions[d];
            for (int g = 0; g < dimension.Count; g++)
            {
                ReadOnlySpan<long> f = flagCounts[d].AsSpan(g * FlagBits, FlagBits);
                long n = dimension.Members?[g].Length ?? cases;
                segments.Add(new ServiceSegment(owner, dimension.Name, dimension.Keys[g], dimension.Members?[g], summaries[d][g], n,
                    f[ResolvedBit], f[EverSolvedBit], f[OneTouchBit], f[FcrBit], f[ReopenedBit], f[ChatbotBit], f[ContainedBit]));
            }
        }

        return segments.ToArray();
    }

    private static long[] CountFlags(Dimension dimension, byte[] flags)
    {
        // Count each group's flag bytes (one increment per case), then add up the bits of each byte value.
        const int Values = 1 << FlagBits;
        long[] byValue = new long[dimension.Count * Values];
        int[]? groupOf = dimension.GroupOf;
        for (int i = 0; i < flags.Length; i++)
        {
            byValue[(groupOf is null ? 0 : groupOf[i] * Values) + flags[i]]++;
        }

        long[] counts = new long[dimension.Count * FlagBits];
        for (int g = 0; g < dimension.Count; g++)
        {
            for (int f = 0; f < Values; f++)
            {
                long n = byValue[g * Values + f];
                for (int bit = 0; bit < FlagBits; bit++)
                {
                    counts[g * FlagBits + bit] += ((f >> bit) & 1) * n;
                }
            }
        }

        return counts;
    }

    /// <summary>
    /// Summarises one column for every group of a dimension: counts, a counting scatter, then selection per group.
    /// For a case column with <paramref name="allTarget"/> set, the groups (which partition the cases) are gathered one
    /// after another and the column is also summarised over every case into <paramref name="allTarget"/>, exactly as
    /// the single group "All" would be.
    /// </summary>
    private static void Summarise(Dimension dimension, long[] values, int[]? caseOf, long[] scratch, int[] histogram, int shift,
        DurationSummary[][] target, int column, ref long[]? side, DurationSummary[]? allTarget = null, int[]? allHistogram = null)
    {
        int[]? groupOf = dimension.GroupOf;
        int groups = dimension.Count;
        if (caseOf is null)
        {
            // Case columns: one pass per group gathers its values (by its ascending case positions), their exact sum
            // and their histogram; the median and p90 then only revisit the buckets that hold them.
            int[][]? members = dimension.Members;
            bool withAll = allTarget is not null && allHistogram is not null && members is not null;
            bool allByHistogram = withAll && values.Length >= Selection.HistogramThreshold;
            if (allByHistogram)
            {
                allHistogram.AsSpan().Clear();
            }

            int offset = 0;
            Int128 allSum = 0;
            for (int g = 0; g < groups; g++)
            {
                int size = members?[g].Length ?? values.Length;
                if (size < Selection.HistogramThreshold)
                {
                    // Small groups: clearing and scanning 65,536 buckets would cost more than plain selection.
                    int k = 0;
                    for (int j = 0; j < size; j++)
                    {
                        long v = values[members is null ? j : members[g][j]];
                        if (v >= 0)
                        {
                            scratch[offset + k++] = v;
                        }
                    }

                    if (allByHistogram)
                    {
                        foreach (long v in scratch.AsSpan(offset, k))
                        {
                            allSum += v;
                            allHistogram![(int)(v >> shift) + 1]++;
                        }
                    }

                    // Reorders only its own values: the buffer still holds every gathered value for "All".
                    target[g][column] = DurationSummary.FromNanoseconds(scratch.AsSpan(offset, k));
                    offset += withAll ? k : 0;
                    continue;
                }

                histogram.AsSpan().Clear();
                int m = 0;
                Int128 sum = 0;
                Span<long> destination = scratch.AsSpan(offset);
                if (members is null)
                {
                    foreach (long v in values)
                    {
                        if (v >= 0)
                        {
                            destination[m++] = v;
                            sum += v;
                            histogram[(int)(v >> shift) + 1]++;
                        }
                    }
                }
                else
                {
                    foreach (int i in members[g])
                    {
                        long v = values[i];
                        if (v >= 0)
                        {
                            destination[m++] = v;
                            sum += v;
                            histogram[(int)(v >> shift) + 1]++;
                        }
                    }
                }

                if (allByHistogram)
                {
                    // Raw bucket counts, before the selection turns them into running totals.
                    Span<int> into = allHistogram.AsSpan();
                    ReadOnlySpan<int> from = histogram;
                    for (int b = 0; b < into.Length; b++)
                    {
                        into[b] += from[b];
                    }

                    allSum += sum;
                }

                Span<long> part = destination[..m];
                if (m == 0)
                {
                    target[g][column] = default;
                }
                else
                {
                    (long median, long p90) = Selection.MedianAndP90FromCounts(part, histogram, 0, shift, ref side);
                    target[g][column] = DurationSummary.FromParts(m, sum, median, p90);
                }

                offset += withAll ? m : 0;
            }

            if (withAll)
            {
                Span<long> every = scratch.AsSpan(0, offset);
                if (!allByHistogram)
                {
                    allTarget![column] = DurationSummary.FromNanoseconds(every);
                }
                else if (offset == 0)
                {
                    allTarget![column] = default;
                }
                else
                {
                    (long median, long p90) = Selection.MedianAndP90FromCounts(every, allHistogram, 0, shift, ref side);
                    allTarget![column] = DurationSummary.FromParts(offset, allSum, median, p90);
                }
            }

            return;
        }

        if (groupOf is null)
        {
            values.CopyTo(scratch, 0);
            target[0][column] = DurationSummary.FromNanoseconds(scratch.AsSpan(0, values.Length));
            return;
        }

        // Next-reply samples: a counting scatter by the group of each sample's case.
        Span<int> start = groups <= 256 ? stackalloc int[groups + 1] : new int[groups + 1];
        start.Clear();
        for (int j = 0; j < values.Length; j++)
        {
            if (values[j] >= 0)
            {
                start[groupOf[caseOf is null ? j : caseOf[j]] + 1]++;
            }
        }

        for (int g = 0; g < groups; g++)
        {
            start[g + 1] += start[g];
        }

        Span<int> next = groups <= 256 ? stackalloc int[groups] : new int[groups];
        start[..groups].CopyTo(next);
        for (int j = 0; j < values.Length; j++)
        {
            long v = values[j];
            if (v >= 0)
            {
                scratch[next[groupOf[caseOf is null ? j : caseOf[j]]]++] = v;
            }
        }

        for (int g = 0; g < groups; g++)
        {
            target[g][column] = DurationSummary.FromNanoseconds(scratch.AsSpan(start[g], start[g + 1] - start[g]));
        }
    }
}
