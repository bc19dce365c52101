using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using MathNet.Numerics.LinearAlgebra;

namespace CxCore.Journeys;

/// <summary>
/// The absorbing Markov chain of a <see cref="PathCollection"/> at order k: transient states are the tuples of the
/// last k steps (shorter at the start of a path), plus a start state and the absorbing conversion and null states.
/// </summary>
/// <remarks>
/// Counts are stored row-wise (CSR). Rows 0..S−1 are the transient states, row S is the start state; columns 0..S−1
/// are transient states, column S is conversion and column S+1 is null. Transient states are numbered in increasing
/// order of their tuple key (shorter tuples first, then lexicographic by step id), so the chain does not depend on
/// the order of the input paths.
/// </remarks>
internal sealed class AttributionChain
{
    /// <summary>Chains with at most this many transient states are solved by dense LU; larger ones iteratively.</summary>
    internal const int DenseLimit = 200;

    /// <summary>Gauss–Seidel stops when no probability changes by more than this in a sweep.</summary>
    internal const double Tolerance = 1e-15;

    /// <summary>Gauss–Seidel gives up (and throws) after this many sweeps.</summary>
    internal const int MaxSweeps = 100_000;

    private AttributionChain(int stateCount, int[] rowStart, int[] col, long[] count, long[] rowTotal, int[][] statesOfStep, long[] stateKeys, int stepBase)
    {
        StateCount = stateCount;
        RowStart = rowStart;
        Col = col;
        Count = count;
        RowTotal = rowTotal;
        StatesOfStep = statesOfStep;
        StateKeys = stateKeys;
        StepBase = stepBase;
    }

    // The solution without removals, once computed: the starting point of the iterative solves with removals.
    private double[]? _full;

    /// <summary>The number of transient states S.</summary>
    public int StateCount { get; }

    /// <summary>Row r has the entries <c>RowStart[r]..RowStart[r + 1]</c>.</summary>
    public int[] RowStart { get; }

    /// <summary>The column of each entry.</summary>
    public int[] Col { get; }

    /// <summary>The transition count of each entry (weighted by journeys).</summary>
    public long[] Count { get; }

    /// <summary>The total of each row (S + 1 rows).</summary>
    public long[] RowTotal { get; }

    /// <summary>The transient states whose tuple contains each step id.</summary>
    public int[][] StatesOfStep { get; }

    /// <summary>The tuple key of each transient state: base-<see cref="StepBase"/> digits (step id + 1), oldest first.</summary>
    public long[] StateKeys { get; }

    /// <summary>The base of <see cref="StateKeys"/>: the number of step names + 1.</summary>
    public int StepBase { get; }

    /// <summary>Builds the chain of <paramref name="paths"/> at <paramref name="order"/> (1–4, checked by the caller).</summary>
    /// <param name="paths">The paths.</param>
    /// <param name="order">The order.</param>
    /// <param name="denseCounts">Count into a flat array (<see langword="true"/>) or a dictionary; by size when <see langword="null"/>.</param>
    public static AttributionChain Build(PathCollection paths, int order, bool? denseCounts = null)
    {
        Debug.Assert(order is >= 1 and <= 4);
        int n = paths.Names.Length;
        int stepBase = n + 1;
        int[] states;
        int stateCount;
        long[] keys;
        int[][] statesOfStep;
        if (order == 1)
        {
            states = paths.StepIds;
            stateCount = n;
            keys = new long[n];
            statesOfStep = new int[n][];
            for (int c = 0; c < n; c++)
            {
                keys[c] = c + 1;
                statesOfStep[c] = [c];
            }
        }
        else
        {
            if (Math.Pow(stepBase, order) > 4e18)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{n} distinct steps are too many for a chain of order {order}."), nameof(paths));
            }

            (states, keys) = HigherOrderStates(paths, order, stepBase);
            stateCount = keys.Length;
            var lists = new List<int>[n];
            for (int c = 0; c < n; c++)
            {
                lists[c] = [];
            }

            for (int s = 0; s < keys.Length; s++)
            {
                for (long key = keys[s]; key > 0; key /= stepBase)
                {
                    int c = (int)(key % stepBase) - 1;
                    if (lists[c].Count == 0 || lists[c][^1] != s)
                    {
                        lists[c].Add(s);
                    }
                }
            }

            statesOfStep = new int[n][];
            for (int c = 0; c < n; c++)
            {
                statesOfStep[c] = [.. lists[c]];
            }
        }

        (int[] rowStart, int[] col, long[] count, long[] rowTotal) = CountEdges(paths, states, stateCount, denseCounts);
        return new AttributionChain(stateCount, rowStart, col, count, rowTotal, statesOfStep, keys, stepBase);
    }

    /// <summary>
    /// The probability of reaching conversion from the start state, with the <paramref name="removed"/> states (if any)
    /// made to lead to null.
    /// </summary>
    /// <param name="removed">The removed transient states, or <see langword="null"/>.</param>
    /// <param name="dense">Force dense LU (<see langword="true"/>) or Gauss–Seidel (<see langword="false"/>); by size when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Checked before the solve and on every Gauss–Seidel sweep.</param>
    public double ConversionProbability(bool[]? removed, bool? dense, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        int s = StateCount;
        if (RowTotal[s] == 0)
        {
            return double.NaN;
        }

        double[] x = (dense ?? s <= DenseLimit) ? SolveDense(removed) : SolveIterative(removed, cancellationToken);
        if (removed is null)
        {
            _full = x;
        }

        double p = 0;
        for (int e = RowStart[s]; e < RowStart[s + 1]; e++)
        {
            int j = Col[e];
            if (j < s && (removed is null || !removed[j]))
            {
                p += Count[e] * x[j];
            }
        }

        return p / RowTotal[s];
    }

    private double[] SolveDense(bool[]? removed)
    {
        // (I − Q) x = r, where x_i is the probability of conversion from state i; removed states have x_i = 0.
        int s = StateCount;
        var a = Matrix<double>.Build.Dense(s, s);
        var b = Vector<double>.Build.Dense(s);
        for (int i = 0; i < s; i++)
        {
            a[i, i] = 1;
            if (removed is not null && removed[i])
            {
                continue;
            }

            double total = RowTotal[i];
            for (int e = RowStart[i]; e < RowStart[i + 1]; e++)
            {
                int j = Col[e];
                if (j < s)
                {
                    if (removed is null || !removed[j])
                    {
                        a[i, j] -= Count[e] / total;
                    }
                }
                else if (j == s)
                {
                    b[i] = Count[e] / total;
                }
            }
        }

        return a.LU().Solve(b).ToArray();
    }

    private double[] SolveIterative(bool[]? removed, CancellationToken cancellationToken)
    {
        // Gauss–Seidel. Every coefficient is non-negative, so from x = 0 the iterates increase monotonically to the
        // solution; with removals, the solution without removals is an upper bound (removing states only lowers
        // conversion probabilities) and the iterates decrease monotonically from it, usually in far fewer sweeps.
        // States are swept from the highest number down (longer tuples first), which roughly follows the direction of
        // travel.
        int s = StateCount;
        double[] x = removed is not null && _full is not null ? (double[])_full.Clone() : new double[s];
        double[] self = new double[s];
        double[] toConversion = new double[s];
        for (int i = 0; i < s; i++)
        {
            for (int e = RowStart[i]; e < RowStart[i + 1]; e++)
            {
                if (Col[e] == i)
                {
                    self[i] = (double)Count[e] / RowTotal[i];
                }
                else if (Col[e] == s)
                {
                    toConversion[i] = (double)Count[e] / RowTotal[i];
                }
            }
        }

        for (int sweep = 0; sweep < MaxSweeps; sweep++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double change = 0;
            for (int i = s - 1; i >= 0; i--)
            {
                if (removed is not null && removed[i])
                {
                    x[i] = 0;
                    continue;
                }

                double sum = 0;
                for (int e = RowStart[i]; e < RowStart[i + 1]; e++)
                {
                    int j = Col[e];
                    if (j < s && j != i && (removed is null || !removed[j]))
                    {
                        sum += Count[e] * x[j];
                    }
                }

                double value = (sum / RowTotal[i] + toConversion[i]) / (1 - self[i]);
                change = Math.Max(change, Math.Abs(value - x[i]));
                x[i] = value;
            }

            if (change <= Tolerance)
            {
                return x;
            }
        }

        throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The absorbing-chain solver did not converge to {Tolerance:E0} within {MaxSweeps} sweeps over {s} states."));
    }

    private static (int[] States, long[] Keys) HigherOrderStates(PathCollection paths, int order, int stepBase)
    {
        int[] ids = paths.StepIds;
        int[] offsets = paths.Offsets;
        int[] states = new int[ids.Length];
        var provisional = new Dictionary<long, int>();
        var keyList = new List<long>();
        for (int p = 0; p + 1 < offsets.Length; p++)
        {
            int start = offsets[p];
            for (int i = start; i < offsets[p + 1]; i++)
            {
                long key = 0;
                for (int j = Math.Max(start, i - order + 1); j <= i; j++)
                {
                    key = key * stepBase + ids[j] + 1;
                }

                if (!provisional.TryGetValue(key, out int id))
                {
                    id = keyList.Count;
                    provisional.Add(key, id);
                    keyList.Add(key);
                }

                states[i] = id;
            }
        }

        // Number the states by key (shorter tuples have smaller keys), independent of input order.
        long[] keys = [.. keyList];
        int[] order2 = new int[keys.Length];
        for (int i = 0; i < order2.Length; i++)
        {
            order2[i] = i;
        }

        Array.Sort(keys, order2);
        int[] remap = new int[keys.Length];
        for (int i = 0; i < order2.Length; i++)
        {
            remap[order2[i]] = i;
        }

        for (int i = 0; i < states.Length; i++)
        {
            states[i] = remap[states[i]];
        }

        return (states, keys);
    }

    private static (int[] RowStart, int[] Col, long[] Count, long[] RowTotal) CountEdges(PathCollection paths, int[] states, int stateCount, bool? denseCounts)
    {
        int rows = stateCount + 1, cols = stateCount + 2;
        int start = stateCount, conversion = stateCount, dropout = stateCount + 1;
        int[] offsets = paths.Offsets;
        bool dense = denseCounts ?? (long)rows * cols <= 1 << 21;
        long[] matrix = dense ? new long[rows * cols] : [];
        var sparse = dense ? null : new Dictionary<long, long>();

        long[] pathConversions = paths.PathConversions, pathNonConversions = paths.PathNonConversions;
        if (dense)
        {
            // The hot loop of order 1: one checked add into a flat array per transition.
            for (int p = 0; p + 1 < offsets.Length; p++)
            {
                long weight = pathConversions[p] + pathNonConversions[p];
                int previous = start;
                for (int i = offsets[p]; i < offsets[p + 1]; i++)
                {
                    int state = states[i];
                    ref long cell = ref matrix[(previous * cols) + state];
                    cell = checked(cell + weight);
                    previous = state;
                }

                ref long toConversion = ref matrix[(previous * cols) + conversion];
                toConversion = checked(toConversion + pathConversions[p]);
                ref long toNull = ref matrix[(previous * cols) + dropout];
                toNull = checked(toNull + pathNonConversions[p]);
            }
        }
        else
        {
            void Add(int from, int to, long weight)
            {
                if (weight != 0)
                {
                    long key = ((long)from * cols) + to;
                    sparse!.TryGetValue(key, out long current);
                    sparse[key] = checked(current + weight);
                }
            }

            for (int p = 0; p + 1 < offsets.Length; p++)
            {
                long weight = pathConversions[p] + pathNonConversions[p];
                int previous = start;
                for (int i = offsets[p]; i < offsets[p + 1]; i++)
                {
                    Add(previous, states[i], weight);
                    previous = states[i];
                }

                Add(previous, conversion, pathConversions[p]);
                Add(previous, dropout, pathNonConversions[p]);
            }
        }

        var rowStart = new int[rows + 1];
        var col = new List<int>();
        var count = new List<long>();
        var rowTotal = new long[rows];
        if (dense)
        {
            for (int r = 0; r < rows; r++)
            {
                rowStart[r] = col.Count;
                for (int c = 0; c < cols; c++)
                {
                    long value = matrix[r * cols + c];
                    if (value != 0)
                    {
                        col.Add(c);
                        count.Add(value);
                        rowTotal[r] = checked(rowTotal[r] + value);
                    }
                }
            }
        }
        else
        {
            long[] keys = [.. sparse!.Keys];
            Array.Sort(keys);
            int r = 0;
            foreach (long key in keys)
            {
                int row = (int)(key / cols);
                while (r <= row)
                {
                    rowStart[r++] = col.Count;
                }

                long value = sparse[key];
                col.Add((int)(key % cols));
                count.Add(value);
                rowTotal[row] = checked(rowTotal[row] + value);
            }

            while (r < rows)
            {
                rowStart[r++] = col.Count;
            }
        }

        rowStart[rows] = col.Count;
        return (rowStart, [.. col], [.. count], rowTotal);
    }
}
