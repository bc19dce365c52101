using System;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;

namespace CxCore.Service.Engine;

/// <summary>
/// The per-case pass of <see cref="ServiceMetrics"/>: every case's metrics, SLA outcomes, summary-column values, rate
/// flags, resolution-curve observations and segment keys, in parallel chunks; what a chunk adds up (SLA counts, each
/// column's largest value, the next-reply waits) is combined afterwards in chunk order, so results do not depend on
/// the degree of parallelism.
/// </summary>
internal sealed class CasePass
{
    private const int ChunkSize = 16_384;

    private CasePass(int cases, string? segmentAttribute)
    {
        // Every element is written by the pass (the structs hold no references, so no zeroing is needed).
        Metrics = GC.AllocateUninitializedArray<CaseMetrics>(cases);
        Priorities = new CasePriority[cases];
        Outcomes = new SlaOutcomeTable(cases);
        Flags = GC.AllocateUninitializedArray<RateFlags>(cases);
        Observed = new ObservedColumns(GC.AllocateUninitializedArray<ObservedTime>(cases), GC.AllocateUninitializedArray<ObservedTime>(cases));
        ChannelNames = new string[cases];
        AttributeValues = segmentAttribute is null ? null : new string[cases];
        SegmentAttribute = segmentAttribute;
        for (int c = 0; c < Column.Count; c++)
        {
            Column column = Column.FromIndex(c);
            Columns[column] = column.IsPerWait ? [] : GC.AllocateUninitializedArray<long>(cases);
        }
    }

    /// <summary>Each case's metrics, in input order.</summary>
    internal CaseMetrics[] Metrics { get; }

    /// <summary>Each case's priority.</summary>
    internal CasePriority[] Priorities { get; }

    /// <summary>Each case's outcome on each SLA clock.</summary>
    internal SlaOutcomeTable Outcomes { get; }

    /// <summary>The cases per SLA clock, priority and outcome.</summary>
    internal SlaCounts SlaCounts { get; } = new();

    /// <summary>
    /// The values each summary takes: per case (−1 when the case does not count: first response and first resolution
    /// once set, the others only for resolved cases), and for next reply one value per completed wait.
    /// </summary>
    internal ColumnTable<long[]> Columns { get; } = new();

    /// <summary>Each column's largest value (−1 or 0 when none counts).</summary>
    internal ColumnTable<long> ColumnMax { get; } = new();

    /// <summary>The case of each value of the next-reply columns.</summary>
    internal int[] WaitCase { get; private set; } = [];

    /// <summary>Each case's rate flags.</summary>
    internal RateFlags[] Flags { get; }

    /// <summary>Each case's resolution-curve observation.</summary>
    internal ObservedColumns Observed { get; }

    /// <summary>Each case's channel name (a segment key).</summary>
    internal string[] ChannelNames { get; }

    /// <summary>The attribute segments are keyed by, or <see langword="null"/>.</summary>
    internal string? SegmentAttribute { get; }

    /// <summary>Each case's value of <see cref="SegmentAttribute"/> (empty when it lacks it); <see langword="null"/> without one.</summary>
    internal string[]? AttributeValues { get; }

    /// <summary>Runs the pass over <paramref name="cases"/>, which are validated.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked per chunk).</exception>
    internal static CasePass Run(ServiceCase[] cases, BusinessCalendar calendar, SlaPolicy policy, Instant asOf, string? segmentAttribute,
        CancellationToken cancellationToken)
    {
        var pass = new CasePass(cases.Length, segmentAttribute);
        BusinessCalendar.Position asOfPosition = calendar.PositionOf(asOf);
        int chunks = (cases.Length + ChunkSize - 1) / ChunkSize;
        var waits = new ReplyWaitBuffer[chunks];
        var chunkSla = new SlaCounts[chunks];
        var chunkMax = new ColumnTable<long>[chunks];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, chunks, parallel, chunk =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            int end = Math.Min(cases.Length, (chunk + 1) * ChunkSize);
            (waits[chunk], chunkSla[chunk], chunkMax[chunk]) = pass.RunChunk(cases, chunk * ChunkSize, end, calendar, policy, asOf, asOfPosition);
        });

        for (int chunk = 0; chunk < chunks; chunk++)
        {
            pass.SlaCounts.Add(chunkSla[chunk]);
            for (int c = 0; c < Column.Count; c++)
            {
                Column column = Column.FromIndex(c);
                pass.ColumnMax[column] = Math.Max(pass.ColumnMax[column], chunkMax[chunk][column]);
            }
        }

        pass.GatherWaits(waits);
        return pass;
    }

    private (ReplyWaitBuffer Waits, SlaCounts Sla, ColumnTable<long> Max) RunChunk(ServiceCase[] cases, int from, int to, BusinessCalendar calendar,
        SlaPolicy policy, Instant asOf, BusinessCalendar.Position asOfPosition)
    {
        var waits = new ReplyWaitBuffer();
        var cursor = default(BusinessCalendar.Cursor);
        var sla = new SlaCounts();
        var max = new ColumnTable<long>();
        for (int i = from; i < to; i++)
        {
            ServiceCase serviceCase = cases[i];
            Metrics[i] = CaseEvaluator.Evaluate(serviceCase, calendar, asOf, asOfPosition, waits, i, ref cursor);
            ref readonly CaseMetrics m = ref Metrics[i];
            CasePriority priority = serviceCase.Priority;
            Priorities[i] = priority;
            SlaClocks.Store(policy, in m, priority, Outcomes, i, sla);
            StoreColumns(in m, i, max);
            Flags[i] = RateCounts.Of(in m);
            Observed[TimeBasis.Calendar][i] = m.Observed(TimeBasis.Calendar);
            Observed[TimeBasis.Business][i] = m.Observed(TimeBasis.Business);

            // The segment keys are read while the case is in cache; grouping then scans these arrays.
            ChannelNames[i] = serviceCase.Channel.Name;
            if (AttributeValues is not null)
            {
                AttributeValues[i] = serviceCase.Attributes.TryGetValue(SegmentAttribute!, out string? v) ? v : string.Empty;
            }
        }

        return (waits, sla, max);
    }

    /// <summary>Writes the case's value into every per-case column and raises each column's largest value.</summary>
    private void StoreColumns(in CaseMetrics m, int i, ColumnTable<long> max)
    {
        bool resolved = m.IsResolved;
        for (int c = 0; c < Column.Count; c++)
        {
            Column column = Column.FromIndex(c);
            if (column.IsPerWait)
            {
                continue;
            }

            long v = m.Raw(column);
            // First response and first resolution are final once set; the others only for resolved cases.
            v = v >= 0 && (resolved || column.Metric is ServiceMetric.FirstResponse or ServiceMetric.FirstResolution) ? v : -1;
            Columns[column][i] = v;
            max[column] = Math.Max(max[column], v);
        }
    }

    /// <summary>Lays the chunks' next-reply waits out in case order, with the case of each, as the next-reply columns.</summary>
    private void GatherWaits(ReplyWaitBuffer[] chunks)
    {
        int total = 0;
        foreach (ReplyWaitBuffer chunk in chunks)
        {
            total += chunk.Count;
        }

        long[] calendar = new long[total], business = new long[total];
        int[] caseOf = new int[total];
        int k = 0;
        foreach (ReplyWaitBuffer chunk in chunks)
        {
            chunk.CopyTo(caseOf, calendar, business, k);
            k += chunk.Count;
        }

        Columns[ServiceMetric.NextReply, TimeBasis.Calendar] = calendar;
        Columns[ServiceMetric.NextReply, TimeBasis.Business] = business;
        WaitCase = caseOf;
        ref long calendarMax = ref ColumnMax[ServiceMetric.NextReply, TimeBasis.Calendar];
        ref long businessMax = ref ColumnMax[ServiceMetric.NextReply, TimeBasis.Business];
        for (int j = 0; j < total; j++)
        {
            calendarMax = Math.Max(calendarMax, calendar[j]);
            businessMax = Math.Max(businessMax, business[j]);
        }
    }
}
