using System;
using System.Collections.Generic;
using System.Globalization;
using CxCore.Display;
using CxCore.Ratings;
using MathNet.Numerics;
using NodaTime;

namespace CxCore.Lifecycle;

/// <summary>
/// Survival curves of several groups — customers by NPS group, plan or cohort — and the log-rank test of whether
/// their hazards differ (R's <c>survival::survdiff</c>, ρ = 0).
/// </summary>
/// <remarks>
/// <para>
/// <b>Log-rank test</b> (Mantel 1966; Peto and Peto 1972). At each distinct event time t with nₜ at risk and dₜ events,
/// group g with n_gt at risk expects E_g += dₜ·n_gt/nₜ events, and the covariance of the observed-minus-expected counts
/// gains V_gh += dₜ(nₜ − dₜ)/(nₜ − 1) · (n_gt/nₜ)(δ_gh − n_ht/nₜ). With O − E and V restricted to the groups with
/// E &gt; 0 and the first of them dropped, χ² = (O − E)ᵀV⁻¹(O − E) on (number of those groups − 1) degrees of freedom,
/// and the p-value is the upper chi-square tail. This is exactly what <c>survdiff</c> computes.
/// </para>
/// <para>
/// Groups are in order of first appearance (<see cref="ByNpsGroup"/>: detractors, passives, promoters). With fewer than
/// two groups that have expected events the test is not defined: χ² = 0, 0 degrees of freedom, p-value NaN; when the
/// covariance matrix is singular (possible only in degenerate data) χ² and the p-value are NaN. Empty input gives no
/// groups. Immutable and thread-safe.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class SurvivalComparison : ITabularResult
{
    internal SurvivalComparison(SurvivalGroup[] groups, double chiSquare, int degreesOfFreedom, long ungrouped)
    {
        Groups = Array.AsReadOnly(groups);
        ChiSquare = chiSquare;
        DegreesOfFreedom = degreesOfFreedom;
        PValue = degreesOfFreedom > 0 ? SpecialFunctions.GammaUpperRegularized(degreesOfFreedom / 2.0, chiSquare / 2.0) : double.NaN;
        UngroupedCount = ungrouped;
    }

    /// <summary>The groups with their curves, in order of first appearance.</summary>
    public IReadOnlyList<SurvivalGroup> Groups { get; }

    /// <summary>The log-rank chi-square statistic.</summary>
    public double ChiSquare { get; }

    /// <summary>The degrees of freedom: the number of groups with expected events, minus one.</summary>
    public int DegreesOfFreedom { get; }

    /// <summary>The p-value, P(χ²_df ≥ <see cref="ChiSquare"/>); NaN when the test is not defined.</summary>
    public double PValue { get; }

    /// <summary>The number of customers left out because they belong to no group (<see cref="ByNpsGroup"/>: no NPS answer); 0 otherwise.</summary>
    public long UngroupedCount { get; }

    /// <summary>Compares the groups of <paramref name="observations"/>.</summary>
    /// <param name="observations">The observations; none <c>default</c>; times up to 100 years.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is null.</exception>
    /// <exception cref="ArgumentException">An observation is <c>default</c> (no group).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A time is longer than 100 years.</exception>
    public static SurvivalComparison Compute(IEnumerable<SurvivalObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        return Compute(observations, 0);
    }

    /// <summary>
    /// Survival from acquisition to churn by NPS group: each customer's group comes from their first relationship NPS
    /// answer before <paramref name="asOf"/>; the time runs from acquisition to churn (an event) or, for customers who
    /// have not churned by <paramref name="asOf"/>, to <paramref name="asOf"/> (censored).
    /// </summary>
    /// <param name="customers">The customers; ids unique.</param>
    /// <param name="feedback">
    /// Feedback of any kind; only relationship answers (no touchpoint) on an NPS instrument count. A customer's first
    /// such answer decides the group: detractors, passives or promoters by <paramref name="bands"/>.
    /// </param>
    /// <param name="churnedAt">When each churned customer churned (cancellation, dropout); customers not in it have not churned.</param>
    /// <param name="asOf">The cut-off: later churn and answers are not yet known; customers acquired at or after it are left out.</param>
    /// <param name="bands">The NPS bands (standard 0–6, 7–8, 9–10 when <see langword="null"/>); their scale must match the answers.</param>
    /// <returns>The comparison; customers without an answer are counted in <see cref="UngroupedCount"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument or a customer is null.</exception>
    /// <exception cref="ArgumentException">A customer id repeats, or a customer churned before acquisition.</exception>
    public static SurvivalComparison ByNpsGroup(
        IEnumerable<Customer> customers, IEnumerable<Feedback> feedback, IReadOnlyDictionary<CustomerId, Instant> churnedAt, Instant asOf, NpsBands? bands = null)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(feedback);
        ArgumentNullException.ThrowIfNull(churnedAt);
        NpsBands b = bands ?? NpsBands.Standard;
        var first = new Dictionary<CustomerId, Feedback>();
        foreach (Feedback f in feedback)
        {
            ArgumentNullException.ThrowIfNull(f, nameof(feedback));
            if (f.IsTransactional || f.Instrument.Metric != RatingMetric.Nps || f.At >= asOf)
            {
                continue;
            }

            if (!first.TryGetValue(f.Customer, out Feedback? seen) || f.At < seen.At)
            {
                first[f.Customer] = f;
            }
        }

        string[] names = ["Detractors", "Passives", "Promoters"];
        var byGroup = new List<SurvivalObservation>[3];
        for (int g = 0; g < 3; g++)
        {
            byGroup[g] = [];
        }

        var seenIds = new HashSet<CustomerId>();
        long ungrouped = 0;
        foreach (Customer c in customers)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(customers));
            if (!seenIds.Add(c.Id))
            {
                throw new ArgumentException($"The customer {c.Id} appears twice.", nameof(customers));
            }

            if (c.AcquiredAt >= asOf)
            {
                continue;
            }

            if (!first.TryGetValue(c.Id, out Feedback? answer))
            {
                ungrouped++;
                continue;
            }

            int group = answer.Rating <= b.DetractorsUpTo ? 0 : answer.Rating >= b.PromotersFrom ? 2 : 1;
            bool churned = churnedAt.TryGetValue(c.Id, out Instant churn) && churn < asOf;
            if (churned && churn < c.AcquiredAt)
            {
                throw new ArgumentException($"Customer {c.Id} churned at {churn}, before their acquisition at {c.AcquiredAt}.", nameof(churnedAt));
            }

            byGroup[group].Add(new SurvivalObservation(names[group], (churned ? churn : asOf) - c.AcquiredAt, churned));
        }

        var all = new List<SurvivalObservation>();
        foreach (List<SurvivalObservation> g in byGroup)
        {
            all.AddRange(g);
        }

        return Compute(all, ungrouped);
    }

    /// <summary>
    /// The groups as a table with columns <c>group, n, events, expected, median_days</c> (median empty when not reached).
    /// </summary>
    /// <returns>The table.</returns>
    public ResultTable ToTable()
    {
        var rows = new List<object?[]>(Groups.Count);
        foreach (SurvivalGroup g in Groups)
        {
            rows.Add([g.Name, g.Count, g.ObservedEvents, g.ExpectedEvents, g.Curve.Median?.TotalDays]);
        }

        return ResultTable.FromRows(["group", "n", "events", "expected", "median_days"], rows);
    }

    /// <summary>
    /// Every group's curve in one long table with columns <c>group, time_days, survival, lower, upper</c>: a first row at
    /// time 0 with survival 1, then one row per step (95 % Greenwood band, empty where undefined) — ready for a chart.
    /// </summary>
    /// <returns>The table.</returns>
    public ResultTable ToCurveTable()
    {
        var rows = new List<object?[]>();
        foreach (SurvivalGroup g in Groups)
        {
            rows.Add([g.Name, 0.0, 1.0, 1.0, 1.0]);
            foreach (SurvivalStep step in g.Curve.Steps)
            {
                ConfidenceInterval band = g.Curve.SurvivalInterval(step.Time);
                rows.Add([g.Name, step.Time.TotalDays, step.Survival, band.IsDefined ? band.Lower : null, band.IsDefined ? band.Upper : null]);
            }
        }

        return ResultTable.FromRows(["group", "time_days", "survival", "lower", "upper"], rows);
    }

    /// <summary>The groups as flat rows (see <see cref="ToTable"/>).</summary>
    /// <returns>One dictionary per group.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ToRows() => ToTable().ToRows();

    /// <summary>Formats the comparison: the log-rank test on one line, then the group table.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"Log-rank test: chi-square {ChiSquare:0.####} on {DegreesOfFreedom} df, {Utility.TextFormat.InlinePValue(PValue)}\n") + ToTable();

    private static SurvivalComparison Compute(IEnumerable<SurvivalObservation> observations, long ungrouped)
    {
        var names = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var times = new List<Duration>();
        var events = new List<bool>();
        var groups = new List<int>();
        foreach (SurvivalObservation o in observations)
        {
            if (o.Group.Length == 0)
            {
                throw new ArgumentException("An observation has no group (default(SurvivalObservation)).", nameof(observations));
            }

            if (!index.TryGetValue(o.Group, out int g))
            {
                g = names.Count;
                index.Add(o.Group, g);
                names.Add(o.Group);
            }

            times.Add(o.Time);
            events.Add(o.Event);
            groups.Add(g);
        }

        int k = names.Count;
        var curves = new SurvivalCurve[k];
        for (int g = 0; g < k; g++)
        {
            var t = new List<Duration>();
            var e = new List<bool>();
            for (int i = 0; i < groups.Count; i++)
            {
                if (groups[i] == g)
                {
                    t.Add(times[i]);
                    e.Add(events[i]);
                }
            }

            curves[g] = SurvivalCurve.FromObservations(t.ToArray(), e.ToArray());
        }

        (double[] observed, double[] expected, double[,] variance) = LogRank(times, events, groups, k);
        (double chi, int df) = ChiSquareOf(observed, expected, variance);
        var result = new SurvivalGroup[k];
        for (int g = 0; g < k; g++)
        {
            result[g] = new SurvivalGroup(names[g], curves[g], expected[g]);
        }

        return new SurvivalComparison(result, chi, df, ungrouped);
    }

    /// <summary>Observed and expected events per group and the covariance of O − E, accumulated over distinct event times.</summary>
    internal static (double[] Observed, double[] Expected, double[,] Variance) LogRank(List<Duration> times, List<bool> events, List<int> groups, int k)
    {
        int n = times.Count;
        long[] keys = new long[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++)
        {
            keys[i] = times[i].ToInt64Nanoseconds();
            order[i] = i;
        }

        Array.Sort(keys, order);
        double[] atRisk = new double[k], observed = new double[k], expected = new double[k];
        double[,] variance = new double[k, k];
        foreach (int g in groups)
        {
            atRisk[g]++;
        }

        double[] deaths = new double[k], leaving = new double[k];
        double total = n;
        for (int i = 0; i < n;)
        {
            long time = keys[i];
            Array.Clear(deaths);
            Array.Clear(leaving);
            double d = 0;
            for (; i < n && keys[i] == time; i++)
            {
                int o = order[i];
                leaving[groups[o]]++;
                if (events[o])
                {
                    deaths[groups[o]]++;
                    d++;
                }
            }

            if (d > 0)
            {
                for (int g = 0; g < k; g++)
                {
                    observed[g] += deaths[g];
                    expected[g] += d * atRisk[g] / total;
                }

                if (total > 1)
                {
                    double factor = d * (total - d) / (total - 1);
                    for (int g = 0; g < k; g++)
                    {
                        double share = atRisk[g] / total;
                        for (int h = 0; h < k; h++)
                        {
                            variance[g, h] += factor * share * ((g == h ? 1 : 0) - (atRisk[h] / total));
                        }
                    }
                }
            }

            for (int g = 0; g < k; g++)
            {
                atRisk[g] -= leaving[g];
                total -= leaving[g];
            }
        }

        return (observed, expected, variance);
    }

    /// <summary>χ² and its degrees of freedom as <c>survdiff</c>: groups with E &gt; 0, the first of them dropped.</summary>
    internal static (double ChiSquare, int DegreesOfFreedom) ChiSquareOf(double[] observed, double[] expected, double[,] variance)
    {
        var used = new List<int>();
        for (int g = 0; g < expected.Length; g++)
        {
            if (expected[g] > 0)
            {
                used.Add(g);
            }
        }

        if (used.Count < 2)
        {
            return (0, 0);
        }

        int m = used.Count - 1;
        var v = new double[m, m];
        double[] diff = new double[m], solution = new double[m];
        for (int i = 0; i < m; i++)
        {
            diff[i] = observed[used[i + 1]] - expected[used[i + 1]];
            for (int j = 0; j < m; j++)
            {
                v[i, j] = variance[used[i + 1], used[j + 1]];
            }
        }

        if (!LifecycleMath.TryCholeskySolve(v, diff, solution))
        {
            return (double.NaN, m);
        }

        double chi = 0;
        for (int i = 0; i < m; i++)
        {
            chi += diff[i] * solution[i];
        }

        return (chi, m);
    }
}
