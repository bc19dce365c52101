using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using CxCore.Ratings;
using CxCore.Service.Engine;
using CxCore.Utility;
using MathNet.Numerics.Distributions;
using NodaTime;

namespace CxCore.Service;

/// <summary>
/// The Kaplan–Meier estimate of time to resolution, where cases still open at the cut-off are <em>censored</em>
/// (known to take at least their observed time), not dropped: survival at any time, the median and any percentile
/// (with "not reached" stated explicitly), and a Greenwood confidence band.
/// </summary>
/// <remarks>
/// <para>
/// With distinct resolution times t₁ &lt; t₂ &lt; …, dᵢ cases resolved at tᵢ and nᵢ cases whose observed time is at
/// least tᵢ (a case censored at tᵢ is still at risk at tᵢ), the estimate is S(t) = Π_{tᵢ ≤ t} (1 − dᵢ/nᵢ), the
/// probability that a case is still unresolved after t (Kaplan and Meier 1958).
/// </para>
/// <para>
/// Confidence band: Greenwood's variance of log S, V(t) = Σ_{tᵢ ≤ t} dᵢ/(nᵢ(nᵢ − dᵢ)), on the log scale (R's
/// <c>survfit</c> default <c>conf.type = "log"</c>): S·exp(±z·√V), the upper bound capped at 1; undefined once S = 0.
/// </para>
/// <para>
/// Percentiles follow R's <c>quantile.survfit</c>: the p-th percentile of time to resolution is the smallest event
/// time t with 1 − S(t) ≥ p; when 1 − S(t) equals p (within √ε ≈ 1.5·10⁻⁸) on a flat step, it is the midpoint of
/// that time and the next event time — or, past the last event, the midpoint with the last observed time. When the
/// curve never falls to 1 − p the percentile is <em>not reached</em> and reported as <see langword="null"/>, never
/// as a made-up number. One deliberate difference: R tests "not reached" without the tolerance against the
/// <em>smallest</em> share requested in the call, so <c>quantile(fit, 0.2)</c> can be NA while
/// <c>quantile(fit, c(0.1, 0.2))</c> gives a time for 0.2; here the tolerance applies throughout, which gives the
/// latter answer whatever else is asked.
/// </para>
/// <para>
/// An empty curve (no cases) has no steps, NaN survival and no percentiles. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class ResolutionCurve
{
    /// <summary>The longest observed time accepted: 100 years of 365.25 days.</summary>
    public static Duration MaxTime { get; } = Duration.FromDays(36_525);

    private const double Tolerance = 1.4901161193847656e-08; // sqrt(.Machine$double.eps), as R

    private readonly ResolutionStep[] _steps;
    private readonly long[] _stepNanos;
    private readonly Duration[] _eventTimes; // distinct resolution times
    private readonly double[] _eventFailure; // 1 − S after each

    private ResolutionCurve(ResolutionStep[] steps, long count, long resolved)
    {
        _steps = steps;
        Steps = new ReadOnlyCollection<ResolutionStep>(steps);
        Count = count;
        ResolvedCount = resolved;
        _stepNanos = new long[steps.Length];
        int events = 0;
        for (int i = 0; i < steps.Length; i++)
        {
            _stepNanos[i] = steps[i].Time.ToInt64Nanoseconds();
            events += steps[i].Resolved > 0 ? 1 : 0;
        }

        // Exact-size arrays (no list growth and no copy: at a million cases these are tens of megabytes).
        _eventTimes = new Duration[events];
        _eventFailure = new double[events];
        int e = 0;
        for (int i = 0; i < steps.Length && e < events; i++)
        {
            if (steps[i].Resolved > 0)
            {
                _eventTimes[e] = steps[i].Time;
                _eventFailure[e++] = 1 - steps[i].Survival;
            }
        }
    }

    /// <summary>The number of cases.</summary>
    public long Count { get; }

    /// <summary>The number of resolved cases (events).</summary>
    public long ResolvedCount { get; }

    /// <summary>The number of censored cases (still open at the cut-off).</summary>
    public long CensoredCount => Count - ResolvedCount;

    /// <summary>One step per distinct observed time (resolution or censoring), in time order.</summary>
    public IReadOnlyList<ResolutionStep> Steps { get; }

    /// <summary>The median time to resolution, or <see langword="null"/> when not reached (see <see cref="Percentile"/>).</summary>
    public Duration? Median => Percentile(0.5);

    /// <summary>Builds the curve from each case's observed time and whether it was resolved.</summary>
    /// <param name="observations">
    /// Per case: the time from opening to resolution when <c>Resolved</c>, otherwise from opening to the cut-off
    /// (censored). Times must be between zero and <see cref="MaxTime"/>.
    /// </param>
    /// <returns>The curve.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A time is negative or more than <see cref="MaxTime"/>.</exception>
    public static ResolutionCurve FromObservations(IEnumerable<(Duration Time, bool Resolved)> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var times = new List<ObservedTime>();
        foreach ((Duration time, bool resolved) in observations)
        {
            times.Add(Observe(time, resolved, times.Count));
        }

        return FromObserved(times.ToArray());
    }

    /// <summary>Builds the curve from parallel spans of observed times and resolved flags.</summary>
    /// <param name="times">The observed times, not negative.</param>
    /// <param name="resolved">Whether each case was resolved (<see langword="false"/>: censored), as long as <paramref name="times"/>.</param>
    /// <returns>The curve.</returns>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A time is negative or more than <see cref="MaxTime"/>.</exception>
    public static ResolutionCurve FromObservations(ReadOnlySpan<Duration> times, ReadOnlySpan<bool> resolved)
    {
        if (times.Length != resolved.Length)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"There are {times.Length} times but {resolved.Length} resolved flags."), nameof(resolved));
        }

        var observed = new ObservedTime[times.Length];
        for (int i = 0; i < observed.Length; i++)
        {
            observed[i] = Observe(times[i], resolved[i], i);
        }

        return FromObserved(observed);
    }

    /// <summary>A validated observation.</summary>
    private static ObservedTime Observe(Duration time, bool resolved, int position)
    {
        if (time < Duration.Zero || time > MaxTime)
        {
            throw new ArgumentOutOfRangeException("times", time, string.Create(CultureInfo.InvariantCulture, $"The time {time} at position {position} is negative or longer than 100 years."));
        }

        return ObservedTime.From(time.ToInt64Nanoseconds(), resolved);
    }

    /// <summary>Builds the curve from each case's observation, reordering them in place.</summary>
    internal static ResolutionCurve FromObserved(ObservedTime[] observed)
    {
        ObservedTime.Sort(observed);
        int distinct = 0;
        for (int i = 0; i < observed.Length; i++)
        {
            distinct += i == 0 || !observed[i].SameTimeAs(observed[i - 1]) ? 1 : 0;
        }

        var steps = new ResolutionStep[distinct];
        int s = 0;
        long atRisk = observed.Length, resolvedTotal = 0;
        double survival = 1, greenwood = 0;
        for (int i = 0; i < observed.Length;)
        {
            ObservedTime first = observed[i];
            long d = 0, c = 0;
            for (; i < observed.Length && observed[i].SameTimeAs(first); i++)
            {
                if (observed[i].IsCensored)
                {
                    c++;
                }
                else
                {
                    d++;
                }
            }

            if (d > 0)
            {
                survival *= (double)(atRisk - d) / atRisk;
                greenwood += atRisk == d ? double.PositiveInfinity : (double)d / ((double)atRisk * (atRisk - d));
            }

            steps[s++] = new ResolutionStep(Duration.FromNanoseconds(first.Nanoseconds), atRisk, d, c, survival, greenwood);
            atRisk -= d + c;
            resolvedTotal += d;
        }

        return new ResolutionCurve(steps, observed.Length, resolvedTotal);
    }

    /// <summary>The estimated probability that a case is still unresolved after <paramref name="time"/> (resolutions at <paramref name="time"/> count).</summary>
    /// <param name="time">The time since opening.</param>
    /// <returns>S(t) in [0, 1]; 1 before the first resolution; NaN for an empty curve.</returns>
    public double SurvivalAt(Duration time)
    {
        if (Count == 0)
        {
            return double.NaN;
        }

        int i = StepAtOrBefore(time);
        return i < 0 ? 1 : _steps[i].Survival;
    }

    /// <summary>The Greenwood confidence interval (log scale, as R's default) for the survival at <paramref name="time"/>.</summary>
    /// <param name="time">The time since opening.</param>
    /// <param name="level">The confidence level, strictly between 0 and 1.</param>
    /// <returns>
    /// The interval, within [0, 1]; the point [1, 1] before the first resolution; undefined when the survival is 0 or
    /// the curve is empty.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1.</exception>
    public ConfidenceInterval SurvivalInterval(Duration time, double level = 0.95)
    {
        Preconditions.CheckConfidenceLevel(level);
        int i = Count == 0 ? -1 : StepAtOrBefore(time);
        if (Count == 0 || (i >= 0 && (_steps[i].Survival == 0 || double.IsInfinity(_steps[i].GreenwoodSum))))
        {
            return ConfidenceInterval.Undefined(level);
        }

        if (i < 0)
        {
            return ConfidenceInterval.FromBounds(1, 1, level);
        }

        double z = Normal.InvCDF(0, 1, 0.5 + level / 2);
        double s = _steps[i].Survival, se = Math.Sqrt(_steps[i].GreenwoodSum);
        return ConfidenceInterval.FromBounds(s * Math.Exp(-z * se), Math.Min(1, s * Math.Exp(z * se)), level);
    }

    /// <summary>
    /// The curve as a table with columns <c>time_h, at_risk, resolved, censored, survival, lower, upper</c>, one row per
    /// entry of <see cref="Steps"/>: the time in hours, the cases at risk, resolved and censored at that time, the
    /// Kaplan–Meier survival (share still unresolved) after it, and its 95 % Greenwood band
    /// (<see cref="SurvivalInterval"/>), empty (null) where the band is undefined (survival 0).
    /// </summary>
    /// <returns>The table (no rows for an empty curve).</returns>
    public ResultTable ToTable()
    {
        var rows = new List<object?[]>(_steps.Length);
        foreach (ResolutionStep step in _steps)
        {
            ConfidenceInterval band = SurvivalInterval(step.Time);
            rows.Add([step.Time.TotalHours, step.AtRisk, step.Resolved, step.Censored, step.Survival, TableCells.Bound(band, lower: true), TableCells.Bound(band, lower: false)]);
        }

        return ResultTable.FromRows(["time_h", "at_risk", "resolved", "censored", "survival", "lower", "upper"], rows);
    }

    /// <summary>
    /// Formats the curve as text: a line with the numbers of cases, resolved and censored, the median in hours (or
    /// "not reached"), then the aligned <see cref="ToTable"/>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"Resolution curve: {Count} cases, {ResolvedCount} resolved, {CensoredCount} censored, median {(Median is { } m ? ResultTable.FormatNumber(m.TotalHours) + " h" : "not reached")}\n")
        + ToTable();

    /// <summary>The curve as a Markdown table (see <see cref="ToTable"/>).</summary>
    /// <returns>The Markdown table.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    /// <summary>The curve as flat rows (see <see cref="ToTable"/>).</summary>
    /// <returns>One dictionary per row.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ToRows() => ToTable().ToRows();

    /// <summary>
    /// The <paramref name="p"/>-th percentile of time to resolution: the time by which a share <paramref name="p"/> of
    /// cases is estimated to be resolved (R's <c>quantile.survfit</c> convention, see the remarks).
    /// </summary>
    /// <param name="p">The share, strictly between 0 and 1 (0.5 for the median, 0.9 for p90).</param>
    /// <returns>The time, or <see langword="null"/> when the curve does not fall to 1 − <paramref name="p"/> (not reached; also for an empty curve).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is not strictly between 0 and 1.</exception>
    public Duration? Percentile(double p)
    {
        if (!(p > 0 && p < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "The percentile share must be strictly between 0 and 1, for example 0.5 for the median.");
        }

        int n = _eventTimes.Length;
        if (n == 0 || _eventFailure[n - 1] < p - Tolerance)
        {
            return null;
        }

        int first = FirstFailureAtLeast(p - Tolerance);
        int second = FirstFailureAtLeast(p + Tolerance);
        if (second < n)
        {
            return Midpoint(_eventTimes[first], _eventTimes[second]);
        }

        // Past the last event: R averages with the last observed time when the curve ends exactly at 1 − p.
        return Math.Abs(p - _eventFailure[n - 1]) < Tolerance ? Midpoint(_eventTimes[first], _steps[^1].Time) : null;
    }

    private static Duration Midpoint(Duration a, Duration b) => a + (b - a) / 2;

    private int FirstFailureAtLeast(double value)
    {
        int lo = 0, hi = _eventFailure.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_eventFailure[mid] >= value)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    private int StepAtOrBefore(Duration time)
    {
        if (time < Duration.Zero)
        {
            return -1;
        }

        if (time > MaxTime)
        {
            return _steps.Length - 1;
        }

        int i = Array.BinarySearch(_stepNanos, time.ToInt64Nanoseconds());
        return i >= 0 ? i : ~i - 1;
    }
}
