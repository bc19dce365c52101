using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;

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
public sealed class PathCollection : IReadOnlyList<ConversionPath>
{
    private readonly ConversionPath[] _paths;

    private PathCollection(ConversionPath[] paths, string[] names, int[] offsets, int[] stepIds, long conversions, long nonConversions)
    {
        _paths = paths;
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

    /// <summary>The id of <paramref name="name"/> in <see cref="Names"/>, or −1.</summary>
    internal int IdOf(string name)
    {
        int id = Array.BinarySearch(Names, name, StringComparer.Ordinal);
        return id < 0 ? -1 : id;
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
        long conversions = 0, nonConversions = 0;
        for (int p = 0; p < array.Length; p++)
        {
            ConversionPath path = array[p] ?? throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The path at position {p} is null."), paramName);
            stepCount = checked(stepCount + path.StepArray.Length);
            conversions = checked(conversions + path.Conversions);
            nonConversions = checked(nonConversions + path.NonConversions);
        }

        _ = checked(conversions + nonConversions);

        // Intern in order of first appearance. Step names usually repeat as the same string instances, so a small
        // reference-keyed cache in front of the ordinal dictionary avoids hashing most strings.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        const int CacheSize = 256;
        var cacheKeys = new string?[CacheSize];
        var cacheIds = new int[CacheSize];
        int[] offsets = new int[array.Length + 1];
        int[] stepIds = new int[stepCount];
        int k = 0;
        for (int p = 0; p < array.Length; p++)
        {
            offsets[p] = k;
            foreach (string step in array[p].StepArray)
            {
                int slot = RuntimeHelpers.GetHashCode(step) & (CacheSize - 1);
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

        offsets[array.Length] = k;

        // Renumber in ordinal order of the names so results do not depend on the input order.
        string[] sorted = [.. names];
        int[] order = new int[sorted.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(sorted, order, StringComparer.Ordinal);
        int[] remap = new int[sorted.Length];
        for (int i = 0; i < order.Length; i++)
        {
            remap[order[i]] = i;
        }

        for (int i = 0; i < stepIds.Length; i++)
        {
            stepIds[i] = remap[stepIds[i]];
        }

        return new PathCollection(array, sorted, offsets, stepIds, conversions, nonConversions);
    }
}
