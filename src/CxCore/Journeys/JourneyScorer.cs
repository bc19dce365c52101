using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using CxCore.Utility;
using NodaTime;

namespace CxCore.Journeys;

/// <summary>
/// Scores a journey in [−100, 100] from its touchpoints' signals, with per-touchpoint contributions that sum to the
/// score and the pain points that cost it.
/// </summary>
/// <remarks>
/// <para>
/// <b>Signal.</b> Each touchpoint i gets a base signal b_i in [−1, 1]: the mean of (rating − mid)/(half-range) over the
/// feedback linked to it (mid = (min + max)/2 and half-range = (max − min)/2 of the instrument's scale; higher ratings
/// are better, as on NPS, CSAT and CES), or, without linked feedback, the outcome signal of
/// <see cref="JourneyScoringOptions"/> (Succeeded 0.5, Failed −1, Abandoned −0.75, Unknown 0 by default). Effort
/// penalties are subtracted: a repeat contact (customer-initiated, same topic as an earlier customer-initiated
/// touchpoint within the repeat window), a channel switch (customer-initiated, on another channel than the previous
/// customer-initiated touchpoint, within the service-episode gap), a long wait (wait time above the expected wait) and
/// a stall (the first touchpoint of a new stage, more than the stall threshold after the previous touchpoint). The
/// signal is s_i = clamp(b_i − Σ penalties, −1, 1); clamping is of a derived quantity, never of input. Time between
/// touchpoints (repeat window, service-episode gap, stall threshold, recency) is measured on instants truncated to
/// 100-nanosecond ticks (<see cref="Instant.ToUnixTimeTicks"/>); waits are compared exactly.
/// </para>
/// <para>
/// <b>Weight.</b> w_i = stage weight × channel weight × 2^(−(T − t_i)/h), where h is the recency half-life and T the
/// reference instant: the journey's <see cref="Journey.End"/>, or an explicit instant passed to
/// <see cref="Score(Journey, Instant)"/>.
/// </para>
/// <para>
/// <b>Score.</b> c_i = 100 · w_i · s_i / Σ_j w_j is touchpoint i's contribution and Value = Σ_i c_i (added in touchpoint
/// order), so Value = 100 · Σ w_i s_i / Σ w_i, a weighted mean signal in [−100, 100]. If rounding carries the sum a
/// few ulps outside [−100, 100], the largest contribution of that sign absorbs the excess, so the contributions still
/// sum exactly to Value. The score never decreases when one touchpoint's base signal increases (weights and
/// penalties do not depend on signals). A journey with no touchpoints, or only zero weights, has a NaN score.
/// </para>
/// <para>
/// The scorer is immutable and thread-safe. The first scoring of a journey (by any scorer) builds a compact form of
/// what scoring reads of it, kept with the journey; after that, <see cref="ScoreValue(Journey)"/> computes
/// <see cref="JourneyScore.Value"/> without allocating (for journeys of up to 128 touchpoints it works on the stack;
/// longer ones rent pooled buffers).
/// </para>
/// </remarks>
public sealed class JourneyScorer
{
    private const int StackLimit = 128;
    private const byte RepeatFlag = 1;
    private const byte SwitchFlag = 2;
    private const byte WaitFlag = 4;
    private const byte StallFlag = 8;
    private const byte FeedbackFlag = 16;

    private readonly double _repeatPenalty;
    private readonly long _repeatWindowTicks;
    private readonly double _switchPenalty;
    private readonly long _episodeGapTicks;
    private readonly double _waitPenalty;
    private readonly Duration _expectedWait;
    private readonly long _expectedWaitNanoseconds;
    private readonly double[] _outcomeSignals;
    private readonly double _stallPenalty;
    private readonly long _stallTicks;
    private readonly Dictionary<string, double> _stageWeights;
    private readonly double _defaultStageWeight;
    private readonly Dictionary<Channel, double> _channelWeights;
    private readonly double _defaultChannelWeight;
    private readonly double _inverseHalfLifeTicks;
    private StageTable? _stageTable;

    /// <summary>Creates a scorer with the default options.</summary>
    public JourneyScorer()
        : this(new JourneyScoringOptions())
    {
    }

    /// <summary>Creates a scorer with <paramref name="options"/>, which are validated and copied.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A signal is outside [−1, 1], a penalty outside [0, 2], a duration is zero or negative, or a weight is negative,
    /// NaN or infinite (the message names the setting and its range).
    /// </exception>
    /// <exception cref="ArgumentException">A channel weight is given for <c>default(Channel)</c>.</exception>
    public JourneyScorer(JourneyScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _repeatPenalty = options.RepeatContactPenalty;
        _repeatWindowTicks = options.RepeatWindow.BclCompatibleTicks;
        _switchPenalty = options.ChannelSwitchPenalty;
        _episodeGapTicks = options.ServiceEpisodeGap.BclCompatibleTicks;
        _waitPenalty = options.LongWaitPenalty;
        _expectedWait = options.ExpectedWait;
        _expectedWaitNanoseconds = ScoringPoint.ToSaturatedNanoseconds(options.ExpectedWait);
        _outcomeSignals = new double[4];
        _outcomeSignals[(int)TouchpointOutcome.Unknown] = options.UnknownSignal;
        _outcomeSignals[(int)TouchpointOutcome.Succeeded] = options.SucceededSignal;
        _outcomeSignals[(int)TouchpointOutcome.Failed] = options.FailedSignal;
        _outcomeSignals[(int)TouchpointOutcome.Abandoned] = options.AbandonedSignal;
        _stallPenalty = options.StallPenalty;
        _stallTicks = options.StallThreshold.BclCompatibleTicks;
        _stageWeights = new Dictionary<string, double>(options.StageWeights, StringComparer.OrdinalIgnoreCase);
        _defaultStageWeight = options.DefaultStageWeight;
        _channelWeights = new Dictionary<Channel, double>(options.ChannelWeights);
        _defaultChannelWeight = options.DefaultChannelWeight;
        _inverseHalfLifeTicks = options.RecencyHalfLife is { } halfLife ? 1.0 / halfLife.BclCompatibleTicks : 0.0;
    }

    /// <summary>Scores <paramref name="journey"/> with recency measured from its <see cref="Journey.End"/>.</summary>
    /// <param name="journey">The journey.</param>
    /// <returns>The score, its contributions and pain points.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="journey"/> is <see langword="null"/>.</exception>
    public JourneyScore Score(Journey journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        return ScoreCore(journey, journey.End);
    }

    /// <summary>Scores <paramref name="journey"/> with recency measured from <paramref name="asOf"/>.</summary>
    /// <param name="journey">The journey.</param>
    /// <param name="asOf">The reference instant of the recency decay; not before the journey's last touchpoint.</param>
    /// <returns>The score, its contributions and pain points.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="journey"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is before the journey's last touchpoint.</exception>
    public JourneyScore Score(Journey journey, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(journey);
        CheckAsOf(journey, asOf);
        return ScoreCore(journey, asOf);
    }

    /// <summary>Computes only <see cref="JourneyScore.Value"/> of <paramref name="journey"/>, without allocating once the journey has been scored before (see the remarks).</summary>
    /// <param name="journey">The journey.</param>
    /// <returns>The score in [−100, 100], identical to <c>Score(journey).Value</c>; NaN when the journey has no weighted touchpoints.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="journey"/> is <see langword="null"/>.</exception>
    public double ScoreValue(Journey journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        return ScoreValueCore(journey, journey.End);
    }

    /// <summary>Computes only <see cref="JourneyScore.Value"/> of <paramref name="journey"/> with recency measured from <paramref name="asOf"/>, without allocating once the journey has been scored before.</summary>
    /// <param name="journey">The journey.</param>
    /// <param name="asOf">The reference instant of the recency decay; not before the journey's last touchpoint.</param>
    /// <returns>The score, identical to <c>Score(journey, asOf).Value</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="journey"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is before the journey's last touchpoint.</exception>
    public double ScoreValue(Journey journey, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(journey);
        CheckAsOf(journey, asOf);
        return ScoreValueCore(journey, asOf);
    }

    private static void CheckAsOf(Journey journey, Instant asOf)
    {
        Touchpoint[] points = journey.TouchpointArray;
        Preconditions.CheckArgumentRange(points.Length == 0 || asOf >= points[^1].At, nameof(asOf), asOf,
            $"The reference instant {asOf} is before the journey's last touchpoint at {points[^1].At}.");
    }

    private double ScoreValueCore(Journey journey, Instant asOf)
    {
        JourneyScoringData data = JourneyScoringData.Of(journey);
        int n = data.Points.Length;
        if (n == 0)
        {
            return double.NaN;
        }

        if (n <= StackLimit)
        {
            // Sized to the journey: the runtime zeroes what is allocated, and most journeys are far shorter than the limit.
            Span<double> values = stackalloc double[4 * n];
            Span<byte> flags = stackalloc byte[n];
            return Evaluate(journey, data, asOf, values[..n], values.Slice(n, n), values.Slice(2 * n, n), values.Slice(3 * n, n), flags);
        }

        double[] rented = ArrayPool<double>.Shared.Rent(4 * n);
        byte[] rentedFlags = ArrayPool<byte>.Shared.Rent(n);
        try
        {
            Span<double> all = rented.AsSpan(0, 4 * n);
            return Evaluate(journey, data, asOf, all[..n], all.Slice(n, n), all.Slice(2 * n, n), all.Slice(3 * n, n), rentedFlags.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
            ArrayPool<byte>.Shared.Return(rentedFlags);
        }
    }

    private JourneyScore ScoreCore(Journey journey, Instant asOf)
    {
        JourneyScoringData data = JourneyScoringData.Of(journey);
        int n = data.Points.Length;
        var bases = new double[n];
        var signals = new double[n];
        var weights = new double[n];
        var contributions = new double[n];
        var flags = new byte[n];
        double value = Evaluate(journey, data, asOf, bases, signals, weights, contributions, flags);
        if (double.IsNaN(value))
        {
            return new JourneyScore(journey, value, Array.Empty<TouchpointContribution>(), Array.Empty<PainPoint>());
        }

        Touchpoint[] points = journey.TouchpointArray;
        var items = new TouchpointContribution[n];
        var pains = new List<PainPoint>();
        double totalWeight = 0;
        for (int i = 0; i < n; i++)
        {
            totalWeight += weights[i];
        }

        for (int i = 0; i < n; i++)
        {
            Touchpoint point = points[i];
            items[i] = new TouchpointContribution(point, bases[i], signals[i], weights[i], contributions[i]);
            double scale = 100 * weights[i] / totalWeight;
            byte flag = flags[i];
            if ((flag & FeedbackFlag) != 0)
            {
                if (bases[i] < 0)
                {
                    AddPain(pains, PainPointKind.NegativeFeedback, point, scale * -bases[i]);
                }
            }
            else if (point.Outcome is TouchpointOutcome.Failed or TouchpointOutcome.Abandoned)
            {
                AddPain(pains, PainPointKind.Failure, point, scale * Math.Max(0, -bases[i]));
            }

            if ((flag & (RepeatFlag | SwitchFlag | WaitFlag | StallFlag)) != 0)
            {
                double nominal = Penalty(flag);
                double removed = scale * (bases[i] - signals[i]);
                AddPenaltyPain(pains, flag, RepeatFlag, PainPointKind.RepeatContact, _repeatPenalty, nominal, removed, point);
                AddPenaltyPain(pains, flag, SwitchFlag, PainPointKind.ChannelSwitch, _switchPenalty, nominal, removed, point);
                AddPenaltyPain(pains, flag, WaitFlag, PainPointKind.LongWait, _waitPenalty, nominal, removed, point);
                AddPenaltyPain(pains, flag, StallFlag, PainPointKind.Stall, _stallPenalty, nominal, removed, point);
            }
        }

        return new JourneyScore(journey, value, Array.AsReadOnly(items), pains.AsReadOnly());
    }

    private static void AddPenaltyPain(List<PainPoint> pains, byte flags, byte flag, PainPointKind kind, double penalty, double nominal, double removed, Touchpoint point)
    {
        if ((flags & flag) != 0)
        {
            AddPain(pains, kind, point, nominal > 0 ? removed * penalty / nominal : 0);
        }
    }

    // A pain point that cost nothing (a penalty on a signal already at −1, a touchpoint of zero weight) is not listed.
    private static void AddPain(List<PainPoint> pains, PainPointKind kind, Touchpoint point, double cost)
    {
        if (cost > 0)
        {
            pains.Add(new PainPoint(kind, point, cost));
        }
    }

    private double Penalty(byte flags)
    {
        double penalty = 0;
        if ((flags & RepeatFlag) != 0)
        {
            penalty += _repeatPenalty;
        }

        if ((flags & SwitchFlag) != 0)
        {
            penalty += _switchPenalty;
        }

        if ((flags & WaitFlag) != 0)
        {
            penalty += _waitPenalty;
        }

        if ((flags & StallFlag) != 0)
        {
            penalty += _stallPenalty;
        }

        return penalty;
    }

    /// <summary>
    /// Fills the base signals, signals, weights, contributions and flags of every touchpoint from the journey's compact
    /// scoring data and returns the score (NaN when the weights sum to zero), with the arithmetic, in the order, of
    /// the documented formula (the tests compare it bit for bit with a plain evaluation from the touchpoint objects).
    /// </summary>
    // Not inlined: inlined into ScoreValueCore (a method with stackalloc) the tiered, PGO-compiled loop ran 4–5 times slower.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private double Evaluate(Journey journey, JourneyScoringData data, Instant asOf, Span<double> bases, Span<double> signals, Span<double> weights, Span<double> contributions, Span<byte> flags)
    {
        ReadOnlySpan<ScoringPoint> points = data.Points;
        ReadOnlySpan<FeedbackLink> links = data.Links;
        Touchpoint[] touchpoints = journey.TouchpointArray;
        int n = points.Length;
        Debug.Assert(bases.Length == n && signals.Length == n && weights.Length == n && contributions.Length == n && flags.Length == n, "One slot per touchpoint.");
        long asOfTicks = asOf.ToUnixTimeTicks();
        double[]? stageWeights = data.StageModel is { } model ? StageWeightsOf(model) : null;
        bool channelWeighted = _channelWeights.Count > 0;
        double[] outcomeSignals = _outcomeSignals;
        double totalWeight = 0;
        int lastCustomer = -1;
        int link = 0;
        for (int i = 0; i < n; i++)
        {
            ref readonly ScoringPoint point = ref points[i];
            long t = point.Ticks;
            byte flag = 0;

            // Base signal: linked feedback (mean in feedback order), else the outcome.
            double baseSignal;
            if (link < links.Length && links[link].TouchpointIndex == i)
            {
                double sum = 0;
                int count = 0;
                do
                {
                    sum += links[link].Signal;
                    count++;
                    link++;
                }
                while (link < links.Length && links[link].TouchpointIndex == i);
                baseSignal = sum / count;
                flag |= FeedbackFlag;
            }
            else
            {
                baseSignal = outcomeSignals[point.Outcome];
            }

            // Effort penalties. RepeatOf is the nearest earlier same-topic customer contact, so it is the one to test.
            if (point.Initiator == (byte)Initiator.Customer)
            {
                int repeatOf = point.RepeatOf;
                if (repeatOf >= 0 && t - points[repeatOf].Ticks <= _repeatWindowTicks)
                {
                    flag |= RepeatFlag;
                }

                if (lastCustomer >= 0 && t - points[lastCustomer].Ticks <= _episodeGapTicks && points[lastCustomer].ChannelKey != point.ChannelKey)
                {
                    flag |= SwitchFlag;
                }

                lastCustomer = i;
            }

            long wait = point.WaitNanoseconds;
            if (wait > _expectedWaitNanoseconds || (wait == long.MaxValue && touchpoints[i].WaitTime > _expectedWait))
            {
                flag |= WaitFlag;
            }

            if (i > 0 && t - points[i - 1].Ticks > _stallTicks && point.StageChanged)
            {
                flag |= StallFlag;
            }

            double signal = (flag & ~FeedbackFlag) != 0 ? baseSignal - Penalty(flag) : baseSignal;
            bases[i] = baseSignal;
            signals[i] = Math.Clamp(signal, -1.0, 1.0);
            flags[i] = flag;

            // Weight: stage × channel × decay, multiplied in that order (the documented w_i).
            double weight = stageWeights is not null ? stageWeights[point.StageOrdinal] : StageWeight(touchpoints[i].Stage);
            if (channelWeighted)
            {
                // contributions[] holds each channel key's weight until the second pass overwrites it.
                int key = point.ChannelKey;
                if (key == i)
                {
                    contributions[i] = _channelWeights.TryGetValue(touchpoints[i].Channel, out double channelWeight) ? channelWeight : _defaultChannelWeight;
                }

                weight *= contributions[key];
            }
            else
            {
                weight *= _defaultChannelWeight;
            }

            if (_inverseHalfLifeTicks > 0)
            {
                weight *= double.Exp2((t - asOfTicks) * _inverseHalfLifeTicks);
            }

            weights[i] = weight;
            totalWeight += weight;
        }

        if (!(totalWeight > 0))
        {
            return double.NaN;
        }

        double value = 0;
        for (int i = 0; i < n; i++)
        {
            double c = 100 * (weights[i] * signals[i]) / totalWeight;
            contributions[i] = c;
            value += c;
        }

        if (value > 100 || value < -100)
        {
            value = Rebalance(contributions, value);
        }

        return value;
    }

    /// <summary>Moves a rounding excess beyond ±100 into the largest contribution of that sign, so the sum is exact and in range.</summary>
    private static double Rebalance(Span<double> contributions, double value)
    {
        for (int attempt = 0; attempt < 8 && (value > 100 || value < -100); attempt++)
        {
            double bound = value > 100 ? 100 : -100;
            int largest = 0;
            for (int i = 1; i < contributions.Length; i++)
            {
                if (bound * contributions[i] > bound * contributions[largest])
                {
                    largest = i;
                }
            }

            contributions[largest] -= value - bound;
            value = 0;
            foreach (double c in contributions)
            {
                value += c;
            }
        }

        Debug.Assert(value is >= -100 and <= 100, "The rebalanced score is in range.");
        return value;
    }

    private double StageWeight(LifecycleStage stage) => StageWeightsOf(stage.Model)[stage.Ordinal];

    private double[] StageWeightsOf(LifecycleModel model)
    {
        StageTable? table = _stageTable;
        if (table is null || !ReferenceEquals(table.Model, model))
        {
            // One table per lifecycle model, swapped atomically; a race only builds the same table twice.
            table = new StageTable(model, _stageWeights, _defaultStageWeight);
            _stageTable = table;
        }

        return table.Weights;
    }

    private sealed class StageTable
    {
        public StageTable(LifecycleModel model, Dictionary<string, double> weights, double fallback)
        {
            Model = model;
            Weights = new double[model.Stages.Count];
            for (int i = 0; i < Weights.Length; i++)
            {
                Weights[i] = weights.TryGetValue(model.Stages[i].Name, out double w) ? w : fallback;
            }
        }

        public LifecycleModel Model { get; }

        public double[] Weights { get; }
    }
}
