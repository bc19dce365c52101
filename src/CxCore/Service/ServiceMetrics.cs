using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using CxCore.Display;
using NodaTime;

namespace CxCore.Service;

/// <summary>
/// Customer-service metrics for a set of cases at a cut-off instant: per-case metrics in calendar and business time,
/// overall and per-segment summaries (median, p90), Kaplan–Meier resolution curves with open cases censored, rates
/// (one-touch, first-contact resolution, reopen, bot containment), SLA attainment and the backlog.
/// </summary>
/// <remarks>
/// <para>
/// Definitions: <see cref="CaseMetrics"/> (per case), <see cref="ServiceSegment"/> (summaries and rates),
/// <see cref="SlaReport"/> (SLA outcomes). Each case is seen as it was at the cut-off: later events are ignored.
/// Segments: one per channel, per priority and, when a segment attribute is named, per value of that case attribute
/// (cases without it form the segment with an empty key).
/// </para>
/// <para>
/// Speed: one pass over each case's events, one business-clock lookup per event; cases are processed in parallel
/// chunks and summaries use linear-time selection. Results do not depend on the degree of parallelism.
/// Immutable and thread-safe.
/// </para>
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class ServiceMetrics : ITabularResult
{
    private const int ChunkSize = 16_384;

    private ServiceMetrics(Instant asOf, BusinessCalendar calendar, SlaPolicy policy, CaseMetrics[] cases, CasePriority[] priorities, byte[] outcomes, long[] slaCounts,
        long[][] observedKeys)
    {
        ObservedKeys = observedKeys;
        AsOf = asOf;
        Calendar = calendar;
        CaseArray = cases;
        Cases = new ReadOnlyCollection<CaseMetrics>(cases);
        Sla = new SlaReport(policy, cases, priorities, outcomes, slaCounts);
    }

    /// <summary>The cut-off instant.</summary>
    public Instant AsOf { get; }

    /// <summary>The business calendar of the business-time figures.</summary>
    public BusinessCalendar Calendar { get; }

    /// <summary>The metrics of each case, in input order.</summary>
    public IReadOnlyList<CaseMetrics> Cases { get; }

    /// <summary>All cases together.</summary>
    public ServiceSegment Overall { get; private set; } = null!;

    /// <summary>The segments: by channel, by priority, then by the segment attribute if one was named; each ordered by key (ordinal).</summary>
    public IReadOnlyList<ServiceSegment> Segments { get; private set; } = [];

    /// <summary>The SLA outcomes of every case and the attainment per metric and priority.</summary>
    public SlaReport Sla { get; }

    /// <summary>The backlog at the cut-off: cases not Solved or Closed.</summary>
    public long Backlog => Overall.BacklogCount;

    internal CaseMetrics[] CaseArray { get; }

    /// <summary>
    /// Per basis ([<see cref="TimeBasis"/>]), each case's resolution-curve key: the raw observed time × 2, + 1 when
    /// censored (unresolved). Stored column-wise in the per-case pass so curves need not read the case metrics again.
    /// </summary>
    internal long[][] ObservedKeys { get; }

    /// <summary>
    /// The segments as a table, one row for <see cref="Overall"/> then one per entry of <see cref="Segments"/>, with
    /// columns <c>dimension, key, cases, resolved, backlog, one_touch_rate, fcr_rate, reopen_rate, chatbot_cases,
    /// bot_containment_rate, frt_median_h, frt_p90_h, resolution_median_h, resolution_p90_h, sla_first_response_rate,
    /// sla_next_reply_rate, sla_resolution_rate</c>.
    /// </summary>
    /// <remarks>
    /// Rates (<c>*_rate</c>: one-touch, first-contact resolution, reopen, bot containment and SLA attainment) are in
    /// [0, 1], NaN when their denominator is 0. Durations are in <b>business</b> hours: <c>frt_*</c> are the median and
    /// p90 of first response over replied cases (<see cref="ServiceSegment.Summary"/>), empty (null) without replied
    /// cases; <c>resolution_*</c> are the Kaplan–Meier median and p90 of time to full resolution with open cases
    /// censored (<see cref="ServiceSegment.ResolutionCurve"/>), empty (null) when not reached.
    /// </remarks>
    /// <returns>The table.</returns>
    public ResultTable ToTable()
    {
        var rows = new List<object?[]>(Segments.Count + 1);
        rows.Add(SegmentRow(Overall));
        foreach (ServiceSegment segment in Segments)
        {
            rows.Add(SegmentRow(segment));
        }

        return ResultTable.FromRows(
            [
                "dimension", "key", "cases", "resolved", "backlog", "one_touch_rate", "fcr_rate", "reopen_rate", "chatbot_cases", "bot_containment_rate",
                "frt_median_h", "frt_p90_h", "resolution_median_h", "resolution_p90_h", "sla_first_response_rate", "sla_next_reply_rate", "sla_resolution_rate",
            ],
            rows);
    }

    /// <summary>
    /// Formats the metrics as text: a line with the cut-off, the number of cases and the backlog, then the aligned
    /// <see cref="ToTable"/>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Service metrics as of {AsOf.ToString("g", CultureInfo.InvariantCulture)}: {Overall.CaseCount} cases, backlog {Backlog} (durations in business hours)\n") + ToTable();

    /// <summary>The segments as a Markdown table (see <see cref="ToTable"/>).</summary>
    /// <returns>The Markdown table.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    /// <summary>The segments as flat rows (see <see cref="ToTable"/>).</summary>
    /// <returns>One dictionary per row.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ToRows() => ToTable().ToRows();

    /// <summary>Computes the metrics of <paramref name="cases"/> at <paramref name="asOf"/>.</summary>
    /// <param name="cases">The cases; each must have been opened at or before <paramref name="asOf"/>.</param>
    /// <param name="calendar">The business calendar for business-time durations and business-time SLA targets.</param>
    /// <param name="policy">The SLA targets (<see cref="SlaPolicy.None"/> for none).</param>
    /// <param name="asOf">The cut-off: open cases are censored here, running SLA clocks stop here.</param>
    /// <param name="segmentAttribute">A case attribute to segment by, or <see langword="null"/>.</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/>, a case, <paramref name="calendar"/> or <paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A case was opened after <paramref name="asOf"/>, or <paramref name="asOf"/> or a case's opening is outside
    /// <see cref="BusinessCalendar.SupportedRange"/> (0001-01-01 to 9999-01-01).
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="segmentAttribute"/> is empty or white space.</exception>
    public static ServiceMetrics Compute(IEnumerable<ServiceCase> cases, BusinessCalendar calendar, SlaPolicy policy, Instant asOf, string? segmentAttribute = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(policy);
        if (segmentAttribute is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(segmentAttribute);
        }

        BusinessCalendar.ThrowIfUnsupported(asOf, nameof(asOf));
        ServiceCase[] all = cases as ServiceCase[] ?? cases.ToArray();
        for (int i = 0; i < all.Length; i++)
        {
            if (all[i] is null)
            {
                throw new ArgumentNullException(nameof(cases), $"The case at position {i} is null.");
            }

            CaseMetrics.ThrowIfOpenedAfter(all[i], asOf, i);
            CaseMetrics.ThrowIfOpenedTooEarly(all[i], i, nameof(cases));
        }

        // Every element is written by the per-case pass (the struct holds no references, so no zeroing is needed).
        CaseMetrics[] metrics = GC.AllocateUninitializedArray<CaseMetrics>(all.Length);
        byte[] outcomes = GC.AllocateUninitializedArray<byte>(all.Length * 3);
        var priorities = new CasePriority[all.Length];
        BusinessCalendar.Position asOfPosition = calendar.PositionOf(asOf);
        int chunks = (all.Length + ChunkSize - 1) / ChunkSize;
        var samples = new List<(int Case, long Calendar, long Business)>[chunks];
        // Per chunk: the SLA outcome counts and each column's largest value (summed and maximised afterwards in chunk order).
        var chunkSla = new long[chunks][];
        var chunkMax = new long[chunks][];

        // Per case, once: the metrics, and column-wise the values each summary takes (−1 when the case does not count).
        var columns = new long[SegmentSummaries.Columns][];
        for (int c = 0; c < columns.Length; c++)
        {
            columns[c] = c >> 1 == (int)ServiceMetric.NextReply ? [] : GC.AllocateUninitializedArray<long>(all.Length);
        }

        byte[] flags = GC.AllocateUninitializedArray<byte>(all.Length);
        long[][] observedKeys = [GC.AllocateUninitializedArray<long>(all.Length), GC.AllocateUninitializedArray<long>(all.Length)];
        // The segment keys are read while each case is in cache; grouping then scans these arrays.
        string[] channelNames = new string[all.Length];
        string[]? attributeValues = segmentAttribute is null ? null : new string[all.Length];
        Parallel.For(0, chunks, chunk =>
        {
            var list = new List<(int, long, long)>();
            var cursor = default(BusinessCalendar.Cursor);
            long[] sla = new long[SlaReport.CountSlots];
            long[] max = new long[SegmentSummaries.Columns];
            int end = Math.Min(all.Length, (chunk + 1) * ChunkSize);
            for (int i = chunk * ChunkSize; i < end; i++)
            {
                metrics[i] = CaseMetrics.Compute(all[i], calendar, asOf, asOfPosition, list, i, ref cursor);
                CasePriority priority = all[i].Priority;
                priorities[i] = priority;
                SlaReport.Store(policy, in metrics[i], priority, outcomes, i, sla);
                flags[i] = SegmentSummaries.Store(in metrics[i], columns, i, max);
                observedKeys[0][i] = metrics[i].ObservedKey(TimeBasis.Calendar);
                observedKeys[1][i] = metrics[i].ObservedKey(TimeBasis.Business);
                channelNames[i] = all[i].Channel.Name;
                if (attributeValues is not null)
                {
                    attributeValues[i] = all[i].Attributes.TryGetValue(segmentAttribute!, out string? v) ? v : string.Empty;
                }
            }

            samples[chunk] = list;
            chunkSla[chunk] = sla;
            chunkMax[chunk] = max;
        });

        long[] slaCounts = new long[SlaReport.CountSlots];
        long[] columnMax = new long[SegmentSummaries.Columns];
        for (int chunk = 0; chunk < chunks; chunk++)
        {
            for (int j = 0; j < slaCounts.Length; j++)
            {
                slaCounts[j] += chunkSla[chunk][j];
            }

            for (int c = 0; c < columnMax.Length; c++)
            {
                columnMax[c] = Math.Max(columnMax[c], chunkMax[chunk][c]);
            }
        }

        // Next-reply samples in case order, with the case of each.
        int total = 0;
        foreach (List<(int Case, long Calendar, long Business)> list in samples)
        {
            total += list.Count;
        }

        long[] calendarSamples = new long[total], businessSamples = new long[total];
        int[] sampleCase = new int[total];
        int k = 0;
        foreach (List<(int Case, long Calendar, long Business)> list in samples)
        {
            foreach ((int c, long cal, long bus) in list)
            {
                sampleCase[k] = c;
                calendarSamples[k] = cal;
                businessSamples[k++] = bus;
            }
        }

        columns[(int)ServiceMetric.NextReply * 2] = calendarSamples;
        columns[(int)ServiceMetric.NextReply * 2 + 1] = businessSamples;
        for (int j = 0; j < total; j++)
        {
            columnMax[(int)ServiceMetric.NextReply * 2] = Math.Max(columnMax[(int)ServiceMetric.NextReply * 2], calendarSamples[j]);
            columnMax[(int)ServiceMetric.NextReply * 2 + 1] = Math.Max(columnMax[(int)ServiceMetric.NextReply * 2 + 1], businessSamples[j]);
        }

        var result = new ServiceMetrics(asOf, calendar, policy, metrics, priorities, outcomes, slaCounts, observedKeys);
        // The dimensions are independent: group them in parallel (each is deterministic on its own).
        SegmentSummaries.Dimension? channel = null, priority = null, attribute = null;
        Parallel.Invoke(
            () => channel = SegmentSummaries.GroupByName(channelNames, "Channel", StringComparer.OrdinalIgnoreCase),
            () => priority = SegmentSummaries.GroupByPriority(priorities),
            () => attribute = attributeValues is null ? null : SegmentSummaries.GroupByName(attributeValues, segmentAttribute!, StringComparer.Ordinal));
        var dimensions = new List<SegmentSummaries.Dimension>(4) { SegmentSummaries.Dimension.All(), channel!, priority! };
        if (attribute is not null)
        {
            dimensions.Add(attribute);
        }

        ServiceSegment[] segments = SegmentSummaries.Build(result, dimensions, columns, columnMax, sampleCase, flags);
        result.Overall = segments[0];
        result.Segments = Array.AsReadOnly(segments[1..]);
        return result;
    }

    /// <summary>The backlog at <paramref name="at"/>: cases opened by then and not Solved or Closed at that instant.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The number of open cases.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> or a case is null.</exception>
    public static long BacklogAt(IEnumerable<ServiceCase> cases, Instant at)
    {
        ArgumentNullException.ThrowIfNull(cases);
        long open = 0;
        foreach (ServiceCase c in cases)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(cases));
            if (c.StatusAt(at) is { } status && status is not (CaseStatus.Solved or CaseStatus.Closed))
            {
                open++;
            }
        }

        return open;
    }

    private static object?[] SegmentRow(ServiceSegment s)
    {
        DurationSummary frt = s.Summary(ServiceMetric.FirstResponse, TimeBasis.Business);
        ResolutionCurve curve = s.ResolutionCurve(TimeBasis.Business);
        return
        [
            s.Dimension, s.Key, s.CaseCount, s.ResolvedCount, s.BacklogCount, s.OneTouchRate, s.FirstContactResolutionRate, s.ReopenRate,
            s.ChatbotCaseCount, s.BotContainmentRate, TableCells.Hours(frt.Median), TableCells.Hours(frt.P90),
            TableCells.Hours(curve.Median), TableCells.Hours(curve.Percentile(0.9)),
            s.Attainment(SlaMetric.FirstResponse).Rate, s.Attainment(SlaMetric.NextReply).Rate, s.Attainment(SlaMetric.Resolution).Rate,
        ];
    }
}
