using System;
using System.Collections.Generic;
using System.Globalization;
using CxCore.Analysis;
using CxCore.Journeys;
using CxCore.Ratings;
using CxCore.Service;
using CxCore.Utility;
using NodaTime;

namespace CxCore.Charts;

/// <summary>
/// Ready-made charts for CxCore's results: each method picks the fields, marks and scales that suit the result and
/// returns a Vega-Lite <see cref="ChartSpec"/> built by <see cref="VegaLite"/>.
/// </summary>
/// <remarks>Thread-safe; the same result always gives the same specification text.</remarks>
public static class CxCharts
{
    /// <summary>
    /// Driver importance: one bar per driver with its relative weight (the part of R² it explains), largest first, and
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
            Title = string.Create(CultureInfo.InvariantCulture, $"Key drivers (R² = {result.RSquared:0.000}, n = {result.Count})"),
            XTitle = "Relative weight (part of R²)",
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
            Title = string.Create(CultureInfo.InvariantCulture, $"{result.Metric} by segment (overall {result.Value:0.0}, n = {result.Count})"),
            XTitle = result.Metric.ToString(),
            YTitle = "Segment",
        };
        return VegaLite.RankedBars("segment-scores", ChartData.FromRows(rows), "segment", "score", "lower", "upper", options);
    }

    /// <summary>
    /// A score over time: one point per calendar period at the period's first day, joined by a line, with the
    /// confidence interval as a shaded band. Empty periods are gaps, not zeros. NPS uses the full −100…100 axis.
    /// </summary>
    /// <param name="trend">A trend (plain or rolling).</param>
    /// <param name="options">Title, size and axes; when <see langword="null"/>, a title naming the metric, period and zone.</param>
    /// <returns>The specification, named after the metric (<c>nps-trend</c>, <c>csat-trend</c>, <c>ces-trend</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="trend"/> is null.</exception>
    public static ChartSpec Trend(TrendResult trend, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var rows = new List<IReadOnlyDictionary<string, object?>>(trend.Points.Count);
        foreach (TrendPoint point in trend.Points)
        {
            rows.Add(new Dictionary<string, object?>
            {
                ["start"] = point.Start,
                ["period"] = point.Label,
                ["score"] = point.Value,
                ["lower"] = point.Interval.Lower,
                ["upper"] = point.Interval.Upper,
                ["n"] = point.Count,
            });
        }

        string metric = trend.Metric.ToString().ToUpperInvariant();
        options ??= new ChartOptions
        {
            Title = string.Create(CultureInfo.InvariantCulture,
                $"{metric} by {trend.Period} ({trend.Zone.Id}){(trend.WindowPeriods > 1 ? $", rolling {trend.WindowPeriods}" : string.Empty)}, {trend.Confidence:0%} interval"),
            XTitle = "Period",
            YTitle = metric,
            ValueMin = trend.Metric == RatingMetric.Nps ? -100 : null,
            ValueMax = trend.Metric == RatingMetric.Nps ? 100 : null,
        };
        return VegaLite.LineWithBand(trend.Metric.ToString().ToLowerInvariant() + "-trend", ChartData.FromRows(rows),
            "start", FieldKind.Temporal, "score", "lower", "upper", options: options);
    }

    /// <summary>
    /// A Kaplan–Meier resolution curve: the share of cases still unresolved against hours since opening, as steps, with
    /// its pointwise confidence band (where defined).
    /// </summary>
    /// <param name="curve">A resolution curve.</param>
    /// <param name="level">The band's confidence level.</param>
    /// <param name="options">Title, size and axes; when <see langword="null"/>, a title with the counts and the median.</param>
    /// <returns>The specification, named <c>resolution-curve</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="curve"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1.</exception>
    public static ChartSpec ResolutionCurve(ResolutionCurve curve, double level = 0.95, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(curve);
        Preconditions.CheckConfidenceLevel(level);
        var rows = new List<IReadOnlyDictionary<string, object?>>(curve.Steps.Count + 1)
        {
            new Dictionary<string, object?> { ["hours"] = 0.0, ["unresolved"] = curve.Count == 0 ? double.NaN : 1.0, ["lower"] = 1.0, ["upper"] = 1.0 },
        };
        foreach (ResolutionStep step in curve.Steps)
        {
            Ratings.ConfidenceInterval band = curve.SurvivalInterval(step.Time, level);
            rows.Add(new Dictionary<string, object?>
            {
                ["hours"] = step.Time.TotalHours,
                ["unresolved"] = step.Survival,
                ["lower"] = band.Lower,
                ["upper"] = band.Upper,
            });
        }

        Duration? median = curve.Median;
        options ??= new ChartOptions
        {
            Title = string.Create(CultureInfo.InvariantCulture,
                $"Time to resolution: {curve.ResolvedCount} resolved, {curve.CensoredCount} still open; median {(median is Duration m ? $"{m.TotalHours:0.0} h" : "not reached")}"),
            XTitle = "Hours since opening",
            YTitle = "Share unresolved",
            ValueMin = 0,
            ValueMax = 1,
        };
        return VegaLite.LineWithBand("resolution-curve", ChartData.FromRows(rows), "hours", FieldKind.Quantitative, "unresolved",
            "lower", "upper", step: true, options: options);
    }

    /// <summary>
    /// A journey map: lifecycle stage (columns, in the model's order) × channel (rows), each cell coloured by the
    /// mean touchpoint signal on a fixed −1…1 red–yellow–green scale and sized by volume.
    /// </summary>
    /// <param name="map">A journey map.</param>
    /// <param name="options">Title and size; when <see langword="null"/>, a title with the journey count.</param>
    /// <returns>The specification, named <c>journey-map</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> is null.</exception>
    public static ChartSpec JourneyMap(JourneyMap map, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        var cells = new List<JourneyMapCell>(map.StageChannelCells);
        cells.Sort((a, b) => a.Stage.Ordinal.CompareTo(b.Stage.Ordinal));
        var rows = new List<IReadOnlyDictionary<string, object?>>(cells.Count);
        foreach (JourneyMapCell cell in cells)
        {
            rows.Add(new Dictionary<string, object?>
            {
                ["stage"] = cell.Stage.Name,
                ["channel"] = cell.Channel.Name,
                ["signal"] = cell.MeanSignal,
                ["volume"] = cell.Volume,
            });
        }

        options ??= new ChartOptions
        {
            Title = string.Create(CultureInfo.InvariantCulture, $"Journey map: mean touchpoint signal by stage and channel ({map.JourneyCount} journeys)"),
            XTitle = "Stage",
            YTitle = "Channel",
            ValueMin = -1,
            ValueMax = 1,
        };
        return VegaLite.Heatmap("journey-map", ChartData.FromRows(rows), "stage", "channel", "signal", "volume", options);
    }

    /// <summary>A funnel: the number reaching each step, first step on top, labelled with the share of those who entered.</summary>
    /// <param name="funnel">A funnel.</param>
    /// <param name="options">Title and size; when <see langword="null"/>, a title with the funnel kind and entries.</param>
    /// <returns>The specification, named <c>funnel</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="funnel"/> is null.</exception>
    public static ChartSpec Funnel(Funnel funnel, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(funnel);
        var rows = new List<IReadOnlyDictionary<string, object?>>(funnel.Steps.Count);
        foreach (FunnelStep step in funnel.Steps)
        {
            rows.Add(new Dictionary<string, object?> { ["step"] = step.Stage, ["reached"] = step.Reached, ["share"] = step.Share });
        }

        options ??= new ChartOptions
        {
            Title = string.Create(CultureInfo.InvariantCulture, $"{funnel.Kind} funnel ({funnel.Entered} entered)"),
            XTitle = "Journeys reaching the step",
            YTitle = "Step",
        };
        return VegaLite.Funnel("funnel", ChartData.FromRows(rows), "step", "reached", "share", options);
    }
}
