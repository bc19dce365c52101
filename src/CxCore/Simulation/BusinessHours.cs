using System.Diagnostics;
using NodaTime;

namespace CxCore.Simulation;

/// <summary>Business-time arithmetic for the generator: Monday to Friday, 09:00 to 17:00 local time, no holidays.</summary>
internal static class BusinessHours
{
    internal static readonly LocalTime Opening = new(9, 0);
    internal static readonly LocalTime Closing = new(17, 0);

    /// <summary>Whether <paramref name="local"/> lies inside business hours (both ends included).</summary>
    internal static bool Contains(LocalDateTime local) =>
        local.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) &&
        local.TimeOfDay >= Opening && local.TimeOfDay <= Closing;

    /// <summary>The instant <paramref name="amount"/> of business time after <paramref name="start"/> in <paramref name="zone"/>.</summary>
    internal static Instant Add(Instant start, Duration amount, DateTimeZone zone)
    {
        Debug.Assert(amount >= Duration.Zero);
        LocalDateTime local = start.InZone(zone).LocalDateTime;
        long remaining = amount.BclCompatibleTicks;
        while (true)
        {
            if (local.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
            {
                local = local.Date.PlusDays(local.DayOfWeek == IsoDayOfWeek.Saturday ? 2 : 1) + Opening;
                continue;
            }

            if (local.TimeOfDay < Opening)
            {
                local = local.Date + Opening;
            }
            else if (local.TimeOfDay >= Closing)
            {
                local = local.Date.PlusDays(1) + Opening;
                continue;
            }

            long available = Closing.TickOfDay - local.TimeOfDay.TickOfDay;
            if (remaining <= available)
            {
                // Business hours never fall in a DST gap or overlap in the TZDB zones, so leniency never bites.
                return local.PlusTicks(remaining).InZoneLeniently(zone).ToInstant();
            }

            remaining -= available;
            local = local.Date.PlusDays(1) + Opening;
        }
    }
}
