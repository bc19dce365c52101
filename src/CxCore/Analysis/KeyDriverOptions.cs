using System;
using CxCore.Utility;

namespace CxCore.Analysis;

/// <summary>Options for <see cref="KeyDriverAnalysis"/>.Compute; validated when the analysis runs.</summary>
/// <remarks>The one mutable kind of type in CxCore: set it up, then pass it. Not thread-safe while being changed.</remarks>
public sealed class KeyDriverOptions
{
    /// <summary>
    /// The number of bootstrap resamples for the relative-weight intervals; 0 (no bootstrap, intervals undefined) unless
    /// asked for, so that point estimates do not pay for resampling.
    /// </summary>
    /// <value>0 by default; must be 0 or at least 2 (1,000 or more for percentile intervals worth reporting).</value>
    public int BootstrapSamples { get; set; }

    /// <summary>The seed of the bootstrap's random number generator, so that results are reproducible.</summary>
    /// <value>12345 by default.</value>
    public int Seed { get; set; } = 12345;

    /// <summary>The level of the bootstrap percentile intervals.</summary>
    /// <value>0.95 by default; strictly between 0 and 1.</value>
    public double Confidence { get; set; } = 0.95;

    /// <summary>How rows with a NaN in the outcome or a driver are treated.</summary>
    /// <value><see cref="MissingValueRule.Listwise"/> by default.</value>
    public MissingValueRule MissingValues { get; set; } = MissingValueRule.Listwise;

    internal void Validate()
    {
        if (BootstrapSamples != 0)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(BootstrapSamples, 2, nameof(BootstrapSamples));
        }

        Preconditions.CheckConfidenceLevel(Confidence, nameof(Confidence));
        if (MissingValues is not (MissingValueRule.Listwise or MissingValueRule.Reject))
        {
            throw new ArgumentOutOfRangeException(nameof(MissingValues), MissingValues, "Unknown missing-value rule.");
        }
    }
}
