using System;

namespace CxCore.Service.Engine;

/// <summary>
/// Summarises a per-case column for every group of a dimension: each group's values (by its ascending case positions)
/// are gathered with their exact sum and histogram, and the median and p90 then only revisit the buckets that hold
/// them. Results depend only on each group's multiset of values.
/// </summary>
internal static class CaseColumnSummaries
{
    /// <summary>Summarises <paramref name="values"/> (−1: the case does not count) into <paramref name="groups"/>.</summary>
    internal static void Summarise(Dimension dimension, long[] values, int shift, ColumnTable<DurationSummary>[] groups, Column column, SummaryScratch scratch)
    {
        Int128 unused = 0;
        _ = SummariseGroups(dimension, values, shift, groups, column, scratch, keepForAll: false, allHistogram: default, ref unused);
    }

    /// <summary>
    /// As <see cref="Summarise"/>, for a dimension whose groups partition the cases, and also summarises the column over
    /// every case into <paramref name="all"/>, exactly as the single group "All" would be: the groups are gathered one
    /// after another in the scratch buffer and their bucket counts added up, so "All" needs no pass of its own.
    /// </summary>
    internal static void SummariseWithAll(Dimension dimension, long[] values, int shift, ColumnTable<DurationSummary>[] groups,
        ColumnTable<DurationSummary> all, Column column, SummaryScratch scratch)
    {
        bool byHistogram = values.Length >= Selection.HistogramThreshold;
        Span<int> allHistogram = byHistogram ? scratch.AllHistogram : default;
        allHistogram.Clear();
        Int128 allSum = 0;
        int gathered = SummariseGroups(dimension, values, shift, groups, column, scratch, keepForAll: true, allHistogram, ref allSum);
        Span<long> every = scratch.Values.AsSpan(0, gathered);
        if (!byHistogram)
        {
            all[column] = DurationSummary.FromNanoseconds(every);
        }
        else if (gathered == 0)
        {
            all[column] = default;
        }
        else
        {
            (long median, long p90) = Selection.MedianAndP90FromCounts(every, allHistogram, 0, shift, ref scratch.Side);
            all[column] = DurationSummary.FromParts(gathered, allSum, median, p90);
        }
    }

    /// <summary>
    /// Summarises every group; with <paramref name="keepForAll"/> each group's values stay in the scratch buffer after
    /// the previous group's, their raw bucket counts go into <paramref name="allHistogram"/> (when not empty) and their
    /// sum into <paramref name="allSum"/>. Returns the number of values kept.
    /// </summary>
    private static int SummariseGroups(Dimension dimension, long[] values, int shift, ColumnTable<DurationSummary>[] groups, Column column,
        SummaryScratch scratch, bool keepForAll, Span<int> allHistogram, ref Int128 allSum)
    {
        int[][]? members = dimension.Members;
        long[] buffer = scratch.Values;
        bool allByHistogram = !allHistogram.IsEmpty;
        int offset = 0;
        for (int g = 0; g < dimension.Count; g++)
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
                        buffer[offset + k++] = v;
                    }
                }

                if (allByHistogram)
                {
                    foreach (long v in buffer.AsSpan(offset, k))
                    {
                        allSum += v;
                        allHistogram[(int)(v >> shift) + 1]++;
                    }
                }

                // Reorders only its own values: the buffer still holds every gathered value for "All".
                groups[g][column] = DurationSummary.FromNanoseconds(buffer.AsSpan(offset, k));
                offset += keepForAll ? k : 0;
                continue;
            }

            int[] histogram = scratch.Histogram;
            histogram.AsSpan().Clear();
            int m = 0;
            Int128 sum = 0;
            Span<long> destination = buffer.AsSpan(offset);
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
                ReadOnlySpan<int> from = histogram;
                for (int b = 0; b < allHistogram.Length; b++)
                {
                    allHistogram[b] += from[b];
                }

                allSum += sum;
            }

            if (m == 0)
            {
                groups[g][column] = default;
            }
            else
            {
                (long median, long p90) = Selection.MedianAndP90FromCounts(destination[..m], histogram, 0, shift, ref scratch.Side);
                groups[g][column] = DurationSummary.FromParts(m, sum, median, p90);
            }

            offset += keepForAll ? m : 0;
        }

        return offset;
    }
}
