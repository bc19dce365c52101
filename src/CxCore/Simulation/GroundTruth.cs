using System.Collections.Generic;
using NodaTime;

namespace CxCore.Simulation;

/// <summary>
/// The hidden truth behind a <see cref="SyntheticCxData"/> set: each customer's latent satisfaction and the true
/// quality of every channel and department, against which analyses can be checked.
/// </summary>
/// <remarks>
/// Latent satisfaction is on an unbounded scale centred near <see cref="SyntheticCxOptions.BaselineSatisfaction"/>
/// with a spread of about <see cref="SyntheticCxOptions.SatisfactionStandardDeviation"/>; higher is happier. See
/// <see cref="SyntheticCx"/> for how it moves and how it drives ratings. All dictionaries are read-only; instances
/// are immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class GroundTruth
{
    internal GroundTruth(
        IReadOnlyDictionary<CustomerId, double> initialSatisfaction,
        IReadOnlyDictionary<CustomerId, double> satisfaction,
        IReadOnlyDictionary<Channel, double> channelEffects,
        IReadOnlyDictionary<Channel, double> channelAbandonRates,
        IReadOnlyDictionary<Department, double> departmentFailureRates,
        double successEffect,
        double failureEffect,
        double abandonEffect,
        double repeatContactEffect,
        double longWaitEffect,
        Duration longWait)
    {
        InitialSatisfaction = initialSatisfaction;
        Satisfaction = satisfaction;
        ChannelEffects = channelEffects;
        ChannelAbandonRates = channelAbandonRates;
        DepartmentFailureRates = departmentFailureRates;
        SuccessEffect = successEffect;
        FailureEffect = failureEffect;
        AbandonEffect = abandonEffect;
        RepeatContactEffect = repeatContactEffect;
        LongWaitEffect = longWaitEffect;
        LongWait = longWait;
    }

    /// <summary>Each customer's latent satisfaction before the first touchpoint: segment mean plus normal noise.</summary>
    public IReadOnlyDictionary<CustomerId, double> InitialSatisfaction { get; }

    /// <summary>Each customer's latent satisfaction after the last touchpoint (at churn for churned customers).</summary>
    public IReadOnlyDictionary<CustomerId, double> Satisfaction { get; }

    /// <summary>The true effect of one touchpoint through each channel on latent satisfaction.</summary>
    public IReadOnlyDictionary<Channel, double> ChannelEffects { get; }

    /// <summary>The true probability that a customer-initiated touchpoint through each channel is abandoned (0 for most channels).</summary>
    public IReadOnlyDictionary<Channel, double> ChannelAbandonRates { get; }

    /// <summary>The true probability that a touchpoint owned by each department fails.</summary>
    public IReadOnlyDictionary<Department, double> DepartmentFailureRates { get; }

    /// <summary>The rise in latent satisfaction from a succeeded touchpoint (the channel effect comes on top).</summary>
    public double SuccessEffect { get; }

    /// <summary>The drop in latent satisfaction from a failed touchpoint.</summary>
    public double FailureEffect { get; }

    /// <summary>The drop in latent satisfaction from an abandoned touchpoint.</summary>
    public double AbandonEffect { get; }

    /// <summary>The drop in latent satisfaction from a repeat customer-initiated contact about an earlier topic.</summary>
    public double RepeatContactEffect { get; }

    /// <summary>The drop in latent satisfaction from a wait longer than <see cref="LongWait"/>.</summary>
    public double LongWaitEffect { get; }

    /// <summary>The wait beyond which a customer is annoyed.</summary>
    public Duration LongWait { get; }
}
