using System;
using System.Collections.Generic;
using System.Numerics;
using System.Threading;
using System.Threading.Tasks;

namespace CxCore.Service.Engine;

/// <summary>
/// The segments of <see cref="ServiceMetrics"/>: the cases grouped per dimension (all, channel, priority and the
/// segment attribute), then every (dimension, column) summarised and every dimension's rate flags counted, as
/// independent tasks taken in order by a fixed set of workers. Results depend only on each group's multiset of values,
/// so they do not depend on the degree of parallelism.
/// </summary>
internal static class SegmentEngine
{
    /// <summary>Builds every segment: "All" first, then dimension by dimension, groups in key order.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked per task).</exception>
    internal static ServiceSegment[] Build(CasePass pass, SlaReport sla, CancellationToken cancellationToken)
    {
        List<Dimension> dimensions = Group(pass, cancellationToken);
        int cases = pass.Flags.Length;

        // One task per (dimension, column), plus one per dimension for the rate flags.
        int tasks = dimensions.Count * (Column.Count + 1);
        var summaries = new ColumnTable<DurationSummary>[dimensions.Count][];
        var rates = new RateCounts[dimensions.Count];
        for (int d = 0; d < dimensions.Count; d++)
        {
            summaries[d] = new ColumnTable<DurationSummary>[dimensions[d].Count];
            for (int g = 0; g < dimensions[d].Count; g++)
            {
                summaries[d][g] = new ColumnTable<DurationSummary>();
            }
        }

        // Per column, a histogram bucket width from the column's largest value, valid for every group.
        var shifts = new ColumnTable<int>();
        for (int c = 0; c < Column.Count; c++)
        {
            Column column = Column.FromIndex(c);
            long max = Math.Max(0, pass.ColumnMax[column]);
            shifts[column] = Math.Max(0, 64 - BitOperations.LeadingZeroCount((ulong)max) - Selection.HistogramBits);
        }

        // "All" takes its per-case column summaries from the dimension with the fewest groups, whose groups partition
        // the cases (see CaseColumnSummaries.SummariseWithAll).
        (int all, int partner) = AllAndPartner(dimensions);
        int scratchLength = Math.Max(cases, pass.WaitCase.Length);

        // A fixed set of workers, each with its own buffers, takes the tasks in order (Parallel.For's per-partition
        // state would allocate a fresh 8 MB scratch buffer for every partition it starts).
        int workers = Math.Max(1, Math.Min(tasks, Environment.ProcessorCount));
        int nextTask = -1;
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, workers, parallel, _ =>
        {
            var scratch = new SummaryScratch(scratchLength);
            int task;
            while ((task = Interlocked.Increment(ref nextTask)) < tasks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int d = task / (Column.Count + 1), c = task % (Column.Count + 1);
                Dimension dimension = dimensions[d];
                if (c == Column.Count)
                {
                    rates[d] = RateCounts.Count(dimension, pass.Flags);
                    continue;
                }

                Column column = Column.FromIndex(c);
                long[] values = pass.Columns[column];
                if (column.IsPerWait)
                {
                    WaitSummaries.Summarise(dimension, values, pass.WaitCase, summaries[d], column, scratch);
                }
                else if (d == partner)
                {
                    CaseColumnSummaries.SummariseWithAll(dimension, values, shifts[column], summaries[d], summaries[all][0], column, scratch);
                }
                else if (d != all)
                {
                    CaseColumnSummaries.Summarise(dimension, values, shifts[column], summaries[d], column, scratch);
                }
            }
        });

        var segments = new List<ServiceSegment>();
        for (int d = 0; d < dimensions.Count; d++)
        {
            Dimension dimension = dimensions[d];
            for (int g = 0; g < dimension.Count; g++)
            {
                int[]? members = dimension.Members?[g];
                var attainment = new SlaAttainment[3];
                for (var metric = SlaMetric.FirstResponse; metric <= SlaMetric.Resolution; metric++)
                {
                    attainment[(int)metric] = members is null ? sla.Attainment(metric) : sla.Attainment(metric, members);
                }

                segments.Add(new ServiceSegment(dimension.Name, dimension.Keys[g], members, members?.Length ?? cases,
                    new SegmentRates(rates[d], g), summaries[d][g], attainment, pass.Observed));
            }
        }

        return segments.ToArray();
    }

    /// <summary>The dimensions: all, channel, priority, then the segment attribute if one was named.</summary>
    private static List<Dimension> Group(CasePass pass, CancellationToken cancellationToken)
    {
        // The dimensions are independent: group them in parallel (each is deterministic on its own).
        Dimension? channel = null, priority = null, attribute = null;
        Parallel.Invoke(
            new ParallelOptions { CancellationToken = cancellationToken },
            () => channel = Grouping.ByName(pass.ChannelNames, "Channel", StringComparer.OrdinalIgnoreCase),
            () => priority = Grouping.ByPriority(pass.Priorities),
            () => attribute = pass.AttributeValues is null ? null : Grouping.ByName(pass.AttributeValues, pass.SegmentAttribute!, StringComparer.Ordinal));
        var dimensions = new List<Dimension>(4) { Dimension.All(), channel!, priority! };
        if (attribute is not null)
        {
            dimensions.Add(attribute);
        }

        return dimensions;
    }

    /// <summary>The "All" dimension and the dimension with the fewest groups that summarises it; both −1 when either is missing.</summary>
    private static (int All, int Partner) AllAndPartner(List<Dimension> dimensions)
    {
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

        return all < 0 || partner < 0 ? (-1, -1) : (all, partner);
    }
}
