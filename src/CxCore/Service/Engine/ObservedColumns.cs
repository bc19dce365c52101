using System;

namespace CxCore.Service.Engine;

/// <summary>Every case's <see cref="ObservedTime"/> in calendar and in business time, in case order.</summary>
/// <param name="calendar">The calendar-time observations.</param>
/// <param name="business">The business-time observations.</param>
internal sealed class ObservedColumns(ObservedTime[] calendar, ObservedTime[] business)
{
    /// <summary>The column of <paramref name="basis"/>.</summary>
    internal ObservedTime[] this[TimeBasis basis] => basis == TimeBasis.Calendar ? calendar : business;

    /// <summary>A copy of the observations of the cases at <paramref name="members"/> (every case when <see langword="null"/>), in that order.</summary>
    internal ObservedTime[] Gather(TimeBasis basis, int[]? members, int count)
    {
        ObservedTime[] source = this[basis];
        ObservedTime[] times = GC.AllocateUninitializedArray<ObservedTime>(count);
        if (members is null)
        {
            source.AsSpan(0, count).CopyTo(times);
        }
        else
        {
            for (int j = 0; j < times.Length; j++)
            {
                times[j] = source[members[j]];
            }
        }

        return times;
    }
}
