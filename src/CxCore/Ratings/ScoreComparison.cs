using System;
using System.Globalization;
using CxCore.Display;
using CxCore.Utility;

namespace CxCore.Ratings;

/// <summary>
/// The comparison of a score between two independent groups (for example after vs before): the difference, its
/// standard error, the test statistic, its two-sided p-value and a confidence interval for the difference.
/// </summary>
/// <remarks>
/// <para>
/// The difference is <c>a − b</c> in the units of the score (NPS points, percentage points, rating points). Which
/// test produced it depends on the score: a z test for NPS (<see cref="DegreesOfFreedom"/> is +∞; by default the
/// adjusted Wald test, whose statistic and interval are centred on the difference of the <em>adjusted</em> scores, so
/// <see cref="Statistic"/> is not exactly <see cref="Difference"/>/<see cref="StandardError"/> — see
/// <see cref="NetPromoterScore.Compare"/>), the two-proportion z test for CSAT (the statistic and p-value use the
/// pooled proportion, as R's <c>prop.test(correct = FALSE)</c>; <see cref="StandardError"/> and <see cref="Interval"/>
/// are unpooled), and Welch's t test for CES (Welch–Satterthwaite degrees of freedom).
/// </para>
/// <para>
/// When a group is empty (or, for Welch, has fewer than two responses) every number is NaN and the interval is
/// undefined. When both standard errors are zero the statistic is 0 for equal scores (p = 1) and ±∞ otherwise (p = 0).
/// <c>default(ScoreComparison)</c> has every member 0 and is not the result of a test.
/// </para>
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public readonly struct ScoreComparison : IEquatable<ScoreComparison>, ISpanFormattable
{
    internal ScoreComparison(double difference, double standardError, double statistic, double degreesOfFreedom, double pValue, ConfidenceInterval interval)
    {
        Difference = difference;
        StandardError = standardError;
        Statistic = statistic;
        DegreesOfFreedom = degreesOfFreedom;
        PValue = pValue;
        Interval = interval;
    }

    /// <summary>The difference a − b, in the units of the score; NaN when a group is empty.</summary>
    public double Difference { get; }

    /// <summary>The standard error of <see cref="Difference"/>.</summary>
    public double StandardError { get; }

    /// <summary>The test statistic: z for NPS and CSAT, Welch's t for CES.</summary>
    public double Statistic { get; }

    /// <summary>The degrees of freedom of the statistic's reference distribution; +∞ for a z test.</summary>
    public double DegreesOfFreedom { get; }

    /// <summary>The two-sided p-value of the hypothesis that both groups have the same score.</summary>
    public double PValue { get; }

    /// <summary>The confidence interval for <see cref="Difference"/>.</summary>
    public ConfidenceInterval Interval { get; }

    /// <summary>Whether <see cref="PValue"/> is below <paramref name="alpha"/>.</summary>
    /// <param name="alpha">The significance level, strictly between 0 and 1, e.g. 0.05.</param>
    /// <returns><see langword="true"/> when the difference is significant at <paramref name="alpha"/>; <see langword="false"/> when undefined.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> is not strictly between 0 and 1.</exception>
    public bool IsSignificantAt(double alpha)
    {
        Preconditions.CheckConfidenceLevel(alpha, nameof(alpha));
        return PValue < alpha;
    }

    /// <inheritdoc/>
    public bool Equals(ScoreComparison other) =>
        Difference.Equals(other.Difference) && StandardError.Equals(other.StandardError) && Statistic.Equals(other.Statistic)
        && DegreesOfFreedom.Equals(other.DegreesOfFreedom) && PValue.Equals(other.PValue) && Interval.Equals(other.Interval);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ScoreComparison other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Difference, StandardError, Statistic, DegreesOfFreedom, PValue, Interval);

    /// <summary>
    /// Formats the comparison on one line, invariant culture: the difference, its interval and standard error with one
    /// decimal, the statistic with two (a t test with its degrees of freedom), and the p-value in CxCore's one p-value
    /// format (<c>p &lt; 0.0001</c> below 0.0001, otherwise four significant digits), for example
    /// <c>Δ = 12.5 [4.5, 20.5] 95%, SE 4.1, z = 3.05, p = 0.002288</c> or
    /// <c>Δ = -0.4 [-0.9, 0.1] 95%, SE 0.3, t(57.3) = -1.62, p = 0.1104</c>.
    /// </summary>
    /// <returns>The formatted comparison; <c>Δ undefined (too few responses) 95%</c> when a group has too few responses.</returns>
    public override string ToString() => TextFormat.ToString(this, null, null);

    /// <summary>
    /// Formats the comparison as <see cref="ToString()"/> does, the difference, bounds, standard error and statistic
    /// with <paramref name="format"/> (for example <c>$"{comparison:0.00}"</c>). The degrees of freedom and the
    /// p-value keep their own formats.
    /// </summary>
    /// <param name="format">A numeric format string (such as <c>0.00</c>); <see langword="null"/> or empty for the defaults above.</param>
    /// <param name="formatProvider">The culture for the numbers; <see langword="null"/> for the invariant culture.</param>
    /// <returns>The formatted comparison.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid numeric format string.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => TextFormat.ToString(this, format, formatProvider);

    /// <summary>Formats the comparison into <paramref name="destination"/> without allocating (see <see cref="ToString(string?, IFormatProvider?)"/>).</summary>
    /// <param name="destination">The span to write into.</param>
    /// <param name="charsWritten">The number of characters written; 0 when the text does not fit.</param>
    /// <param name="format">A numeric format string; empty for the defaults.</param>
    /// <param name="provider">The culture for the numbers; <see langword="null"/> for the invariant culture.</param>
    /// <returns><see langword="true"/> when the whole text fitted; <see langword="false"/> when <paramref name="destination"/> is too small.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid numeric format string.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var writer = new SpanWriter(destination, provider);
        Write(ref writer, format);
        return writer.TryFinish(out charsWritten);
    }

    /// <summary>Writes the one-line form of <see cref="ToString()"/>, numbers in <paramref name="format"/> (defaults when empty).</summary>
    internal void Write(ref SpanWriter writer, ReadOnlySpan<char> format)
    {
        if (double.IsNaN(Difference))
        {
            writer.Text("Δ undefined (too few responses) ");
            writer.Number(Interval.Level, "0.##%");
        }
        else
        {
            writer.Text("Δ = ");
            writer.Number(Difference, TextFormat.Or(format, "0.0"));
            writer.Text(" ");
            Interval.Write(ref writer, format);
            writer.Text(", SE ");
            writer.Number(StandardError, TextFormat.Or(format, "0.0"));
            if (double.IsPositiveInfinity(DegreesOfFreedom))
            {
                writer.Text(", z = ");
            }
            else
            {
                writer.Text(", t(");
                writer.Number(DegreesOfFreedom, "0.#");
                writer.Text(") = ");
            }

            writer.Number(Statistic, TextFormat.Or(format, "0.00"));
            writer.Text(", ");
            writer.PValue(PValue);
        }
    }

    /// <summary>Indicates whether two comparisons are equal in every member.</summary>
    /// <param name="left">The first comparison.</param>
    /// <param name="right">The second comparison.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ScoreComparison left, ScoreComparison right) => left.Equals(right);

    /// <summary>Indicates whether two comparisons differ in any member.</summary>
    /// <param name="left">The first comparison.</param>
    /// <param name="right">The second comparison.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ScoreComparison left, ScoreComparison right) => !left.Equals(right);

    internal static ScoreComparison Undefined(double confidence) =>
        new(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, ConfidenceInterval.Undefined(confidence));
}
