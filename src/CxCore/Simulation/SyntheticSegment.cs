using System;
using System.Globalization;

namespace CxCore.Simulation;

/// <summary>
/// One value of a customer segment dimension (a plan, a region or a tier) for <see cref="SyntheticCx"/>: its name, its
/// relative weight among the values of its dimension, and how it shifts their mean latent satisfaction.
/// </summary>
/// <remarks>
/// Weights are relative: within one dimension each value's share of customers is its weight divided by the sum of the
/// weights, so weights 3 and 1 mean shares 0.75 and 0.25 (weights that already sum to 1 are the shares).
/// Instances are immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class SyntheticSegment
{
    /// <summary>Creates a segment value.</summary>
    /// <param name="name">The value written into the customer's attribute, for example <c>Pro</c>; not blank.</param>
    /// <param name="weight">The relative weight of the value in its dimension: finite and greater than zero.</param>
    /// <param name="satisfactionShift">Added to the mean latent satisfaction of its customers; finite. 0 by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="weight"/> is not finite or not greater than zero, or <paramref name="satisfactionShift"/> is not finite.
    /// </exception>
    public SyntheticSegment(string name, double weight, double satisfactionShift = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!double.IsFinite(weight) || weight <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, $"The weight of segment '{name}' must be finite and greater than 0.");
        }

        if (!double.IsFinite(satisfactionShift))
        {
            throw new ArgumentOutOfRangeException(
                nameof(satisfactionShift), satisfactionShift, $"The satisfaction shift of segment '{name}' must be finite.");
        }

        Name = name;
        Weight = weight;
        SatisfactionShift = satisfactionShift;
    }

    /// <summary>The value written into the customer's attribute.</summary>
    public string Name { get; }

    /// <summary>The relative weight of the value in its dimension (greater than zero; not a share unless the weights sum to 1).</summary>
    public double Weight { get; }

    /// <summary>The shift added to the mean latent satisfaction of its customers.</summary>
    public double SatisfactionShift { get; }

    /// <summary>Formats the segment as its name, weight and shift.</summary>
    /// <returns>For example <c>Pro (weight 0.35, shift +0.1)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name} (weight {Weight}, shift {SatisfactionShift:+0.###;-0.###;0})");
}
