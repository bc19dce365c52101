using System;
using System.Collections.Generic;
using System.Globalization;
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
public readonly struct CaseMetrics
{
    private const long Missing = -1;

    // Calendar nanoseconds at even indices, business at odd: [metric * 2 + basis]; −1 when undefined. Stored inline
    // (no array per case) so a million cases are one array.
    private readonly SlotValues _values;
    private readonly bool _defined;

    private CaseMetrics(in SlotValues values, int agentReplies, int nextReplyCount, Flags flags)
    {
        _values = values;
        _defined = true;
        AgentReplies = agentReplies;
        NextReplyCount = nextReplyCount;
        _flags = flags;
    }

    private readonly Flags _flags;

    [Flags]
    private enum Flags : byte
    {
        None = 0,
        Resolved = 1,
        Reopened = 2,
        CustomerFollowUp = 4,
        Chatbot = 8,
        HandedOff = 16,
        EverSolved = 32,
    }

    // Slots after the seven ServiceMetric values.
    private const int AgeSlot = 7, RunningWaitSlot = 8;

    [System.Runtime.CompilerServices.InlineArray(18)]
    private struct SlotValues
    {
        private long _first;
    }

    /// <summary>The number of agent replies.</summary>
    public int AgentReplies { get; }

    /// <summary>The number of completed next-reply waits (see the remarks).</summary>
    public int NextReplyCount { get; }

    /// <summary>Whether the case is Solved or Closed at the cut-off.</summary>
    public bool IsResolved => (_flags & Flags.Resolved) != 0;

    /// <summary>Whether the case was solved at least once (it may have been reopened since).</summary>
    public bool WasEverSolved => (_flags & Flags.EverSolved) != 0;

    /// <summary>Whether the case was reopened at least once.</summary>
    public bool IsReopened => (_flags & Flags.Reopened) != 0;

    /// <summary>Resolved with fewer than 2 agent replies.</summary>
    public bool IsOneTouch => IsResolved && AgentReplies < 2;

    /// <summary>Resolved, never reopened, and no customer message after the first agent reply.</summary>
    public bool IsFirstContactResolution => IsResolved && !IsReopened && (_flags & Flags.CustomerFollowUp) == 0;

    /// <summary>For a chatbot case: resolved without a hand-off to a human; <see langword="null"/> for other channels.</summary>
    public bool? IsBotContained => (_flags & Flags.Chatbot) == 0 ? null : IsResolved && (_flags & Flags.HandedOff) == 0;

    /// <summary>The duration of <paramref name="metric"/> in <paramref name="basis"/>; for <see cref="ServiceMetric.NextReply"/> the longest completed wait.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="basis">Calendar or business time.</param>
    /// <returns>The duration, or <see langword="null"/> when it is not defined for this case (no reply, not resolved…).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> or <paramref name="basis"/> is not a defined value.</exception>
    public Duration? Get(ServiceMetric metric, TimeBasis basis)
    {
        if (unchecked((uint)metric) > (uint)ServiceMetric.OnHold)
        {
            throw new ArgumentOutOfRangeException(nameof(metric), metric, "Not a defined ServiceMetric.");
        }

        return Value((int)metric, basis);
    }

    /// <summary>The time from opening to the cut-off, or to the full resolution when resolved: the observed time of the resolution curve.</summary>
    /// <param name="basis">Calendar or business time.</param>
    /// <returns>The observed time; <see langword="null"/> only for <c>default</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not a defined value.</exception>
    public Duration? ObservedTime(TimeBasis basis) => IsResolved ? Value((int)ServiceMetric.FullResolution, basis) : Value(AgeSlot, basis);

    /// <summary>How long a customer message has been waiting for a reply at the cut-off; <see langword="null"/> when none is waiting.</summary>
    /// <param name="basis">Calendar or business time.</param>
    /// <returns>The running wait or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not a defined value.</exception>
    public Duration? RunningWait(TimeBasis basis) => Value(RunningWaitSlot, basis);

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
        ThrowIfOpenedAfter(serviceCase, asOf, 0);
        ThrowIfOpenedTooEarly(serviceCase, 0, nameof(serviceCase));
        var cursor = default(BusinessCalendar.Cursor);
        return Compute(serviceCase, calendar, asOf, calendar.PositionOf(asOf), null, 0, ref cursor);
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

    internal static void ThrowIfOpenedAfter(ServiceCase serviceCase, Instant asOf, int position)
    {
        if (serviceCase.OpenedAt > asOf)
        {
            throw new ArgumentOutOfRangeException(nameof(asOf), asOf, string.Create(CultureInfo.InvariantCulture,
                $"Service case '{serviceCase.Id}' (position {position}) was opened at {serviceCase.OpenedAt}, after the cut-off {asOf}."));
        }
    }

    private Duration? Value(int slot, TimeBasis basis)
    {
        if (unchecked((uint)basis) > (uint)TimeBasis.Business)
        {
            throw new ArgumentOutOfRangeException(nameof(basis), basis, "The basis must be Calendar or Business.");
        }

        long v = !_defined ? Missing : _values[slot * 2 + (int)basis];
        return v < 0 ? null : Duration.FromNanoseconds(v);
    }

    /// <summary>Copies the raw values ([metric * 2 + basis], nanoseconds, −1 when undefined) into <paramref name="destination"/> (14 long).</summary>
    internal void CopyRawTo(Span<long> destination)
    {
        if (!_defined)
        {
            destination.Fill(Missing);
            return;
        }

        ((ReadOnlySpan<long>)_values)[..14].CopyTo(destination);
    }

    /// <summary>The raw value in nanoseconds, −1 when undefined.</summary>
    internal long Raw(ServiceMetric metric, TimeBasis basis) => !_defined ? Missing : _values[(int)metric * 2 + (int)basis];

    /// <summary>The raw observed time (resolution curve) in nanoseconds.</summary>
    internal long RawObserved(TimeBasis basis) => IsResolved ? Raw(ServiceMetric.FullResolution, basis) : (!_defined ? Missing : _values[AgeSlot * 2 + (int)basis]);

    /// <summary>The resolution-curve key: <see cref="RawObserved"/> × 2, + 1 when censored (not resolved).</summary>
    internal long ObservedKey(TimeBasis basis) => RawObserved(basis) * 2 + (IsResolved ? 0 : 1);

    internal long RawRunningWait(TimeBasis basis) => !_defined ? Missing : _values[RunningWaitSlot * 2 + (int)basis];

    internal long RawAge(TimeBasis basis) => !_defined ? Missing : _values[AgeSlot * 2 + (int)basis];

    /// <summary>
    /// One pass over the case's events up to <paramref name="asOf"/>. Each event's instant is looked up on the business
    /// clock once; every business duration is then a subtraction of two positions.
    /// </summary>
    internal static CaseMetrics Compute(ServiceCase serviceCase, BusinessCalendar calendar, Instant asOf, BusinessCalendar.Position asOfPosition,
        List<(int Case, long Calendar, long Business)>? nextReplySamples, int caseIndex, ref BusinessCalendar.Cursor cursor)
    {
        ReadOnlySpan<CaseEvent> events = serviceCase.EventSpan;
        var values = default(SlotValues);
        ((Span<long>)values).Fill(Missing);
        Instant opened = events[0].At;
        BusinessCalendar.Position openedPosition = calendar.PositionOf(opened, ref cursor);
        long waitNew = 0, waitNewB = 0, waitOpen = 0, waitOpenB = 0, waitHold = 0, waitHoldB = 0;
        CaseStatus status = CaseStatus.New;
        Instant statusStart = opened;
        BusinessCalendar.Position statusStartPosition = openedPosition;
        Instant? waitStart = null;
        BusinessCalendar.Position waitStartPosition = default;
        int replies = 0, nextReplies = 0;
        long worstNext = Missing, worstNextB = Missing;
        Flags flags = serviceCase.Channel == Channel.Chatbot ? Flags.Chatbot : Flags.None;
        bool replied = false;

        for (int i = 1; i <= events.Length; i++)
        {
            bool last = i == events.Length;
            if (!last && events[i].At > asOf)
            {
                last = true;
            }

            Instant at = last ? asOf : events[i].At;
            BusinessCalendar.Position position = last ? asOfPosition : (at == statusStart ? statusStartPosition : calendar.PositionOf(at, ref cursor));

            // Close the interval spent in the current status.
            if (at > statusStart && status is CaseStatus.New or CaseStatus.Open or CaseStatus.OnHold)
            {
                long cal = (at - statusStart).ToInt64Nanoseconds();
                long bus = calendar.Between(statusStartPosition, position, ref cursor);
                switch (status)
                {
                    case CaseStatus.New:
                        waitNew += cal;
                        waitNewB += bus;
                        break;
                    case CaseStatus.Open:
                        waitOpen += cal;
                        waitOpenB += bus;
                        break;
                    default:
                        waitHold += cal;
                        waitHoldB += bus;
                        break;
                }
            }

            statusStart = at;
            statusStartPosition = position;
            if (last)
            {
                break;
            }

            ref readonly CaseEvent e = ref events[i];
            switch (e.Kind)
            {
                case CaseEventKind.AgentReply:
                    replies++;
                    if (!replied)
                    {
                        replied = true;
                        Set(ref values, ServiceMetric.FirstResponse, (at - opened).ToInt64Nanoseconds(), calendar.Between(openedPosition, position, ref cursor));
                    }

                    if (waitStart is { } ws)
                    {
                        long cal = (at - ws).ToInt64Nanoseconds(), bus = calendar.Between(waitStartPosition, position, ref cursor);
                        nextReplies++;
                        worstNext = Math.Max(worstNext, cal);
                        worstNextB = Math.Max(worstNextB, bus);
                        nextReplySamples?.Add((caseIndex, cal, bus));
                        waitStart = null;
                    }

                    break;
                case CaseEventKind.CustomerMessage:
                    if (replied)
                    {
                        flags |= Flags.CustomerFollowUp;
                        if (waitStart is null)
                        {
                            waitStart = at;
                            waitStartPosition = position;
                        }
                    }

                    break;
                case CaseEventKind.BotHandoff:
                    flags |= Flags.HandedOff;
                    break;
                case CaseEventKind.Reopened:
                    flags |= Flags.Reopened;
                    status = CaseStatus.Open;
                    break;
                case CaseEventKind.StatusChanged:
                    status = e.Status!.Value;
                    if (status == CaseStatus.Solved)
                    {
                        long cal = (at - opened).ToInt64Nanoseconds(), bus = calendar.Between(openedPosition, position, ref cursor);
                        if ((flags & Flags.EverSolved) == 0)
                        {
                            flags |= Flags.EverSolved;
                            Set(ref values, ServiceMetric.FirstResolution, cal, bus);
                        }

                        Set(ref values, ServiceMetric.FullResolution, cal, bus);
                        waitStart = null;
                    }

                    break;
                default:
                    break;
            }
        }

        if (status is CaseStatus.Solved or CaseStatus.Closed)
        {
            flags |= Flags.Resolved;
        }
        else
        {
            values[(int)ServiceMetric.FullResolution * 2] = Missing;
            values[(int)ServiceMetric.FullResolution * 2 + 1] = Missing;
        }

        Set(ref values, ServiceMetric.NextReply, worstNext, worstNextB);
        Set(ref values, ServiceMetric.RequesterWait, waitNew + waitOpen + waitHold, waitNewB + waitOpenB + waitHoldB);
        Set(ref values, ServiceMetric.AgentWork, waitNew + waitOpen, waitNewB + waitOpenB);
        Set(ref values, ServiceMetric.OnHold, waitHold, waitHoldB);
        values[AgeSlot * 2] = (asOf - opened).ToInt64Nanoseconds();
        values[AgeSlot * 2 + 1] = calendar.Between(openedPosition, asOfPosition, ref cursor);
        if (waitStart is { } running)
        {
            values[RunningWaitSlot * 2] = (asOf - running).ToInt64Nanoseconds();
            values[RunningWaitSlot * 2 + 1] = calendar.Between(waitStartPosition, asOfPosition, ref cursor);
        }

        return new CaseMetrics(values, replies, nextReplies, flags);
    }

    private static void Set(ref SlotValues values, ServiceMetric metric, long calendar, long business)
    {
        values[(int)metric * 2] = calendar;
        values[(int)metric * 2 + 1] = business;
    }
}
