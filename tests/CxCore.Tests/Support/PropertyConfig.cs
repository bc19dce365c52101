using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace CxCore.Tests.Support;

/// <summary>FsCheck configurations that throw on failure and replay a fixed seed, so property runs are reproducible.</summary>
internal static class PropertyConfig
{
    /// <summary>Throws on failure; <paramref name="maxTest"/> cases from the fixed seed <paramref name="seed"/>.</summary>
    internal static Config Seeded(int maxTest = 1000, ulong seed = 2026) =>
        Config.QuickThrowOnFailure
            .WithMaxTest(maxTest)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed), FSharpOption<int>.None)));
}
