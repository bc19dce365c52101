using System;
using System.Collections.Generic;
using System.Globalization;
using CxCore.Display;
using CxCore.Ratings;
using CxCore.Service;
using NodaTime;

namespace CxCore.Lifecycle;

/// <summary>
/// A Kaplan–Meier survival curve of time to an event — churn after acquisition, leaving a lifecycle stage — with those
/// whose event has not happened by the cut-off <em>censored</em> (known to last at least their observed time), not
/// dropped: survival at any time, the median and any percentile ("not reached" stated explicitly), and a Greenwood
/// confidence band.
/// </summary>
/// <remarks>
/// <para>
/// The estimator and its conventions are those of <see cref="ResolutionCurve"/> (which computes it): with distinct
/// event times tᵢ, dᵢ events and nᵢ at risk, S(t) = Π_{tᵢ ≤ t}(1 − dᵢ/nᵢ) (Kaplan and Meier 1958); Greenwood's variance
/// of log S on the log scale, S·exp(±z√V), as R's <c>survfit</c> default; percentiles as R's <c>quantile.survfit</c>.
/// Times run from zero to 100 years.
/// </para>
/// <para>An empty curve has no steps, NaN survival and no percentiles. Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class SurvivalCurve : ITabularResult
{
    private readonly ResolutionCurve _curve;

    internal SurvivalCurve(ResolutionCurve curve)
    {
        _curve = curve;
        var steps = new SurvivalStep[curve.Steps.Count];
        for (int i = 0; i < steps.Length; i++)
        {
            ResolutionStep s = curve.Steps[i];
            steps[i] = new SurvivalStep(s.Time, s.AtRisk, s.Resolved, s.Censored, s.Survival, s.GreenwoodSum);
        }

        Steps = Array.AsReadOnly(steps);
    }

    /// <summary>The number of observations.</summary>
    public long Count => _curve.Count;

    /// <summary>The number of observed events.</summary>
    public long EventCount => _curve.ResolvedCount;

    /// <summary>The number of censored observations (no event by the cut-off).</summary>
    public long CensoredCount => _curve.CensoredCount;

    /// <summary>One step per distinct observed time, in time order.</summary>
    public IReadOnlyList<SurvivalStep> Steps { get; }

    /// <summary>The median time to the event, or <see langword="null"/> when not reached.</summary>
    public Duration? Median => _curve.Median;

    /// <summary>Builds the curve from each observation's time and whether the event was observed.</summary>
    /// <param name="times">The observed times: to the event, or to the cut-off when censored; zero to 100 years.</param>
    /// <param name="events">Whether each observation ended in the event (<see langword="false"/>: censored), as long as <paramref name="times"/>.</param>
    /// <returns>The curve.</returns>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A time is negative or longer than 100 years.</exception>
    public static SurvivalCurve FromObservations(ReadOnlySpan<Duration> times, ReadOnlySpan<bool> events) =>
        new(ResolutionCurve.FromObservations(times, events));

    /// <summary>Builds the curve from (time, event) pairs.</summary>
    /// <param name="observations">Each observation's time and whether the event was observed.</param>
    /// <returns>The curve.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A time is negative or longer than 100 years.</exception>
    public static SurvivalCurve FromObservations(IEnumerable<(Duration Time, bool Event)> observations) =>
        new(ResolutionCurve.FromObservations(observations));

    /// <summary>The estimated probability of no event by <paramref name="time"/> (events at it count).</summary>
    /// <param name="time">The time since the start.</param>
    /// <returns>S(t) in [0, 1]; 1 before the first event; NaN for an empty curve.</returns>
    public double SurvivalAt(Duration time) => _curve.SurvivalAt(time);

    /// <summary>The Greenwood confidence interval (log scale) for the survival at <paramref name="time"/>.</summary>
    /// <param name="time">The time since the start.</param>
    /// <param name="level">The confidence level, strictly between 0 and 1.</param>
    /// <returns>The interval within [0, 1]; [1, 1] before the first event; undefined when the survival is 0 or the curve is empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1.</exception>
    public ConfidenceInterval SurvivalInterval(Duration time, double level = 0.95) => _curve.SurvivalInterval(time, level);

    /// <summary>The time by which a share <paramref name="p"/> is estimated to have had the event (R's <c>quantile.survfit</c>).</summary>
    /// <param name="p">The share, strictly between 0 and 1.</param>
    /// <returns>The time, or <see langword="null"/> when not reached.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is not strictly between 0 and 1.</exception>
    public Duration? Percentile(double p) => _curve.Percentile(p);

    /// <summary>
    /// The curve as a table with columns <c>time_days, at_risk, events, censored, survival, lower, upper</c>, one row per
    /// step, with the 95 % Greenwood band (empty where undefined).
    /// </summary>
    /// <returns>The table.</returns>
    public ResultTable ToTable()
    {
        var rows = new List<object?[]>(Steps.Count);
        foreach (SurvivalStep step in Steps)
        {
            ConfidenceInterval band = SurvivalInterval(step.Time);
            rows.Add([step.Time.TotalDays, step.AtRisk, step.Events, step.Censored, step.Survival, band.IsDefined ? band.Lower : null, band.IsDefined ? band.Upper : null]);
        }

        return ResultTable.FromRows(["time_days", "at_risk", "events", "censored", "survival", "lower", "upper"], rows);
    }

    /// <summary>The curve as flat rows (see <see cref="ToTable"/>).</summary>
    /// <returns>One dictionary per step.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ToRows() => ToTable().ToRows();

    /// <summary>The curve as a Markdown table (see <see cref="ToTable"/>).</summary>
    /// <returns>The Markdown table.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    /// <summary>Formats the curve: a line with the counts and the median in days (or "not reached"), then the table.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"Survival curve: {Count} observed, {EventCount} events, {CensoredCount} censored, median {(Median is { } m ? ResultTable.FormatNumber(m.TotalDays) + " days" : "not reached")}\n")
        + ToTable();
}
