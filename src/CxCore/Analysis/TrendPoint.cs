using CxCore.Ratings;
using NodaTime;

namespace CxCore.Analysis;

/// <summary>One point of a <see cref="TrendResult"/>: a calendar period (or a rolling window of periods) and its score.</summary>
/// <remarks>Immutable and thread-safe. An empty period is present with <see cref="Count"/> 0, a NaN score and an undefined interval.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class TrendPoint
{
    internal TrendPoint(DateInterval dates, string label, RatingCounts counts, double value, ConfidenceInterval interval, ScoreComparison change)
    {
        Dates = dates;
        Label = label;
        Counts = counts;
        Value = value;
        Interval = interval;
        Change = change;
    }

    /// <summary>The local dates covered (start and end inclusive); a rolling window spans all its periods.</summary>
    public DateInterval Dates { get; }

    /// <summary>The first local date of the point.</summary>
    public LocalDate Start => Dates.Start;

    /// <summary>The last local date of the point (inclusive).</summary>
    public LocalDate End => Dates.End;

    /// <summary>The label of the point's (last) period, e.g. <c>2026-03</c> (see <see cref="CalendarBuckets.Label"/>).</summary>
    public string Label { get; }

    /// <summary>The rating counts of the responses in the point.</summary>
    public RatingCounts Counts { get; }

    /// <summary>The number of responses.</summary>
    public long Count => Counts.Total;

    /// <summary>The score (NPS points, CSAT percent or CES mean); NaN when <see cref="Count"/> is 0.</summary>
    public double Value { get; }

    /// <summary>The confidence interval of <see cref="Value"/>; undefined when empty.</summary>
    public ConfidenceInterval Interval { get; }

    /// <summary>
    /// The change from the previous comparable point (the previous period; for a rolling window of k periods, the
    /// window that ended k periods earlier, so the two do not overlap): this minus previous, with its p-value.
    /// Undefined (NaN) for the first point(s) and when either side is empty.
    /// </summary>
    public ScoreComparison Change { get; }
}
