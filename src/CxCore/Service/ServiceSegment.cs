using System;
using System.Threading;
using CxCore.Service.Engine;
using CxCore.Utility;

namespace CxCore.Service;

/// <summary>
/// The service metrics of a group of cases: all cases (<see cref="ServiceMetrics.Overall"/>) or one value of a
/// segment dimension (a channel, a priority, a case attribute).
/// </summary>
/// <remarks>
/// <para>
/// Duration summaries (count, mean, median, p90, R type 7) cover the cases for which the duration is final: first
/// response over replied cases, next reply over all completed waits, first resolution over cases ever solved, and full
/// resolution, requester wait, agent work and on-hold over cases resolved at the cut-off. The full-resolution summary
/// therefore ignores open cases (the naive "solved cases only" figure, biased low); the
/// <see cref="ResolutionCurve(TimeBasis)"/> median does not, and is the one to report.
/// </para>
/// <para>Rates are NaN when their denominator is 0. The resolution curves are built on first use. Thread-safe.</para>
/// </remarks>
public sealed class ServiceSegment
{
    private readonly int[]? _indices; // null: every case
    private readonly ColumnTable<DurationSummary> _summaries;
    private readonly SlaAttainment[] _attainment;
    private readonly ObservedColumns _observed;
    private ResolutionCurve? _calendarCurve;
    private ResolutionCurve? _businessCurve;

    /// <summary>A segment from the engine's summaries, rate counts and SLA attainment (see <see cref="SegmentEngine"/>).</summary>
    internal ServiceSegment(string dimension, string key, int[]? indices, long count, SegmentRates rates, ColumnTable<DurationSummary> summaries,
        SlaAttainment[] attainment, ObservedColumns observed)
    {
        _indices = indices;
        _summaries = summaries;
        _attainment = attainment;
        _observed = observed;
        Dimension = dimension;
        Key = key;
        CaseCount = count;
        ResolvedCount = rates[RateFlags.Resolved];
        OneTouchRate = Rate(rates[RateFlags.OneTouch], ResolvedCount);
        FirstContactResolutionRate = Rate(rates[RateFlags.FirstContactResolution], ResolvedCount);
        ReopenRate = Rate(rates[RateFlags.Reopened], rates[RateFlags.EverSolved]);
        ChatbotCaseCount = rates[RateFlags.Chatbot];
        BotContainmentRate = Rate(rates[RateFlags.BotContained], ChatbotCaseCount);
    }

    /// <summary>The segment dimension: <c>"All"</c>, <c>"Channel"</c>, <c>"Priority"</c> or the attribute name.</summary>
    public string Dimension { get; }

    /// <summary>The value of the dimension: <c>"All"</c>, a channel name, a priority name or an attribute value (empty when the case lacks the attribute).</summary>
    public string Key { get; }

    /// <summary>The number of cases.</summary>
    public long CaseCount { get; }

    /// <summary>Cases Solved or Closed at the cut-off.</summary>
    public long ResolvedCount { get; }

    /// <summary>The backlog at the cut-off: cases not Solved or Closed.</summary>
    public long BacklogCount => CaseCount - ResolvedCount;

    /// <summary>Share of resolved cases resolved with fewer than 2 agent replies; NaN without resolved cases.</summary>
    public double OneTouchRate { get; }

    /// <summary>Share of resolved cases resolved without a customer follow-up or reopen; NaN without resolved cases.</summary>
    public double FirstContactResolutionRate { get; }

    /// <summary>Share of cases ever solved that were reopened; NaN when none was solved.</summary>
    public double ReopenRate { get; }

    /// <summary>The number of chatbot-channel cases.</summary>
    public long ChatbotCaseCount { get; }

    /// <summary>Share of chatbot-channel cases resolved without a hand-off to a human; NaN without chatbot cases.</summary>
    public double BotContainmentRate { get; }

    /// <summary>Count, mean, median and p90 of <paramref name="metric"/> (see the remarks for which cases are included).</summary>
    /// <param name="metric">The duration.</param>
    /// <param name="basis">Calendar or business time.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> or <paramref name="basis"/> is not a defined value.</exception>
    public DurationSummary Summary(ServiceMetric metric, TimeBasis basis)
    {
        Preconditions.CheckDefined(metric, nameof(metric));
        Preconditions.CheckDefined(basis, nameof(basis));
        return _summaries[metric, basis];
    }

    /// <summary>The SLA attainment of <paramref name="metric"/> in this segment.</summary>
    /// <param name="metric">The clock.</param>
    /// <returns>The counts and rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is not a defined value.</exception>
    public SlaAttainment Attainment(SlaMetric metric)
    {
        Preconditions.CheckDefined(metric, nameof(metric));

        return _attainment[(int)metric];
    }

    /// <summary>
    /// The Kaplan–Meier curve of time to (full) resolution, with cases unresolved at the cut-off censored at their age;
    /// built on first use.
    /// </summary>
    /// <param name="basis">Calendar or business time.</param>
    /// <returns>The curve.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not a defined value.</exception>
    public ResolutionCurve ResolutionCurve(TimeBasis basis)
    {
        Preconditions.CheckDefined(basis, nameof(basis));
        ref ResolutionCurve? slot = ref basis == TimeBasis.Calendar ? ref _calendarCurve : ref _businessCurve;
        if (Volatile.Read(ref slot) is { } curve)
        {
            return curve;
        }

        curve = Service.ResolutionCurve.FromObserved(_observed.Gather(basis, _indices, (int)CaseCount));
        Interlocked.CompareExchange(ref slot, curve, null);
        return slot!;
    }

    private static double Rate(long part, long whole) => whole == 0 ? double.NaN : (double)part / whole;
}
