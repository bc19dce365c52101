using System;
using System.Collections.Generic;
using System.Globalization;
using CxCore.Lifecycle;
using CxCore.Ratings;

namespace CxCore.Charts;

/// <summary>
/// Ready-made charts for the lifecycle results (<see cref="CxCore.Lifecycle"/>): a cohort-retention heatmap, survival
/// curves by group and the stage funnel, as Vega-Lite <see cref="ChartSpec"/>s built by <see cref="VegaLite"/>.
/// </summary>
/// <remarks>Thread-safe; the same result always gives the same specification text.</remarks>
public static class LifecycleCharts
{
    /// <summary>
    /// Cohort retention as a heatmap: cohorts (rows, in calendar order) × periods since acquisition (columns), each cell
    /// coloured by the retained share on a fixed 0…1 red–yellow–green scale; the triangle of complete periods only.
    /// </summary>
    /// <param name="retention">A cohort-retention table.</param>
    /// <param name="options">Title, size and axes; when <see langword="null"/>, a title naming the definition, period and zone.</param>
    /// <returns>The specification, named <c>cohort-retention</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="retention"/> is null.</exception>
    public static ChartSpec CohortRetention(CohortRetention retention, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(retention);
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        foreach (RetentionCohort cohort in retention.Cohorts)
        {
            foreach (RetentionCell cell in cohort.Cells)
            {
                rows.Add(new Dictionary<string, object?>
                {
                    ["period"] = cell.PeriodsSinceAcquisition,
                    ["cohort"] = cohort.Label,
                    ["retained_share"] = cell.RetainedShare,
                    ["retained"] = cell.Retained,
                    ["cohort_size"] = cohort.Size,
                });
            }
        }

        // Data order keeps the columns 0, 1, 2, … (the first cohort has the most complete periods) and the cohorts in calendar order.
        options ??= new ChartOptions
        {
            Title = string.Create(CultureInfo.InvariantCulture,
                $"Retention by acquisition cohort ({(retention.Definition == RetentionDefinition.ActiveInPeriod ? "active in period" : "still active")}, {retention.Period} in {retention.Zone.Id})"),
            XTitle = "Periods since acquisition",
            YTitle = "Cohort",
            ValueMin = 0,
            ValueMax = 1,
            Height = Math.Max(280, 22 * retention.Cohorts.Count),
        };
        return VegaLite.Heatmap("cohort-retention", ChartData.FromRows(rows), "period", "cohort", "retained_share", options: options);
    }

    /// <summary>
    /// Kaplan–Meier survival curves of every group of a comparison (customers by NPS group, plan…): the share without
    /// the event against days, as steps, one colour per group, with 95 % Greenwood bands; the log-rank test in the title.
    /// </summary>
    /// <param name="comparison">A survival comparison.</param>
    /// <param name="options">Title, size and axes; when <see langword="null"/>, a title with the log-rank result.</param>
    /// <returns>The specification, named <c>survival-by-group</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comparison"/> is null.</exception>
    public static ChartSpec SurvivalByGroup(SurvivalComparison comparison, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        foreach (SurvivalGroup group in comparison.Groups)
        {
            rows.Add(new Dictionary<string, object?> { ["group"] = group.Name, ["days"] = 0.0, ["survival"] = 1.0, ["lower"] = 1.0, ["upper"] = 1.0 });
            foreach (SurvivalStep step in group.Curve.Steps)
            {
                ConfidenceInterval band = group.Curve.SurvivalInterval(step.Time);
                rows.Add(new Dictionary<string, object?>
                {
                    ["group"] = group.Name,
                    ["days"] = step.Time.TotalDays,
                    ["survival"] = step.Survival,
                    ["lower"] = band.Lower,
                    ["upper"] = band.Upper,
                });
            }
        }

        options ??= new ChartOptions
        {
            Title = string.Create(CultureInfo.InvariantCulture,
                $"Survival by group (log-rank chi-square {comparison.ChiSquare:0.0} on {comparison.DegreesOfFreedom} df, {Utility.TextFormat.InlinePValue(comparison.PValue)})"),
            XTitle = "Days",
            YTitle = "Share without the event",
            ValueMin = 0,
            ValueMax = 1,
        };
        return VegaLite.LineWithBand("survival-by-group", ChartData.FromRows(rows), "days", FieldKind.Quantitative, "survival", "lower", "upper",
            series: "group", step: true, options: options);
    }

    /// <summary>The stage funnel: customers reaching each lifecycle stage, first stage on top, labelled with their share of all customers.</summary>
    /// <param name="funnel">A stage funnel.</param>
    /// <param name="options">Title and size; when <see langword="null"/>, a title with the number of customers.</param>
    /// <returns>The specification, named <c>stage-funnel</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="funnel"/> is null.</exception>
    public static ChartSpec StageFunnel(StageFunnel funnel, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(funnel);
        var rows = new List<IReadOnlyDictionary<string, object?>>(funnel.Steps.Count);
        foreach (StageFunnelStep step in funnel.Steps)
        {
            rows.Add(new Dictionary<string, object?> { ["stage"] = step.Stage.Name, ["reached"] = step.Reached, ["share"] = step.Share });
        }

        options ??= new ChartOptions
        {
            Title = string.Create(CultureInfo.InvariantCulture, $"Lifecycle stage funnel ({funnel.CustomerCount} customers)"),
            XTitle = "Customers who reached the stage",
            YTitle = "Stage",
        };
        return VegaLite.Funnel("stage-funnel", ChartData.FromRows(rows), "stage", "reached", "share", options);
    }
}
