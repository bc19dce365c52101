using System;
using NodaTime;

namespace CxCore.Service;

/// <summary>One thing that happened to a <see cref="ServiceCase"/> at one instant: opened, a status change, a reply…</summary>
/// <remarks>
/// <para>
/// Create events with the factories. <see cref="Status"/> is the status the event sets: <see cref="CaseStatus.New"/>
/// for <see cref="CaseEventKind.Opened"/>, <see cref="CaseStatus.Open"/> for <see cref="CaseEventKind.Reopened"/>, the
/// new status for <see cref="CaseEventKind.StatusChanged"/>, and <see langword="null"/> for replies, messages and bot
/// hand-offs, which leave the status alone.
/// </para>
/// <para>
/// <c>default(CaseEvent)</c> is valid and equals <c>CaseEvent.Opened(Instant.FromUnixTimeTicks(0))</c> (an Opened event
/// at the Unix epoch). Two events are equal when their instants, kinds and statuses are equal. This type is an
/// immutable value and is safe to share between threads.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public readonly struct CaseEvent : IEquatable<CaseEvent>
{
    private readonly CaseStatus _newStatus;

    private CaseEvent(Instant at, CaseEventKind kind, CaseStatus newStatus = CaseStatus.New)
    {
        At = at;
        Kind = kind;
        _newStatus = newStatus;
    }

    /// <summary>When the event happened.</summary>
    public Instant At { get; }

    /// <summary>What happened.</summary>
    public CaseEventKind Kind { get; }

    /// <summary>
    /// The status the event sets: <see cref="CaseStatus.New"/> for Opened, <see cref="CaseStatus.Open"/> for Reopened,
    /// the new status for StatusChanged; <see langword="null"/> for the other kinds.
    /// </summary>
    public CaseStatus? Status => Kind switch
    {
        CaseEventKind.Opened => CaseStatus.New,
        CaseEventKind.Reopened => CaseStatus.Open,
        CaseEventKind.StatusChanged => _newStatus,
        _ => null,
    };

    /// <summary>The case was opened at <paramref name="at"/>; its status becomes <see cref="CaseStatus.New"/>.</summary>
    /// <param name="at">When.</param>
    /// <returns>The event.</returns>
    public static CaseEvent Opened(Instant at) => new(at, CaseEventKind.Opened);

    /// <summary>The case's status changed to <paramref name="status"/> at <paramref name="at"/>.</summary>
    /// <param name="at">When.</param>
    /// <param name="status">The new status; see <see cref="ServiceCase"/> for the transitions a case allows.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined <see cref="CaseStatus"/>.</exception>
    public static CaseEvent StatusChanged(Instant at, CaseStatus status)
    {
        if (unchecked((uint)status) > (uint)CaseStatus.Closed)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "The status must be a defined CaseStatus value.");
        }

        return new CaseEvent(at, CaseEventKind.StatusChanged, status);
    }

    /// <summary>A human agent replied to the customer at <paramref name="at"/>.</summary>
    /// <param name="at">When.</param>
    /// <returns>The event.</returns>
    public static CaseEvent AgentReply(Instant at) => new(at, CaseEventKind.AgentReply);

    /// <summary>The customer wrote or called again about the case at <paramref name="at"/>.</summary>
    /// <param name="at">When.</param>
    /// <returns>The event.</returns>
    public static CaseEvent CustomerMessage(Instant at) => new(at, CaseEventKind.CustomerMessage);

    /// <summary>A chatbot handed the conversation to a human agent at <paramref name="at"/>.</summary>
    /// <param name="at">When.</param>
    /// <returns>The event.</returns>
    public static CaseEvent BotHandoff(Instant at) => new(at, CaseEventKind.BotHandoff);

    /// <summary>The solved case was reopened at <paramref name="at"/>; its status becomes <see cref="CaseStatus.Open"/>.</summary>
    /// <param name="at">When.</param>
    /// <returns>The event.</returns>
    public static CaseEvent Reopened(Instant at) => new(at, CaseEventKind.Reopened);

    /// <summary>Indicates whether <paramref name="other"/> has the same instant, kind and status.</summary>
    /// <param name="other">The event to compare with.</param>
    /// <returns><see langword="true"/> when all are equal.</returns>
    public bool Equals(CaseEvent other) => At == other.At && Kind == other.Kind && Status == other.Status;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CaseEvent other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(At, Kind, Status);

    /// <summary>Formats the event, for example <c>StatusChanged(Solved) at 2025-01-02T10:00:00Z</c>.</summary>
    /// <returns>The kind, the new status for status changes, and the instant.</returns>
    public override string ToString() =>
        Kind == CaseEventKind.StatusChanged ? $"StatusChanged({_newStatus}) at {At}" : $"{Kind} at {At}";

    /// <summary>Indicates whether two events are equal.</summary>
    /// <param name="left">The first event.</param>
    /// <param name="right">The second event.</param>
    /// <returns><see langword="true"/> when instant, kind and status are equal.</returns>
    public static bool operator ==(CaseEvent left, CaseEvent right) => left.Equals(right);

    /// <summary>Indicates whether two events differ.</summary>
    /// <param name="left">The first event.</param>
    /// <param name="right">The second event.</param>
    /// <returns><see langword="true"/> when instant, kind or status differ.</returns>
    public static bool operator !=(CaseEvent left, CaseEvent right) => !left.Equals(right);
}
