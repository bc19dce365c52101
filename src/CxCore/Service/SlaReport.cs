using System;
using System.Collections.Generic;
using System.Globalization;
using CxCore.Service.Engine;

namespace CxCore.Service;

/// <summary>
/// Every case against every target of an <see cref="SlaPolicy"/> at the cut-off: per case achieved, breached or
/// pending with the time on the clock and how late, and the attainment per metric and per priority.
/// </summary>
/// <remarks>
/// <para>
/// A stopped clock within its target is achieved, past it breached. A running clock (no first reply yet, a customer
/// message waiting, an unresolved case) past its target is breached — an open case past target counts as breached —
/// and within it pending. Attainment = achieved/(achieved + breached) (METRICS.md). Clocks are defined on
/// <see cref="SlaPolicy"/>: the resolution clock is the case's requester wait (New + Open + OnHold), so Pending pauses it.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class SlaReport
{
    private readonly CaseMetrics[] _cases;
    private readonly CasePriority[] _priorities;
    private readonly SlaOutcomeTable _outcomes;
    private readonly SlaCounts _counts;

    /// <summary>A report from the outcomes and counts the engine's per-case pass (<see cref="CasePass"/>) filled for every case.</summary>
    internal SlaReport(SlaPolicy policy, CaseMetrics[] cases, CasePriority[] priorities, SlaOutcomeTable outcomes, SlaCounts counts)
    {
        Policy = policy;
        _cases = cases;
        _priorities = priorities;
        _outcomes = outcomes;
        _counts = counts;
    }

    /// <summary>The policy the cases were measured against.</summary>
    public SlaPolicy Policy { get; }

    /// <summary>The number of cases.</summary>
    public int Count => _cases.Length;

    /// <summary>The result of case <paramref name="caseIndex"/> (in input order) against the <paramref name="metric"/> target of its priority.</summary>
    /// <param name="caseIndex">The case's position in the input, 0 to <see cref="Count"/> − 1.</param>
    /// <param name="metric">The clock.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="caseIndex"/> or <paramref name="metric"/> is out of range.</exception>
    public SlaResult Result(int caseIndex, SlaMetric metric)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(caseIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(caseIndex, Count);
        return SlaClocks.Evaluate(_cases[caseIndex], Policy.TargetFor(metric, _priorities[caseIndex]), metric);
    }

    /// <summary>The attainment of <paramref name="metric"/> over all priorities.</summary>
    /// <param name="metric">The clock.</param>
    /// <returns>The counts and rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is not a defined value.</exception>
    public SlaAttainment Attainment(SlaMetric metric)
    {
        long a = 0, b = 0, p = 0;
        for (var priority = CasePriority.Low; priority <= CasePriority.Urgent; priority++)
        {
            SlaAttainment x = Attainment(metric, priority);
            a += x.Achieved;
            b += x.Breached;
            p += x.Pending;
        }

        return new SlaAttainment(a, b, p);
    }

    /// <summary>The attainment of <paramref name="metric"/> among cases of <paramref name="priority"/>.</summary>
    /// <param name="metric">The clock.</param>
    /// <param name="priority">The priority.</param>
    /// <returns>The counts and rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> or <paramref name="priority"/> is not a defined value.</exception>
    public SlaAttainment Attainment(SlaMetric metric, CasePriority priority)
    {
        _ = Policy.TargetFor(metric, priority); // validates both
        return _counts.Attainment(metric, priority);
    }

    /// <summary>
    /// The attainment as a table with columns <c>metric, priority, target_h, basis, achieved, breached, pending,
    /// attainment_rate</c>: for each metric (first response, next reply, resolution) one row per priority (low to urgent) with
    /// its target in hours and its basis (<c>business</c> or <c>calendar</c>; both empty when the policy sets no target),
    /// then a row with priority <c>All</c> (target and basis empty) over all cases.
    /// </summary>
    /// <remarks><c>attainment_rate</c> = achieved/(achieved + breached) in [0, 1], NaN when both are 0.</remarks>
    /// <returns>The table (15 rows).</returns>
    public ResultTable ToTable()
    {
        var rows = new List<object?[]>(15);
        for (var metric = SlaMetric.FirstResponse; metric <= SlaMetric.Resolution; metric++)
        {
            for (var priority = CasePriority.Low; priority <= CasePriority.Urgent; priority++)
            {
                SlaTarget? target = Policy.TargetFor(metric, priority);
                rows.Add(Row(metric, priority.ToString(), target, Attainment(metric, priority)));
            }

            rows.Add(Row(metric, "All", null, Attainment(metric)));
        }

        return ResultTable.FromRows(["metric", "priority", "target_h", "basis", "achieved", "breached", "pending", "attainment_rate"], rows);

        static object?[] Row(SlaMetric metric, string priority, SlaTarget? target, SlaAttainment a) =>
        [
            metric.ToString(), priority, TableCells.Hours(target?.Target),
            target is { } t ? (t.Basis == TimeBasis.Business ? "business" : "calendar") : null,
            a.Achieved, a.Breached, a.Pending, a.Rate,
        ];
    }

    /// <summary>Formats the attainment as text: a line with the number of cases, then the aligned <see cref="ToTable"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"SLA attainment of {Count} cases\n") + ToTable();

    /// <summary>The attainment as a Markdown table (see <see cref="ToTable"/>).</summary>
    /// <returns>The Markdown table.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    /// <summary>The attainment as flat rows (see <see cref="ToTable"/>).</summary>
    /// <returns>One dictionary per row.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ToRows() => ToTable().ToRows();

    /// <summary>The attainment of <paramref name="metric"/> over a subset of cases.</summary>
    internal SlaAttainment Attainment(SlaMetric metric, int[] indices) => _outcomes.Attainment(metric, indices);
}
