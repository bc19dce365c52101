using System;
using System.Collections.Generic;
using System.Globalization;
using CxCore.Display;

namespace CxCore.Journeys;

/// <summary>
/// The first-order transition matrix of a set of paths: how many journeys moved from each state to each other state,
/// and the row probabilities. The states are <see cref="StartState"/>, every step name (ordinal order),
/// <see cref="ConversionState"/> and <see cref="NullState"/>.
/// </summary>
/// <remarks>
/// <para>
/// A path a → b with c conversions and d non-conversions adds c + d to the counts start → a and a → b, c to
/// b → conversion and d to b → null. Repeated steps (a → a) are kept as self-transitions.
/// </para>
/// <para>
/// Probabilities are counts divided by their row total, so every row of the start state and the step states sums to 1.
/// The conversion and null states are absorbing: they have no counts and probability 1 of staying where they are. When
/// there are no paths, the start row has no counts and its probabilities are NaN.
/// </para>
/// <para>
/// Memory is proportional to the number of distinct transitions, not to the square of the number of states.
/// Immutable and thread-safe.
/// </para>
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class TransitionMatrix : ITabularResult
{
    /// <summary>The name of the state every journey starts in: <c>(start)</c>.</summary>
    public const string StartState = "(start)";

    /// <summary>The name of the absorbing state of journeys that converted: <c>(conversion)</c>.</summary>
    public const string ConversionState = "(conversion)";

    /// <summary>The name of the absorbing state of journeys that did not convert: <c>(null)</c>.</summary>
    public const string NullState = "(null)";

    private readonly AttributionChain _chain;
    private readonly Dictionary<string, int> _index;
    private readonly string[] _states;

    private TransitionMatrix(AttributionChain chain, string[] names)
    {
        _chain = chain;
        _states = new string[names.Length + 3];
        _states[0] = StartState;
        names.CopyTo(_states, 1);
        _states[^2] = ConversionState;
        _states[^1] = NullState;
        States = Array.AsReadOnly(_states);
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _states.Length; i++)
        {
            _index.Add(_states[i], i);
        }
    }

    /// <summary>The states in matrix order: start, the step names in ordinal order, conversion, null.</summary>
    public IReadOnlyList<string> States { get; }

    /// <summary>The number of journeys that moved from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="from">A state name from <see cref="States"/>.</param>
    /// <param name="to">A state name from <see cref="States"/>.</param>
    /// <returns>The count; 0 from an absorbing state.</returns>
    /// <exception cref="ArgumentNullException">A name is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">A name is not one of <see cref="States"/>.</exception>
    public long Count(string from, string to)
    {
        (int row, int col) = Cell(from, to);
        if (row < 0)
        {
            return 0;
        }

        int e = Find(row, col);
        return e < 0 ? 0 : _chain.Count[e];
    }

    /// <summary>The number of journeys that left <paramref name="state"/> (the sum of its row of counts).</summary>
    /// <param name="state">A state name from <see cref="States"/>.</param>
    /// <returns>The row total; 0 for the absorbing states.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="state"/> is not one of <see cref="States"/>.</exception>
    public long RowTotal(string state)
    {
        int row = Row(Index(state, nameof(state)));
        return row < 0 ? 0 : _chain.RowTotal[row];
    }

    /// <summary>The probability of moving from <paramref name="from"/> to <paramref name="to"/>: the count over the row total.</summary>
    /// <param name="from">A state name from <see cref="States"/>.</param>
    /// <param name="to">A state name from <see cref="States"/>.</param>
    /// <returns>
    /// The probability in [0, 1]; for an absorbing <paramref name="from"/>, 1 when <paramref name="to"/> is the same state
    /// and 0 otherwise; NaN from the start state when there are no paths.
    /// </returns>
    /// <exception cref="ArgumentNullException">A name is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">A name is not one of <see cref="States"/>.</exception>
    public double Probability(string from, string to)
    {
        (int row, int col) = Cell(from, to);
        if (row < 0)
        {
            return from == to ? 1 : 0;
        }

        long total = _chain.RowTotal[row];
        if (total == 0)
        {
            return double.NaN;
        }

        int e = Find(row, col);
        return e < 0 ? 0 : (double)_chain.Count[e] / total;
    }

    /// <summary>Builds the transition matrix of <paramref name="paths"/>.</summary>
    /// <param name="paths">The paths; none null. Pass a <see cref="PathCollection"/> to reuse its interned names.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A path is <see langword="null"/>.</exception>
    public static TransitionMatrix Build(IEnumerable<ConversionPath> paths)
    {
        PathCollection collection = PathCollection.Of(paths, nameof(paths));
        return new TransitionMatrix(AttributionChain.Build(collection, 1), collection.Names);
    }

    /// <summary>
    /// The matrix in long form as a table with columns <c>from, to, count, probability</c>: one row per observed
    /// transition (count above 0), ordered by <c>from</c> then <c>to</c> in the order of <see cref="States"/>;
    /// <c>probability</c> is <see cref="Probability"/> (the count over the row total). Pairs not listed have count 0.
    /// </summary>
    /// <returns>The table (no rows when there are no paths).</returns>
    public ResultTable ToTable()
    {
        var rows = new List<object?[]>();
        foreach (string from in _states)
        {
            foreach (string to in _states)
            {
                long count = Count(from, to);
                if (count > 0)
                {
                    rows.Add([from, to, count, Probability(from, to)]);
                }
            }
        }

        return ResultTable.FromRows(["from", "to", "count", "probability"], rows);
    }

    /// <summary>The transitions as a Markdown table (see <see cref="ToTable"/>).</summary>
    /// <returns>The Markdown table.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    /// <summary>The transitions as flat rows (see <see cref="ToTable"/>).</summary>
    /// <returns>One dictionary per row.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ToRows() => ToTable().ToRows();

    /// <summary>
    /// Formats the row probabilities as an aligned wide table for reading (rows: from; columns: to), four decimals;
    /// <see cref="ToTable"/> has the long form with counts for data frames.
    /// </summary>
    /// <returns>The table, one line per row state.</returns>
    public override string ToString()
    {
        var header = new string[_states.Length + 1];
        header[0] = "from \\ to";
        _states.CopyTo(header, 1);
        var rows = new List<string[]>();
        foreach (string from in _states)
        {
            var row = new string[_states.Length + 1];
            row[0] = from;
            for (int j = 0; j < _states.Length; j++)
            {
                row[j + 1] = Probability(from, _states[j]).ToString("0.0000", CultureInfo.InvariantCulture);
            }

            rows.Add(row);
        }

        return PathText.Table(header, rows);
    }

    private (int Row, int Col) Cell(string from, string to)
    {
        int f = Index(from, nameof(from));
        int t = Index(to, nameof(to));
        // Public index t: 0 start (never entered), 1..n steps, n + 1 conversion, n + 2 null; chain columns are
        // 0..n − 1 steps, n conversion, n + 1 null.
        return (Row(f), t == 0 ? -1 : t - 1);
    }

    /// <summary>The chain row of public state index <paramref name="state"/>, or −1 for an absorbing state.</summary>
    private int Row(int state)
    {
        int n = _states.Length - 3;
        return state == 0 ? n : state <= n ? state - 1 : -1;
    }

    private int Index(string name, string paramName)
    {
        ArgumentNullException.ThrowIfNull(name, paramName);
        return _index.TryGetValue(name, out int i) ? i : throw new KeyNotFoundException($"\"{name}\" is not a state of this transition matrix.");
    }

    private int Find(int row, int col)
    {
        if (col < 0)
        {
            return -1;
        }

        int e = Array.BinarySearch(_chain.Col, _chain.RowStart[row], _chain.RowStart[row + 1] - _chain.RowStart[row], col);
        return e < 0 ? -1 : e;
    }
}
