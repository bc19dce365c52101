using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CxCore.Utility;
using NodaTime;

namespace CxCore;

/// <summary>One customer's rating on one <see cref="FeedbackInstrument"/>, with an optional comment and topics.</summary>
/// <remarks>
/// <para>
/// Feedback linked to a touchpoint (<see cref="TouchpointId"/> not <see langword="null"/>) is <em>transactional</em>:
/// it rates that interaction. Feedback without one is a <em>relationship</em> survey answer about the company as a whole.
/// </para>
/// <para>
/// <see cref="Rating"/> lies on the instrument's scale. <see cref="Weight"/> is a survey weight, finite and greater than
/// zero (1 for unweighted data). <see cref="Topics"/> lists the themes tagged in the comment; it is copied on
/// construction and never <see langword="null"/>.
/// </para>
/// <para>
/// Two feedback items are equal when every property is equal (strings ordinally, topics in order, the weight exactly).
/// Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class Feedback : IEquatable<Feedback>
{
    private static readonly IReadOnlyList<string> NoTopics = Array.AsReadOnly(Array.Empty<string>());

    /// <summary>Creates a feedback item.</summary>
    /// <param name="id">The response's id in the source system; at least one non-white-space character.</param>
    /// <param name="customer">The customer who answered; not <c>default</c>.</param>
    /// <param name="at">When the answer was given.</param>
    /// <param name="instrument">The question answered.</param>
    /// <param name="rating">The rating, on <paramref name="instrument"/>'s scale.</param>
    /// <param name="touchpointId">The id of the touchpoint rated, or <see langword="null"/> for a relationship survey; when given, not blank.</param>
    /// <param name="comment">The free-text comment, or <see langword="null"/>.</param>
    /// <param name="weight">The survey weight: finite and greater than zero; 1 by default.</param>
    /// <param name="topics">The topics tagged in the answer, or <see langword="null"/> for none; each non-blank.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="instrument"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="id"/> is blank, <paramref name="customer"/> is <c>default</c>, <paramref name="touchpointId"/> is
    /// empty or white space, or a topic is null or blank.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="rating"/> is not on the instrument's scale (the message names the rating, the instrument and the
    /// scale), or <paramref name="weight"/> is zero, negative, NaN or infinite.
    /// </exception>
    public Feedback(
        string id,
        CustomerId customer,
        Instant at,
        FeedbackInstrument instrument,
        int rating,
        string? touchpointId = null,
        string? comment = null,
        double weight = 1.0,
        IReadOnlyList<string>? topics = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ModelValidation.CheckCustomer(customer, nameof(customer));
        ArgumentNullException.ThrowIfNull(instrument);
        if (!instrument.Scale.Contains(rating))
        {
            throw new ArgumentOutOfRangeException(
                nameof(rating),
                rating,
                $"The rating {rating} of feedback '{id}' is outside the scale {instrument.Scale} of the instrument '{instrument.Name}'.");
        }

        Preconditions.CheckNullOrNotBlank(touchpointId, nameof(touchpointId));
        if (!double.IsFinite(weight) || weight <= 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(weight),
                weight,
                string.Create(CultureInfo.InvariantCulture, $"The weight {weight} of feedback '{id}' must be finite and greater than 0."));
        }

        Id = id;
        Customer = customer;
        At = at;
        Instrument = instrument;
        Rating = rating;
        TouchpointId = touchpointId;
        Comment = comment;
        Weight = weight;
        Topics = CopyTopics(topics, id);
    }

    /// <summary>The response's id in the source system.</summary>
    public string Id { get; }

    /// <summary>The customer who answered.</summary>
    public CustomerId Customer { get; }

    /// <summary>When the answer was given.</summary>
    public Instant At { get; }

    /// <summary>The question answered.</summary>
    public FeedbackInstrument Instrument { get; }

    /// <summary>The rating, on <see cref="FeedbackInstrument.Scale"/> of <see cref="Instrument"/>.</summary>
    public int Rating { get; }

    /// <summary>The id of the touchpoint rated, or <see langword="null"/> for a relationship survey answer.</summary>
    public string? TouchpointId { get; }

    /// <summary>Whether this feedback rates one touchpoint (<see cref="TouchpointId"/> is not <see langword="null"/>).</summary>
    public bool IsTransactional => TouchpointId is not null;

    /// <summary>The free-text comment, or <see langword="null"/>.</summary>
    public string? Comment { get; }

    /// <summary>The survey weight: finite and greater than zero; 1 for unweighted data.</summary>
    public double Weight { get; }

    /// <summary>The topics tagged in the answer, in the order given (read-only; empty when there are none).</summary>
    public IReadOnlyList<string> Topics { get; }

    /// <summary>Indicates whether every property of <paramref name="other"/> equals this item's.</summary>
    /// <param name="other">The feedback to compare with.</param>
    /// <returns><see langword="true"/> when all properties are equal.</returns>
    public bool Equals([NotNullWhen(true)] Feedback? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null ||
            !string.Equals(Id, other.Id, StringComparison.Ordinal) ||
            Customer != other.Customer ||
            At != other.At ||
            !Instrument.Equals(other.Instrument) ||
            Rating != other.Rating ||
            !string.Equals(TouchpointId, other.TouchpointId, StringComparison.Ordinal) ||
            !string.Equals(Comment, other.Comment, StringComparison.Ordinal) ||
            !Weight.Equals(other.Weight) ||
            Topics.Count != other.Topics.Count)
        {
            return false;
        }

        for (int i = 0; i < Topics.Count; i++)
        {
            if (!string.Equals(Topics[i], other.Topics[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Feedback);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Customer);
        hash.Add(At);
        hash.Add(Instrument);
        hash.Add(Rating);
        hash.Add(TouchpointId, StringComparer.Ordinal);
        hash.Add(Comment, StringComparer.Ordinal);
        hash.Add(Weight);
        foreach (string topic in Topics)
        {
            hash.Add(topic, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Indicates whether two feedback items are equal (see <see cref="Equals(Feedback)"/>), not whether they are the same instance.</summary>
    /// <param name="left">The first feedback item.</param>
    /// <param name="right">The second feedback item.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(Feedback? left, Feedback? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Indicates whether two feedback items differ (see <see cref="Equals(Feedback)"/>).</summary>
    /// <param name="left">The first feedback item.</param>
    /// <param name="right">The second feedback item.</param>
    /// <returns><see langword="true"/> unless both are <see langword="null"/> or equal.</returns>
    public static bool operator !=(Feedback? left, Feedback? right) => !(left == right);

    /// <summary>Formats the feedback for diagnostics: id, customer, instant, instrument and rating.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id} ({Customer} at {At}, {Instrument.Name} {Rating})");

    private static IReadOnlyList<string> CopyTopics(IReadOnlyList<string>? topics, string id)
    {
        if (topics is null || topics.Count == 0)
        {
            return NoTopics;
        }

        string[] copy = new string[topics.Count];
        for (int i = 0; i < copy.Length; i++)
        {
            string topic = topics[i];
            if (string.IsNullOrWhiteSpace(topic))
            {
                throw new ArgumentException($"Topic {i} of feedback '{id}' is null, empty or white space.", nameof(topics));
            }

            copy[i] = topic;
        }

        return Array.AsReadOnly(copy);
    }
}
