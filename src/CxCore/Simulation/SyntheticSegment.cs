using System;
using System.Globalization;

namespace CxCore.Simulation;

/// <summary>
/// One value of a customer segment dimension (a plan, a region or a tier) for <see cref="SyntheticCx"/>: its name, its
/// share of customers, and how it shifts their mean latent satisfaction.
/// </summary>
/// <remarks>
/// Shares are relative weights: within one dimension they are divided by their sum, so 3 and 1 mean 75 % and 25 %.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class SyntheticSegment
{
    /// <summary>Creates a segment value.</summary>
    /// <param name="name">The value written into the customer's attribute, for example <c>Pro</c>; not blank.</param>
    /// <param name="share">The relative share of customers: finite and greater than zero.</param>
    /// <param name="satisfactionShift">Added to the mean latent satisfaction of its customers; finite. 0 by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="share"/> is not finite or not greater than zero, or <paramref name="satisfactionShift"/> is not finite.
    /// </exception>
    public SyntheticSegment(string name, double share, double satisfactionShift = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!double.IsFinite(share) || share <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(share), share, $"The share of segment '{name}' must be finite and greater than 0.");
        }

        if (!double.IsFinite(satisfactionShift))
        {
            throw new ArgumentOutOfRangeException(
                nameof(satisfactionShift), satisfactionShift, $"The satisfaction shift of segment '{name}' must be finite.");
        }

        Name = name;
        Share = share;
        SatisfactionShift = satisfactionShift;
    }

    /// <summary>The value written into the customer's attribute.</summary>
    public string Name { get; }

    /// <summary>The relative share of customers (greater than zero).</summary>
    public double Share { get; }

    /// <summary>The shift added to the mean latent satisfaction of its customers.</summary>
    public double SatisfactionShift { get; }

    /// <summary>Formats the segment as its name, share and shift.</summary>
    /// <returns>For example <c>Pro (share 0.35, shift +0.1)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name} (share {Share}, shift {SatisfactionShift:+0.###;-0.###;0})");
}
