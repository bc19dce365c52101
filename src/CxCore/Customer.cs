using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace CxCore;

/// <summary>A customer: its id, the time zone it lives in, when it was acquired, and descriptive attributes.</summary>
/// <remarks>
/// <para>
/// <see cref="Zone"/> is the zone in which the customer's business hours, local dates and calendar buckets are
/// computed. <see cref="Attributes"/> carries segment fields such as plan, region or tier; it is copied on construction
/// and never <see langword="null"/>.
/// </para>
/// <para>
/// Two customers are equal when their ids, zone ids, acquisition instants and attributes are equal. Instances are
/// immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class Customer : IEquatable<Customer>
{
    /// <summary>Creates a customer.</summary>
    /// <param name="id">The customer's id; not <c>default</c>.</param>
    /// <param name="zone">The customer's time zone.</param>
    /// <param name="acquiredAt">When the customer was acquired (first purchase or sign-up).</param>
    /// <param name="attributes">Segment fields such as plan, region or tier, or <see langword="null"/> for none; keys non-blank, values non-null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="id"/> is <c>default</c>, or an attribute has a blank key or a null value.
    /// </exception>
    public Customer(CustomerId id, DateTimeZone zone, Instant acquiredAt, IReadOnlyDictionary<string, string>? attributes = null)
    {
        ModelValidation.CheckCustomer(id, nameof(id));
        ArgumentNullException.ThrowIfNull(zone);
        Id = id;
        Zone = zone;
        AcquiredAt = acquiredAt;
        Attributes = ModelValidation.CopyAttributes(attributes, nameof(attributes));
    }

    /// <summary>Creates a customer that takes ownership of already validated, read-only <paramref name="attributes"/>.</summary>
    internal Customer(CustomerId id, DateTimeZone zone, Instant acquiredAt, IReadOnlyDictionary<string, string> attributes, bool owned)
    {
        System.Diagnostics.Debug.Assert(owned && !id.IsEmpty);
        Id = id;
        Zone = zone;
        AcquiredAt = acquiredAt;
        Attributes = attributes;
    }

    /// <summary>The customer's id.</summary>
    public CustomerId Id { get; }

    /// <summary>The customer's time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>When the customer was acquired (first purchase or sign-up).</summary>
    public Instant AcquiredAt { get; }

    /// <summary>Segment fields such as plan, region or tier (read-only, ordinal keys; empty when there are none).</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; }

    /// <summary>Indicates whether <paramref name="other"/> has the same id, zone id, acquisition instant and attributes.</summary>
    /// <param name="other">The customer to compare with.</param>
    /// <returns><see langword="true"/> when all are equal.</returns>
    public bool Equals([NotNullWhen(true)] Customer? other) =>
        ReferenceEquals(this, other) ||
        (other is not null && Id == other.Id && AcquiredAt == other.AcquiredAt &&
         string.Equals(Zone.Id, other.Zone.Id, StringComparison.Ordinal) &&
         ModelValidation.AttributesEqual(Attributes, other.Attributes));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Customer);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Id, StringComparer.Ordinal.GetHashCode(Zone.Id), AcquiredAt, ModelValidation.AttributesHash(Attributes));

    /// <summary>Indicates whether two customers are equal (see <see cref="Equals(Customer)"/>), not whether they are the same instance.</summary>
    /// <param name="left">The first customer.</param>
    /// <param name="right">The second customer.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(Customer? left, Customer? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Indicates whether two customers differ (see <see cref="Equals(Customer)"/>).</summary>
    /// <param name="left">The first customer.</param>
    /// <param name="right">The second customer.</param>
    /// <returns><see langword="true"/> unless both are <see langword="null"/> or equal.</returns>
    public static bool operator !=(Customer? left, Customer? right) => !(left == right);

    /// <summary>Formats the customer for diagnostics: id, zone and acquisition instant.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Id} ({Zone.Id}, acquired {AcquiredAt})";
}
