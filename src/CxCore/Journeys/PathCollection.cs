using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;

namespace CxCore.Journeys;

/// <summary>
/// A list of <see cref="ConversionPath"/>s whose step names have been interned to small integers once, so that
/// transition matrices, funnels and attribution models built from it do no string work.
/// </summary>
/// <remarks>
/// <para>
/// Every method that takes <c>IEnumerable&lt;ConversionPath&gt;</c> builds a collection internally; pass a
/// <see cref="PathCollection"/> instead to share that work between several analyses of the same paths.
/// </para>
/// <para>
/// <see cref="StepNames"/> lists the distinct step names in ordinal order, so every result is independent of the order
/// of the input paths. An empty collection is valid: it has no step names, no journeys and no conversions.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class PathCollection : IReadOnlyList<ConversionPath>
{
    private readonly ConversionPath[] _paths;

    private PathCollection(ConversionPath[] paths, string[] names, int[] offsets, int[] stepIds, long[] pathConversions, long[] pathNonConversions, long conversions, long nonConversions)
    {
        _paths = paths;
        PathConversions = pathConversions;
        PathNonConversions = pathNonConversions;
        Names = names;
        StepNames = Array.AsReadOnly(names);
        Offsets = offsets;
        StepIds = stepIds;
        TotalConversions = conversions;
        TotalNonConversions = nonConversions;
    }

    /// <summary>The distinct step names of all paths, in ordinal order.</summary>
    public IReadOnlyList<string> StepNames { get; }

    /// <summary>The number of paths.</summary>
    public int Count => _paths.Length;

    /// <summary>The total number of conversions over all paths.</summary>
    public long TotalConversions { get; }

    /// <summary>The total number of non-conversions over all paths.</summary>
    public long TotalNonConversions { get; }

    /// <summary>The total number of journeys over all paths: <see cref="TotalConversions"/> + <see cref="TotalNonConversions"/>.</summary>
    public long TotalJourneys => TotalConversions + TotalNonConversions;

    /// <summary>The path at <paramref name="index"/>, in input order.</summary>
    /// <param name="index">The position, from 0 to <see cref="Count"/> − 1.</param>
    /// <returns>The path.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public ConversionPath this[int index] => _paths[index];

    /// <summary>The step names by id (ordinal order).</summary>
    internal string[] Names { get; }

    /// <summary>Path <c>p</c> has the step ids <c>StepIds[Offsets[p]..Offsets[p + 1]]</c>.</summary>
    internal int[] Offsets { get; }

    /// <summary>The step ids of all paths, concatenated.</summary>
    internal int[] StepIds { get; }

    /// <summary>The conversions of each path (a flat copy, so hot loops do not touch the path objects).</summary>
    internal long[] PathConversions { get; }

    /// <summary>The non-conversions of each path.</summary>
    internal long[] PathNonConversions { get; }

    /// <summary>Interns the step names of <paramref name="paths"/>.</summary>
    /// <param name="paths">The paths; none null. A <see cref="PathCollection"/> is returned as it is.</param>
    /// <returns>The collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A path is <see langword="null"/> (the message gives its position).</exception>
    /// <exception cref="OverflowException">The total number of journeys exceeds <see cref="long.MaxValue"/>.</exception>
    public static PathCollection From(IEnumerable<ConversionPath> paths) => Of(paths, nameof(paths));

    /// <inheritdoc/>
    public IEnumerator<ConversionPath> GetEnumerator() => ((IEnumerable<ConversionPath>)_paths).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// Throws when no path converts: attribution shares conversions, so without any there is nothing to share, and a
    /// table of zero credits would read as an answer. The usual cause is a conversion test that never matches.
    /// </summary>
    internal void ThrowIfNoConversions(string model)
    {
        if (TotalConversions > 0)
        {
            return;
        }

        string what = Count == 0
            ? "no paths"
            : string.Create(CultureInfo.InvariantCulture, $"{Count:N0} paths ({TotalNonConversions:N0} journeys) and not one conversion");
        throw new InvalidOperationException(
            $"{model} attribution needs at least one conversion, but the input has {what}: there is nothing to attribute. " +
            "If the paths come from ConversionPath.FromJourneys, check the conversion test: journeys built by JourneyBuilder have an outcome only when " +
            "JourneyBuilderOptions.OutcomeRule is set (for example JourneyOutcomeRules.ConvertedWhen(JourneyOutcomeRules.SucceededAt(purchase))), and the " +
            "overload that takes a touchpoint test (such as JourneyOutcomeRules.SucceededAt) finds conversions without any outcome.");
    }

    /// <summary>The id of <paramref name="name"/> in <see cref="Names"/>, or −1.</summary>
    internal int IdOf(string name)
    {
        int id = Array.BinarySearch(Names, name, StringComparer.Ordinal);
        return id < 0 ? -1 : id;
    }

    private const int CacheSize = 1024;

    /// <summary>Inputs with at least this many steps are interned on several threads.</summary>
    internal const int ParallelThreshold = 1 << 20;

    private static int ChunkStart(int chunk, int chunkCount, int pathCount) => (int)((long)pathCount * chunk / chunkCount);

    /// <summary>
    /// Interns the steps of paths <paramref name="from"/>..<paramref name="to"/> into local ids written to
    /// <paramref name="stepIds"/> from <paramref name="firstStep"/>; returns the local names by id. Step names usually repeat as the same few string
    /// instances, so a small cache, indexed by a cheap hash of the length and four characters and checked by reference,
    /// answers most lookups without hashing the whole string; misses fall back to an ordinal dictionary.
    /// </summary>
    private static List<string> InternChunk(ConversionPath[] paths, int from, int to, int[] stepIds, int firstStep)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var cacheKeys = new string?[CacheSize];
        var cacheIds = new int[CacheSize];
        int k = firstStep;
        for (int p = from; p < to; p++)
        {
            foreach (string step in paths[p].StepArray)
            {
                int slot = CacheSlot(step);
                if (!ReferenceEquals(cacheKeys[slot], step))
                {
                    if (!ids.TryGetValue(step, out int found))
                    {
                        found = names.Count;
                        ids.Add(step, found);
                        names.Add(step);
                    }

                    cacheKeys[slot] = step;
                    cacheIds[slot] = found;
                }

                stepIds[k++] = cacheIds[slot];
            }
        }

        return names;
    }

    /// <summary>A slot of the interning cache from the length and four characters of a non-empty name.</summary>
    private static int CacheSlot(string name)
    {
        int n = name.Length;
        unchecked
        {
            // Multiplicative mixing: the products wrap modulo 2^32 by design.
            uint h = (uint)n * 0x9E3779B1u;
            h ^= name[0] * 0x85EBCA77u;
            h ^= name[n - 1] * 0xC2B2AE3Du;
            h ^= name[n > 1 ? n - 2 : 0] * 0x27D4EB2Fu;
            h ^= name[n >> 1] * 0x165667B1u;
            h ^= h >> 15;
            return (int)(h & (CacheSize - 1));
        }
    }

    /// <summary><paramref name="paths"/> itself when it is a collection; otherwise a new collection of it.</summary>
    internal static PathCollection Of(IEnumerable<ConversionPath> paths, string paramName)
    {
        ArgumentNullException.ThrowIfNull(paths, paramName);
        if (paths is PathCollection collection)
        {
            return collection;
        }

        ConversionPath[] array = [.. paths];
        int stepCount = 0;
        int[] offsets = new int[array.Length + 1];
        long conversions = 0, nonConversions = 0;
        long[] pathConversions = new long[array.Length];
        long[] pathNonConversions = new long[array.Length];
        for (int p = 0; p < array.Length; p++)
        {
            ConversionPath path = array[p] ?? throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The path at position {p} is null."), paramName);
            pathConversions[p] = path.Conversions;
            pathNonConversions[p] = path.NonConversions;
            stepCount = checked(stepCount + path.StepArray.Length);
            offsets[p + 1] = stepCount;
            conversions = checked(conversions + path.Conversions);
            nonConversions = checked(nonConversions + path.NonConversions);
        }

        _ = checked(conversions + nonConversions);

        // Intern chunk by chunk (in parallel for large inputs), each chunk with its own local ids; then number the
        // distinct names in ordinal order and map every chunk's local ids to those, so the result does not depend on
        // the input order or on the chunking.
        int[] stepIds = new int[stepCount];
        int chunkCount = stepCount < ParallelThreshold ? 1 : Math.Min(Environment.ProcessorCount, Math.Max(1, array.Length / 1024));
        var chunkNames = new List<string>[chunkCount];
        if (chunkCount == 1)
        {
            chunkNames[0] = InternChunk(array, 0, array.Length, stepIds, 0);
        }
        else
        {
            Parallel.For(0, chunkCount, c =>
            {
                int from = ChunkStart(c, chunkCount, array.Length);
                chunkNames[c] = InternChunk(array, from, ChunkStart(c + 1, chunkCount, array.Length), stepIds, offsets[from]);
            });
        }

        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (List<string> local in chunkNames)
        {
            distinct.UnionWith(local);
        }

        string[] sorted = [.. distinct];
        Array.Sort(sorted, StringComparer.Ordinal);
        var global = new Dictionary<string, int>(sorted.Length, StringComparer.Ordinal);
        for (int i = 0; i < sorted.Length; i++)
        {
            global.Add(sorted[i], i);
        }

        void Remap(int c)
        {
            List<string> local = chunkNames[c];
            int[] map = new int[local.Count];
            for (int i = 0; i < map.Length; i++)
            {
                map[i] = global[local[i]];
            }

            int end = offsets[ChunkStart(c + 1, chunkCount, array.Length)];
            for (int i = offsets[ChunkStart(c, chunkCount, array.Length)]; i < end; i++)
            {
                stepIds[i] = map[stepIds[i]];
            }
        }

        if (chunkCount == 1)
        {
            Remap(0);
        }
        else
        {
            Parallel.For(0, chunkCount, Remap);
        }

        return new PathCollection(array, sorted, offsets, stepIds, pathConversions, pathNonConversions, conversions, nonConversions);
    }
}
