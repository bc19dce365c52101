using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using CxCore.Utility;
using NodaTime;

namespace CxCore;

/// <summary>
/// One interaction between a customer and the company: a call, an email, a visit to the website, an invoice, a
/// technician's visit, at one instant, through one channel, in one lifecycle stage, owned by one department.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="HandleTime"/> and <see cref="WaitTime"/> are optional and, when present, zero or more.
/// <see cref="Topic"/> is the customer's need or reason for the contact ("billing error", "password reset"); repeated
/// customer-initiated touchpoints with the same topic are repeat contacts about one unresolved need.
/// <see cref="Attributes"/> carries any further source fields; it is copied on construction and never
/// <see langword="null"/>.
/// </para>
/// <para>
/// Two touchpoints are equal when every property is equal (the topic and attribute keys and values ordinally, the
/// attributes regardless of order). Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class Touchpoint : IEquatable<Touchpoint>
{
    // Compact layout: data sets hold millions of touchpoints, so the enums are bytes and the optional durations are
    // stored without the padding of Nullable<Duration>.
    private readonly Duration _handleTime;
    private readonly Duration _waitTime;
    private readonly byte _initiator;
    private readonly byte _outcome;
    private readonly bool _hasHandleTime;
    private readonly bool _hasWaitTime;

    /// <summary>Creates a touchpoint.</summary>
    /// <param name="id">The touchpoint's id in the source system; at least one non-white-space character.</param>
    /// <param name="customer">The customer; not <c>default</c>.</param>
    /// <param name="at">When the touchpoint happened (its start).</param>
    /// <param name="channel">The channel; not <c>default</c>.</param>
    /// <param name="stage">The lifecycle stage.</param>
    /// <param name="department">The department responsible; not <c>default</c>.</param>
    /// <param name="initiator">Who started it.</param>
    /// <param name="outcome">Whether it met the customer's need; <see cref="TouchpointOutcome.Unknown"/> when not recorded.</param>
    /// <param name="handleTime">How long the company spent on it (talk time, handling time), or <see langword="null"/>; not negative.</param>
    /// <param name="waitTime">How long the customer waited first (queue time), or <see langword="null"/>; not negative.</param>
    /// <param name="topic">The customer's need or reason, or <see langword="null"/>; when given, not blank.</param>
    /// <param name="attributes">Further source fields, or <see langword="null"/> for none; keys non-blank, values non-null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="stage"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="id"/> is blank; <paramref name="customer"/>, <paramref name="channel"/> or
    /// <paramref name="department"/> is <c>default</c>; <paramref name="topic"/> is empty or white space; or an attribute
    /// has a blank key or a null value.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="initiator"/> or <paramref name="outcome"/> is not a defined value, or a duration is negative.
    /// </exception>
    public Touchpoint(
        string id,
        CustomerId customer,
        Instant at,
        Channel channel,
        LifecycleStage stage,
        Department department,
        Initiator initiator,
        TouchpointOutcome outcome = TouchpointOutcome.Unknown,
        Duration? handleTime = null,
        Duration? waitTime = null,
        string? topic = null,
        IReadOnlyDictionary<string, string>? attributes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ModelValidation.CheckCustomer(customer, nameof(customer));
        if (channel.IsEmpty)
        {
            throw new ArgumentException($"Touchpoint '{id}' needs a channel; default(Channel) is the unspecified channel.", nameof(channel));
        }

        ArgumentNullException.ThrowIfNull(stage);
        if (department.IsEmpty)
        {
            throw new ArgumentException(
                $"Touchpoint '{id}' needs a department; default(Department) is the unspecified department.", nameof(department));
        }

        if (unchecked((uint)initiator) > (uint)Initiator.Company)
        {
            throw new ArgumentOutOfRangeException(nameof(initiator), initiator, "The initiator must be Customer or Company.");
        }

        if (unchecked((uint)outcome) > (uint)TouchpointOutcome.Abandoned)
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "The outcome must be Unknown, Succeeded, Failed or Abandoned.");
        }

        ModelValidation.CheckNotNegative(handleTime, nameof(handleTime));
        ModelValidation.CheckNotNegative(waitTime, nameof(waitTime));
        Preconditions.CheckNullOrNotBlank(topic, nameof(topic));

        Id = id;
        Customer = customer;
        At = at;
        Channel = channel;
        Stage = stage;
        Department = department;
        _initiator = (byte)initiator;
        _outcome = (byte)outcome;
        _hasHandleTime = handleTime.HasValue;
        _hasWaitTime = waitTime.HasValue;
        _handleTime = handleTime.GetValueOrDefault();
        _waitTime = waitTime.GetValueOrDefault();
        Topic = topic;
        Attributes = ModelValidation.CopyAttributes(attributes, nameof(attributes));
    }

    /// <summary>The touchpoint's id in the source system.</summary>
    public string Id { get; }

    /// <summary>The customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>When the touchpoint happened (its start).</summary>
    public Instant At { get; }

    /// <summary>The channel.</summary>
    public Channel Channel { get; }

    /// <summary>The lifecycle stage the customer was in.</summary>
    public LifecycleStage Stage { get; }

    /// <summary>The department responsible.</summary>
    public Department Department { get; }

    /// <summary>Who started the touchpoint: the customer (reactive) or the company (proactive).</summary>
    public Initiator Initiator => (Initiator)_initiator;

    /// <summary>Whether the touchpoint met the customer's need.</summary>
    public TouchpointOutcome Outcome => (TouchpointOutcome)_outcome;

    /// <summary>How long the company spent on it (talk or handling time), or <see langword="null"/> when not recorded.</summary>
    public Duration? HandleTime => _hasHandleTime ? _handleTime : null;

    /// <summary>How long the customer waited before being served, or <see langword="null"/> when not recorded.</summary>
    public Duration? WaitTime => _hasWaitTime ? _waitTime : null;

    /// <summary>
    /// The customer's need or reason for the contact, or <see langword="null"/>; repeated customer-initiated contacts
    /// with the same topic are repeat contacts about the same need.
    /// </summary>
    public string? Topic { get; }

    /// <summary>Further fields from the source system (read-only, ordinal keys; empty when there are none).</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; }

    /// <summary>Indicates whether every property of <paramref name="other"/> equals this touchpoint's.</summary>
    /// <param name="other">The touchpoint to compare with.</param>
    /// <returns><see langword="true"/> when all properties are equal.</returns>
    public bool Equals([NotNullWhen(true)] Touchpoint? other) =>
        ReferenceEquals(this, other) ||
        (other is not null &&
         string.Equals(Id, other.Id, StringComparison.Ordinal) &&
         Customer == other.Customer &&
         At == other.At &&
         Channel == other.Channel &&
         Stage.Equals(other.Stage) &&
         Department == other.Department &&
         Initiator == other.Initiator &&
         Outcome == other.Outcome &&
         HandleTime == other.HandleTime &&
         WaitTime == other.WaitTime &&
         string.Equals(Topic, other.Topic, StringComparison.Ordinal) &&
         ModelValidation.AttributesEqual(Attributes, other.Attributes));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Touchpoint);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Customer);
        hash.Add(At);
        hash.Add(Channel);
        hash.Add(Stage);
        hash.Add(Department);
        hash.Add(Initiator);
        hash.Add(Outcome);
        hash.Add(HandleTime);
        hash.Add(WaitTime);
        hash.Add(Topic, StringComparer.Ordinal);
        hash.Add(ModelValidation.AttributesHash(Attributes));
        return hash.ToHashCode();
    }

    /// <summary>Indicates whether two touchpoints are equal (see <see cref="Equals(Touchpoint)"/>), not whether they are the same instance.</summary>
    /// <param name="left">The first touchpoint.</param>
    /// <param name="right">The second touchpoint.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(Touchpoint? left, Touchpoint? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Indicates whether two touchpoints differ (see <see cref="Equals(Touchpoint)"/>).</summary>
    /// <param name="left">The first touchpoint.</param>
    /// <param name="right">The second touchpoint.</param>
    /// <returns><see langword="true"/> unless both are <see langword="null"/> or equal.</returns>
    public static bool operator !=(Touchpoint? left, Touchpoint? right) => !(left == right);

    /// <summary>Formats the touchpoint for diagnostics: id, customer, instant, channel, stage and outcome.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Id} ({Customer} at {At}, {Channel}, {Stage}, {Outcome})";
}
