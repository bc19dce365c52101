using System;

namespace CxCore.Service.Engine;

/// <summary>
/// Summarises a per-wait column (next reply: one value per completed wait, with the case of each) for every group of a
/// dimension, by a counting scatter of the waits by their case's group.
/// </summary>
internal static class WaitSummaries
{
    /// <summary>Summarises <paramref name="waits"/> of the cases <paramref name="caseOf"/> into <paramref name="groups"/>.</summary>
    internal static void Summarise(Dimension dimension, long[] waits, int[] caseOf, ColumnTable<DurationSummary>[] groups, Column column, SummaryScratch scratch)
    {
        long[] buffer = scratch.Values;
        int[]? groupOf = dimension.GroupOf;
        if (groupOf is null)
        {
            waits.CopyTo(buffer, 0);
            groups[0][column] = DurationSummary.FromNanoseconds(buffer.AsSpan(0, waits.Length));
            return;
        }

        int count = dimension.Count;
        Span<int> start = count <= 256 ? stackalloc int[count + 1] : new int[count + 1];
        start.Clear();
        for (int j = 0; j < waits.Length; j++)
        {
            if (waits[j] >= 0)
            {
                start[groupOf[caseOf[j]] + 1]++;
            }
        }

        for (int g = 0; g < count; g++)
        {
            start[g + 1] += start[g];
        }

        Span<int> next = count <= 256 ? stackalloc int[count] : new int[count];
        start[..count].CopyTo(next);
        for (int j = 0; j < waits.Length; j++)
        {
            long v = waits[j];
            if (v >= 0)
            {
                buffer[next[groupOf[caseOf[j]]]++] = v;
            }
        }

        for (int g = 0; g < count; g++)
        {
            groups[g][column] = DurationSummary.FromNanoseconds(buffer.AsSpan(start[g], start[g + 1] - start[g]));
        }
    }
}
