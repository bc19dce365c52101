using System;
using System.Collections.Generic;
using System.Globalization;
using CxCore.Display;
using NodaTime;

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
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class SlaReport : ITabularResult
{
    private readonly CaseMetrics[] _cases;
    private readonly CasePriority[] _priorities;
    private readonly SlaAttainment[] _byPriority; // [metric * 4 + priority]
    private readonly byte[] _outcomes; // [case * 3 + metric]

    /// <summary>A report from the outcomes and counts that <see cref="Store"/> filled for every case (in the engine's per-case pass).</summary>
    internal SlaReport(SlaPolicy policy, CaseMetrics[] cases, CasePriority[] priorities, byte[] outcomes, long[] counts)
    {
        Policy = policy;
        _cases = cases;
        _priorities = priorities;
        _outcomes = outcomes;
        _byPriority = new SlaAttainment[12];
        for (int slot = 0; slot < 12; slot++)
        {
            _byPriority[slot] = new SlaAttainment(counts[slot * 4 + 1], counts[slot * 4 + 2], counts[slot * 4 + 3]);
        }
    }

    /// <summary>The length of the counts array of <see cref="Store"/>: [(metric * 4 + priority) * 4 + outcome].</summary>
    internal const int CountSlots = 12 * 4;

    /// <summary>Evaluates case <paramref name="i"/> against the three targets of its priority: its outcome bytes and the counts.</summary>
    internal static void Store(SlaPolicy policy, in CaseMetrics m, CasePriority priority, byte[] outcomes, int i, Span<long> counts)
    {
        for (var metric = SlaMetric.FirstResponse; metric <= SlaMetric.Resolution; metric++)
        {
            SlaOutcome outcome = Evaluate(m, policy.TargetFor(metric, priority), metric).Outcome;
            outcomes[i * 3 + (int)metric] = (byte)outcome;
            counts[((int)metric * 4 + (int)priority) * 4 + (int)outcome]++;
        }
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
        return Evaluate(_cases[caseIndex], Policy.TargetFor(metric, _priorities[caseIndex]), metric);
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
        return _byPriority[(int)metric * 4 + (int)priority];
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
    internal SlaAttainment Attainment(SlaMetric metric, int[] indices)
    {
        Span<long> counts = stackalloc long[4];
        foreach (int i in indices)
        {
            counts[_outcomes[i * 3 + (int)metric]]++;
        }

        return new SlaAttainment(counts[1], counts[2], counts[3]);
    }

    /// <summary>One case against one target.</summary>
    internal static SlaResult Evaluate(in CaseMetrics m, SlaTarget? target, SlaMetric metric)
    {
        if (target is not { } t)
        {
            return default;
        }

        TimeBasis basis = t.Basis;
        long limit = t.Target.ToInt64Nanoseconds();
        long elapsed;
        bool running;
        switch (metric)
        {
            case SlaMetric.FirstResponse:
                long reply = m.Raw(ServiceMetric.FirstResponse, basis);
                long solved = m.Raw(ServiceMetric.FirstResolution, basis);
                running = reply < 0 && solved < 0;
                elapsed = reply >= 0 ? reply : solved >= 0 ? solved : m.RawAge(basis);
                break;
            case SlaMetric.NextReply:
                long worst = m.Raw(ServiceMetric.NextReply, basis);
                long waiting = m.RawRunningWait(basis);
                if (worst < 0 && waiting < 0)
                {
                    return default;
                }

                running = waiting >= 0 && waiting >= worst;
                elapsed = Math.Max(worst, waiting);
                if (waiting >= 0 && worst > limit)
                {
                    running = false; // already breached by a completed wait
                }

                break;
            default:
                elapsed = m.Raw(ServiceMetric.RequesterWait, basis);
                running = !m.IsResolved;
                break;
        }

        SlaOutcome outcome = elapsed > limit ? SlaOutcome.Breached : running ? SlaOutcome.Pending : SlaOutcome.Achieved;
        return new SlaResult(outcome, Duration.FromNanoseconds(elapsed), t);
    }
}
