using System;
using System.Diagnostics.CodeAnalysis;
using CxCore.Ratings;

namespace CxCore;

/// <summary>The rating question a piece of <see cref="Feedback"/> answers: the metric it measures, its name and its scale.</summary>
/// <remarks>
/// <para>
/// The three standard instruments are <see cref="Nps"/> (0–10), <see cref="Csat"/> (1–5) and <see cref="Ces"/> (1–7,
/// 7 = very easy); any other question is created with <see cref="Custom"/>.
/// </para>
/// <para>
/// Two instruments are equal when their metrics, names (ordinal) and scales are equal; <c>==</c> and <c>!=</c> compare
/// the same way, so <c>feedback.Instrument == FeedbackInstrument.Nps</c> holds for an instrument read back from JSON or
/// a file. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class FeedbackInstrument : IEquatable<FeedbackInstrument>
{
    private FeedbackInstrument(RatingMetric metric, string name, RatingScale scale)
    {
        Metric = metric;
        Name = name;
        Scale = scale;
    }

    /// <summary>The Net Promoter question, named "NPS", on the 0–10 scale.</summary>
    public static FeedbackInstrument Nps { get; } = new(RatingMetric.Nps, "NPS", RatingScale.Nps);

    /// <summary>The customer-satisfaction question, named "CSAT", on the 1–5 scale.</summary>
    public static FeedbackInstrument Csat { get; } = new(RatingMetric.Csat, "CSAT", RatingScale.FivePoint);

    /// <summary>The customer-effort question, named "CES", on the 1–7 scale (7 = very easy).</summary>
    public static FeedbackInstrument Ces { get; } = new(RatingMetric.Ces, "CES", RatingScale.SevenPoint);

    /// <summary>The metric the question measures: <see cref="RatingMetric.Nps"/>, <see cref="RatingMetric.Csat"/> or <see cref="RatingMetric.Ces"/> for the standard instruments, <see cref="RatingMetric.Custom"/> for any other.</summary>
    public RatingMetric Metric { get; }

    /// <summary>The question's name.</summary>
    public string Name { get; }

    /// <summary>The scale every rating must lie on.</summary>
    public RatingScale Scale { get; }

    /// <summary>Creates a custom rating question (<see cref="RatingMetric.Custom"/>).</summary>
    /// <param name="name">The question's name; at least one non-white-space character.</param>
    /// <param name="scale">The scale its ratings lie on.</param>
    /// <returns>The instrument.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or only white space.</exception>
    public static FeedbackInstrument Custom(string name, RatingScale scale)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new FeedbackInstrument(RatingMetric.Custom, name, scale);
    }

    /// <summary>Indicates whether <paramref name="other"/> has the same metric, name and scale.</summary>
    /// <param name="other">The instrument to compare with.</param>
    /// <returns><see langword="true"/> when metric, name (ordinal) and scale are equal.</returns>
    public bool Equals([NotNullWhen(true)] FeedbackInstrument? other) =>
        ReferenceEquals(this, other) ||
        (other is not null && Metric == other.Metric && Scale == other.Scale && string.Equals(Name, other.Name, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FeedbackInstrument);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Metric, StringComparer.Ordinal.GetHashCode(Name), Scale);

    /// <summary>Indicates whether two instruments are equal (see <see cref="Equals(FeedbackInstrument)"/>), not whether they are the same instance.</summary>
    /// <param name="left">The first instrument.</param>
    /// <param name="right">The second instrument.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(FeedbackInstrument? left, FeedbackInstrument? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Indicates whether two instruments differ (see <see cref="Equals(FeedbackInstrument)"/>).</summary>
    /// <param name="left">The first instrument.</param>
    /// <param name="right">The second instrument.</param>
    /// <returns><see langword="true"/> unless both are <see langword="null"/> or equal.</returns>
    public static bool operator !=(FeedbackInstrument? left, FeedbackInstrument? right) => !(left == right);

    /// <summary>Formats the instrument as its name and scale, for example <c>NPS (0..10)</c>.</summary>
    /// <returns>The name and the scale.</returns>
    public override string ToString() => $"{Name} ({Scale})";
}
