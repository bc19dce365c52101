using System;
using NodaTime;

namespace CxCore.Service.Engine;

/// <summary>The per-case pass: one case's <see cref="CaseMetrics"/> from its events (definitions: <see cref="CaseMetrics"/>).</summary>
internal static class CaseEvaluator
{
    /// <summary>
    /// One pass over the case's events up to <paramref name="asOf"/>. Each event's instant is looked up on the business
    /// clock once; every business duration is then a subtraction of two positions.
    /// </summary>
    internal static CaseMetrics Evaluate(ServiceCase serviceCase, BusinessCalendar calendar, Instant asOf, BusinessCalendar.Position asOfPosition,
        ReplyWaitBuffer? replyWaits, int caseIndex, ref BusinessCalendar.Cursor cursor)
    {
        ReadOnlySpan<CaseEvent> events = serviceCase.EventSpan;
        CaseValues values = CaseValues.AllMissing();
        Instant opened = events[0].At;
        BusinessCalendar.Position openedPosition = calendar.PositionOf(opened, ref cursor);
        long waitNew = 0, waitNewB = 0, waitOpen = 0, waitOpenB = 0, waitHold = 0, waitHoldB = 0;
        CaseStatus status = CaseStatus.New;
        Instant statusStart = opened;
        BusinessCalendar.Position statusStartPosition = openedPosition;
        Instant? waitStart = null;
        BusinessCalendar.Position waitStartPosition = default;
        int replies = 0, nextReplies = 0;
        long worstNext = CaseValues.Missing, worstNextB = CaseValues.Missing;
        CaseFacts facts = serviceCase.Channel == Channel.Chatbot ? CaseFacts.Chatbot : CaseFacts.None;
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
                        values.Set(ServiceMetric.FirstResponse, (at - opened).ToInt64Nanoseconds(), calendar.Between(openedPosition, position, ref cursor));
                    }

                    if (waitStart is { } ws)
                    {
                        long cal = (at - ws).ToInt64Nanoseconds(), bus = calendar.Between(waitStartPosition, position, ref cursor);
                        nextReplies++;
                        worstNext = Math.Max(worstNext, cal);
                        worstNextB = Math.Max(worstNextB, bus);
                        replyWaits?.Add(new ReplyWait(caseIndex, cal, bus));
                        waitStart = null;
                    }

                    break;
                case CaseEventKind.CustomerMessage:
                    if (replied)
                    {
                        facts |= CaseFacts.CustomerFollowUp;
                        if (waitStart is null)
                        {
                            waitStart = at;
                            waitStartPosition = position;
                        }
                    }

                    break;
                case CaseEventKind.BotHandoff:
                    facts |= CaseFacts.HandedOff;
                    break;
                case CaseEventKind.Reopened:
                    facts |= CaseFacts.Reopened;
                    status = CaseStatus.Open;
                    break;
                case CaseEventKind.StatusChanged:
                    status = e.Status!.Value;
                    if (status == CaseStatus.Solved)
                    {
                        long cal = (at - opened).ToInt64Nanoseconds(), bus = calendar.Between(openedPosition, position, ref cursor);
                        if ((facts & CaseFacts.EverSolved) == 0)
                        {
                            facts |= CaseFacts.EverSolved;
                            values.Set(ServiceMetric.FirstResolution, cal, bus);
                        }

                        values.Set(ServiceMetric.FullResolution, cal, bus);
                        waitStart = null;
                    }

                    break;
                default:
                    break;
            }
        }

        if (status is CaseStatus.Solved or CaseStatus.Closed)
        {
            facts |= CaseFacts.Resolved;
        }
        else
        {
            values.Set(ServiceMetric.FullResolution, CaseValues.Missing, CaseValues.Missing);
        }

        values.Set(ServiceMetric.NextReply, worstNext, worstNextB);
        values.Set(ServiceMetric.RequesterWait, waitNew + waitOpen + waitHold, waitNewB + waitOpenB + waitHoldB);
        values.Set(ServiceMetric.AgentWork, waitNew + waitOpen, waitNewB + waitOpenB);
        values.Set(ServiceMetric.OnHold, waitHold, waitHoldB);
        values.SetAge((asOf - opened).ToInt64Nanoseconds(), calendar.Between(openedPosition, asOfPosition, ref cursor));
        if (waitStart is { } running)
        {
            values.SetRunningWait((asOf - running).ToInt64Nanoseconds(), calendar.Between(waitStartPosition, asOfPosition, ref cursor));
        }

        return new CaseMetrics(values, replies, nextReplies, facts);
    }
}
