using CxCore.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CxCore.Tests;

public sealed partial class JourneyTests
{
    /// <summary>Up to 12 touchpoints of one customer at instants 0–5 hours (so ties on instants are common).</summary>
    private static Arbitrary<Touchpoint[]> Points =>
        Gen.Choose(1, 12)
            .SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 5), n))
            .Select(hours => hours.Select((h, i) => Point("t" + (i % 4).ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), h)).ToArray())
            .ToArbitrary();

    [Fact]
    public void Create_AnyPermutationOfDistinctIds_GivesTheSameJourney() =>
        Prop.ForAll(Points, Gen.Choose(0, int.MaxValue).ToArbitrary(), (points, seed) =>
        {
            Touchpoint[] shuffled = [.. points];
            new Random(seed).Shuffle(shuffled);

            Journey a = Journey.Create(Ann, points, []);
            Journey b = Journey.Create(Ann, shuffled, []);

            return a.Equals(b) && a.Touchpoints.Zip(b.Touchpoints).All(p => ReferenceEquals(p.First, p.Second));
        }).Check(PropertyConfig.Seeded());

    [Fact]
    public void Create_Always_OrdersByInstantThenIdAndSpansFirstToLast() =>
        Prop.ForAll(Points, points =>
        {
            Journey journey = Journey.Create(Ann, points, []);
            bool ordered = journey.Touchpoints.Zip(journey.Touchpoints.Skip(1)).All(p =>
                p.First.At < p.Second.At || (p.First.At == p.Second.At && string.CompareOrdinal(p.First.Id, p.Second.Id) <= 0));

            return ordered &&
                   journey.Touchpoints.Count == points.Length &&
                   journey.Start == points.Min(p => p.At) &&
                   journey.End == points.Max(p => p.At) &&
                   journey.Span == journey.End - journey.Start &&
                   journey.Span >= Duration.Zero;
        }).Check(PropertyConfig.Seeded());
}
