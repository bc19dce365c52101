using System;
using System.Globalization;

namespace CxCore.Service;

/// <summary>Counts of SLA outcomes for one metric and the attainment rate achieved/(achieved + breached).</summary>
/// <remarks>Pending cases (clock running, within target) are counted but not in the rate. <c>default</c> has no cases and a NaN rate. Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public readonly struct SlaAttainment : IEquatable<SlaAttainment>
{
    internal SlaAttainment(long achieved, long breached, long pending)
    {
        Achieved = achieved;
        Breached = breached;
        Pending = pending;
    }

    /// <summary>Cases whose clock stopped within the target.</summary>
    public long Achieved { get; }

    /// <summary>Cases whose clock ran past the target (stopped late, or still running past it).</summary>
    public long Breached { get; }

    /// <summary>Cases whose clock is still running within the target.</summary>
    public long Pending { get; }

    /// <summary>Achieved/(achieved + breached), in [0, 1]; NaN when no case is decided (never a silent 0 or 1).</summary>
    public double Rate => Achieved + Breached == 0 ? double.NaN : (double)Achieved / (Achieved + Breached);

    /// <inheritdoc/>
    public bool Equals(SlaAttainment other) => Achieved == other.Achieved && Breached == other.Breached && Pending == other.Pending;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SlaAttainment other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Achieved, Breached, Pending);

    /// <summary>Formats the counts and rate.</summary>
    /// <returns>The formatted attainment.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Rate:P1} ({Achieved} achieved, {Breached} breached, {Pending} pending)");

    /// <summary>Indicates whether two attainments are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SlaAttainment left, SlaAttainment right) => left.Equals(right);

    /// <summary>Indicates whether two attainments differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(SlaAttainment left, SlaAttainment right) => !left.Equals(right);
}
