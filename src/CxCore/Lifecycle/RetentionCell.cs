using System;
using System.Globalization;
using CxCore.Ratings;

namespace CxCore.Lifecycle;

/// <summary>
/// One cell of a cohort-retention table: of a cohort's customers, how many were retained in the k-th period since
/// acquisition, as a count and as a share (0–1) with its Wilson interval.
/// </summary>
/// <remarks><c>default(RetentionCell)</c> is period 0 of an empty cohort (share NaN). Equality compares every field exactly. Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public readonly struct RetentionCell : IEquatable<RetentionCell>
{
    internal RetentionCell(int periodsSinceAcquisition, long cohortSize, long retained, ConfidenceInterval interval)
    {
        PeriodsSinceAcquisition = periodsSinceAcquisition;
        CohortSize = cohortSize;
        Retained = retained;
        Interval = interval;
    }

    /// <summary>k: 0 for the acquisition period itself, 1 for the next calendar period, and so on.</summary>
    public int PeriodsSinceAcquisition { get; }

    /// <summary>The number of customers in the cohort.</summary>
    public long CohortSize { get; }

    /// <summary>The number of them retained in this period (by the table's <see cref="RetentionDefinition"/>).</summary>
    public long Retained { get; }

    /// <summary>The retained share, <see cref="Retained"/>/<see cref="CohortSize"/>, in [0, 1]; NaN for an empty cohort.</summary>
    public double RetainedShare => CohortSize == 0 ? double.NaN : (double)Retained / CohortSize;

    /// <summary>The Wilson score interval of <see cref="RetainedShare"/> (Wilson 1927), within [0, 1].</summary>
    public ConfidenceInterval Interval { get; }

    /// <inheritdoc/>
    public bool Equals(RetentionCell other) =>
        PeriodsSinceAcquisition == other.PeriodsSinceAcquisition && CohortSize == other.CohortSize && Retained == other.Retained && Interval == other.Interval;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RetentionCell other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(PeriodsSinceAcquisition, CohortSize, Retained, Interval);

    /// <summary>Formats the cell as <c>k: retained/size (share) [interval]</c>, invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{PeriodsSinceAcquisition}: {Retained}/{CohortSize} ({RetainedShare:0.####}) {Interval:0.####}");

    /// <summary>Indicates whether two cells are equal.</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(RetentionCell left, RetentionCell right) => left.Equals(right);

    /// <summary>Indicates whether two cells differ.</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RetentionCell left, RetentionCell right) => !left.Equals(right);
}
