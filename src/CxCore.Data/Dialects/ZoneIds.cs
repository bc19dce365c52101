using System;
using NodaTime;

namespace CxCore.Data.Dialects;

/// <summary>Time zones that SQL engines know by name.</summary>
internal static class ZoneIds
{
    /// <summary>Throws unless <paramref name="zone"/> is a zone of the IANA (TZDB) database, whose ids every engine understands.</summary>
    internal static void Check(DateTimeZone zone, string paramName)
    {
        ArgumentNullException.ThrowIfNull(zone, paramName);
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone.Id) is null)
        {
            throw new ArgumentException(
                $"The time zone '{zone.Id}' is not an IANA (TZDB) zone; SQL engines know zones by their IANA ids. Use DateTimeZoneProviders.Tzdb[\"Europe/Berlin\"] and the like.",
                paramName);
        }
    }
}
