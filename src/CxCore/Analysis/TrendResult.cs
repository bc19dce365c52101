using System;
using System.Collections.Generic;
using System.Globalization;
using CxCore.Display;
using CxCore.Ratings;
using NodaTime;

namespace CxCore.Analysis;

/// <summary>A series of scores over consecutive calendar periods (<see cref="Trend"/>.Build), optionally as rolling windows.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class TrendResult : ITabularResult
{
    private readonly IReadOnlyList<DateInterval> _periods;
    private readonly IReadOnlyList<RatingCounts> _counts;

    internal TrendResult(RatingMetric metric, CalendarPeriod period, DateTimeZone zone, double confidence,
        IReadOnlyList<DateInterval> periods, IReadOnlyList<RatingCounts> counts, int windowPeriods)
    {
        Metric = metric;
        Period = period;
        Zone = zone;
        Confidence = confidence;
        WindowPeriods = windowPeriods;
        _periods = periods;
        _counts = counts;
        Points = BuildPoints();
    }

    /// <summary>The metric of the series.</summary>
    public RatingMetric Metric { get; }

    /// <summary>The kind of calendar period.</summary>
    public CalendarPeriod Period { get; }

    /// <summary>The time zone whose local calendar defines the periods.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The confidence level of the intervals and tests.</summary>
    public double Confidence { get; }

    /// <summary>The number of periods merged into each point: 1 for the plain series, k for <see cref="Rolling"/>(k).</summary>
    public int WindowPeriods { get; }

    /// <summary>
    /// The points in time order: one per period (empty periods included), or for a rolling series one per window
    /// of <see cref="WindowPeriods"/> consecutive periods (the first window ends at the k-th period).
    /// </summary>
    public IReadOnlyList<TrendPoint> Points { get; }

    /// <summary>
    /// The series as rolling windows of <paramref name="periods"/> consecutive periods, their counts merged by
    /// addition (so a window's score is the score of all its responses, not an average of period scores).
    /// </summary>
    /// <param name="periods">The window length k, from 1 to the number of periods.</param>
    /// <returns>A series with one point per complete window.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periods"/> is less than 1 or more than the number of periods.</exception>
    public TrendResult Rolling(int periods)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(periods, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(periods, _periods.Count);
        return new TrendResult(Metric, Period, Zone, Confidence, _periods, _counts, periods);
    }

    /// <summary>
    /// The series as a table with columns <c>period, start, end, n, score, lower, upper, change, change_p</c> (dates as
    /// ISO <c>yyyy-MM-dd</c>; empty periods have n 0 and NaN score).
    /// </summary>
    /// <returns>The table.</returns>
    public ResultTable ToTable()
    {
        var rows = new List<object?[]>(Points.Count);
        foreach (TrendPoint p in Points)
        {
            rows.Add([
                p.Label, Date(p.Start), Date(p.End), p.Count, p.Value,
                p.Interval.IsDefined ? p.Interval.Lower : null, p.Interval.IsDefined ? p.Interval.Upper : null,
                double.IsNaN(p.Change.Difference) ? null : p.Change.Difference,
                double.IsNaN(p.Change.PValue) ? null : p.Change.PValue,
            ]);
        }

        return ResultTable.FromRows(["period", "start", "end", "n", "score", "lower", "upper", "change", "change_p"], rows);
    }

    /// <summary>The series as an aligned text table (see <see cref="ToTable"/>).</summary>
    /// <returns>The text table.</returns>
    public override string ToString() => ToTable().ToString();

    /// <summary>The series as a Markdown table (see <see cref="ToTable"/>).</summary>
    /// <returns>The Markdown table.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    /// <summary>The series as flat rows (see <see cref="ToTable"/>).</summary>
    /// <returns>One dictionary per point.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ToRows() => ToTable().ToRows();

    private static string Date(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The dates of every calendar period, before windowing (the JSON form).</summary>
    internal IReadOnlyList<DateInterval> PeriodDates => _periods;

    /// <summary>The counts of every calendar period, before windowing (the JSON form).</summary>
    internal IReadOnlyList<RatingCounts> PeriodCounts => _counts;

    private TrendPoint[] BuildPoints()
    {
        int k = WindowPeriods;
        var points = new TrendPoint[_periods.Count - k + 1];
        var windows = new RatingCounts[points.Length];
        for (int j = 0; j < points.Length; j++)
        {
            RatingCounts merged = _counts[j];
            for (int i = j + 1; i < j + k; i++)
            {
                merged += _counts[i];
            }

            windows[j] = merged;
            DateInterval last = _periods[j + k - 1];
            (double value, ConfidenceInterval interval) = MetricMath.Estimate(merged, Metric, Confidence);
            ScoreComparison change = j >= k
                ? MetricMath.Compare(merged, windows[j - k], Metric, Confidence)
                : ScoreComparison.Undefined(Confidence);
            points[j] = new TrendPoint(new DateInterval(_periods[j].Start, last.End), CalendarBuckets.Label(last, Period), merged, value, interval, change);
        }

        return points;
    }
}
