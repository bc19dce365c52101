using System;
using System.Collections.Generic;

namespace CxCore.Journeys;

/// <summary>
/// Step 2 of <see cref="JourneyBuilder"/>, first half: the input grouped by customer on compact arrays. Each touchpoint
/// is read once (its customer as a dense index, its instant as a sort key) and feedback is added in input order; then
/// a counting sort groups the kept touchpoints and the feedback per customer with one index array each, and customers
/// are ordered by id.
/// </summary>
internal sealed class CustomerGroups
{
    private readonly Dictionary<CustomerId, int> _index = [];
    private readonly List<CustomerId> _customers = [];
    private readonly int[] _pointCustomer;
    private readonly long[] _pointTicks;
    private readonly List<Feedback> _answers = [];
    private readonly List<int> _answerCustomers = [];
    private CustomerId _lastCustomer;
    private int _lastIndex = -1;

    private int[] _pointStart = [];
    private int[] _grouped = [];
    private long[] _groupedTicks = [];
    private int[] _answerStart = [];
    private Feedback[] _groupedAnswers = [];
    private int[] _order = [];
    private CustomerId[] _orderedKeys = [];

    /// <summary>Groups for <paramref name="touchpoints"/> touchpoints, added by <see cref="AddTouchpoint"/>.</summary>
    internal CustomerGroups(int touchpoints)
    {
        _pointCustomer = new int[touchpoints];
        _pointTicks = new long[touchpoints];
    }

    /// <summary>The number of customers (after <see cref="Group"/>, in id order).</summary>
    internal int Count => _customers.Count;

    /// <summary>Records the customer and instant of the touchpoint at input position <paramref name="i"/>.</summary>
    internal void AddTouchpoint(int i, Touchpoint point)
    {
        CustomerId customer = point.Customer;
        if (_lastIndex < 0 || !ReferenceEquals(customer.Value, _lastCustomer.Value))
        {
            _lastIndex = IndexOf(customer);
            _lastCustomer = customer;
        }

        _pointCustomer[i] = _lastIndex;
        _pointTicks[i] = point.At.ToUnixTimeTicks();
    }

    /// <summary>Adds a feedback item (in input order).</summary>
    internal void AddFeedback(Feedback answer)
    {
        _answers.Add(answer);
        _answerCustomers.Add(IndexOf(answer.Customer));
    }

    /// <summary>Groups the touchpoints that <paramref name="kept"/> keeps (all when <see langword="null"/>) and the feedback by customer.</summary>
    internal void Group(bool[]? kept)
    {
        int customerCount = _customers.Count;
        int count = _pointCustomer.Length;
        _pointStart = new int[customerCount + 1];
        int keptCount = 0;
        for (int i = 0; i < count; i++)
        {
            if (kept is null || kept[i])
            {
                _pointStart[_pointCustomer[i] + 1]++;
                keptCount++;
            }
        }

        ToStarts(_pointStart);
        _grouped = new int[keptCount];
        _groupedTicks = new long[keptCount];
        int[] next = new int[customerCount];
        Array.Copy(_pointStart, next, customerCount);
        for (int i = 0; i < count; i++)
        {
            if (kept is null || kept[i])
            {
                int at = next[_pointCustomer[i]]++;
                _grouped[at] = i;
                _groupedTicks[at] = _pointTicks[i];
            }
        }

        _answerStart = new int[customerCount + 1];
        foreach (int c in _answerCustomers)
        {
            _answerStart[c + 1]++;
        }

        ToStarts(_answerStart);
        _groupedAnswers = new Feedback[_answers.Count];
        Array.Copy(_answerStart, next, customerCount);
        for (int f = 0; f < _answers.Count; f++)
        {
            _groupedAnswers[next[_answerCustomers[f]]++] = _answers[f];
        }

        _order = new int[customerCount];
        for (int c = 0; c < customerCount; c++)
        {
            _order[c] = c;
        }

        _orderedKeys = [.. _customers];
        Array.Sort(_orderedKeys, _order);
    }

    /// <summary>The <paramref name="k"/>-th customer in id order.</summary>
    internal CustomerId Customer(int k) => _orderedKeys[k];

    /// <summary>The feedback of the <paramref name="k"/>-th customer in id order, in input order.</summary>
    internal ArraySegment<Feedback> Feedback(int k)
    {
        int c = _order[k];
        return new ArraySegment<Feedback>(_groupedAnswers, _answerStart[c], _answerStart[c + 1] - _answerStart[c]);
    }

    /// <summary>The kept touchpoints of the <paramref name="k"/>-th customer in id order, ordered by (instant, id): sorted on tick keys, ties resolved exactly.</summary>
    internal Touchpoint[] Touchpoints(int k, Touchpoint[] input)
    {
        int c = _order[k];
        int from = _pointStart[c];
        int length = _pointStart[c + 1] - from;

        // Ticks are a monotone (floor) image of the instant, so sorting by them orders every pair with different ticks
        // correctly; runs of equal ticks are then ordered by the full (instant, id) comparison.
        Array.Sort(_groupedTicks, _grouped, from, length);
        var points = new Touchpoint[length];
        for (int i = 0; i < length; i++)
        {
            points[i] = input[_grouped[from + i]];
        }

        int run = 0;
        for (int i = 1; i <= length; i++)
        {
            if (i == length || _groupedTicks[from + i] != _groupedTicks[from + run])
            {
                if (i - run > 1)
                {
                    Array.Sort(points, run, i - run, PointOrder.Instance);
                }

                run = i;
            }
        }

        return points;
    }

    /// <summary>Turns counts held at [c + 1] into start offsets: afterwards group c spans [starts[c], starts[c + 1]).</summary>
    private static void ToStarts(int[] starts)
    {
        for (int c = 1; c < starts.Length; c++)
        {
            starts[c] += starts[c - 1];
        }
    }

    private int IndexOf(CustomerId customer)
    {
        if (!_index.TryGetValue(customer, out int found))
        {
            found = _customers.Count;
            _index.Add(customer, found);
            _customers.Add(customer);
        }

        return found;
    }

    /// <summary>(instant, id ordinal): the order of a journey's touchpoints.</summary>
    private sealed class PointOrder : IComparer<Touchpoint>
    {
        public static readonly PointOrder Instance = new();

        public int Compare(Touchpoint? x, Touchpoint? y)
        {
            int c = x!.At.CompareTo(y!.At);
            return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
        }
    }
}
