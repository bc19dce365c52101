using System;
using NodaTime;

namespace CxCore.Service;

/// <summary>
/// One distinct observed time of a <see cref="ResolutionCurve"/>: how many cases were still unresolved just before
/// it, how many were resolved and how many censored (still open at the cut-off) at it, and the Kaplan–Meier survival
/// with its Greenwood variance term just after it. The same rows as R's <c>survfit</c> object.
/// </summary>
/// <remarks><c>default(ResolutionStep)</c> is a step at time zero with no cases. Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public readonly struct ResolutionStep : IEquatable<ResolutionStep>
{
    internal ResolutionStep(Duration time, long atRisk, long resolved, long censored, double survival, double greenwoodSum)
    {
        Time = time;
        AtRisk = atRisk;
        Resolved = resolved;
        Censored = censored;
        Survival = survival;
        GreenwoodSum = greenwoodSum;
    }

    /// <summary>The time since opening.</summary>
    public Duration Time { get; }

    /// <summary>The number of cases with an observed time at or after <see cref="Time"/> (R's <c>n.risk</c>).</summary>
    public long AtRisk { get; }

    /// <summary>The number of cases resolved at <see cref="Time"/> (R's <c>n.event</c>).</summary>
    public long Resolved { get; }

    /// <summary>The number of cases censored at <see cref="Time"/> (R's <c>n.censor</c>).</summary>
    public long Censored { get; }

    /// <summary>The Kaplan–Meier probability that a case is still unresolved after <see cref="Time"/>, in [0, 1].</summary>
    public double Survival { get; }

    /// <summary>
    /// Greenwood's sum Σ dᵢ/(nᵢ(nᵢ − dᵢ)) over the resolution times up to <see cref="Time"/>: the variance of
    /// log <see cref="Survival"/> (its square root is R's <c>std.err</c>); infinite once every case at risk was resolved.
    /// </summary>
    public double GreenwoodSum { get; }

    /// <inheritdoc/>
    public bool Equals(ResolutionStep other) =>
        Time == other.Time && AtRisk == other.AtRisk && Resolved == other.Resolved && Censored == other.Censored
        && Survival.Equals(other.Survival) && GreenwoodSum.Equals(other.GreenwoodSum);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ResolutionStep other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Time, AtRisk, Resolved, Censored, Survival, GreenwoodSum);

    /// <summary>Indicates whether two steps are equal.</summary>
    /// <param name="left">The first step.</param>
    /// <param name="right">The second step.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ResolutionStep left, ResolutionStep right) => left.Equals(right);

    /// <summary>Indicates whether two steps differ.</summary>
    /// <param name="left">The first step.</param>
    /// <param name="right">The second step.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ResolutionStep left, ResolutionStep right) => !left.Equals(right);
}
