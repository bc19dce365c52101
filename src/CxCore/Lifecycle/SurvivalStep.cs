using System;
using NodaTime;

namespace CxCore.Lifecycle;

/// <summary>
/// One distinct observed time of a <see cref="SurvivalCurve"/>: how many were still at risk just before it, how many had
/// the event and how many were censored at it, and the Kaplan–Meier survival with its Greenwood variance term just
/// after it (the rows of R's <c>survfit</c>).
/// </summary>
/// <remarks><c>default(SurvivalStep)</c> is a step at time zero with nobody at risk. Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public readonly struct SurvivalStep : IEquatable<SurvivalStep>
{
    internal SurvivalStep(Duration time, long atRisk, long events, long censored, double survival, double greenwoodSum)
    {
        Time = time;
        AtRisk = atRisk;
        Events = events;
        Censored = censored;
        Survival = survival;
        GreenwoodSum = greenwoodSum;
    }

    /// <summary>The time since the start (acquisition, stage entry…).</summary>
    public Duration Time { get; }

    /// <summary>The number with an observed time at or after <see cref="Time"/> (R's <c>n.risk</c>).</summary>
    public long AtRisk { get; }

    /// <summary>The number with the event at <see cref="Time"/> (R's <c>n.event</c>).</summary>
    public long Events { get; }

    /// <summary>The number censored at <see cref="Time"/> (R's <c>n.censor</c>).</summary>
    public long Censored { get; }

    /// <summary>The Kaplan–Meier probability of no event by <see cref="Time"/> (events at it included), in [0, 1].</summary>
    public double Survival { get; }

    /// <summary>Greenwood's sum Σ dᵢ/(nᵢ(nᵢ − dᵢ)) up to <see cref="Time"/>, the variance of log <see cref="Survival"/>; infinite once everyone at risk had the event.</summary>
    public double GreenwoodSum { get; }

    /// <inheritdoc/>
    public bool Equals(SurvivalStep other) =>
        Time == other.Time && AtRisk == other.AtRisk && Events == other.Events && Censored == other.Censored
        && Survival.Equals(other.Survival) && GreenwoodSum.Equals(other.GreenwoodSum);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SurvivalStep other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Time, AtRisk, Events, Censored, Survival, GreenwoodSum);

    /// <summary>Indicates whether two steps are equal.</summary>
    /// <param name="left">The first step.</param>
    /// <param name="right">The second step.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SurvivalStep left, SurvivalStep right) => left.Equals(right);

    /// <summary>Indicates whether two steps differ.</summary>
    /// <param name="left">The first step.</param>
    /// <param name="right">The second step.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(SurvivalStep left, SurvivalStep right) => !left.Equals(right);
}
