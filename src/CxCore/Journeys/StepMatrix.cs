using System;
using System.Collections.Generic;
using System.Globalization;

namespace CxCore.Journeys;

/// <summary>
/// Where each step name occurs along the paths: for every step index (0 = first step) and step name, the number of
/// journeys whose path has that name at that index, and its share of the journeys that have a step at that index.
/// </summary>
/// <remarks>
/// <para>
/// Journeys are counted with their weights (<see cref="ConversionPath.Journeys"/>). The shares in one column (one
/// index) sum to 1; a column of an index no path reaches does not exist (<see cref="Length"/> is the longest path).
/// </para>
/// <para>Memory is proportional to (number of step names) × <see cref="Length"/>. Immutable and thread-safe.</para>
/// </remarks>
public sealed class StepMatrix
{
    private readonly string[] _names;
    private readonly long[] _counts; // [index * names + name]
    private readonly long[] _reaching;

    private StepMatrix(string[] names, long[] counts, long[] reaching)
    {
        _names = names;
        _counts = counts;
        _reaching = reaching;
        StepNames = Array.AsReadOnly(names);
    }

    /// <summary>The step names (rows), in ordinal order.</summary>
    public IReadOnlyList<string> StepNames { get; }

    /// <summary>The number of step indexes (columns): the length of the longest path; 0 when there are no paths.</summary>
    public int Length => _reaching.Length;

    /// <summary>The number of journeys whose path has at least <paramref name="index"/> + 1 steps.</summary>
    /// <param name="index">The step index, from 0 to <see cref="Length"/> − 1.</param>
    /// <returns>The number of journeys.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or at least <see cref="Length"/>.</exception>
    public long JourneysAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Length);
        return _reaching[index];
    }

    /// <summary>The number of journeys whose path has <paramref name="step"/> at <paramref name="index"/>.</summary>
    /// <param name="step">A step name from <see cref="StepNames"/>.</param>
    /// <param name="index">The step index, from 0 to <see cref="Length"/> − 1.</param>
    /// <returns>The number of journeys.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="step"/> is not one of <see cref="StepNames"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or at least <see cref="Length"/>.</exception>
    public long Count(string step, int index)
    {
        int id = IdOf(step);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Length);
        return _counts[(index * _names.Length) + id];
    }

    /// <summary>The share of the journeys with a step at <paramref name="index"/> that have <paramref name="step"/> there.</summary>
    /// <param name="step">A step name from <see cref="StepNames"/>.</param>
    /// <param name="index">The step index, from 0 to <see cref="Length"/> − 1.</param>
    /// <returns>The share, in [0, 1].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="step"/> is not one of <see cref="StepNames"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or at least <see cref="Length"/>.</exception>
    public double Share(string step, int index) => (double)Count(step, index) / _reaching[index];

    /// <summary>Builds the step matrix of <paramref name="paths"/>.</summary>
    /// <param name="paths">The paths; none null. Pass a <see cref="PathCollection"/> to reuse its interned names.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A path is <see langword="null"/>.</exception>
    public static StepMatrix Build(IEnumerable<ConversionPath> paths)
    {
        PathCollection collection = PathCollection.Of(paths, nameof(paths));
        int[] offsets = collection.Offsets;
        int length = 0;
        for (int p = 0; p < collection.Count; p++)
        {
            length = Math.Max(length, offsets[p + 1] - offsets[p]);
        }

        int n = collection.Names.Length;
        long[] counts = new long[checked(length * n)];
        long[] reaching = new long[length];
        int[] ids = collection.StepIds;
        for (int p = 0; p < collection.Count; p++)
        {
            long weight = collection[p].Journeys;
            for (int i = 0; i < offsets[p + 1] - offsets[p]; i++)
            {
                counts[(i * n) + ids[offsets[p] + i]] += weight;
                reaching[i] += weight;
            }
        }

        return new StepMatrix(collection.Names, counts, reaching);
    }

    /// <summary>
    /// The matrix in long form as a table with columns <c>step, state, count, journeys, share</c>: for every step
    /// position (<c>step</c>, 1-based) and every step name (<c>state</c>, in the order of <see cref="StepNames"/>), the
    /// number of journeys with that name there, the number of journeys with a step there (<see cref="JourneysAt"/>) and
    /// the share in [0, 1] (<see cref="Share"/>). Zero counts are listed.
    /// </summary>
    /// <returns>The table (no rows when there are no paths).</returns>
    public ResultTable ToTable()
    {
        var rows = new List<object?[]>(Length * _names.Length);
        for (int i = 0; i < Length; i++)
        {
            foreach (string name in _names)
            {
                rows.Add([(long)(i + 1), name, Count(name, i), JourneysAt(i), Share(name, i)]);
            }
        }

        return ResultTable.FromRows(["step", "state", "count", "journeys", "share"], rows);
    }

    /// <summary>The shares as a Markdown table (see <see cref="ToTable"/>).</summary>
    /// <returns>The Markdown table.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    /// <summary>The shares as flat rows (see <see cref="ToTable"/>).</summary>
    /// <returns>One dictionary per row.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ToRows() => ToTable().ToRows();

    /// <summary>
    /// Formats the shares as an aligned wide table for reading: one row per step name, one column per step index
    /// (1-based), in percent; <see cref="ToTable"/> has the long form with counts for data frames.
    /// </summary>
    /// <returns>The table.</returns>
    public override string ToString()
    {
        var header = new string[Length + 1];
        header[0] = "step";
        for (int i = 0; i < Length; i++)
        {
            header[i + 1] = (i + 1).ToString(CultureInfo.InvariantCulture);
        }

        var rows = new List<string[]>();
        foreach (string name in _names)
        {
            var row = new string[Length + 1];
            row[0] = name;
            for (int i = 0; i < Length; i++)
            {
                row[i + 1] = (Share(name, i) * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";
            }

            rows.Add(row);
        }

        return PathText.Table(header, rows);
    }

    private int IdOf(string step)
    {
        ArgumentNullException.ThrowIfNull(step);
        int id = Array.BinarySearch(_names, step, StringComparer.Ordinal);
        return id >= 0 ? id : throw new KeyNotFoundException($"\"{step}\" is not a step name of this step matrix.");
    }
}
