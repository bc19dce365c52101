using System;
using CxCore.Service;
using NodaTime;

namespace CxCore.Import;

/// <summary>A duration a helpdesk computed itself for one case (such as Zendesk's "First reply time in minutes within business hours"), kept beside CxCore's own.</summary>
/// <remarks>Equal when metric, basis and value are equal. <c>default</c> is a zero calendar first response. Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public readonly struct HelpdeskDuration : IEquatable<HelpdeskDuration>
{
    /// <summary>Creates a helpdesk duration.</summary>
    /// <param name="metric">The CxCore metric it corresponds to.</param>
    /// <param name="basis">Calendar or business time.</param>
    /// <param name="value">The helpdesk's value; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is undefined or negative.</exception>
    public HelpdeskDuration(ServiceMetric metric, TimeBasis basis, Duration value)
    {
        if (unchecked((uint)metric) > (uint)ServiceMetric.OnHold)
        {
            throw new ArgumentOutOfRangeException(nameof(metric), metric, "Not a defined ServiceMetric.");
        }

        if (unchecked((uint)basis) > (uint)TimeBasis.Business)
        {
            throw new ArgumentOutOfRangeException(nameof(basis), basis, "The basis must be Calendar or Business.");
        }

        if (value < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A helpdesk duration is zero or more.");
        }

        Metric = metric;
        Basis = basis;
        Value = value;
    }

    /// <summary>The CxCore metric the helpdesk's number corresponds to.</summary>
    public ServiceMetric Metric { get; }

    /// <summary>Calendar or business time.</summary>
    public TimeBasis Basis { get; }

    /// <summary>The helpdesk's value.</summary>
    public Duration Value { get; }

    /// <summary>Indicates whether metric, basis and value are equal.</summary>
    /// <param name="other">The duration to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(HelpdeskDuration other) => Metric == other.Metric && Basis == other.Basis && Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is HelpdeskDuration other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Metric, Basis, Value);

    /// <summary>Formats the duration as <c>FirstResponse (Business) 0:02:15:00</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Metric} ({Basis}) {Value}";

    /// <summary>Indicates whether two helpdesk durations are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(HelpdeskDuration left, HelpdeskDuration right) => left.Equals(right);

    /// <summary>Indicates whether two helpdesk durations differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(HelpdeskDuration left, HelpdeskDuration right) => !left.Equals(right);
}
