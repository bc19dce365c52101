using System;
using System.Globalization;
using CxCore.Ratings;
using CxCore.Utility;
using MathNet.Numerics.Distributions;

namespace CxCore.Lifecycle;

/// <summary>
/// One covariate's fitted effect in a <see cref="CoxModel"/>: the coefficient β (log hazard ratio), its standard error,
/// Wald z and p-value, and the hazard ratio exp(β) with its Wald interval exp(β ± z·SE) (R's <c>summary.coxph</c>).
/// </summary>
/// <remarks><c>default(CoxCoefficient)</c> has an empty name and zeros. Equality compares every field exactly. Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public readonly struct CoxCoefficient : IEquatable<CoxCoefficient>
{
    private readonly string? _name;

    internal CoxCoefficient(string name, double coefficient, double standardError)
    {
        _name = name;
        Coefficient = coefficient;
        StandardError = standardError;
    }

    /// <summary>The covariate's name.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>β: the change in log hazard per unit of the covariate.</summary>
    public double Coefficient { get; }

    /// <summary>The standard error of β, from the inverse of the information matrix.</summary>
    public double StandardError { get; }

    /// <summary>The Wald statistic β/SE.</summary>
    public double Z => Coefficient / StandardError;

    /// <summary>The two-sided Wald p-value.</summary>
    public double PValue => 2 * Normal.CDF(0, 1, -Math.Abs(Z));

    /// <summary>The hazard ratio exp(β) per unit of the covariate.</summary>
    public double HazardRatio => Math.Exp(Coefficient);

    /// <summary>The Wald interval of the hazard ratio, exp(β ± z·SE).</summary>
    /// <param name="level">The confidence level, strictly between 0 and 1.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1.</exception>
    public ConfidenceInterval HazardRatioInterval(double level = 0.95)
    {
        Preconditions.CheckConfidenceLevel(level);
        double z = Normal.InvCDF(0, 1, 0.5 + (level / 2));
        return ConfidenceInterval.FromBounds(Math.Exp(Coefficient - (z * StandardError)), Math.Exp(Coefficient + (z * StandardError)), level);
    }

    /// <inheritdoc/>
    public bool Equals(CoxCoefficient other) =>
        string.Equals(Name, other.Name, StringComparison.Ordinal) && Coefficient.Equals(other.Coefficient) && StandardError.Equals(other.StandardError);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CoxCoefficient other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Coefficient, StandardError);

    /// <summary>Formats the coefficient as <c>name: coef (SE), HR [interval], p</c>, invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"{Name}: coef {Coefficient:0.####} (SE {StandardError:0.####}), HR {HazardRatio:0.####} {HazardRatioInterval():0.####}, {Utility.TextFormat.InlinePValue(PValue)}");

    /// <summary>Indicates whether two coefficients are equal.</summary>
    /// <param name="left">The first coefficient.</param>
    /// <param name="right">The second coefficient.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CoxCoefficient left, CoxCoefficient right) => left.Equals(right);

    /// <summary>Indicates whether two coefficients differ.</summary>
    /// <param name="left">The first coefficient.</param>
    /// <param name="right">The second coefficient.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CoxCoefficient left, CoxCoefficient right) => !left.Equals(right);
}
