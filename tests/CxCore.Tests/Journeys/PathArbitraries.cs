using CxCore.Journeys;
using FsCheck;
using FsCheck.Fluent;

namespace CxCore.Tests.Journeys;

/// <summary>1–12 conversion paths of which at least one converts.</summary>
/// <param name="Paths">The paths.</param>
public sealed record ConvertingPaths(ConversionPath[] Paths);

/// <summary>Bounded generators of conversion paths, for <c>[Properties(Arbitrary = [typeof(PathArbitraries)])]</c>.</summary>
public static class PathArbitraries
{
    private static readonly string[] Channels = ["a", "b", "c", "d", "e"];

    /// <summary>One path of 1–6 steps over five channels, 0–3 conversions and 0–3 non-conversions (at least one journey).</summary>
    public static Gen<ConversionPath> Path =>
        from length in Gen.Choose(1, 6)
        from steps in Gen.ArrayOf(Gen.Elements(Channels), length)
        from conversions in Gen.Choose(0, 3)
        from nonConversions in Gen.Choose(conversions == 0 ? 1 : 0, 3)
        select ConversionPath.FromCounts(steps, conversions, nonConversions);

    /// <summary>1–12 paths.</summary>
    public static Arbitrary<ConversionPath[]> Paths() =>
        (from count in Gen.Choose(1, 12)
         from paths in Gen.ArrayOf(Path, count)
         select paths).ToArbitrary();

    /// <summary>1–12 paths with at least one conversion.</summary>
    public static Arbitrary<ConvertingPaths> Converting() =>
        Paths().Generator.Where(p => p.Any(x => x.Conversions > 0)).Select(p => new ConvertingPaths(p)).ToArbitrary();

    /// <summary>A copy of <paramref name="paths"/> in a seeded random order.</summary>
    public static ConversionPath[] Shuffled(ConversionPath[] paths, int seed)
    {
        var copy = (ConversionPath[])paths.Clone();
        new Random(seed).Shuffle(copy);
        return copy;
    }
}
