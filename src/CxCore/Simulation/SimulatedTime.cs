using NodaTime;

namespace CxCore.Simulation;

/// <summary>Durations from drawn amounts, truncated to 100-nanosecond ticks.</summary>
internal static class SimulatedTime
{
    internal static readonly long TicksPerMinute = Duration.FromMinutes(1).BclCompatibleTicks;
    internal static readonly long TicksPerHour = Duration.FromHours(1).BclCompatibleTicks;
    internal static readonly long TicksPerDay = Duration.FromDays(1).BclCompatibleTicks;

    /// <summary><paramref name="minutes"/> minutes.</summary>
    internal static Duration Minutes(double minutes) => Duration.FromTicks((long)(minutes * TicksPerMinute));

    /// <summary><paramref name="hours"/> hours.</summary>
    internal static Duration Hours(double hours) => Duration.FromTicks((long)(hours * TicksPerHour));
}
