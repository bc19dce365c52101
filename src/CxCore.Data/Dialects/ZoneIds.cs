using System;
using System.Collections.Generic;
using NodaTime;

namespace CxCore.Data.Dialects;

/// <summary>Time zones that SQL engines know by name.</summary>
internal static class ZoneIds
{
    // The ids the TZDB provider lists; GetZoneOrNull would also resolve fixed-offset ids such as "UTC+02", which
    // PostgreSQL reads as POSIX zones with the sign reversed.
    private static readonly HashSet<string> TzdbIds = new(DateTimeZoneProviders.Tzdb.Ids, StringComparer.Ordinal);

    /// <summary>Throws unless <paramref name="zone"/> is a zone of the IANA (TZDB) database, whose ids every engine understands.</summary>
    internal static void Check(DateTimeZone zone, string paramName)
    {
        ArgumentNullException.ThrowIfNull(zone, paramName);
        if (!TzdbIds.Contains(zone.Id))
        {
            throw new ArgumentException(
                $"The time zone '{zone.Id}' is not an IANA (TZDB) zone; SQL engines know zones by their IANA ids. Use DateTimeZoneProviders.Tzdb[\"Europe/Berlin\"] and the like.",
                paramName);
        }
    }
}
