using NodaTime;
using NodaTime.TimeZones;

namespace CxCore.Csv.Tests;

/// <summary>
/// <see cref="ZoneIntervalWindow"/> against <see cref="DateTimeZone.MapLocal(LocalDateTime)"/>, the reference: every
/// wall-clock time from 40 hours before to 40 hours after each transition of 1900–2060 and one every 997 hours, in order
/// and shuffled (the window keeps state between calls).
/// </summary>
public sealed class ZoneIntervalWindowTests
{
    public static TheoryData<string> Zones() =>
    [
        "America/New_York", "Europe/London", "Australia/Lord_Howe", "Pacific/Apia", "Pacific/Chatham", "Asia/Kolkata",
        "Africa/Casablanca", "America/Sao_Paulo", "Antarctica/Troll", "Europe/Moscow", "Etc/UTC",
    ];

    [Theory]
    [MemberData(nameof(Zones))]
    public void TryMap_AroundEveryTransition_AgreesWithMapLocal(string zoneId)
    {
        DateTimeZone zone = DateTimeZoneProviders.Tzdb[zoneId];

        AssertAgrees(zone, TimesAroundTransitions(zone, Instant.FromUtc(1900, 1, 1, 0, 0), Instant.FromUtc(2060, 1, 1, 0, 0)));
    }

    [Fact]
    public void TryMap_FixedOffset_EveryTimeMapsByTheOffset()
    {
        DateTimeZone zone = DateTimeZone.ForOffset(Offset.FromHoursAndMinutes(5, 30));
        var window = new ZoneIntervalWindow(zone);

        Assert.True(window.TryMap(new LocalDateTime(2026, 3, 8, 2, 30), out Instant at));
        Assert.Equal(Instant.FromUtc(2026, 3, 7, 21, 0), at); // 02:30 at +05:30 is 21:00Z the day before
        Assert.True(window.TryMap(new LocalDateTime(1, 1, 1, 12, 0), out Instant early));
        Assert.Equal(Instant.FromUtc(1, 1, 1, 6, 30), early);
    }

    [Fact]
    public void TryMap_NewYork_GapAndOverlapAreNotMapped()
    {
        var window = new ZoneIntervalWindow(DateTimeZoneProviders.Tzdb["America/New_York"]);

        // 2026-03-08 02:00 EST became 03:00 EDT; 2026-11-01 02:00 EDT became 01:00 EST.
        Assert.True(window.TryMap(new LocalDateTime(2026, 3, 8, 1, 59), out Instant before));
        Assert.Equal(Instant.FromUtc(2026, 3, 8, 6, 59), before);
        Assert.False(window.TryMap(new LocalDateTime(2026, 3, 8, 2, 30), out _));
        Assert.True(window.TryMap(new LocalDateTime(2026, 3, 8, 3, 0), out Instant after));
        Assert.Equal(Instant.FromUtc(2026, 3, 8, 7, 0), after);
        Assert.False(window.TryMap(new LocalDateTime(2026, 11, 1, 1, 30), out _));
        Assert.True(window.TryMap(new LocalDateTime(2026, 11, 1, 2, 0), out Instant later));
        Assert.Equal(Instant.FromUtc(2026, 11, 1, 7, 0), later);
    }

    [Fact]
    public void TryMap_IntervalsShorterThanADay_AgreesWithMapLocal()
    {
        var zone = new ShortIntervalZone();

        AssertAgrees(zone, TimesAroundTransitions(zone, ShortIntervalZone.First - Duration.FromDays(3), ShortIntervalZone.First + Duration.FromDays(6)));
    }

    private static List<LocalDateTime> TimesAroundTransitions(DateTimeZone zone, Instant from, Instant to)
    {
        var times = new List<LocalDateTime>();
        for (Instant at = from; at < to; at += Duration.FromHours(997))
        {
            times.Add(at.InUtc().LocalDateTime);
        }

        foreach (ZoneInterval interval in zone.GetZoneIntervals(from, to))
        {
            if (!interval.HasStart || interval.Start < from)
            {
                continue;
            }

            LocalDateTime around = interval.Start.InUtc().LocalDateTime;
            for (int minutes = -40 * 60; minutes <= 40 * 60; minutes += 20)
            {
                times.Add(around.PlusMinutes(minutes));
            }
        }

        return times;
    }

    private static void AssertAgrees(DateTimeZone zone, List<LocalDateTime> times)
    {
        Assert.NotEmpty(times);
        var shuffled = times.ToList();
        new Random(20261208).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));
        foreach (List<LocalDateTime> order in new[] { times, shuffled })
        {
            var window = new ZoneIntervalWindow(zone);
            foreach (LocalDateTime local in order)
            {
                ZoneLocalMapping reference = zone.MapLocal(local);
                bool mapped = window.TryMap(local, out Instant instant);
                if (reference.Count == 1)
                {
                    Assert.True(mapped, $"{zone.Id} {local}: not mapped");
                    Assert.Equal(reference.Single().ToInstant(), instant);
                }
                else
                {
                    Assert.False(mapped, $"{zone.Id} {local}: mapped, but it has {reference.Count} mappings");
                }
            }
        }
    }

    /// <summary>
    /// A zone whose offset alternates between +00:00 and +03:00 every 5 hours for 4 days from <see cref="First"/>
    /// (UTC before and after): intervals too short for the window to keep.
    /// </summary>
    private sealed class ShortIntervalZone() : DateTimeZone("Test/Short", false, Offset.Zero, Offset.FromHours(3))
    {
        public static readonly Instant First = Instant.FromUtc(2026, 6, 1, 0, 0);
        private static readonly Duration Step = Duration.FromHours(5);
        private const int Steps = 4 * 24 / 5;

        public override ZoneInterval GetZoneInterval(Instant instant)
        {
            if (instant < First)
            {
                return new ZoneInterval("before", null, First, Offset.Zero, Offset.Zero);
            }

            long k = (long)Math.Floor((instant - First).TotalHours / 5);
            if (k >= Steps)
            {
                return new ZoneInterval("after", First + (Step * Steps), null, Offset.Zero, Offset.Zero);
            }

            Offset offset = k % 2 == 0 ? Offset.FromHours(3) : Offset.Zero;
            return new ZoneInterval("step " + k, First + (Step * k), First + (Step * (k + 1)), offset, Offset.Zero);
        }
    }
}
