using System;
using System.Globalization;
using NodaTime;

namespace CxCore.Service;

/// <summary>One SLA target: a duration measured in calendar or in business time.</summary>
/// <remarks><c>default(SlaTarget)</c> is a zero calendar-time target (any started clock breaches it at once). Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public readonly struct SlaTarget : IEquatable<SlaTarget>
{
    private SlaTarget(Duration target, TimeBasis basis)
    {
        Target = target;
        Basis = basis;
    }

    /// <summary>The allowed time on the clock.</summary>
    public Duration Target { get; }

    /// <summary>Whether the clock counts calendar or business time.</summary>
    public TimeBasis Basis { get; }

    /// <summary>A target in calendar (elapsed) time.</summary>
    /// <param name="target">The allowed time, positive.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is zero or negative.</exception>
    public static SlaTarget FromCalendarTime(Duration target) => Create(target, TimeBasis.Calendar);

    /// <summary>A target in business time (the calendar passed to <see cref="ServiceMetrics.Compute"/>).</summary>
    /// <param name="target">The allowed business time, positive.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is zero or negative.</exception>
    public static SlaTarget FromBusinessTime(Duration target) => Create(target, TimeBasis.Business);

    private static SlaTarget Create(Duration target, TimeBasis basis)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(target, Duration.Zero);
        return new SlaTarget(target, basis);
    }

    /// <inheritdoc/>
    public bool Equals(SlaTarget other) => Target == other.Target && Basis == other.Basis;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SlaTarget other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Target, Basis);

    /// <summary>Formats the target as <c>8:00:00 business</c>.</summary>
    /// <returns>The formatted target.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Target:H:mm:ss} {(Basis == TimeBasis.Business ? "business" : "calendar")}");

    /// <summary>Indicates whether two targets are equal.</summary>
    /// <param name="left">The first target.</param>
    /// <param name="right">The second target.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SlaTarget left, SlaTarget right) => left.Equals(right);

    /// <summary>Indicates whether two targets differ.</summary>
    /// <param name="left">The first target.</param>
    /// <param name="right">The second target.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(SlaTarget left, SlaTarget right) => !left.Equals(right);
}
