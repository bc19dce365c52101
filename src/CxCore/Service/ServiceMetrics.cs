using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using CxCore.Display;
using CxCore.Service.Engine;
using CxCore.Utility;
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
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class ServiceMetrics : ITabularResult
{
    private ServiceMetrics(Instant asOf, BusinessCalendar calendar, CaseMetrics[] cases, SlaReport sla, ServiceSegment overall, ServiceSegment[] segments,
        ServiceCase[] sourceCases, SlaPolicy policy, string? segmentAttribute)
    {
        SourceCases = Array.AsReadOnly(sourceCases);
        Policy = policy;
        SegmentAttribute = segmentAttribute;
        AsOf = asOf;
        Calendar = calendar;
        Cases = new ReadOnlyCollection<CaseMetrics>(cases);
        Sla = sla;
        Overall = overall;
        Segments = Array.AsReadOnly(segments);
    }

    /// <summary>The cases the metrics were computed from (the JSON form keeps them and recomputes).</summary>
    internal IReadOnlyList<ServiceCase> SourceCases { get; }

    /// <summary>The SLA policy the metrics were computed with.</summary>
    internal SlaPolicy Policy { get; }

    /// <summary>The case attribute the segments are by, or <see langword="null"/>.</summary>
    internal string? SegmentAttribute { get; }

    /// <summary>The cut-off instant.</summary>
    public Instant AsOf { get; }

    /// <summary>The business calendar of the business-time figures.</summary>
    public BusinessCalendar Calendar { get; }

    /// <summary>The metrics of each case, in input order.</summary>
    public IReadOnlyList<CaseMetrics> Cases { get; }

    /// <summary>All cases together.</summary>
    public ServiceSegment Overall { get; }

    /// <summary>The segments: by channel, by priority, then by the segment attribute if one was named; each ordered by key (ordinal).</summary>
    public IReadOnlyList<ServiceSegment> Segments { get; }

    /// <summary>The SLA outcomes of every case and the attainment per metric and priority.</summary>
    public SlaReport Sla { get; }

    /// <summary>The backlog at the cut-off: cases not Solved or Closed.</summary>
    public long Backlog => Overall.BacklogCount;

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
    /// <param name="cancellationToken">Cancels the computation; checked before each chunk of 16,384 cases and each summary task.</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/>, a case, <paramref name="calendar"/> or <paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A case was opened after <paramref name="asOf"/>, or <paramref name="asOf"/> or a case's opening is outside
    /// <see cref="BusinessCalendar.SupportedRange"/> (0001-01-01 to 9999-01-01).
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="segmentAttribute"/> is empty or white space.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ServiceMetrics Compute(IEnumerable<ServiceCase> cases, BusinessCalendar calendar, SlaPolicy policy, Instant asOf,
        string? segmentAttribute = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(policy);
        if (segmentAttribute is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(segmentAttribute);
        }

        BusinessCalendar.ThrowIfUnsupported(asOf, nameof(asOf));
        cancellationToken.ThrowIfCancellationRequested();
        ServiceCase[] all = cases.ToArray(); // a copy: the result keeps its cases
        Instant earliest = BusinessCalendar.SupportedRange.Start;
        for (int i = 0; i < all.Length; i++)
        {
            // One lean test per case: the loop is bound by memory latency, and a call or message state in its body
            // leaves fewer cases' loads in flight. The cold helper finds the problem and throws.
            if (all[i] is not { OpenedAt: var opened } || opened > asOf || opened < earliest)
            {
                ThrowInvalidCase(all[i], i, asOf, nameof(cases));
            }
        }

        CasePass pass = CasePass.Run(all, calendar, policy, asOf, segmentAttribute, cancellationToken);
        var sla = new SlaReport(policy, pass.Metrics, pass.Priorities, pass.Outcomes, pass.SlaCounts);
        ServiceSegment[] segments = SegmentEngine.Build(pass, sla, cancellationToken);
        return new ServiceMetrics(asOf, calendar, pass.Metrics, sla, segments[0], segments[1..], all, policy, segmentAttribute);
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

    /// <summary>Throws for the case at <paramref name="position"/>, which is null or opened outside [<see cref="BusinessCalendar.SupportedRange"/> start, <paramref name="asOf"/>].</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowInvalidCase(ServiceCase? serviceCase, int position, Instant asOf, string casesName)
    {
        if (serviceCase is null)
        {
            throw new ArgumentNullException(casesName, $"The case at position {position} is null.");
        }

        Preconditions.CheckArgumentRange(serviceCase.OpenedAt <= asOf, nameof(asOf), asOf,
            $"Service case '{serviceCase.Id}' (position {position}) was opened at {serviceCase.OpenedAt}, after the cut-off {asOf}.");
        CaseMetrics.ThrowIfOpenedTooEarly(serviceCase, position, casesName);
        throw new UnreachableException($"The case at position {position} is valid.");
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
