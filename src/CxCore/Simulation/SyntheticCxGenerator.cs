using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using CxCore.Service;
using NodaTime;

namespace CxCore.Simulation;

/// <summary>The engine behind <see cref="SyntheticCx.Generate"/>: validates a snapshot of the options and runs the story.</summary>
internal sealed class SyntheticCxGenerator
{
    private const int Awareness = 0;
    private const int Consideration = 1;
    private const int Purchase = 2;
    private const int Onboarding = 3;
    private const int Support = 5;
    private const int Renewal = 6;
    private const double RepeatTopicProbability = 0.6;
    private const double PendingProbability = 0.3;
    private const double BotContainmentProbability = 0.6;
    private const double ReopenProbability = 0.5;

    // Channel and department indexes into Channel.WellKnown and Department.WellKnown.
    private const int Phone = 0, Email = 1, Chat = 2, Chatbot = 3, Social = 4, Web = 5, App = 6, Store = 7, Field = 8, Mail = 9, Self = 10;
    private const int Marketing = 0, Sales = 1, Product = 2, Service = 3, Billing = 4, FieldOps = 5, Quality = 6;

    private static readonly long TicksPerMinute = Duration.FromMinutes(1).BclCompatibleTicks;
    private static readonly long TicksPerHour = Duration.FromHours(1).BclCompatibleTicks;
    private static readonly long TicksPerDay = Duration.FromDays(1).BclCompatibleTicks;

    // Weights of the stages Onboarding..Advocacy for touchpoints after the first three.
    private static readonly double[] LaterStageWeights = [1.0, 3.0, 2.5, 0.8, 0.4];

    // Per stage: the (channel, department, initiator, weight) choices.
    private static readonly StageChoice[][] StageChoices =
    [
        [new(Web, Marketing, Initiator.Customer, 3), new(Social, Marketing, Initiator.Company, 3), new(Email, Marketing, Initiator.Company, 2), new(Mail, Marketing, Initiator.Company, 1)],
        [new(Web, Sales, Initiator.Customer, 3), new(Chat, Sales, Initiator.Customer, 2), new(Phone, Sales, Initiator.Customer, 1), new(Store, Sales, Initiator.Customer, 1)],
        [new(Web, Sales, Initiator.Customer, 3), new(App, Sales, Initiator.Customer, 1), new(Store, Sales, Initiator.Customer, 1), new(Phone, Sales, Initiator.Customer, 1)],
        [new(Email, Product, Initiator.Company, 2), new(Phone, Service, Initiator.Company, 1), new(Field, FieldOps, Initiator.Company, 1)],
        [new(App, Product, Initiator.Customer, 4), new(Web, Product, Initiator.Customer, 3), new(Email, Billing, Initiator.Company, 2), new(Mail, Billing, Initiator.Company, 0.5)],
        [new(Phone, Service, Initiator.Customer, 3), new(Email, Service, Initiator.Customer, 2), new(Chat, Service, Initiator.Customer, 2), new(Chatbot, Service, Initiator.Customer, 2),
         new(Self, Service, Initiator.Customer, 2), new(Social, Service, Initiator.Customer, 0.5), new(Field, FieldOps, Initiator.Customer, 0.5), new(Phone, Billing, Initiator.Customer, 1)],
        [new(Email, Sales, Initiator.Company, 2), new(Phone, Sales, Initiator.Company, 1), new(Email, Billing, Initiator.Company, 1)],
        [new(Social, Marketing, Initiator.Customer, 2), new(Email, Quality, Initiator.Company, 1)],
    ];

    private static readonly string[][] TopicsByDepartment =
    [
        ["campaign question"],
        ["pricing question", "contract question"],
        ["feature request", "product defect"],
        ["login problem", "how-to question", "product defect", "delivery delay", "account change", "cancellation request"],
        ["billing error", "refund request", "payment failed"],
        ["repair visit", "installation problem"],
        ["complaint follow-up"],
    ];

    // Per channel (Channel.WellKnown order): abandon rate of customer-initiated contacts, mean wait and handle minutes (0 = none).
    private static readonly double[] AbandonRates = [0.06, 0, 0.04, 0.10, 0, 0, 0, 0, 0, 0, 0];
    private static readonly double[] WaitMinutes = [3, 0, 1.5, 0, 0, 0, 0, 4, 0, 0, 0];
    private static readonly double[] HandleMinutes = [6, 5, 10, 3, 4, 0, 0, 12, 75, 0, 0];
    private static readonly bool[] RealTime = [true, false, true, true, false, false, false, true, false, false, false];

    // Case priorities Low..Urgent: cumulative probabilities, first-reply and resolution business-hour means.
    private static readonly double[] PriorityCumulative = [0.2, 0.75, 0.95, 1.0];
    private static readonly double[] FirstReplyHours = [8, 4, 2, 1];
    private static readonly double[] ResolutionHours = [16, 8, 4, 2];

    private readonly Xoshiro256StarStar _rng;
    private readonly int _customerCount;
    private readonly Instant _start;
    private readonly Instant _end;
    private readonly SyntheticSegment[] _plans;
    private readonly SyntheticSegment[] _regions;
    private readonly SyntheticSegment[] _tiers;
    private readonly DateTimeZone[] _zones;
    private readonly Dictionary<DateTimeZone, BusinessCalendar> _calendars = new();
    private readonly double _baseline;
    private readonly double _sd;
    private readonly double _touchpointMean;
    private readonly double _responseRate;
    private readonly double _transactionalRate;
    private readonly double _stalledShare;
    private readonly double _successEffect;
    private readonly double _failureEffect;
    private readonly double _abandonEffect;
    private readonly double _repeatEffect;
    private readonly double _longWaitEffect;
    private readonly Duration _longWait;
    private readonly double[] _failureRates;
    private readonly double[] _channelEffects;
    private readonly Channel[] _channels;
    private readonly Department[] _departments;
    private readonly IReadOnlyList<LifecycleStage> _stages = LifecycleModel.Default.Stages;
    private readonly IReadOnlyDictionary<string, string>?[] _segmentAttributes;

    // Per-customer scratch space.
    private readonly List<Touchpoint> _points = new(64);
    private readonly List<Feedback> _answers = new(16);
    private readonly List<CaseEvent> _events = new(16);
    private readonly List<string> _seenTopics = new(8);
    private double[] _fractions = new double[64];
    private Instant[] _times = new Instant[64];
    private int[] _stageOf = new int[64];

    internal SyntheticCxGenerator(SyntheticCxOptions options)
    {
        _customerCount = InRange(options.Customers, 1, 10_000_000, nameof(options.Customers));
        _start = options.Start;
        if (_start < Instant.FromUtc(1900, 1, 1, 0, 0) || _start > Instant.FromUtc(2200, 1, 1, 0, 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), _start, "SyntheticCxOptions.Start must lie between 1900-01-01 and 2200-01-01.");
        }

        if (options.Span < Duration.FromDays(1) || options.Span > Duration.FromDays(36_500))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Span, "SyntheticCxOptions.Span must be 1 to 36,500 days.");
        }

        _end = _start + options.Span;
        _plans = Segments(options.Plans, nameof(options.Plans));
        _regions = Segments(options.Regions, nameof(options.Regions));
        _tiers = Segments(options.Tiers, nameof(options.Tiers));
        _zones = Zones(options.TimeZoneIds);
        _baseline = Finite(options.BaselineSatisfaction, double.MinValue, double.MaxValue, nameof(options.BaselineSatisfaction));
        _sd = Finite(options.SatisfactionStandardDeviation, 0, double.MaxValue, nameof(options.SatisfactionStandardDeviation));
        _touchpointMean = Finite(options.TouchpointsPerCustomer, 3, 1000, nameof(options.TouchpointsPerCustomer));
        _responseRate = Finite(options.SurveyResponseRate, 0, 1, nameof(options.SurveyResponseRate));
        _transactionalRate = Finite(options.TransactionalSurveyRate, 0, 1, nameof(options.TransactionalSurveyRate));
        _stalledShare = Finite(options.StalledServiceCaseShare, 0, 1, nameof(options.StalledServiceCaseShare));
        _successEffect = Finite(options.SuccessEffect, 0, double.MaxValue, nameof(options.SuccessEffect));
        _failureEffect = Finite(options.FailureEffect, 0, double.MaxValue, nameof(options.FailureEffect));
        _abandonEffect = Finite(options.AbandonEffect, 0, double.MaxValue, nameof(options.AbandonEffect));
        _repeatEffect = Finite(options.RepeatContactEffect, 0, double.MaxValue, nameof(options.RepeatContactEffect));
        _longWaitEffect = Finite(options.LongWaitEffect, 0, double.MaxValue, nameof(options.LongWaitEffect));
        if (options.LongWait <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.LongWait, "SyntheticCxOptions.LongWait must be greater than zero.");
        }

        _longWait = options.LongWait;
        _channels = [.. Channel.WellKnown];
        _departments = [.. Department.WellKnown];
        _failureRates = Rates(options.DepartmentFailureRates, _departments, 0, 0.8, nameof(options.DepartmentFailureRates));
        _channelEffects = Rates(options.ChannelEffects, _channels, double.MinValue, double.MaxValue, nameof(options.ChannelEffects));
        long combinations = (long)_plans.Length * _regions.Length * _tiers.Length;
        _segmentAttributes = new IReadOnlyDictionary<string, string>?[combinations <= 4096 ? combinations : 0];
        _rng = new Xoshiro256StarStar(options.Seed);
    }

    internal SyntheticCxData Run()
    {
        int digits = Math.Max(6, _customerCount.ToString(CultureInfo.InvariantCulture).Length);
        string idFormat = "D" + digits.ToString(CultureInfo.InvariantCulture);
        int expectedPoints = (int)Math.Min(int.MaxValue / 2, _customerCount * _touchpointMean * 1.02);
        var customers = new List<Customer>(_customerCount);
        var touchpoints = new List<Touchpoint>(expectedPoints);
        var feedback = new List<Feedback>((int)Math.Min(int.MaxValue / 2, (_customerCount * _responseRate * (1 + (0.25 * _touchpointMean))) + 16));
        var cases = new List<ServiceCase>((int)Math.Min(int.MaxValue / 2, expectedPoints * 0.2));
        var journeys = new List<Journey>(_customerCount);
        var initial = new Dictionary<CustomerId, double>(_customerCount);
        var final = new Dictionary<CustomerId, double>(_customerCount);

        for (int c = 0; c < _customerCount; c++)
        {
            string idText = "C" + c.ToString(idFormat, CultureInfo.InvariantCulture);
            Customer customer = SimulateCustomer(CustomerId.From(idText), idText, cases, out Journey journey, out double s0, out double s);
            customers.Add(customer);
            journeys.Add(journey);
            touchpoints.AddRange(journey.TouchpointArray);
            feedback.AddRange(journey.FeedbackArray);
            initial.Add(customer.Id, s0);
            final.Add(customer.Id, s);
        }

        var channelEffects = new Dictionary<Channel, double>(_channels.Length);
        var abandonRates = new Dictionary<Channel, double>(_channels.Length);
        for (int i = 0; i < _channels.Length; i++)
        {
            channelEffects.Add(_channels[i], _channelEffects[i]);
            abandonRates.Add(_channels[i], AbandonRates[i]);
        }

        var failureRates = new Dictionary<Department, double>(_departments.Length);
        for (int i = 0; i < _departments.Length; i++)
        {
            failureRates.Add(_departments[i], _failureRates[i]);
        }

        var truth = new GroundTruth(
            initial.AsReadOnly(), final.AsReadOnly(), channelEffects.AsReadOnly(), abandonRates.AsReadOnly(), failureRates.AsReadOnly(),
            _successEffect, _failureEffect, _abandonEffect, _repeatEffect, _longWaitEffect, _longWait);
        return new SyntheticCxData(
            _start, _end, customers.AsReadOnly(), touchpoints.AsReadOnly(), feedback.AsReadOnly(), cases.AsReadOnly(), journeys.AsReadOnly(), truth);
    }

    private Customer SimulateCustomer(CustomerId id, string idText, List<ServiceCase> cases, out Journey journey, out double initial, out double s)
    {
        int planIndex = Pick(_plans);
        int regionIndex = Pick(_regions);
        int tierIndex = Pick(_tiers);
        SyntheticSegment plan = _plans[planIndex];
        SyntheticSegment region = _regions[regionIndex];
        SyntheticSegment tier = _tiers[tierIndex];
        DateTimeZone zone = _zones[_rng.NextInt(_zones.Length)];
        initial = _baseline + plan.SatisfactionShift + region.SatisfactionShift + tier.SatisfactionShift + (_sd * _rng.NextNormal());
        s = initial;
        bool responder = _rng.NextDouble() < _responseRate;

        int n = 3 + _rng.NextPoisson(_touchpointMean - 3);
        PlanTouchpoints(n, zone);
        int npsAfter = Purchase + _rng.NextInt(n - Purchase);

        _points.Clear();
        _answers.Clear();
        _seenTopics.Clear();
        string? pendingTopic = null;
        bool churned = false;
        bool churnDecided = false;
        bool reachedRenewal = false;
        bool npsDone = false;
        int feedbackCount = 0;
        int caseCount = 0;

        for (int k = 0; k < n; k++)
        {
            int stage = _stageOf[k];
            if (stage >= Renewal && !churnDecided)
            {
                churnDecided = true;
                churned = Churns(s);
                if (churned)
                {
                    break;
                }

                reachedRenewal = true;
            }

            StageChoice choice = Choose(StageChoices[stage]);
            bool byCustomer = choice.Initiator == Initiator.Customer;
            string? topic = null;
            if (stage == Support)
            {
                topic = pendingTopic is not null && _rng.NextDouble() < RepeatTopicProbability
                    ? pendingTopic
                    : PickTopic(choice.Department);
            }

            bool repeat = false;
            if (byCustomer && topic is not null)
            {
                repeat = _seenTopics.Contains(topic);
                if (!repeat)
                {
                    _seenTopics.Add(topic);
                }
            }

            Duration? wait = byCustomer && WaitMinutes[choice.Channel] > 0 ? Minutes(WaitMinutes[choice.Channel] * _rng.NextExponential()) : null;
            double abandon = byCustomer ? AbandonRates[choice.Channel] : 0;
            double u = _rng.NextDouble();
            TouchpointOutcome outcome = u < abandon ? TouchpointOutcome.Abandoned
                : u < abandon + _failureRates[choice.Department] ? TouchpointOutcome.Failed
                : TouchpointOutcome.Succeeded;
            Duration? handle = outcome != TouchpointOutcome.Abandoned && HandleMinutes[choice.Channel] > 0
                ? Minutes(HandleMinutes[choice.Channel] * _rng.NextExponential())
                : null;
            bool longWait = wait > _longWait;

            s += _channelEffects[choice.Channel];
            s += outcome switch
            {
                TouchpointOutcome.Succeeded => _successEffect,
                TouchpointOutcome.Failed => -_failureEffect,
                _ => -_abandonEffect,
            };
            if (repeat)
            {
                s -= _repeatEffect;
            }

            if (longWait)
            {
                s -= _longWaitEffect;
            }

            if (stage == Support && byCustomer)
            {
                pendingTopic = outcome == TouchpointOutcome.Succeeded ? null : topic;
            }

            var point = new Touchpoint(
                ChildId(idText, 'T', k, 3), id, _times[k], _channels[choice.Channel], _stages[stage],
                _departments[choice.Department], choice.Initiator, outcome, handle, wait, topic);
            _points.Add(point);

            if (stage == Support && byCustomer && choice.Channel != Self && outcome != TouchpointOutcome.Abandoned)
            {
                cases.Add(SimulateCase(ChildId(idText, 'S', caseCount++, 1), point, choice.Channel, zone));
            }

            if (responder && outcome != TouchpointOutcome.Abandoned)
            {
                Instant after = point.At + (handle ?? Duration.Zero) + Minutes(5 + (115 * _rng.NextDouble()));
                if (stage is Purchase or Onboarding or Support && _rng.NextDouble() < _transactionalRate && after < _end)
                {
                    int rating = Rate(3.6 + (0.6 * s) + (outcome == TouchpointOutcome.Succeeded ? 0.5 : -1.5) + (0.7 * _rng.NextNormal()), 1, 5);
                    _answers.Add(new Feedback(FeedbackId(idText, ref feedbackCount), id, after, FeedbackInstrument.Csat, rating, point.Id));
                }

                if (byCustomer && choice.Department == Service && _rng.NextDouble() < _transactionalRate && after < _end)
                {
                    double effort = 5 + (0.5 * s) + (outcome == TouchpointOutcome.Succeeded ? 0.8 : -2) - (repeat ? 1 : 0) - (longWait ? 0.7 : 0);
                    int rating = Rate(effort + (0.8 * _rng.NextNormal()), 1, 7);
                    _answers.Add(new Feedback(FeedbackId(idText, ref feedbackCount), id, after, FeedbackInstrument.Ces, rating, point.Id));
                }
            }

            if (responder && k == npsAfter)
            {
                AddNps(id, idText, k, n, s, ref feedbackCount);
                npsDone = true;
            }
        }

        if (!churnDecided)
        {
            churned = Churns(s);
        }

        if (responder && !npsDone)
        {
            AddNps(id, idText, _points.Count - 1, _points.Count, s, ref feedbackCount);
        }

        JourneyOutcome outcomeOfJourney = churned ? JourneyOutcome.Churned : reachedRenewal ? JourneyOutcome.Renewed : JourneyOutcome.Converted;
        journey = Journey.Create(id, _points, _answers, outcomeOfJourney);
        // Customers of one segment combination share one read-only attribute dictionary.
        long combination = (((long)planIndex * _regions.Length) + regionIndex) * _tiers.Length + tierIndex;
        IReadOnlyDictionary<string, string>? attributes = combination < _segmentAttributes.Length ? _segmentAttributes[combination] : null;
        if (attributes is null)
        {
            attributes = new Dictionary<string, string>(3, StringComparer.Ordinal)
            {
                ["plan"] = plan.Name,
                ["region"] = region.Name,
                ["tier"] = tier.Name,
            }.AsReadOnly();
            if (combination < _segmentAttributes.Length)
            {
                _segmentAttributes[combination] = attributes;
            }
        }

        return new Customer(id, zone, _points[Purchase].At, attributes, owned: true);
    }

    private void AddNps(CustomerId id, string idText, int k, int n, double s, ref int feedbackCount)
    {
        Instant at = _points[k].At;
        Instant next = k + 1 < n && k + 1 < _points.Count ? _points[k + 1].At : (k + 1 < n ? _times[k + 1] : _end);
        long gap = Math.Min(3 * TicksPerDay, (next - at).BclCompatibleTicks);
        Instant answeredAt = at + Duration.FromTicks((long)(gap * _rng.NextDouble()));
        int rating = Rate(7 + (2 * s) + _rng.NextNormal(), 0, 10);
        _answers.Add(new Feedback(FeedbackId(idText, ref feedbackCount), id, answeredAt, FeedbackInstrument.Nps, rating));
    }

    private ServiceCase SimulateCase(string caseId, Touchpoint point, int channel, DateTimeZone zone)
    {
        double p = _rng.NextDouble();
        int priority = 0;
        while (p >= PriorityCumulative[priority])
        {
            priority++;
        }

        bool realTime = RealTime[channel];
        double replyHours = realTime ? 0.05 : FirstReplyHours[priority];
        bool succeeded = point.Outcome == TouchpointOutcome.Succeeded;
        _events.Clear();
        Instant t = point.At;
        _events.Add(CaseEvent.Opened(t));
        Instant solved;
        if (channel == Chatbot && succeeded && _rng.NextDouble() < BotContainmentProbability)
        {
            solved = t + (point.HandleTime ?? Duration.FromMinutes(3));
            _events.Add(CaseEvent.StatusChanged(solved, CaseStatus.Solved));
        }
        else
        {
            if (channel == Chatbot)
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

    private void PlanTouchpoints(int n, DateTimeZone zone)
    {
        if (_fractions.Length < n)
        {
            int size = Math.Max(n, _fractions.Length * 2);
            _fractions = new double[size];
            _times = new Instant[size];
            _stageOf = new int[size];
        }

        Span<double> fractions = _fractions.AsSpan(0, n);
        for (int i = 0; i < n; i++)
        {
            fractions[i] = _rng.NextDouble();
        }

        fractions.Sort();
        long periodTicks = (_end - _start).BclCompatibleTicks;
        Instant journeyStart = _start + Duration.FromTicks((long)(0.6 * periodTicks * _rng.NextDouble()));
        long windowTicks = (_end - journeyStart).BclCompatibleTicks;
        for (int i = 0; i < n; i++)
        {
            Instant raw = journeyStart + Duration.FromTicks((long)(fractions[i] * windowTicks));
            _times[i] = DuringWakingHours(raw, zone);
        }

        // Moving into waking hours keeps the order except at rare DST edges: restore it (the data is nearly sorted).
        for (int i = 1; i < n; i++)
        {
            Instant x = _times[i];
            int j = i - 1;
            while (j >= 0 && _times[j] > x)
            {
                _times[j + 1] = _times[j];
                j--;
            }

            _times[j + 1] = x;
        }

        _stageOf[0] = Awareness;
        _stageOf[1] = Consideration;
        _stageOf[2] = Purchase;
        Span<int> counts = stackalloc int[LaterStageWeights.Length];
        counts.Clear();
        for (int i = 3; i < n; i++)
        {
            counts[Choose(LaterStageWeights)]++;
        }

        int at = 3;
        for (int stage = 0; stage < counts.Length; stage++)
        {
            for (int c = 0; c < counts[stage]; c++)
            {
                _stageOf[at++] = Onboarding + stage;
            }
        }
    }

    private Instant DuringWakingHours(Instant raw, DateTimeZone zone)
    {
        // Map the local time of day [00:00, 24:00) linearly onto [08:00, 21:00): monotone within and across days.
        LocalDateTime local = raw.InZone(zone).LocalDateTime;
        long tick = (8 * TicksPerHour) + (long)(local.TimeOfDay.TickOfDay * (13.0 / 24.0));
        LocalTime time = LocalTime.FromTicksSinceMidnight(tick);
        Instant moved = (local.Date + time).InZoneLeniently(zone).ToInstant();
        if (moved >= _end)
        {
            // The last local day runs past the end of the period: use the day before.
            moved = (local.Date.PlusDays(-1) + time).InZoneLeniently(zone).ToInstant();
        }
        else if (moved < _start)
        {
            moved = (local.Date.PlusDays(1) + time).InZoneLeniently(zone).ToInstant();
        }

        return moved >= _end || moved < _start ? raw : moved;
    }

    private bool Churns(double s) => _rng.NextDouble() < 1 / (1 + Math.Exp(3 + (1.5 * s)));

    private string PickTopic(int department)
    {
        string[] topics = TopicsByDepartment[department];
        return topics[_rng.NextInt(topics.Length)];
    }

    private int Pick(SyntheticSegment[] segments)
    {
        double total = 0;
        foreach (SyntheticSegment segment in segments)
        {
            total += segment.Weight;
        }

        double u = _rng.NextDouble() * total;
        for (int i = 0; i < segments.Length - 1; i++)
        {
            u -= segments[i].Weight;
            if (u < 0)
            {
                return i;
            }
        }

        return segments.Length - 1;
    }

    private StageChoice Choose(StageChoice[] choices)
    {
        double total = 0;
        foreach (StageChoice choice in choices)
        {
            total += choice.Weight;
        }

        double u = _rng.NextDouble() * total;
        for (int i = 0; i < choices.Length - 1; i++)
        {
            u -= choices[i].Weight;
            if (u < 0)
            {
                return choices[i];
            }
        }

        return choices[^1];
    }

    private int Choose(double[] weights)
    {
        double total = 0;
        foreach (double w in weights)
        {
            total += w;
        }

        double u = _rng.NextDouble() * total;
        for (int i = 0; i < weights.Length - 1; i++)
        {
            u -= weights[i];
            if (u < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static int Rate(double latent, int minimum, int maximum) =>
        (int)Math.Round(Math.Clamp(latent, minimum, maximum), MidpointRounding.AwayFromZero);

    private static string FeedbackId(string idText, ref int count) => ChildId(idText, 'F', count++, 1);

    // "<customer>-<kind><number>", the number zero-padded to at least minimumDigits, in one allocation.
    private static string ChildId(string customer, char kind, int number, int minimumDigits)
    {
        int digits = 1;
        for (int rest = number / 10; rest > 0; rest /= 10)
        {
            digits++;
        }

        digits = Math.Max(minimumDigits, digits);
        return string.Create(customer.Length + 2 + digits, (customer, kind, number), static (span, state) =>
        {
            state.customer.AsSpan().CopyTo(span);
            span[state.customer.Length] = '-';
            span[state.customer.Length + 1] = state.kind;
            int value = state.number;
            for (int i = span.Length - 1; i >= state.customer.Length + 2; i--)
            {
                span[i] = (char)('0' + (value % 10));
                value /= 10;
            }
        });
    }

    private static Duration Minutes(double minutes) => Duration.FromTicks((long)(minutes * TicksPerMinute));

    private static Duration Hours(double hours) => Duration.FromTicks((long)(hours * TicksPerHour));

    private static int InRange(int value, int minimum, int maximum, string name)
    {
        if (value < minimum || value > maximum)
        {
            throw new ArgumentOutOfRangeException(
                "options", value, string.Create(CultureInfo.InvariantCulture, $"SyntheticCxOptions.{name} must be {minimum:N0} to {maximum:N0}."));
        }

        return value;
    }

    private static double Finite(double value, double minimum, double maximum, string name)
    {
        if (!double.IsFinite(value) || value < minimum || value > maximum)
        {
            string range = (minimum, maximum) switch
            {
                (double.MinValue, double.MaxValue) => "finite",
                (_, double.MaxValue) => string.Create(CultureInfo.InvariantCulture, $"finite and at least {minimum}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"{minimum} to {maximum}"),
            };
            throw new ArgumentOutOfRangeException("options", value, $"SyntheticCxOptions.{name} must be {range}.");
        }

        return value;
    }

    private static SyntheticSegment[] Segments(IList<SyntheticSegment>? segments, string name)
    {
        if (segments is null || segments.Count == 0)
        {
            throw new ArgumentException($"SyntheticCxOptions.{name} must hold at least one segment.", "options");
        }

        var copy = new SyntheticSegment[segments.Count];
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < copy.Length; i++)
        {
            copy[i] = segments[i] ?? throw new ArgumentException($"SyntheticCxOptions.{name}[{i}] is null.", "options");
            if (!names.Add(copy[i].Name))
            {
                throw new ArgumentException($"SyntheticCxOptions.{name} names the segment '{copy[i].Name}' twice.", "options");
            }
        }

        return copy;
    }

    private static DateTimeZone[] Zones(IList<string>? ids)
    {
        if (ids is null || ids.Count == 0)
        {
            throw new ArgumentException("SyntheticCxOptions.TimeZoneIds must hold at least one TZDB id.", "options");
        }

        var zones = new DateTimeZone[ids.Count];
        for (int i = 0; i < zones.Length; i++)
        {
            string? id = ids[i];
            zones[i] = (id is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id))
                ?? throw new ArgumentException($"SyntheticCxOptions.TimeZoneIds[{i}] ('{id}') is not a TZDB time-zone id.", "options");
        }

        return zones;
    }

    private static double[] Rates<TKey>(IDictionary<TKey, double>? rates, TKey[] keys, double minimum, double maximum, string name)
        where TKey : notnull
    {
        if (rates is null)
        {
            throw new ArgumentException($"SyntheticCxOptions.{name} must not be null.", "options");
        }

        double[] values = new double[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            if (!rates.TryGetValue(keys[i], out double value))
            {
                throw new ArgumentException($"SyntheticCxOptions.{name} has no entry for '{keys[i]}'.", "options");
            }

            values[i] = Finite(value, minimum, maximum, $"{name}[{keys[i]}]");
        }

        return values;
    }

    private readonly record struct StageChoice(int Channel, int Department, Initiator Initiator, double Weight);

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
