using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using CxCore.Utility;
using NodaTime;

namespace CxCore;

/// <summary>
/// One customer's touchpoints and feedback in time order, with how the journey ended when that is known.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Create"/> sorts touchpoints and feedback by instant, then by id (ordinal); items equal on both keep
/// their input order. Every item must belong to <see cref="Customer"/>. A journey holds at least one touchpoint or one
/// feedback item, so <see cref="Start"/> (the earliest instant of any item) and <see cref="End"/> (the latest) are
/// always defined; an empty journey is rejected.
/// </para>
/// <para>
/// Two journeys are equal when their customers, outcomes and item lists (element by element) are equal. Instances are
/// immutable and thread-safe.
/// </para>
/// <para>
/// Journey scoring keeps a compact, contiguous form of what it reads of each touchpoint (32 bytes per touchpoint, plus
/// 16 per feedback item that rates a touchpoint) with the journey, built on first use: a journey that is never scored
/// or mapped never pays for it.
/// </para>
/// </remarks>
public sealed class Journey : IEquatable<Journey>
{
    private readonly Touchpoint[] _touchpoints;
    private readonly Feedback[] _feedback;

    // Filled once, on first use, by the engine that computes with this journey (scoring); opaque to the model.
    private object? _engineCache;

    // Created on first use: data sets hold hundreds of thousands of journeys.
    private ReadOnlyCollection<Touchpoint>? _touchpointsView;
    private ReadOnlyCollection<Feedback>? _feedbackView;

    private Journey(CustomerId customer, Touchpoint[] touchpoints, Feedback[] feedback, JourneyOutcome? outcome)
    {
        Customer = customer;
        _touchpoints = touchpoints;
        _feedback = feedback;
        Outcome = outcome;

        Instant start = Instant.MaxValue;
        Instant end = Instant.MinValue;
        if (touchpoints.Length > 0)
        {
            start = touchpoints[0].At;
            end = touchpoints[^1].At;
        }

        if (feedback.Length > 0)
        {
            start = Instant.Min(start, feedback[0].At);
            end = Instant.Max(end, feedback[^1].At);
        }

        Start = start;
        End = end;
    }

    /// <summary>The customer whose journey this is.</summary>
    public CustomerId Customer { get; }

    /// <summary>The touchpoints, ordered by instant then id; possibly empty when there is feedback.</summary>
    public IReadOnlyList<Touchpoint> Touchpoints => _touchpointsView ??= Array.AsReadOnly(_touchpoints);

    /// <summary>The feedback, ordered by instant then id; possibly empty when there are touchpoints.</summary>
    public IReadOnlyList<Feedback> Feedback => _feedbackView ??= Array.AsReadOnly(_feedback);

    /// <summary>The touchpoints array itself, for bulk copies inside the library; never modify it.</summary>
    internal Touchpoint[] TouchpointArray => _touchpoints;

    /// <summary>The feedback array itself, for bulk copies inside the library; never modify it.</summary>
    internal Feedback[] FeedbackArray => _feedback;

    /// <summary>
    /// A slot that an engine fills once, on first use, with its own compact form of this journey (a pure function of
    /// the lists, so a race only builds it twice); <see langword="null"/> until then. Only that engine reads it.
    /// </summary>
    internal ref object? EngineCache => ref _engineCache;

    /// <summary>How the journey ended, or <see langword="null"/> when unknown or still running.</summary>
    public JourneyOutcome? Outcome { get; }

    /// <summary>The earliest instant of any touchpoint or feedback item.</summary>
    public Instant Start { get; }

    /// <summary>The latest instant of any touchpoint or feedback item.</summary>
    public Instant End { get; }

    /// <summary>The time from <see cref="Start"/> to <see cref="End"/>; zero when every item is at one instant.</summary>
    public Duration Span => End - Start;

    /// <summary>Creates the journey of <paramref name="customer"/> from their touchpoints and feedback.</summary>
    /// <param name="customer">The customer; not <c>default</c>.</param>
    /// <param name="touchpoints">The customer's touchpoints, in any order.</param>
    /// <param name="feedback">The customer's feedback, in any order.</param>
    /// <param name="outcome">How the journey ended, or <see langword="null"/> when unknown; when given, not <c>default</c>.</param>
    /// <returns>The journey, with both lists in time order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="touchpoints"/>, <paramref name="feedback"/> or an item in them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="customer"/> or <paramref name="outcome"/> is <c>default</c>; an item belongs to another customer
    /// (the message names the item's id and both customers); or there are no touchpoints and no feedback.
    /// </exception>
    public static Journey Create(
        CustomerId customer,
        IEnumerable<Touchpoint> touchpoints,
        IEnumerable<Feedback> feedback,
        JourneyOutcome? outcome = null)
    {
        ModelValidation.CheckCustomer(customer, nameof(customer));
        ArgumentNullException.ThrowIfNull(touchpoints);
        ArgumentNullException.ThrowIfNull(feedback);
        if (outcome is { IsEmpty: true })
        {
            throw new ArgumentException(
                $"The journey of customer '{customer}' has the unspecified outcome default(JourneyOutcome); pass null when the outcome is unknown.",
                nameof(outcome));
        }

        Touchpoint[] points = [.. touchpoints];
        for (int i = 0; i < points.Length; i++)
        {
            Touchpoint point = points[i] ?? throw new ArgumentNullException(nameof(touchpoints), $"Touchpoint {i} is null.");
            Preconditions.CheckArgument(point.Customer == customer, nameof(touchpoints),
                $"The touchpoint '{point.Id}' belongs to customer '{point.Customer}', not to '{customer}' whose journey this is.");
        }

        Feedback[] answers = [.. feedback];
        for (int i = 0; i < answers.Length; i++)
        {
            Feedback answer = answers[i] ?? throw new ArgumentNullException(nameof(feedback), $"Feedback {i} is null.");
            Preconditions.CheckArgument(answer.Customer == customer, nameof(feedback),
                $"The feedback '{answer.Id}' belongs to customer '{answer.Customer}', not to '{customer}' whose journey this is.");
        }

        if (points.Length == 0 && answers.Length == 0)
        {
            throw new ArgumentException(
                $"The journey of customer '{customer}' has no touchpoints and no feedback; a journey needs at least one item.",
                nameof(touchpoints));
        }

        SortStably(points, static p => p.At, static p => p.Id);
        SortStably(answers, static f => f.At, static f => f.Id);
        return new Journey(customer, points, answers, outcome);
    }

    /// <summary>
    /// Creates a journey from arrays the caller hands over and never touches again (no copy, no validation):
    /// <paramref name="touchpoints"/> already ordered by (instant, id) and every item of <paramref name="customer"/>;
    /// <paramref name="feedback"/> in any order (sorted here as in <see cref="Create"/>). At least one item.
    /// </summary>
    internal static Journey FromOrdered(CustomerId customer, Touchpoint[] touchpoints, Feedback[] feedback)
    {
        SortStably(feedback, static f => f.At, static f => f.Id);
        return new Journey(customer, touchpoints, feedback, null);
    }

    /// <summary>Indicates whether <paramref name="other"/> has the same customer, outcome, touchpoints and feedback.</summary>
    /// <param name="other">The journey to compare with.</param>
    /// <returns><see langword="true"/> when all are equal, the lists element by element.</returns>
    public bool Equals([NotNullWhen(true)] Journey? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || Customer != other.Customer || !Nullable.Equals(Outcome, other.Outcome) ||
            Touchpoints.Count != other.Touchpoints.Count || Feedback.Count != other.Feedback.Count)
        {
            return false;
        }

        for (int i = 0; i < Touchpoints.Count; i++)
        {
            if (!Touchpoints[i].Equals(other.Touchpoints[i]))
            {
                return false;
            }
        }

        for (int i = 0; i < Feedback.Count; i++)
        {
            if (!Feedback[i].Equals(other.Feedback[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Journey);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Customer, Outcome, Touchpoints.Count, Feedback.Count, Start, End);

    /// <summary>Indicates whether two journeys are equal (see <see cref="Equals(Journey)"/>), not whether they are the same instance.</summary>
    /// <param name="left">The first journey.</param>
    /// <param name="right">The second journey.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(Journey? left, Journey? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Indicates whether two journeys differ (see <see cref="Equals(Journey)"/>).</summary>
    /// <param name="left">The first journey.</param>
    /// <param name="right">The second journey.</param>
    /// <returns><see langword="true"/> unless both are <see langword="null"/> or equal.</returns>
    public static bool operator !=(Journey? left, Journey? right) => !(left == right);

    /// <summary>Formats the journey for diagnostics: customer, item counts, time range and outcome.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        $"{Customer}: {Touchpoints.Count} touchpoints, {Feedback.Count} feedback, {Start} to {End}, outcome {(Outcome?.Name ?? "unknown")}";

    private static void SortStably<T>(T[] items, Func<T, Instant> at, Func<T, string> id)
    {
        bool sorted = true;
        for (int i = 1; i < items.Length && sorted; i++)
        {
            sorted = Compare(at(items[i - 1]), id(items[i - 1]), at(items[i]), id(items[i])) <= 0;
        }

        if (sorted)
        {
            return;
        }

        // Array.Sort is not stable: break ties on (instant, id) by the input position.
        int[] order = new int[items.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        T[] input = (T[])items.Clone();
        Array.Sort(order, (a, b) =>
        {
            int c = Compare(at(input[a]), id(input[a]), at(input[b]), id(input[b]));
            return c != 0 ? c : a.CompareTo(b);
        });
        for (int i = 0; i < order.Length; i++)
        {
            items[i] = input[order[i]];
        }
    }

    private static int Compare(Instant leftAt, string leftId, Instant rightAt, string rightId)
    {
        int c = leftAt.CompareTo(rightAt);
        return c != 0 ? c : string.CompareOrdinal(leftId, rightId);
    }
}
