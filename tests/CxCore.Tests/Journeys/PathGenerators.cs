using CxCore.Journeys;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace CxCore.Tests.Journeys;

/// <summary>Seeded FsCheck configuration and bounded generators of conversion paths.</summary>
internal static class PathGenerators
{
    private static readonly string[] Channels = ["a", "b", "c", "d", "e"];

    /// <summary>A throwing configuration with a fixed seed, so every run checks the same cases.</summary>
    public static Config Seeded(ulong seed, int maxTest = 300) =>
        Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed), FSharpOption<int>.None)));

    /// <summary>One path of 1–6 steps over five channels, 0–3 conversions and 0–3 non-conversions (at least one journey).</summary>
    public static Gen<ConversionPath> Path =>
        from length in Gen.Choose(1, 6)
        from steps in Gen.ArrayOf(Gen.Elements(Channels), length)
        from conversions in Gen.Choose(0, 3)
        from nonConversions in Gen.Choose(conversions == 0 ? 1 : 0, 3)
        select ConversionPath.FromCounts(steps, conversions, nonConversions);

    /// <summary>1–12 paths.</summary>
    public static Gen<ConversionPath[]> Paths =>
        from count in Gen.Choose(1, 12)
        from paths in Gen.ArrayOf(Path, count)
        select paths;

    /// <summary>1–12 paths with at least one conversion.</summary>
    public static Arbitrary<ConversionPath[]> ConvertingPaths =>
        Paths.Where(p => p.Any(x => x.Conversions > 0)).ToArbitrary();

    /// <summary>Paths together with a seed for shuffling them.</summary>
    public static Arbitrary<(ConversionPath[] Paths, int Seed)> PathsAndSeed =>
        (from paths in Paths from seed in Gen.Choose(0, int.MaxValue) select (paths, seed)).ToArbitrary();

    /// <summary>A copy of <paramref name="paths"/> in a seeded random order.</summary>
    public static ConversionPath[] Shuffled(ConversionPath[] paths, int seed)
    {
        var copy = (ConversionPath[])paths.Clone();
        new Random(seed).Shuffle(copy);
        return copy;
    }
}
