using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace CxCore.Service;

/// <summary>
/// One customer-service case (a ticket): who raised it, through which channel, how urgent it is, and everything that
/// happened to it, in time order.
/// </summary>
/// <remarks>
/// <para>The events must tell a consistent story; the constructor checks, in order:</para>
/// <list type="number">
/// <item><description>there is at least one event and the first is <see cref="CaseEventKind.Opened"/>; Opened occurs only once;</description></item>
/// <item><description>events are in non-decreasing time order (equal instants keep their given order);</description></item>
/// <item><description>nothing happens after the case is <see cref="CaseStatus.Closed"/>;</description></item>
/// <item><description>no status change back to <see cref="CaseStatus.New"/>;</description></item>
/// <item><description>a case is closed only from <see cref="CaseStatus.Solved"/>;</description></item>
/// <item><description>a case is not solved twice without a <see cref="CaseEventKind.Reopened"/> in between;</description></item>
/// <item><description>
/// a case is reopened only when it is Solved, and a Solved case leaves Solved only by being reopened or closed (a status
/// change from Solved to Open, Pending or OnHold is rejected: use <see cref="CaseEvent.Reopened"/>).
/// </description></item>
/// </list>
/// <para>
/// A violation throws <see cref="ArgumentException"/> whose message names the case id, the event index and the rule.
/// Replies, customer messages and bot hand-offs may happen in any status except Closed.
/// </para>
/// <para>
/// Two cases are equal when id, customer, channel, priority, events and attributes are equal. Instances are immutable
/// and thread-safe.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class ServiceCase : IEquatable<ServiceCase>
{
    private readonly CaseEvent[] _events;
    private readonly CaseStatus _currentStatus;

    // Created on first use: data sets hold hundreds of thousands of cases.
    private ReadOnlyCollection<CaseEvent>? _eventsView;

    /// <summary>Creates a service case and checks its events (see the type remarks for the rules).</summary>
    /// <param name="id">The case's id in the helpdesk; at least one non-white-space character.</param>
    /// <param name="customer">The customer who raised it; not <c>default</c>.</param>
    /// <param name="channel">The channel it came in through; not <c>default</c>.</param>
    /// <param name="priority">Its priority.</param>
    /// <param name="events">What happened, in time order, starting with <see cref="CaseEvent.Opened"/>.</param>
    /// <param name="attributes">Further helpdesk fields, or <see langword="null"/> for none; keys non-blank, values non-null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="events"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="id"/> is blank; <paramref name="customer"/> or <paramref name="channel"/> is <c>default</c>; an
    /// attribute has a blank key or a null value; or the events break a rule (the message names the case id, the event
    /// index and the rule).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="priority"/> is not a defined value.</exception>
    public ServiceCase(
        string id,
        CustomerId customer,
        Channel channel,
        CasePriority priority,
        IEnumerable<CaseEvent> events,
        IReadOnlyDictionary<string, string>? attributes = null)
    {
        CheckHeader(id, customer, channel, priority);
        ArgumentNullException.ThrowIfNull(events);
        _events = [.. events];
        _currentStatus = Validate(id, _events);

        Id = id;
        Customer = customer;
        Channel = channel;
        Priority = priority;
        Attributes = ModelValidation.CopyAttributes(attributes, nameof(attributes));
    }

    // For importers: the checks of the public constructor, but the case takes ownership of `events` (not copied; the
    // caller must not change it afterwards) and keeps `checkedAttributes` as it is: a result of
    // ModelValidation.CopyAttributes, read-only, so that many cases may share one. The parameters come in another order
    // than the public constructor's so that no call written for that one can bind to this.
    private ServiceCase(
        CaseEvent[] events,
        IReadOnlyDictionary<string, string> checkedAttributes,
        string id,
        CustomerId customer,
        Channel channel,
        CasePriority priority)
    {
        CheckHeader(id, customer, channel, priority);
        _events = events;
        _currentStatus = Validate(id, _events);

        Id = id;
        Customer = customer;
        Channel = channel;
        Priority = priority;
        Attributes = checkedAttributes;
    }

    // The checks of everything but the events and attributes, shared by both constructors.
    private static void CheckHeader(string id, CustomerId customer, Channel channel, CasePriority priority)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ModelValidation.CheckCustomer(customer, nameof(customer));
        if (channel.IsEmpty)
        {
            throw new ArgumentException($"Service case '{id}' needs a channel; default(Channel) is the unspecified channel.", nameof(channel));
        }

        if (unchecked((uint)priority) > (uint)CasePriority.Urgent)
        {
            throw new ArgumentOutOfRangeException(nameof(priority), priority, "The priority must be Low, Normal, High or Urgent.");
        }
    }

    /// <summary>
    /// For importers: a case checked as the public constructor checks it, that takes ownership of
    /// <paramref name="events"/> (not copied; the caller must not change it afterwards) and keeps
    /// <paramref name="checkedAttributes"/> as it is (a result of ModelValidation.CopyAttributes: read-only, so that many
    /// cases may share one).
    /// </summary>
    /// <exception cref="ArgumentException">As the public constructor.</exception>
    internal static ServiceCase FromOwnedEvents(
        string id,
        CustomerId customer,
        Channel channel,
        CasePriority priority,
        CaseEvent[] events,
        IReadOnlyDictionary<string, string> checkedAttributes) =>
        new(events, checkedAttributes, id, customer, channel, priority);

    /// <summary>The case's id in the helpdesk.</summary>
    public string Id { get; }

    /// <summary>The customer who raised the case.</summary>
    public CustomerId Customer { get; }

    /// <summary>The channel the case came in through.</summary>
    public Channel Channel { get; }

    /// <summary>The case's priority.</summary>
    public CasePriority Priority { get; }

    /// <summary>What happened to the case, in time order; the first event is always Opened.</summary>
    public IReadOnlyList<CaseEvent> Events => _eventsView ??= Array.AsReadOnly(_events);

    /// <summary>The events as a span (no view allocation, no interface calls): for the metrics engine.</summary>
    internal ReadOnlySpan<CaseEvent> EventSpan => _events;

    /// <summary>Further helpdesk fields (read-only, ordinal keys; empty when there are none).</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; }

    /// <summary>When the case was opened: the instant of the first event.</summary>
    public Instant OpenedAt => _events[0].At;

    /// <summary>The status after the last event.</summary>
    public CaseStatus CurrentStatus => _currentStatus;

    /// <summary>The status of the case at <paramref name="at"/>, after every event at or before that instant.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The status, or <see langword="null"/> when <paramref name="at"/> is before <see cref="OpenedAt"/>.</returns>
    public CaseStatus? StatusAt(Instant at)
    {
        // Replay the (few) events up to `at`; the history was validated, so every status-setting event applies.
        CaseStatus? status = null;
        foreach (CaseEvent e in _events)
        {
            if (e.At > at)
            {
                break;
            }

            status = e.Status ?? status;
        }

        return status;
    }

    /// <summary>Indicates whether <paramref name="other"/> has the same id, customer, channel, priority, events and attributes.</summary>
    /// <param name="other">The case to compare with.</param>
    /// <returns><see langword="true"/> when all are equal, events element by element.</returns>
    public bool Equals([NotNullWhen(true)] ServiceCase? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || !string.Equals(Id, other.Id, StringComparison.Ordinal) || Customer != other.Customer ||
            Channel != other.Channel || Priority != other.Priority || _events.Length != other._events.Length ||
            !ModelValidation.AttributesEqual(Attributes, other.Attributes))
        {
            return false;
        }

        return _events.AsSpan().SequenceEqual(other._events);
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ServiceCase);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Customer, Channel, Priority, _events.Length, OpenedAt, CurrentStatus);

    /// <summary>Indicates whether two cases are equal (see <see cref="Equals(ServiceCase)"/>), not whether they are the same instance.</summary>
    /// <param name="left">The first case.</param>
    /// <param name="right">The second case.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ServiceCase? left, ServiceCase? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Indicates whether two cases differ (see <see cref="Equals(ServiceCase)"/>).</summary>
    /// <param name="left">The first case.</param>
    /// <param name="right">The second case.</param>
    /// <returns><see langword="true"/> unless both are <see langword="null"/> or equal.</returns>
    public static bool operator !=(ServiceCase? left, ServiceCase? right) => !(left == right);

    /// <summary>Formats the case for diagnostics: id, customer, channel, priority, opening instant and current status.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Id} ({Customer}, {Channel}, {Priority}, opened {OpenedAt}, {CurrentStatus})";

    private static CaseStatus Validate(string id, CaseEvent[] events)
    {
        if (events.Length == 0)
        {
            throw new ArgumentException($"Service case '{id}' has no events; the first event must be Opened.", nameof(events));
        }

        CaseStatus status = CaseStatus.New;
        for (int i = 0; i < events.Length; i++)
        {
            CaseEvent e = events[i];
            if (i == 0)
            {
                if (e.Kind != CaseEventKind.Opened)
                {
                    throw Broken(id, i, e, "the first event must be Opened");
                }

                continue;
            }

            if (e.At < events[i - 1].At)
            {
                throw Broken(id, i, e, $"events must be in time order, but it is earlier than event {i - 1} at {events[i - 1].At}");
            }

            if (status == CaseStatus.Closed)
            {
                throw Broken(id, i, e, "nothing may happen after the case is Closed");
            }

            switch (e.Kind)
            {
                case CaseEventKind.Opened:
                    throw Broken(id, i, e, "a case is opened only once (Opened must be the first event and only the first)");
                case CaseEventKind.Reopened:
                    if (status != CaseStatus.Solved)
                    {
                        throw Broken(id, i, e, $"a case is reopened only when it is Solved, but it is {status}");
                    }

                    status = CaseStatus.Open;
                    break;
                case CaseEventKind.StatusChanged:
                    status = Transition(id, i, e, status, e.Status!.Value);
                    break;
                default:
                    // Replies, customer messages and hand-offs leave the status unchanged.
                    break;
            }

        }

        return status;
    }

    private static CaseStatus Transition(string id, int index, CaseEvent e, CaseStatus from, CaseStatus to)
    {
        if (to == CaseStatus.New)
        {
            throw Broken(id, index, e, "a status change to New is not allowed after opening");
        }

        if (to == CaseStatus.Closed && from != CaseStatus.Solved)
        {
            throw Broken(id, index, e, $"a case is closed only from Solved, but it is {from}");
        }

        if (to == CaseStatus.Solved && from == CaseStatus.Solved)
        {
            throw Broken(id, index, e, "a case is not solved twice without a Reopened event in between");
        }

        if (from == CaseStatus.Solved && to != CaseStatus.Closed)
        {
            throw Broken(id, index, e, $"a Solved case leaves Solved only by a Reopened event or by closing, not by a change to {to}");
        }

        return to;
    }

    private static ArgumentException Broken(string id, int index, CaseEvent e, string rule) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Service case '{id}', event {index} ({e}): {rule}."), "events");
}
