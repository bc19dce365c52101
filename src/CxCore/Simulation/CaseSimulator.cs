using System.Collections.Generic;
using CxCore.Service;
using NodaTime;
using static CxCore.Simulation.ScenarioTables;
using static CxCore.Simulation.SimulatedTime;

namespace CxCore.Simulation;

/// <summary>
/// Simulates the service case a support contact opens (step 7 of the story on <see cref="SyntheticCx"/>): priority,
/// bot containment or hand-off, replies and resolution in business time, waits on the customer, stalls and reopens.
/// </summary>
internal sealed class CaseSimulator
{
    private readonly Xoshiro256StarStar _rng;
    private readonly Instant _end;
    private readonly double _stalledShare;
    private readonly Dictionary<DateTimeZone, BusinessCalendar> _calendars = [];
    private readonly List<CaseEvent> _events = new(16);

    internal CaseSimulator(Xoshiro256StarStar rng, GeneratorSettings settings)
    {
        _rng = rng;
        _end = settings.End;
        _stalledShare = settings.StalledShare;
    }

    /// <summary>The case of the support contact <paramref name="point"/> on a channel behaving as <paramref name="channel"/>.</summary>
    internal ServiceCase Simulate(string caseId, Touchpoint point, ChannelProfile channel, DateTimeZone zone)
    {
        double p = _rng.NextDouble();
        int priority = 0;
        while (p >= PriorityCumulative[priority])
        {
            priority++;
        }

        bool realTime = channel.RealTime;
        bool chatbot = point.Channel == Channel.Chatbot;
        double replyHours = realTime ? 0.05 : FirstReplyHours[priority];
        bool succeeded = point.Outcome == TouchpointOutcome.Succeeded;
        _events.Clear();
        Instant t = point.At;
        _events.Add(CaseEvent.Opened(t));
        Instant solved;
        if (chatbot && succeeded && _rng.NextDouble() < BotContainmentProbability)
        {
            solved = t + (point.HandleTime ?? Duration.FromMinutes(3));
            _events.Add(CaseEvent.StatusChanged(solved, CaseStatus.Solved));
        }
        else
        {
            if (chatbot)
            {
                t += Duration.FromMinutes(2);
                _events.Add(CaseEvent.BotHandoff(t));
            }

            Instant reply = AddBusinessTime(t, Hours(replyHours * _rng.NextExponential()), zone);
            _events.Add(CaseEvent.AgentReply(reply));
            _events.Add(CaseEvent.StatusChanged(reply, CaseStatus.Open));
            if (_rng.NextDouble() < _stalledShare)
            {
                return Finish(caseId, point, priority);
            }

            if (_rng.NextDouble() < PendingProbability)
            {
                _events.Add(CaseEvent.StatusChanged(reply, CaseStatus.Pending));
                Instant message = reply + Duration.FromTicks((long)(TicksPerDay * _rng.NextExponential()));
                _events.Add(CaseEvent.CustomerMessage(message));
                _events.Add(CaseEvent.StatusChanged(message, CaseStatus.Open));
                reply = AddBusinessTime(message, Hours(replyHours * _rng.NextExponential()), zone);
                _events.Add(CaseEvent.AgentReply(reply));
            }

            solved = realTime && succeeded
                ? reply + (point.HandleTime ?? Duration.FromMinutes(5))
                : AddBusinessTime(reply, Hours(ResolutionHours[priority] * _rng.NextExponential()), zone);
            _events.Add(CaseEvent.StatusChanged(solved, CaseStatus.Solved));
            if (point.Outcome == TouchpointOutcome.Failed && _rng.NextDouble() < ReopenProbability)
            {
                Instant reopened = solved + Duration.FromTicks((long)(2 * TicksPerDay * _rng.NextExponential()));
                _events.Add(CaseEvent.CustomerMessage(reopened));
                _events.Add(CaseEvent.Reopened(reopened));
                reply = AddBusinessTime(reopened, Hours(replyHours * _rng.NextExponential()), zone);
                _events.Add(CaseEvent.AgentReply(reply));
                solved = AddBusinessTime(reply, Hours(ResolutionHours[priority] * _rng.NextExponential()), zone);
                _events.Add(CaseEvent.StatusChanged(solved, CaseStatus.Solved));
            }
        }

        _events.Add(CaseEvent.StatusChanged(solved + Duration.FromDays(4), CaseStatus.Closed));
        return Finish(caseId, point, priority);
    }

    private ServiceCase Finish(string caseId, Touchpoint point, int priority)
    {
        // Cut what happens at or after the end of the period; every prefix of a valid history is valid.
        int keep = _events.Count;
        while (keep > 1 && _events[keep - 1].At >= _end)
        {
            keep--;
        }

        _events.RemoveRange(keep, _events.Count - keep);
        return new ServiceCase(caseId, point.Customer, point.Channel, (CasePriority)priority, _events);
    }

    /// <summary>Agents work Mon–Fri 09:00–17:00 in the customer's zone: <paramref name="amount"/> of that time after <paramref name="start"/>.</summary>
    private Instant AddBusinessTime(Instant start, Duration amount, DateTimeZone zone)
    {
        if (!_calendars.TryGetValue(zone, out BusinessCalendar? calendar))
        {
            calendar = BusinessCalendar.FromOptions(new BusinessCalendarOptions { TimeZone = zone }
                .AddWeekdayHours(new LocalTime(9, 0), new LocalTime(17, 0)));
            _calendars.Add(zone, calendar);
        }

        return calendar.AddBusinessTime(start, amount);
    }
}
