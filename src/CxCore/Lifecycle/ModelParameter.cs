using System;
using System.Globalization;
using CxCore.Ratings;
using CxCore.Utility;
using MathNet.Numerics.Distributions;

namespace CxCore.Lifecycle;

/// <summary>
/// One fitted parameter of a lifecycle model (BG/NBD, Gamma-Gamma): its maximum-likelihood estimate, standard error
/// and confidence interval.
/// </summary>
/// <remarks>
/// <para>
/// The models are fitted on the logarithms of their (positive) parameters, so the standard error comes from the
/// inverse of the observed information (the Hessian of the negative log-likelihood) on that scale,
/// <see cref="LogStandardError"/>; on the parameter's own scale it is the delta-method
/// <see cref="StandardError"/> = estimate × <see cref="LogStandardError"/>. Intervals are Wald intervals on the log
/// scale, exp(ln θ̂ ± z·SE(ln θ̂)), so they never include zero or negative values.
/// </para>
/// <para>
/// <c>default(ModelParameter)</c> has an empty name, estimate 0 and zero standard errors. Equality compares every
/// field exactly. Immutable and thread-safe.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public readonly struct ModelParameter : IEquatable<ModelParameter>
{
    private readonly string? _name;

    internal ModelParameter(string name, double estimate, double logStandardError)
    {
        _name = name;
        Estimate = estimate;
        LogStandardError = logStandardError;
    }

    /// <summary>The parameter's name as the literature writes it (<c>r</c>, <c>alpha</c>, <c>a</c>, <c>b</c>, <c>p</c>, <c>q</c>, <c>gamma</c>).</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>The maximum-likelihood estimate, positive.</summary>
    public double Estimate { get; }

    /// <summary>The standard error of the estimate's natural logarithm.</summary>
    public double LogStandardError { get; }

    /// <summary>The standard error of the estimate (delta method: <see cref="Estimate"/> × <see cref="LogStandardError"/>).</summary>
    public double StandardError => Estimate * LogStandardError;

    /// <summary>The Wald interval on the log scale: exp(ln θ̂ ± z·<see cref="LogStandardError"/>).</summary>
    /// <param name="level">The confidence level, strictly between 0 and 1.</param>
    /// <returns>The interval, within (0, ∞); undefined when the standard error is unknown (a model made from given parameters).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1.</exception>
    public ConfidenceInterval Interval(double level = 0.95)
    {
        Preconditions.CheckConfidenceLevel(level);
        if (!double.IsFinite(LogStandardError))
        {
            return ConfidenceInterval.Undefined(level);
        }

        double z = Normal.InvCDF(0, 1, 0.5 + (level / 2));
        return ConfidenceInterval.FromBounds(Estimate * Math.Exp(-z * LogStandardError), Estimate * Math.Exp(z * LogStandardError), level);
    }

    /// <inheritdoc/>
    public bool Equals(ModelParameter other) =>
        string.Equals(Name, other.Name, StringComparison.Ordinal) && Estimate.Equals(other.Estimate) && LogStandardError.Equals(other.LogStandardError);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ModelParameter other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Estimate, LogStandardError);

    /// <summary>Formats the parameter as <c>name = estimate (SE se)</c> with four significant decimals, invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name} = {Estimate:0.####} (SE {StandardError:0.####})");

    /// <summary>Indicates whether two parameters are equal.</summary>
    /// <param name="left">The first parameter.</param>
    /// <param name="right">The second parameter.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ModelParameter left, ModelParameter right) => left.Equals(right);

    /// <summary>Indicates whether two parameters differ.</summary>
    /// <param name="left">The first parameter.</param>
    /// <param name="right">The second parameter.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ModelParameter left, ModelParameter right) => !left.Equals(right);
}
