using System;
using System.Collections.Generic;
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
public sealed class SlaReport
{
    private readonly CaseMetrics[] _cases;
    private readonly CasePriority[] _priorities;
    private readonly SlaAttainment[] _byPriority; // [metric * 4 + priority]

    internal SlaReport(SlaPolicy policy, CaseMetrics[] cases, CasePriority[] priorities)
    {
        Policy = policy;
        _cases = cases;
        _priorities = priorities;
        _byPriority = new SlaAttainment[12];
        for (int i = 0; i < cases.Length; i++)
        {
            for (var metric = SlaMetric.FirstResponse; metric <= SlaMetric.Resolution; metric++)
            {
                int slot = (int)metric * 4 + (int)priorities[i];
                _byPriority[slot] = _byPriority[slot].Add(Evaluate(cases[i], policy.TargetFor(metric, priorities[i]), metric).Outcome);
            }
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

    /// <summary>The attainment of <paramref name="metric"/> over a subset of cases.</summary>
    internal SlaAttainment Attainment(SlaMetric metric, IEnumerable<int> indices)
    {
        var result = default(SlaAttainment);
        foreach (int i in indices)
        {
            result = result.Add(Evaluate(_cases[i], Policy.TargetFor(metric, _priorities[i]), metric).Outcome);
        }

        return result;
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
