using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace CxCore.Service.Engine;

/// <summary>Per group of a <see cref="Dimension"/>, the number of cases with each <see cref="RateFlags"/> flag.</summary>
internal sealed class RateCounts
{
    private const int FlagBits = 7;

    private readonly long[] _counts;

    private RateCounts(long[] counts) => _counts = counts;

    /// <summary>The number of cases of <paramref name="group"/> with the single flag <paramref name="flag"/>.</summary>
    internal long this[int group, RateFlags flag]
    {
        get
        {
            Debug.Assert(BitOperations.IsPow2((uint)flag) && (uint)flag < 1u << FlagBits, "One flag.");
            return _counts[(group * FlagBits) + BitOperations.Log2((uint)flag)];
        }
    }

    /// <summary>Counts the flags of every group of <paramref name="dimension"/>.</summary>
    internal static RateCounts Count(Dimension dimension, RateFlags[] flags)
    {
        // Count each group's flag bytes (one increment per case), then add up the bits of each byte value.
        const int Values = 1 << FlagBits;
        long[] byValue = new long[dimension.Count * Values];
        int[]? groupOf = dimension.GroupOf;
        for (int i = 0; i < flags.Length; i++)
        {
            byValue[(groupOf is null ? 0 : groupOf[i] * Values) + (int)flags[i]]++;
        }

        long[] counts = new long[dimension.Count * FlagBits];
        for (int g = 0; g < dimension.Count; g++)
        {
            for (int f = 0; f < Values; f++)
            {
                long n = byValue[(g * Values) + f];
                for (int bit = 0; bit < FlagBits; bit++)
                {
                    counts[(g * FlagBits) + bit] += ((f >> bit) & 1) * n;
                }
            }
        }

        return new RateCounts(counts);
    }

    /// <summary>The flags of a case from its metrics.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static RateFlags Of(in CaseMetrics m)
    {
        RateFlags flags = (m.IsResolved ? RateFlags.Resolved : 0)
            | (m.WasEverSolved ? RateFlags.EverSolved : 0)
            | (m.IsOneTouch ? RateFlags.OneTouch : 0)
            | (m.IsFirstContactResolution ? RateFlags.FirstContactResolution : 0)
            | (m.IsReopened ? RateFlags.Reopened : 0);
        if (m.IsBotContained is { } bot)
        {
            flags |= RateFlags.Chatbot | (bot ? RateFlags.BotContained : 0);
        }

        return flags;
    }
}
