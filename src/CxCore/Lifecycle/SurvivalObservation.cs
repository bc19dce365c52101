using System;
using System.Globalization;
using NodaTime;

namespace CxCore.Lifecycle;

/// <summary>One subject's observed time in a group: to the event (churn, leaving a stage) or, censored, to the cut-off.</summary>
/// <remarks>
/// <c>default(SurvivalObservation)</c> has no group and is rejected where observations are read. Equality compares
/// group (ordinal), time and event. Immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public readonly struct SurvivalObservation : IEquatable<SurvivalObservation>
{
    private readonly string? _group;

    /// <summary>Creates an observation.</summary>
    /// <param name="group">The group's name (NPS group, plan, cohort…); not blank.</param>
    /// <param name="time">The observed time, zero or more.</param>
    /// <param name="event">Whether the event was observed (<see langword="false"/>: censored at <paramref name="time"/>).</param>
    /// <exception cref="ArgumentException"><paramref name="group"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is negative.</exception>
    public SurvivalObservation(string group, Duration time, bool @event)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(group);
        if (time < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, string.Create(CultureInfo.InvariantCulture, $"The observed time {time} in group '{group}' is negative."));
        }

        _group = group;
        Time = time;
        Event = @event;
    }

    /// <summary>The group's name; empty for <c>default</c>.</summary>
    public string Group => _group ?? string.Empty;

    /// <summary>The observed time.</summary>
    public Duration Time { get; }

    /// <summary>Whether the event was observed (otherwise censored).</summary>
    public bool Event { get; }

    /// <inheritdoc/>
    public bool Equals(SurvivalObservation other) =>
        string.Equals(Group, other.Group, StringComparison.Ordinal) && Time == other.Time && Event == other.Event;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SurvivalObservation other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Group), Time, Event);

    /// <summary>Formats the observation as <c>group: days d (event|censored)</c>, invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Group}: {Time.TotalDays:0.###} d ({(Event ? "event" : "censored")})");

    /// <summary>Indicates whether two observations are equal.</summary>
    /// <param name="left">The first observation.</param>
    /// <param name="right">The second observation.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SurvivalObservation left, SurvivalObservation right) => left.Equals(right);

    /// <summary>Indicates whether two observations differ.</summary>
    /// <param name="left">The first observation.</param>
    /// <param name="right">The second observation.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(SurvivalObservation left, SurvivalObservation right) => !left.Equals(right);
}
