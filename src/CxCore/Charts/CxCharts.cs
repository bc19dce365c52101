using System;
using System.Collections.Generic;
using CxCore.Analysis;

namespace CxCore.Charts;

/// <summary>
/// Ready-made charts for CxCore's results: each method picks the fields, marks and scales that suit the result and
/// returns a Vega-Lite <see cref="ChartSpec"/> built by <see cref="VegaLite"/>.
/// </summary>
/// <remarks>Thread-safe; the same result always gives the same specification text.</remarks>
public static class CxCharts
{
    /// <summary>
    /// Driver importance: one bar per driver with its relative weight (share of R² it explains), largest first, and
    /// the bootstrap interval as a whisker where the analysis computed one.
    /// </summary>
    /// <param name="result">A key-driver analysis.</param>
    /// <param name="options">Title and size; when <see langword="null"/>, a title naming R² and n.</param>
    /// <returns>The specification, named <c>driver-importance</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static ChartSpec DriverImportance(KeyDriverResult result, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        bool intervals = false;
        var rows = new List<IReadOnlyDictionary<string, object?>>(result.Drivers.Count);
        foreach (DriverImportance d in result.Drivers)
        {
            intervals |= d.RelativeWeightInterval.IsDefined;
            rows.Add(new Dictionary<string, object?>
            {
                ["driver"] = d.Name,
                ["relative_weight"] = d.RelativeWeight,
                ["lower"] = d.RelativeWeightInterval.Lower,
                ["upper"] = d.RelativeWeightInterval.Upper,
                ["shapley"] = d.Shapley,
            });
        }

        options ??= new ChartOptions
        {
            Title = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Key drivers (R² = {result.RSquared:0.000}, n = {result.Count})"),
            XTitle = "Relative weight (share of R²)",
            YTitle = "Driver",
        };
        return VegaLite.RankedBars("driver-importance", ChartData.FromRows(rows), "driver", "relative_weight",
            intervals ? "lower" : null, intervals ? "upper" : null, options);
    }

    /// <summary>
    /// Scores by segment: one bar per segment with its confidence interval, largest first (the overall score is not
    /// drawn; it is in the title).
    /// </summary>
    /// <param name="result">A segment comparison.</param>
    /// <param name="options">Title and size; when <see langword="null"/>, a title naming the metric and the overall score.</param>
    /// <returns>The specification, named <c>segment-scores</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static ChartSpec SegmentScores(SegmentComparisonResult result, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = new List<IReadOnlyDictionary<string, object?>>(result.Segments.Count);
        foreach (SegmentScore s in result.Segments)
        {
            rows.Add(new Dictionary<string, object?>
            {
                ["segment"] = s.Segment,
                ["score"] = s.Value,
                ["lower"] = s.Interval.Lower,
                ["upper"] = s.Interval.Upper,
                ["n"] = s.Count,
                ["significant"] = s.IsSignificant,
            });
        }

        options ??= new ChartOptions
        {
            Title = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{result.Metric} by segment (overall {result.Value:0.0}, n = {result.Count})"),
            XTitle = result.Metric.ToString(),
            YTitle = "Segment",
        };
        return VegaLite.RankedBars("segment-scores", ChartData.FromRows(rows), "segment", "score", "lower", "upper", options);
    }
}
