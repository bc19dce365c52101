using System;
using NodaTime;

namespace CxCore.Service;

/// <summary>One case against one SLA target: the outcome, the time on the clock, the target and how late it is.</summary>
/// <remarks><c>default</c> is <see cref="SlaOutcome.NotApplicable"/>. Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public readonly struct SlaResult : IEquatable<SlaResult>
{
    internal SlaResult(SlaOutcome outcome, Duration elapsed, SlaTarget? target)
    {
        Outcome = outcome;
        Elapsed = elapsed;
        Target = target;
    }

    /// <summary>Achieved, breached, pending or not applicable.</summary>
    public SlaOutcome Outcome { get; }

    /// <summary>The time on the clock (in the target's basis) when it stopped, or at the cut-off while it runs; zero when not applicable.</summary>
    public Duration Elapsed { get; }

    /// <summary>The target that applied, or <see langword="null"/>.</summary>
    public SlaTarget? Target { get; }

    /// <summary>How far past the target the clock is: <see cref="Elapsed"/> − target when breached, otherwise zero.</summary>
    public Duration Lateness => Outcome == SlaOutcome.Breached && Target is { } t ? Elapsed - t.Target : Duration.Zero;

    /// <inheritdoc/>
    public bool Equals(SlaResult other) => Outcome == other.Outcome && Elapsed == other.Elapsed && Target == other.Target;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SlaResult other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Outcome, Elapsed, Target);

    /// <summary>Indicates whether two results are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SlaResult left, SlaResult right) => left.Equals(right);

    /// <summary>Indicates whether two results differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(SlaResult left, SlaResult right) => !left.Equals(right);
}
