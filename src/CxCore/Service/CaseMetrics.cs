using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using CxCore.Service.Engine;
using CxCore.Utility;
using NodaTime;

namespace CxCore.Service;

/// <summary>
/// The service metrics of one case as known at a cut-off instant, each duration in calendar and in business time:
/// first response, next replies, first and full resolution, requester wait, agent work and on-hold time, and the
/// one-touch, first-contact-resolution, reopen and bot-containment flags.
/// </summary>
/// <remarks>
/// <para>Events after the cut-off are ignored: the case is seen as it was then. Definitions (METRICS.md, "Customer service"):</para>
/// <list type="bullet">
/// <item><description>first response: opened → first agent reply; <see langword="null"/> without a reply;</description></item>
/// <item><description>
/// next reply: a customer message sent after the first agent reply, while no earlier message is waiting, starts a wait
/// that the next agent reply ends (one sample); solving the case drops a waiting message (a closing "thank you" is not
/// a breach); a wait still running at the cut-off is not a sample but is reported by <see cref="RunningWait"/>;
/// </description></item>
/// <item><description>first resolution: opened → first change to Solved; full resolution: opened → last change to Solved, only when the case is Solved or Closed at the cut-off;</description></item>
/// <item><description>requester wait: time in New, Open and OnHold; agent work: New and Open; on hold: OnHold — up to the cut-off for unresolved cases;</description></item>
/// <item><description>one-touch: resolved with fewer than 2 agent replies; first-contact resolution: resolved, never reopened, and no customer message after the first agent reply;</description></item>
/// <item><description>bot containment: a <see cref="Channel.Chatbot"/> case resolved without a <see cref="CaseEventKind.BotHandoff"/> (<see langword="null"/> for other channels).</description></item>
/// </list>
/// <para><c>default(CaseMetrics)</c> describes nothing (all durations <see langword="null"/>). Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public readonly struct CaseMetrics
{
    private readonly CaseValues _values;
    private readonly CaseFacts _facts;
    private readonly bool _defined;

    /// <summary>The metrics the per-case pass (<see cref="CaseEvaluator"/>) measured.</summary>
    internal CaseMetrics(in CaseValues values, int agentReplies, int nextReplyCount, CaseFacts facts)
    {
        _values = values;
        _defined = true;
        AgentReplies = agentReplies;
        NextReplyCount = nextReplyCount;
        _facts = facts;
    }

    /// <summary>The number of agent replies.</summary>
    public int AgentReplies { get; }

    /// <summary>The number of completed next-reply waits (see the remarks).</summary>
    public int NextReplyCount { get; }

    /// <summary>Whether the case is Solved or Closed at the cut-off.</summary>
    public bool IsResolved => (_facts & CaseFacts.Resolved) != 0;

    /// <summary>Whether the case was solved at least once (it may have been reopened since).</summary>
    public bool WasEverSolved => (_facts & CaseFacts.EverSolved) != 0;

    /// <summary>Whether the case was reopened at least once.</summary>
    public bool IsReopened => (_facts & CaseFacts.Reopened) != 0;

    /// <summary>Resolved with fewer than 2 agent replies.</summary>
    public bool IsOneTouch => IsResolved && AgentReplies < 2;

    /// <summary>Resolved, never reopened, and no customer message after the first agent reply.</summary>
    public bool IsFirstContactResolution => IsResolved && !IsReopened && (_facts & CaseFacts.CustomerFollowUp) == 0;

    /// <summary>For a chatbot case: resolved without a hand-off to a human; <see langword="null"/> for other channels.</summary>
    public bool? IsBotContained => (_facts & CaseFacts.Chatbot) == 0 ? null : IsResolved && (_facts & CaseFacts.HandedOff) == 0;

    /// <summary>The duration of <paramref name="metric"/> in <paramref name="basis"/>; for <see cref="ServiceMetric.NextReply"/> the longest completed wait.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="basis">Calendar or business time.</param>
    /// <returns>The duration, or <see langword="null"/> when it is not defined for this case (no reply, not resolved…).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> or <paramref name="basis"/> is not a defined value.</exception>
    public Duration? Get(ServiceMetric metric, TimeBasis basis)
    {
        Preconditions.CheckDefined(metric, nameof(metric));
        Preconditions.CheckDefined(basis, nameof(basis));
        return ToDuration(Raw(metric, basis));
    }

    /// <summary>The time from opening to the cut-off, or to the full resolution when resolved: the observed time of the resolution curve.</summary>
    /// <param name="basis">Calendar or business time.</param>
    /// <returns>The observed time; <see langword="null"/> only for <c>default</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not a defined value.</exception>
    public Duration? ObservedTime(TimeBasis basis)
    {
        Preconditions.CheckDefined(basis, nameof(basis));
        return ToDuration(IsResolved ? Raw(ServiceMetric.FullResolution, basis) : RawAge(basis));
    }

    /// <summary>How long a customer message has been waiting for a reply at the cut-off; <see langword="null"/> when none is waiting.</summary>
    /// <param name="basis">Calendar or business time.</param>
    /// <returns>The running wait or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not a defined value.</exception>
    public Duration? RunningWait(TimeBasis basis)
    {
        Preconditions.CheckDefined(basis, nameof(basis));
        return ToDuration(RawRunningWait(basis));
    }

    /// <summary>Computes the metrics of <paramref name="serviceCase"/> as known at <paramref name="asOf"/>.</summary>
    /// <param name="serviceCase">The case.</param>
    /// <param name="calendar">The business calendar for business-time durations.</param>
    /// <param name="asOf">The cut-off instant, not before the case was opened.</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="serviceCase"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="asOf"/> is before the case was opened, or it or the case's opening is outside
    /// <see cref="BusinessCalendar.SupportedRange"/>.
    /// </exception>
    public static CaseMetrics FromCase(ServiceCase serviceCase, BusinessCalendar calendar, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(serviceCase);
        ArgumentNullException.ThrowIfNull(calendar);
        BusinessCalendar.ThrowIfUnsupported(asOf, nameof(asOf));
        ThrowIfOpenedTooEarly(serviceCase, 0, nameof(serviceCase));
        Preconditions.CheckArgumentRange(serviceCase.OpenedAt <= asOf, nameof(asOf), asOf,
            $"Service case '{serviceCase.Id}' was opened at {serviceCase.OpenedAt}, after the cut-off {asOf}.");
        var cursor = default(BusinessCalendar.Cursor);
        return CaseEvaluator.Evaluate(serviceCase, calendar, asOf, calendar.PositionOf(asOf), null, 0, ref cursor);
    }

    /// <summary>Throws when the case opened before the calendar's supported range (its events up to the cut-off are then all inside it).</summary>
    internal static void ThrowIfOpenedTooEarly(ServiceCase serviceCase, int position, string paramName)
    {
        if (serviceCase.OpenedAt < BusinessCalendar.SupportedRange.Start)
        {
            throw new ArgumentOutOfRangeException(paramName, serviceCase.OpenedAt, string.Create(CultureInfo.InvariantCulture,
                $"Service case '{serviceCase.Id}' (position {position}) was opened at {serviceCase.OpenedAt}, before {BusinessCalendar.SupportedRange.Start}, the start of the range business calendars support."));
        }
    }

    /// <summary>The raw value in nanoseconds, −1 when undefined.</summary>
    internal long Raw(ServiceMetric metric, TimeBasis basis) => Raw(new Column(metric, basis));

    /// <summary>The raw value of <paramref name="column"/>'s metric in its basis in nanoseconds, −1 when undefined.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal long Raw(Column column) => _defined ? _values[column] : CaseValues.Missing;

    /// <summary>The raw time from opening to the cut-off in nanoseconds, −1 for <c>default</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal long RawAge(TimeBasis basis) => _defined ? _values.Age(basis) : CaseValues.Missing;

    /// <summary>The raw running wait in nanoseconds, −1 when none is waiting.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal long RawRunningWait(TimeBasis basis) => _defined ? _values.RunningWait(basis) : CaseValues.Missing;

    /// <summary>The case on the resolution curve: time to full resolution, or its age censored when unresolved.</summary>
    internal Engine.ObservedTime Observed(TimeBasis basis) =>
        IsResolved ? Engine.ObservedTime.From(Raw(ServiceMetric.FullResolution, basis), resolved: true) : Engine.ObservedTime.From(RawAge(basis), resolved: false);

    private static Duration? ToDuration(long nanoseconds) => nanoseconds < 0 ? null : Duration.FromNanoseconds(nanoseconds);
}
