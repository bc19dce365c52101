using System;

namespace CxCore.Service;

/// <summary>
/// Service-level targets: for each <see cref="SlaMetric"/> and <see cref="CasePriority"/>, an optional
/// <see cref="SlaTarget"/> in calendar or business time.
/// </summary>
/// <remarks>
/// <para>
/// Clocks: first response runs from opening to the first agent reply (or the first solve); next reply from each
/// waiting customer message to the next agent reply; resolution from opening to the last solve, counting only time in
/// New, Open and OnHold — time in Pending (waiting on the customer) and between a solve and a reopen does not count.
/// </para>
/// <para>Immutable and thread-safe; <see cref="With(SlaMetric, CasePriority, SlaTarget)"/> returns a changed copy. <see cref="None"/> has no targets.</para>
/// </remarks>
public sealed class SlaPolicy
{
    private const int Metrics = 3, Priorities = 4;
    private readonly SlaTarget?[] _targets;

    private SlaPolicy(SlaTarget?[] targets) => _targets = targets;

    /// <summary>A policy with no targets: every outcome is <see cref="SlaOutcome.NotApplicable"/>.</summary>
    public static SlaPolicy None { get; } = new(new SlaTarget?[Metrics * Priorities]);

    /// <summary>Returns a copy with <paramref name="target"/> set for <paramref name="metric"/> at <paramref name="priority"/>.</summary>
    /// <param name="metric">The clock.</param>
    /// <param name="priority">The case priority the target applies to.</param>
    /// <param name="target">The target.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> or <paramref name="priority"/> is not a defined value.</exception>
    public SlaPolicy With(SlaMetric metric, CasePriority priority, SlaTarget target)
    {
        int index = Index(metric, priority);
        var copy = (SlaTarget?[])_targets.Clone();
        copy[index] = target;
        return new SlaPolicy(copy);
    }

    /// <summary>Returns a copy with <paramref name="target"/> set for <paramref name="metric"/> at every priority.</summary>
    /// <param name="metric">The clock.</param>
    /// <param name="target">The target.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is not a defined value.</exception>
    public SlaPolicy With(SlaMetric metric, SlaTarget target)
    {
        SlaPolicy policy = this;
        for (var p = CasePriority.Low; p <= CasePriority.Urgent; p++)
        {
            policy = policy.With(metric, p, target);
        }

        return policy;
    }

    /// <summary>The target for <paramref name="metric"/> at <paramref name="priority"/>, or <see langword="null"/> when none is set.</summary>
    /// <param name="metric">The clock.</param>
    /// <param name="priority">The priority.</param>
    /// <returns>The target or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> or <paramref name="priority"/> is not a defined value.</exception>
    public SlaTarget? TargetFor(SlaMetric metric, CasePriority priority) => _targets[Index(metric, priority)];

    private static int Index(SlaMetric metric, CasePriority priority)
    {
        if (unchecked((uint)metric) >= Metrics)
        {
            throw new ArgumentOutOfRangeException(nameof(metric), metric, "The metric must be FirstResponse, NextReply or Resolution.");
        }

        if (unchecked((uint)priority) >= Priorities)
        {
            throw new ArgumentOutOfRangeException(nameof(priority), priority, "The priority must be Low, Normal, High or Urgent.");
        }

        return (int)metric * Priorities + (int)priority;
    }
}
