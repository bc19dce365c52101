using System;
using NodaTime;

namespace CxCore.Service.Engine;

/// <summary>The SLA clocks of <see cref="SlaPolicy"/> read off a case's metrics (definitions: <see cref="SlaReport"/>).</summary>
internal static class SlaClocks
{
    /// <summary>Evaluates case <paramref name="caseIndex"/> against the three targets of its priority into its outcomes and the counts.</summary>
    internal static void Store(SlaPolicy policy, in CaseMetrics m, CasePriority priority, SlaOutcomeTable outcomes, int caseIndex, SlaCounts counts)
    {
        for (var metric = SlaMetric.FirstResponse; metric <= SlaMetric.Resolution; metric++)
        {
            SlaOutcome outcome = Evaluate(m, policy.TargetFor(metric, priority), metric).Outcome;
            outcomes[caseIndex, metric] = outcome;
            counts[metric, priority, outcome]++;
        }
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
