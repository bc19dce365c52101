using System.Collections.Generic;
using CxCore.Lifecycle;
using NodaTime;

namespace CxCore.Simulation;

/// <summary>The purchases and churn of a synthetic company's customers, and the truth they were drawn from (<see cref="SyntheticLifecycle"/>).</summary>
/// <remarks>Every list is read-only and grouped by customer in the order of the underlying data's customers, in time order within a customer. Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class SyntheticLifecycleData
{
    internal SyntheticLifecycleData(IReadOnlyList<ActivityEvent> purchases, IReadOnlyDictionary<CustomerId, Instant> churnedAt, Instant end, LifecycleGroundTruth groundTruth)
    {
        Purchases = purchases;
        ChurnedAt = churnedAt;
        End = end;
        GroundTruth = groundTruth;
    }

    /// <summary>Every purchase with its value: each customer's first purchase at acquisition, then the repeat purchases.</summary>
    public IReadOnlyList<ActivityEvent> Purchases { get; }

    /// <summary>When each customer who dropped out before <see cref="End"/> did so (at their last purchase): the churn a contractual business would observe as a cancellation.</summary>
    public IReadOnlyDictionary<CustomerId, Instant> ChurnedAt { get; }

    /// <summary>The end of the simulated period (exclusive), as in the underlying data.</summary>
    public Instant End { get; }

    /// <summary>The hidden truth.</summary>
    public LifecycleGroundTruth GroundTruth { get; }
}
