using CxCore.Ratings;

namespace CxCore.Analysis;

/// <summary>One driver's row in a <see cref="KeyDriverResult"/>.</summary>
/// <remarks>
/// <see cref="RelativeWeight"/> and <see cref="Shapley"/> are parts of R², that is proportions of the outcome's
/// variance (each in [0, R²], summing to R²); <see cref="RelativeWeightPercent"/> and <see cref="ShapleyPercent"/>
/// are the same parts in percent of R² (0–100, summing to 100). Immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class DriverImportance
{
    internal DriverImportance(string name, double correlation, double standardizedBeta, double relativeWeight,
        ConfidenceInterval relativeWeightInterval, double shapley, double rSquared)
    {
        Name = name;
        Correlation = correlation;
        StandardizedBeta = standardizedBeta;
        RelativeWeight = relativeWeight;
        RelativeWeightInterval = relativeWeightInterval;
        Shapley = shapley;
        RelativeWeightPercent = 100 * relativeWeight / rSquared;
        ShapleyPercent = 100 * shapley / rSquared;
    }

    /// <summary>Rebuilds a driver from all its values (the JSON form).</summary>
    internal DriverImportance(string name, double correlation, double standardizedBeta, double relativeWeight,
        ConfidenceInterval relativeWeightInterval, double shapley, double relativeWeightPercent, double shapleyPercent)
    {
        Name = name;
        Correlation = correlation;
        StandardizedBeta = standardizedBeta;
        RelativeWeight = relativeWeight;
        RelativeWeightInterval = relativeWeightInterval;
        Shapley = shapley;
        RelativeWeightPercent = relativeWeightPercent;
        ShapleyPercent = shapleyPercent;
    }

    /// <summary>The driver's name.</summary>
    public string Name { get; }

    /// <summary>Pearson's correlation of the driver with the outcome, in [−1, 1].</summary>
    public double Correlation { get; }

    /// <summary>The standardised regression coefficient (β of the driver when outcome and drivers are z-scores).</summary>
    public double StandardizedBeta { get; }

    /// <summary>Johnson's relative weight: the part of R² (of the outcome's variance) credited to the driver, in [0, R²]; the weights sum to R².</summary>
    public double RelativeWeight { get; }

    /// <summary><see cref="RelativeWeight"/> in percent of R², 0–100; the percentages sum to 100.</summary>
    public double RelativeWeightPercent { get; }

    /// <summary>
    /// The bootstrap percentile interval of <see cref="RelativeWeight"/>; undefined when the bootstrap is off (the
    /// default: set <see cref="KeyDriverOptions.BootstrapSamples"/>).
    /// </summary>
    public ConfidenceInterval RelativeWeightInterval { get; }

    /// <summary>The Shapley value (LMG) of the driver in the decomposition of R²; the values sum to R².</summary>
    public double Shapley { get; }

    /// <summary><see cref="Shapley"/> in percent of R², 0–100; the percentages sum to 100.</summary>
    public double ShapleyPercent { get; }
}
