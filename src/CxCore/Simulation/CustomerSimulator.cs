using System;
using System.Collections.Generic;
using CxCore.Service;
using NodaTime;
using static CxCore.Simulation.ScenarioTables;
using static CxCore.Simulation.SimulatedTime;

namespace CxCore.Simulation;

/// <summary>
/// Simulates one customer after another (steps 1 to 6 of the story on <see cref="SyntheticCx"/>): segments, latent
/// satisfaction, the journey's touchpoints and their effects, churn, and survey answers; support contacts open cases
/// through the <see cref="CaseSimulator"/>. One instance per run: it reuses per-customer scratch space.
/// </summary>
internal sealed class CustomerSimulator
{
    private readonly Xoshiro256StarStar _rng;
    private readonly GeneratorSettings _settings;
    private readonly CaseSimulator _cases;
    private readonly Choice[][] _choices;
    private readonly IReadOnlyList<LifecycleStage> _stages = LifecycleModel.Default.Stages;

    // Customers of one segment combination share one read-only attribute dictionary (when there are few combinations).
    private readonly IReadOnlyDictionary<string, string>?[] _segmentAttributes;

    // Per-customer scratch space.
    private readonly List<Touchpoint> _points = new(64);
    private readonly List<Feedback> _answers = new(16);
    private readonly List<string> _seenTopics = new(8);
    private double[] _fractions = new double[64];
    private Instant[] _times = new Instant[64];
    private int[] _stageOf = new int[64];

    internal CustomerSimulator(Xoshiro256StarStar rng, GeneratorSettings settings)
    {
        _rng = rng;
        _settings = settings;
        _cases = new CaseSimulator(rng, settings);
        long combinations = (long)settings.Plans.Length * settings.Regions.Length * settings.Tiers.Length;
        _segmentAttributes = new IReadOnlyDictionary<string, string>?[combinations <= 4096 ? combinations : 0];

        // Each stage's choices with what the options and the scenario say about their channel and department.
        _choices = new Choice[StageChoices.Length][];
        for (int stage = 0; stage < _choices.Length; stage++)
        {
            _choices[stage] = Array.ConvertAll(StageChoices[stage], c => new Choice(
                c, Channels[c.Channel], settings.ChannelEffects[c.Channel], settings.FailureRates[c.Department], TopicsByDepartment[c.Department]));
        }
    }

    /// <summary>Simulates customer <paramref name="id"/>: returns the customer; adds the cases to <paramref name="cases"/>.</summary>
    /// <param name="id">The customer's id.</param>
    /// <param name="idText">The id's text, the prefix of the ids of the customer's items.</param>
    /// <param name="cases">Receives the customer's service cases.</param>
    /// <param name="journey">The customer's journey.</param>
    /// <param name="initial">The initial latent satisfaction.</param>
    /// <param name="s">The final latent satisfaction.</param>
    internal Customer Simulate(CustomerId id, string idText, List<ServiceCase> cases, out Journey journey, out double initial, out double s)
    {
        GeneratorSettings settings = _settings;
        int planIndex = Pick(settings.Plans);
        int regionIndex = Pick(settings.Regions);
        int tierIndex = Pick(settings.Tiers);
        SyntheticSegment plan = settings.Plans[planIndex];
        SyntheticSegment region = settings.Regions[regionIndex];
        SyntheticSegment tier = settings.Tiers[tierIndex];
        DateTimeZone zone = settings.Zones[_rng.NextInt(settings.Zones.Length)];
        initial = settings.Baseline + plan.SatisfactionShift + region.SatisfactionShift + tier.SatisfactionShift + (settings.StandardDeviation * _rng.NextNormal());
        s = initial;
        bool responder = _rng.NextDouble() < settings.ResponseRate;

        int n = 3 + _rng.NextPoisson(settings.TouchpointMean - 3);
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

            Choice choice = Choose(_choices[stage]);
            StageChoice scenario = choice.Scenario;
            ChannelProfile channel = choice.Channel;
            bool byCustomer = scenario.Initiator == Initiator.Customer;
            string? topic = null;
            if (stage == Support)
            {
                topic = pendingTopic is not null && _rng.NextDouble() < RepeatTopicProbability
                    ? pendingTopic
                    : choice.Topics[_rng.NextInt(choice.Topics.Length)];
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

            Duration? wait = byCustomer && channel.WaitMinutes > 0 ? Minutes(channel.WaitMinutes * _rng.NextExponential()) : null;
            double abandon = byCustomer ? channel.AbandonRate : 0;
            double u = _rng.NextDouble();
            TouchpointOutcome outcome = u < abandon ? TouchpointOutcome.Abandoned
                : u < abandon + choice.FailureRate ? TouchpointOutcome.Failed
                : TouchpointOutcome.Succeeded;
            Duration? handle = outcome != TouchpointOutcome.Abandoned && channel.HandleMinutes > 0
                ? Minutes(channel.HandleMinutes * _rng.NextExponential())
                : null;
            bool longWait = wait > settings.LongWait;

            s += choice.ChannelEffect;
            s += outcome switch
            {
                TouchpointOutcome.Succeeded => settings.SuccessEffect,
                TouchpointOutcome.Failed => -settings.FailureEffect,
                _ => -settings.AbandonEffect,
            };
            if (repeat)
            {
                s -= settings.RepeatEffect;
            }

            if (longWait)
            {
                s -= settings.LongWaitEffect;
            }

            if (stage == Support && byCustomer)
            {
                pendingTopic = outcome == TouchpointOutcome.Succeeded ? null : topic;
            }

            var point = new Touchpoint(
                SyntheticIds.Child(idText, 'T', k, 3), id, _times[k], scenario.Channel, _stages[stage],
                scenario.Department, scenario.Initiator, outcome, handle, wait, topic);
            _points.Add(point);

            if (stage == Support && byCustomer && scenario.Channel != Channel.SelfService && outcome != TouchpointOutcome.Abandoned)
            {
                cases.Add(_cases.Simulate(SyntheticIds.Child(idText, 'S', caseCount++, 1), point, channel, zone));
            }

            if (responder && outcome != TouchpointOutcome.Abandoned)
            {
                Instant after = point.At + (handle ?? Duration.Zero) + Minutes(5 + (115 * _rng.NextDouble()));
                if (stage is Purchase or Onboarding or Support && _rng.NextDouble() < settings.TransactionalRate && after < settings.End)
                {
                    int rating = Rating(3.6 + (0.6 * s) + (outcome == TouchpointOutcome.Succeeded ? 0.5 : -1.5) + (0.7 * _rng.NextNormal()), 1, 5);
                    _answers.Add(new Feedback(SyntheticIds.Feedback(idText, ref feedbackCount), id, after, FeedbackInstrument.Csat, rating, point.Id));
                }

                if (byCustomer && scenario.Department == Department.CustomerService && _rng.NextDouble() < settings.TransactionalRate && after < settings.End)
                {
                    double effort = 5 + (0.5 * s) + (outcome == TouchpointOutcome.Succeeded ? 0.8 : -2) - (repeat ? 1 : 0) - (longWait ? 0.7 : 0);
                    int rating = Rating(effort + (0.8 * _rng.NextNormal()), 1, 7);
                    _answers.Add(new Feedback(SyntheticIds.Feedback(idText, ref feedbackCount), id, after, FeedbackInstrument.Ces, rating, point.Id));
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
        return new Customer(id, zone, _points[Purchase].At, SegmentAttributes(planIndex, regionIndex, tierIndex), owned: true);
    }

    private IReadOnlyDictionary<string, string> SegmentAttributes(int planIndex, int regionIndex, int tierIndex)
    {
        long combination = (((long)planIndex * _settings.Regions.Length) + regionIndex) * _settings.Tiers.Length + tierIndex;
        IReadOnlyDictionary<string, string>? attributes = combination < _segmentAttributes.Length ? _segmentAttributes[combination] : null;
        if (attributes is null)
        {
            attributes = new Dictionary<string, string>(3, StringComparer.Ordinal)
            {
                ["plan"] = _settings.Plans[planIndex].Name,
                ["region"] = _settings.Regions[regionIndex].Name,
                ["tier"] = _settings.Tiers[tierIndex].Name,
            }.AsReadOnly();
            if (combination < _segmentAttributes.Length)
            {
                _segmentAttributes[combination] = attributes;
            }
        }

        return attributes;
    }

    private void AddNps(CustomerId id, string idText, int k, int n, double s, ref int feedbackCount)
    {
        Instant at = _points[k].At;
        Instant next = k + 1 < n && k + 1 < _points.Count ? _points[k + 1].At : (k + 1 < n ? _times[k + 1] : _settings.End);
        long gap = Math.Min(3 * TicksPerDay, (next - at).BclCompatibleTicks);
        Instant answeredAt = at + Duration.FromTicks((long)(gap * _rng.NextDouble()));
        int rating = Rating(7 + (2 * s) + _rng.NextNormal(), 0, 10);
        _answers.Add(new Feedback(SyntheticIds.Feedback(idText, ref feedbackCount), id, answeredAt, FeedbackInstrument.Nps, rating));
    }

    /// <summary>Draws the instants (in waking hours) and the stages of <paramref name="n"/> touchpoints.</summary>
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
        Instant start = _settings.Start, end = _settings.End;
        long periodTicks = (end - start).BclCompatibleTicks;
        Instant journeyStart = start + Duration.FromTicks((long)(0.6 * periodTicks * _rng.NextDouble()));
        long windowTicks = (end - journeyStart).BclCompatibleTicks;
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
        Instant start = _settings.Start, end = _settings.End;
        LocalDateTime local = raw.InZone(zone).LocalDateTime;
        long tick = (8 * TicksPerHour) + (long)(local.TimeOfDay.TickOfDay * (13.0 / 24.0));
        LocalTime time = LocalTime.FromTicksSinceMidnight(tick);
        Instant moved = (local.Date + time).InZoneLeniently(zone).ToInstant();
        if (moved >= end)
        {
            // The last local day runs past the end of the period: use the day before.
            moved = (local.Date.PlusDays(-1) + time).InZoneLeniently(zone).ToInstant();
        }
        else if (moved < start)
        {
            moved = (local.Date.PlusDays(1) + time).InZoneLeniently(zone).ToInstant();
        }

        return moved >= end || moved < start ? raw : moved;
    }

    private bool Churns(double s) => _rng.NextDouble() < 1 / (1 + Math.Exp(3 + (1.5 * s)));

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

    private Choice Choose(Choice[] choices)
    {
        double total = 0;
        foreach (Choice choice in choices)
        {
            total += choice.Scenario.Weight;
        }

        double u = _rng.NextDouble() * total;
        for (int i = 0; i < choices.Length - 1; i++)
        {
            u -= choices[i].Scenario.Weight;
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

    private static int Rating(double latent, int minimum, int maximum) =>
        (int)Math.Round(Math.Clamp(latent, minimum, maximum), MidpointRounding.AwayFromZero);

    /// <summary>A stage choice with what the scenario and the options say about its channel and department.</summary>
    private sealed record Choice(StageChoice Scenario, ChannelProfile Channel, double ChannelEffect, double FailureRate, string[] Topics);
}
