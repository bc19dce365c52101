using System;
using System.Globalization;
using NodaTime;

namespace CxCore.Lifecycle;

/// <summary>
/// One dated piece of customer activity for lifecycle analysis — a purchase, a renewal, a login, or any touchpoint a
/// caller selects — with an optional monetary value (spend).
/// </summary>
/// <remarks>
/// <para>
/// The value, when given, is finite and zero or more (a refund is not negative spend; leave it out or net it off
/// before). <c>default(ActivityEvent)</c> has the empty customer id and is rejected wherever events are read.
/// Equality compares customer, instant and value exactly. Immutable and thread-safe.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public readonly struct ActivityEvent : IEquatable<ActivityEvent>
{
    private readonly double _value;
    private readonly bool _hasValue;

    /// <summary>Creates an event without a monetary value.</summary>
    /// <param name="customer">The customer; not <c>default</c>.</param>
    /// <param name="at">When it happened.</param>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is <c>default</c>.</exception>
    public ActivityEvent(CustomerId customer, Instant at)
    {
        ThrowIfEmpty(customer);
        Customer = customer;
        At = at;
        _value = 0;
        _hasValue = false;
    }

    /// <summary>Creates an event with a monetary value.</summary>
    /// <param name="customer">The customer; not <c>default</c>.</param>
    /// <param name="at">When it happened.</param>
    /// <param name="value">The spend, finite and zero or more.</param>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative, NaN or infinite.</exception>
    public ActivityEvent(CustomerId customer, Instant at, double value)
    {
        ThrowIfEmpty(customer);
        if (!(value >= 0) || !double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(
                nameof(value), value, string.Create(CultureInfo.InvariantCulture, $"The spend {value:R} of customer {customer} at {at} must be finite and zero or more."));
        }

        Customer = customer;
        At = at;
        _value = value;
        _hasValue = true;
    }

    /// <summary>The customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>When it happened.</summary>
    public Instant At { get; }

    /// <summary>The monetary value, or <see langword="null"/> when the event has none.</summary>
    public double? Value => _hasValue ? _value : null;

    /// <summary>An event for a touchpoint: its customer and instant, with an optional value.</summary>
    /// <param name="touchpoint">The touchpoint.</param>
    /// <param name="value">The spend, or <see langword="null"/> for none.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="touchpoint"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative, NaN or infinite.</exception>
    public static ActivityEvent FromTouchpoint(Touchpoint touchpoint, double? value = null)
    {
        ArgumentNullException.ThrowIfNull(touchpoint);
        return value is double v ? new ActivityEvent(touchpoint.Customer, touchpoint.At, v) : new ActivityEvent(touchpoint.Customer, touchpoint.At);
    }

    internal bool HasValue => _hasValue;

    internal double RawValue => _value;

    /// <inheritdoc/>
    public bool Equals(ActivityEvent other) =>
        Customer == other.Customer && At == other.At && _hasValue == other._hasValue && _value.Equals(other._value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ActivityEvent other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Customer, At, _hasValue, _value);

    /// <summary>Formats the event as <c>customer at instant (value)</c>, invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _hasValue
        ? string.Create(CultureInfo.InvariantCulture, $"{Customer} at {At} ({_value:0.##})")
        : string.Create(CultureInfo.InvariantCulture, $"{Customer} at {At}");

    /// <summary>Indicates whether two events are equal.</summary>
    /// <param name="left">The first event.</param>
    /// <param name="right">The second event.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ActivityEvent left, ActivityEvent right) => left.Equals(right);

    /// <summary>Indicates whether two events differ.</summary>
    /// <param name="left">The first event.</param>
    /// <param name="right">The second event.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ActivityEvent left, ActivityEvent right) => !left.Equals(right);

    private static void ThrowIfEmpty(CustomerId customer)
    {
        if (customer.IsEmpty)
        {
            throw new ArgumentException("An activity event needs a customer; default(CustomerId) names none.", nameof(customer));
        }
    }
}
