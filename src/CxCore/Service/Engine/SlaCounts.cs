namespace CxCore.Service.Engine;

/// <summary>The number of cases per SLA clock, priority and outcome; one per worker, then added up.</summary>
internal sealed class SlaCounts
{
    private const int Priorities = 4, Outcomes = 4;

    private readonly long[] _counts = new long[3 * Priorities * Outcomes];

    /// <summary>The number of cases of <paramref name="priority"/> with <paramref name="outcome"/> on the <paramref name="metric"/> clock.</summary>
    internal ref long this[SlaMetric metric, CasePriority priority, SlaOutcome outcome] =>
        ref _counts[((((int)metric * Priorities) + (int)priority) * Outcomes) + (int)outcome];

    /// <summary>Adds every count of <paramref name="other"/> to this.</summary>
    internal void Add(SlaCounts other)
    {
        for (int i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }
    }

    /// <summary>The attainment of <paramref name="metric"/> among cases of <paramref name="priority"/>.</summary>
    internal SlaAttainment Attainment(SlaMetric metric, CasePriority priority) =>
        new(this[metric, priority, SlaOutcome.Achieved], this[metric, priority, SlaOutcome.Breached], this[metric, priority, SlaOutcome.Pending]);
}
