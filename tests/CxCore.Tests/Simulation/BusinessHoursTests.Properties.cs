using CxCore.Simulation;
using CxCore.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CxCore.Tests.Simulation;

public sealed partial class BusinessHoursTests
{
    private static readonly string[] ZoneIds = ["Europe/London", "America/New_York", "Australia/Sydney", "Asia/Singapore"];

    /// <summary>A start anywhere in 2025 (minute resolution), two positive business durations up to 30 hours, a zone.</summary>
    private static Arbitrary<(Instant Start, Duration A, Duration B, DateTimeZone Zone)> Cases =>
        (from minute in Gen.Choose(0, 365 * 24 * 60)
         from a in Gen.Choose(1, 30 * 60)
         from b in Gen.Choose(1, 30 * 60)
         from zone in Gen.Elements(ZoneIds)
         select (Instant.FromUtc(2025, 1, 1, 0, 0) + Duration.FromMinutes(minute), Duration.FromMinutes(a), Duration.FromMinutes(b),
                 DateTimeZoneProviders.Tzdb[zone])).ToArbitrary();

    [Fact]
    public void Add_PositiveAmount_LandsInsideBusinessHoursAfterTheStart() =>
        Prop.ForAll(Cases, c =>
        {
            Instant result = BusinessHours.Add(c.Start, c.A, c.Zone);
            return result > c.Start && BusinessHours.Contains(result.InZone(c.Zone).LocalDateTime) && result - c.Start >= c.A;
        }).Check(PropertyConfig.Seeded());

    [Fact]
    public void Add_IsAdditive() =>
        Prop.ForAll(Cases, c =>
            BusinessHours.Add(BusinessHours.Add(c.Start, c.A, c.Zone), c.B, c.Zone) == BusinessHours.Add(c.Start, c.A + c.B, c.Zone))
        .Check(PropertyConfig.Seeded());
}
