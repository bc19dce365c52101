using System;
using System.Runtime.CompilerServices;

namespace CxCore.Service.Engine;

/// <summary>
/// The durations the per-case pass measures, in nanoseconds, each in calendar and in business time: the seven
/// <see cref="ServiceMetric"/> values, the case's age at the cut-off and the wait still running there; <see cref="Missing"/>
/// when undefined. Stored inline (no array per case), so a million cases are one array of <see cref="CaseMetrics"/>.
/// </summary>
internal struct CaseValues
{
    /// <summary>The value of an undefined duration.</summary>
    internal const long Missing = -1;

    // The slots after the seven metrics' (metric × 2 + basis).
    private const int AgeSlot = 7 * 2, RunningWaitSlot = 8 * 2;

    private Slots _slots;

    /// <summary>Values with every duration <see cref="Missing"/>.</summary>
    internal static CaseValues AllMissing()
    {
        var values = default(CaseValues);
        ((Span<long>)values._slots).Fill(Missing);
        return values;
    }

    /// <summary>The value of <paramref name="metric"/> in <paramref name="basis"/>; <see cref="Missing"/> when undefined.</summary>
    internal readonly long this[ServiceMetric metric, TimeBasis basis] => this[new Column(metric, basis)];

    /// <summary>The value of <paramref name="column"/>'s metric in its basis; <see cref="Missing"/> when undefined.</summary>
    internal readonly long this[Column column] => _slots[column.Index];

    /// <summary>The time from opening to the cut-off in <paramref name="basis"/>.</summary>
    internal readonly long Age(TimeBasis basis) => _slots[AgeSlot + (int)basis];

    /// <summary>How long a customer message has been waiting at the cut-off in <paramref name="basis"/>; <see cref="Missing"/> when none is.</summary>
    internal readonly long RunningWait(TimeBasis basis) => _slots[RunningWaitSlot + (int)basis];

    /// <summary>Sets <paramref name="metric"/> in both bases.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Set(ServiceMetric metric, long calendar, long business)
    {
        int slot = new Column(metric, TimeBasis.Calendar).Index;
        _slots[slot] = calendar;
        _slots[slot + 1] = business;
    }

    /// <summary>Sets the age at the cut-off in both bases.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void SetAge(long calendar, long business)
    {
        _slots[AgeSlot] = calendar;
        _slots[AgeSlot + 1] = business;
    }

    /// <summary>Sets the wait running at the cut-off in both bases.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void SetRunningWait(long calendar, long business)
    {
        _slots[RunningWaitSlot] = calendar;
        _slots[RunningWaitSlot + 1] = business;
    }

    [InlineArray(18)]
    private struct Slots
    {
        private long _first;
    }
}
