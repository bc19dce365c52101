using System.Collections.Generic;
using CxCore.Service;
using NodaTime;

namespace CxCore.Simulation;

/// <summary>A generated data set: customers, their touchpoints, feedback, service cases and journeys, and the ground truth.</summary>
/// <remarks>
/// Every list is read-only and grouped by customer in the order of <see cref="Customers"/>; within a customer,
/// touchpoints and feedback are in time order (then id) and cases in opening order. Instances are immutable and
/// thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class SyntheticCxData
{
    internal SyntheticCxData(
        Instant start,
        Instant end,
        IReadOnlyList<Customer> customers,
        IReadOnlyList<Touchpoint> touchpoints,
        IReadOnlyList<Feedback> feedback,
        IReadOnlyList<ServiceCase> serviceCases,
        IReadOnlyList<Journey> journeys,
        GroundTruth groundTruth)
    {
        Start = start;
        End = end;
        Customers = customers;
        Touchpoints = touchpoints;
        Feedback = feedback;
        ServiceCases = serviceCases;
        Journeys = journeys;
        GroundTruth = groundTruth;
    }

    /// <summary>The start of the simulated period.</summary>
    public Instant Start { get; }

    /// <summary>The end of the simulated period (exclusive): every event is before it, so it is the natural "as of" instant.</summary>
    public Instant End { get; }

    /// <summary>The customers.</summary>
    public IReadOnlyList<Customer> Customers { get; }

    /// <summary>All touchpoints.</summary>
    public IReadOnlyList<Touchpoint> Touchpoints { get; }

    /// <summary>All feedback: relationship NPS, and CSAT and CES linked to touchpoints.</summary>
    public IReadOnlyList<Feedback> Feedback { get; }

    /// <summary>All service cases, some still open at <see cref="End"/>.</summary>
    public IReadOnlyList<ServiceCase> ServiceCases { get; }

    /// <summary>One journey per customer, with its outcome (converted, renewed or churned).</summary>
    public IReadOnlyList<Journey> Journeys { get; }

    /// <summary>The hidden truth the data was generated from.</summary>
    public GroundTruth GroundTruth { get; }
}
