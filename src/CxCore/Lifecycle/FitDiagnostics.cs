using System;
using System.Globalization;

namespace CxCore.Lifecycle;

/// <summary>
/// How a maximum-likelihood fit went: whether the optimiser converged, how much work it did, how flat the
/// log-likelihood is at the returned point, and the log-likelihood itself.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="GradientNorm"/> is the largest absolute entry of the gradient of the <em>mean</em> log-likelihood per
/// observation with respect to the log-parameters at the returned point; a converged fit has it below 10⁻⁸ (usually
/// far below). A fit that did not converge is still returned, with <see cref="Converged"/> false, so callers can
/// inspect it; a fit whose optimum lies on the boundary of the parameter space is never returned (it throws).
/// </para>
/// <para><c>default(FitDiagnostics)</c> describes no fit (not converged, zero counts). Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public readonly struct FitDiagnostics : IEquatable<FitDiagnostics>
{
    internal FitDiagnostics(bool converged, int iterations, int evaluations, double gradientNorm, double logLikelihood, long count)
    {
        Converged = converged;
        Iterations = iterations;
        Evaluations = evaluations;
        GradientNorm = gradientNorm;
        LogLikelihood = logLikelihood;
        Count = count;
    }

    /// <summary>Whether the optimiser met its convergence test (gradient of the mean log-likelihood below 10⁻¹⁰, or no further decrease possible with it below 10⁻⁵).</summary>
    public bool Converged { get; }

    /// <summary>The number of quasi-Newton (BFGS) iterations.</summary>
    public int Iterations { get; }

    /// <summary>The number of log-likelihood evaluations, line searches and Hessian differences included.</summary>
    public int Evaluations { get; }

    /// <summary>The largest absolute gradient entry of the mean log-likelihood (per observation, log-parameters) at the returned point.</summary>
    public double GradientNorm { get; }

    /// <summary>The maximised log-likelihood (natural log, the full likelihood including constants the literature keeps).</summary>
    public double LogLikelihood { get; }

    /// <summary>The number of observations (customers) the likelihood sums over.</summary>
    public long Count { get; }

    /// <inheritdoc/>
    public bool Equals(FitDiagnostics other) =>
        Converged == other.Converged && Iterations == other.Iterations && Evaluations == other.Evaluations
        && GradientNorm.Equals(other.GradientNorm) && LogLikelihood.Equals(other.LogLikelihood) && Count == other.Count;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FitDiagnostics other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Converged, Iterations, Evaluations, GradientNorm, LogLikelihood, Count);

    /// <summary>Formats the diagnostics on one line, invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{(Converged ? "converged" : "NOT converged")} after {Iterations} iterations ({Evaluations} evaluations), log-likelihood {LogLikelihood:0.####}, gradient {GradientNorm:0.###E+00}, n = {Count}");

    /// <summary>Indicates whether two diagnostics are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(FitDiagnostics left, FitDiagnostics right) => left.Equals(right);

    /// <summary>Indicates whether two diagnostics differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(FitDiagnostics left, FitDiagnostics right) => !left.Equals(right);
}
