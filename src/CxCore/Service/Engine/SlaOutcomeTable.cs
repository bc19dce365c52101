using System;

namespace CxCore.Service.Engine;

/// <summary>Each case's <see cref="SlaOutcome"/> on each SLA clock, one byte each, in case order.</summary>
internal sealed class SlaOutcomeTable
{
    private const int Clocks = 3;

    private readonly byte[] _outcomes;

    /// <summary>A table for <paramref name="cases"/> cases; every entry is written by the per-case pass.</summary>
    internal SlaOutcomeTable(int cases) => _outcomes = GC.AllocateUninitializedArray<byte>(cases * Clocks);

    /// <summary>The outcome of case <paramref name="caseIndex"/> on the <paramref name="metric"/> clock.</summary>
    internal SlaOutcome this[int caseIndex, SlaMetric metric]
    {
        get => (SlaOutcome)_outcomes[(caseIndex * Clocks) + (int)metric];
        set => _outcomes[(caseIndex * Clocks) + (int)metric] = (byte)value;
    }

    /// <summary>The attainment of <paramref name="metric"/> over the cases at <paramref name="indices"/>.</summary>
    internal SlaAttainment Attainment(SlaMetric metric, int[] indices)
    {
        Span<long> counts = stackalloc long[4];
        foreach (int i in indices)
        {
            counts[_outcomes[(i * Clocks) + (int)metric]]++;
        }

        return new SlaAttainment(counts[(int)SlaOutcome.Achieved], counts[(int)SlaOutcome.Breached], counts[(int)SlaOutcome.Pending]);
    }
}
