using CxCore.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CxCore.Tests;

[Properties(Arbitrary = [typeof(JourneyTests.Arbitraries)])]
public sealed partial class JourneyTests
{
    /// <summary>The generators of this class's properties.</summary>
    public static class Arbitraries
    {
        /// <summary>Up to 12 touchpoints of one customer at instants 0–5 hours (so ties on instants are common).</summary>
        public static Arbitrary<Touchpoint[]> Points() =>
            Gen.Choose(1, 12)
                .SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 5), n))
                .Select(hours => hours.Select((h, i) => Point("t" + (i % 4).ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), h)).ToArray())
                .ToArbitrary();
    }

    [Property]
    public bool Create_AnyPermutationOfDistinctIds_GivesTheSameJourney(Touchpoint[] points, Seed seed)
    {
        Touchpoint[] shuffled = [.. points];
        new Random(seed.Value).Shuffle(shuffled);

        Journey a = Journey.Create(Ann, points, []);
        Journey b = Journey.Create(Ann, shuffled, []);

        return a.Equals(b) && a.Touchpoints.Zip(b.Touchpoints).All(p => ReferenceEquals(p.First, p.Second));
    }

    [Property]
    public bool Create_Always_OrdersByInstantThenIdAndSpansFirstToLast(Touchpoint[] points)
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
    }
}
