using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace CxCore.Journeys;

/// <summary>
/// Builds per-customer journeys from an unordered stream of touchpoints and feedback: groups by customer, orders by
/// time, splits at inactivity gaps, attaches feedback and reports what it could not use cleanly.
/// </summary>
/// <remarks>
/// <para>
/// <b>Algorithm.</b> (1) Touchpoints are deduplicated by <see cref="Touchpoint.Id"/> (ids are global, as feedback names
/// a touchpoint by id alone). When copies are identical one is kept and each other copy is reported as
/// <see cref="JourneyBuildIssueKind.DuplicateTouchpoint"/>; when they differ, the earliest (then the first in a fixed
/// order of all properties) is kept and every other one is reported as
/// <see cref="JourneyBuildIssueKind.ConflictingDuplicateTouchpoint"/>. (2) Each customer's touchpoints are sorted by
/// (instant, id) and split wherever two consecutive touchpoints are more than
/// <see cref="JourneyBuilderOptions.InactivityGap"/> apart. Only touchpoints split journeys; feedback never does.
/// (3) Transactional feedback joins the journey of the touchpoint it names. Relationship feedback, and feedback that
/// names a touchpoint missing from the input (reported as <see cref="JourneyBuildIssueKind.FeedbackOnMissingTouchpoint"/>),
/// joins the journey whose window [first touchpoint, last touchpoint + gap] contains its instant; these windows never
/// overlap, so the choice is unique. Feedback that no window contains is reported as
/// <see cref="JourneyBuildIssueKind.UnplacedFeedback"/>, and feedback of customers without touchpoints as
/// <see cref="JourneyBuildIssueKind.FeedbackWithoutTouchpoints"/>. (4) Optionally, consecutive repeats collapse
/// (<see cref="JourneyBuilderOptions.CollapseRepeats"/>).
/// </para>
/// <para>
/// <b>Determinism.</b> The result depends only on the multiset of input items, never on their order: journeys are
/// ordered by customer id then start, issues by customer, kind, item id and detail. (Feedback items are assumed to have
/// unique ids; two different feedback items with one id and one instant keep their input order inside a journey.)
/// </para>
/// <para>
/// <b>Cost.</b> O(n log n) for n items; no LINQ. Each touchpoint object is read once up front (id, customer, instant)
/// and once more when its journey is built; ids go into an open-addressing table of 8-byte slots, customers into one
/// dictionary entry each, and grouping and ordering run on index and tick arrays. The builder
/// is immutable and thread-safe; <see cref="Build"/> may run concurrently.
/// </para>
/// </remarks>
public sealed class JourneyBuilder
{
    private readonly Duration _gap;
    private readonly bool _collapse;

    /// <summary>Creates a builder with the default options (30-day inactivity gap, no collapsing).</summary>
    public JourneyBuilder()
        : this(new JourneyBuilderOptions())
    {
    }

    /// <summary>Creates a builder with <paramref name="options"/>, which are validated and copied.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The inactivity gap is zero or negative.</exception>
    public JourneyBuilder(JourneyBuilderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _gap = options.InactivityGap;
        _collapse = options.CollapseRepeats;
    }

    /// <summary>The inactivity gap that splits journeys.</summary>
    public Duration InactivityGap => _gap;

    /// <summary>Whether consecutive repeats collapse.</summary>
    public bool CollapseRepeats => _collapse;

    /// <summary>Builds the journeys of every customer in <paramref name="touchpoints"/>.</summary>
    /// <param name="touchpoints">The touchpoints, in any order, possibly with duplicates.</param>
    /// <param name="feedback">The feedback, in any order.</param>
    /// <returns>The journeys and the issues found.</returns>
    /// <exception cref="ArgumentNullException">A sequence or an item in it is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">More than 2^29 (536,870,912) touchpoints in one call; build per partition of customers.</exception>
    public JourneyBuildResult Build(IEnumerable<Touchpoint> touchpoints, IEnumerable<Feedback> feedback)
    {
        ArgumentNullException.ThrowIfNull(touchpoints);
        ArgumentNullException.ThrowIfNull(feedback);

        // One pass over the (usually shuffled) touchpoints reads everything later steps need from each object, so
        // grouping and sorting run on compact arrays: the id (deduplication), the customer (as a dense index) and the
        // instant (as a sort key). Objects are touched again only per customer, when their journeys are built.
        Touchpoint[] input = [.. touchpoints];
        int count = input.Length;
        var issues = new List<JourneyBuildIssue>();
        var byId = new IdTable(input);
        var customerIndex = new Dictionary<CustomerId, int>();
        var customers = new List<CustomerId>();
        int[] pointCustomer = new int[count];
        long[] pointTicks = new long[count];
        List<int>? duplicates = null;
        CustomerId lastCustomer = default;
        int lastIndex = -1;
        for (int i = 0; i < count; i++)
        {
            Touchpoint point = input[i] ?? throw new ArgumentNullException(nameof(touchpoints), $"Touchpoint {i} is null.");
            if (!byId.TryAdd(point.Id, i))
            {
                (duplicates ??= []).Add(i);
            }

            CustomerId customer = point.Customer;
            if (lastIndex < 0 || !ReferenceEquals(customer.Value, lastCustomer.Value))
            {
                lastIndex = IndexOf(customerIndex, customers, customer);
                lastCustomer = customer;
            }

            pointCustomer[i] = lastIndex;
            pointTicks[i] = point.At.ToUnixTimeTicks();
        }

        bool[]? keptMask = null;
        if (duplicates is not null)
        {
            keptMask = new bool[count];
            Array.Fill(keptMask, true);
            ResolveDuplicates(input, byId, duplicates, keptMask, issues);
        }

        var answers = new List<Feedback>();
        var answerCustomers = new List<int>();
        HashSet<string>? rated = _collapse ? new HashSet<string>(StringComparer.Ordinal) : null;
        int index = 0;
        foreach (Feedback answer in feedback)
        {
            if (answer is null)
            {
                throw new ArgumentNullException(nameof(feedback), $"Feedback {index} is null.");
            }

            answers.Add(answer);
            answerCustomers.Add(IndexOf(customerIndex, customers, answer.Customer));
            if (rated is not null && answer.TouchpointId is not null)
            {
                rated.Add(answer.TouchpointId);
            }

            index++;
        }

        // Group the kept touchpoints (and the feedback) by customer with a counting sort: one index array, no lists.
        int customerCount = customers.Count;
        int[] pointStart = new int[customerCount + 1];
        int kept = 0;
        for (int i = 0; i < count; i++)
        {
            if (keptMask is null || keptMask[i])
            {
                pointStart[pointCustomer[i] + 1]++;
                kept++;
            }
        }

        ToStarts(pointStart);
        int[] grouped = new int[kept];
        long[] groupedTicks = new long[kept];
        int[] next = new int[customerCount];
        Array.Copy(pointStart, next, customerCount);
        for (int i = 0; i < count; i++)
        {
            if (keptMask is null || keptMask[i])
            {
                int at = next[pointCustomer[i]]++;
                grouped[at] = i;
                groupedTicks[at] = pointTicks[i];
            }
        }

        int[] answerStart = new int[customerCount + 1];
        foreach (int c in answerCustomers)
        {
            answerStart[c + 1]++;
        }

        ToStarts(answerStart);
        var groupedAnswers = new Feedback[answers.Count];
        Array.Copy(answerStart, next, customerCount);
        for (int f = 0; f < answers.Count; f++)
        {
            groupedAnswers[next[answerCustomers[f]]++] = answers[f];
        }

        int[] customerOrder = new int[customerCount];
        for (int c = 0; c < customerCount; c++)
        {
            customerOrder[c] = c;
        }

        CustomerId[] customerKeys = [.. customers];
        Array.Sort(customerKeys, customerOrder);

        var journeys = new List<Journey>(customerCount);
        var scratch = new Scratch();
        int collapsed = 0;
        for (int k = 0; k < customerCount; k++)
        {
            int c = customerOrder[k];
            int from = pointStart[c];
            int length = pointStart[c + 1] - from;
            Touchpoint[] points = SortedPoints(input, grouped, groupedTicks, from, length);
            var customerAnswers = new ArraySegment<Feedback>(groupedAnswers, answerStart[c], answerStart[c + 1] - answerStart[c]);
            collapsed += BuildCustomer(customerKeys[k], points, customerAnswers, input, byId, rated, journeys, issues, scratch);
        }

        issues.Sort(JourneyBuildIssue.Compare);
        return new JourneyBuildResult(journeys.AsReadOnly(), issues.AsReadOnly(), collapsed);
    }

    /// <summary>Turns counts held at [c + 1] into start offsets: afterwards group c spans [starts[c], starts[c + 1]).</summary>
    private static void ToStarts(int[] starts)
    {
        for (int c = 1; c < starts.Length; c++)
        {
            starts[c] += starts[c - 1];
        }
    }

    private static int IndexOf(Dictionary<CustomerId, int> customerIndex, List<CustomerId> customers, CustomerId customer)
    {
        if (!customerIndex.TryGetValue(customer, out int found))
        {
            found = customers.Count;
            customerIndex.Add(customer, found);
            customers.Add(customer);
        }

        return found;
    }

    /// <summary>One customer's touchpoints ordered by (instant, id): sorted on tick keys, ties resolved exactly.</summary>
    private static Touchpoint[] SortedPoints(Touchpoint[] input, int[] grouped, long[] groupedTicks, int from, int length)
    {
        // Ticks are a monotone (floor) image of the instant, so sorting by them orders every pair with different ticks
        // correctly; runs of equal ticks are then ordered by the full (instant, id) comparison.
        Array.Sort(groupedTicks, grouped, from, length);
        var points = new Touchpoint[length];
        for (int i = 0; i < length; i++)
        {
            points[i] = input[grouped[from + i]];
        }

        int run = 0;
        for (int i = 1; i <= length; i++)
        {
            if (i == length || groupedTicks[from + i] != groupedTicks[from + run])
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

    private int BuildCustomer(
        CustomerId customer,
        Touchpoint[] points,
        ArraySegment<Feedback> answers,
        Touchpoint[] input,
        IdTable byId,
        HashSet<string>? rated,
        List<Journey> journeys,
        List<JourneyBuildIssue> issues,
        Scratch scratch)
    {
        if (points.Length == 0)
        {
            foreach (Feedback answer in answers)
            {
                issues.Add(JourneyBuildIssue.ForFeedback(
                    JourneyBuildIssueKind.FeedbackWithoutTouchpoints,
                    answer,
                    $"Customer '{customer}' has no touchpoints, so feedback '{answer.Id}' belongs to no journey."));
            }

            return 0;
        }

        // Segment boundaries: segment k holds points[starts[k] .. starts[k + 1]).
        List<int> starts = scratch.Starts;
        starts.Clear();
        starts.Add(0);
        for (int i = 1; i < points.Length; i++)
        {
            if (points[i].At - points[i - 1].At > _gap)
            {
                starts.Add(i);
            }
        }

        int segments = starts.Count;
        List<Feedback>?[]? segmentFeedback = answers.Count == 0 ? null : new List<Feedback>?[segments];
        foreach (Feedback answer in answers)
        {
            int segment;
            if (answer.TouchpointId is { } id && byId.TryGetValue(id, out int ratedIndex) && input[ratedIndex].Customer == customer)
            {
                segment = SegmentOf(points, starts, input[ratedIndex].At, Duration.Zero);
            }
            else
            {
                segment = SegmentOf(points, starts, answer.At, _gap);
                if (answer.TouchpointId is { } missing)
                {
                    string why = byId.TryGetValue(missing, out int otherIndex)
                        ? $"belongs to customer '{input[otherIndex].Customer}'"
                        : "is not in the input";
                    if (segment >= 0)
                    {
                        issues.Add(JourneyBuildIssue.ForFeedback(
                            JourneyBuildIssueKind.FeedbackOnMissingTouchpoint,
                            answer,
                            $"Feedback '{answer.Id}' rates touchpoint '{missing}', which {why}; it was attached by time to the journey starting {points[starts[segment]].At}."));
                    }
                    else
                    {
                        issues.Add(JourneyBuildIssue.ForFeedback(
                            JourneyBuildIssueKind.UnplacedFeedback,
                            answer,
                            $"Feedback '{answer.Id}' rates touchpoint '{missing}', which {why}, and no journey of customer '{customer}' covers {answer.At}."));
                    }
                }
                else if (segment < 0)
                {
                    issues.Add(JourneyBuildIssue.ForFeedback(
                        JourneyBuildIssueKind.UnplacedFeedback,
                        answer,
                        $"Relationship feedback '{answer.Id}' at {answer.At} lies outside every journey of customer '{customer}'."));
                }
            }

            if (segment >= 0)
            {
                (segmentFeedback![segment] ??= []).Add(answer);
            }
        }

        int collapsed = 0;
        List<Touchpoint> kept = scratch.Kept;
        for (int k = 0; k < segments; k++)
        {
            int from = starts[k];
            int to = k + 1 < segments ? starts[k + 1] : points.Length;
            Feedback[] attached = segmentFeedback?[k] is { } list ? [.. list] : Array.Empty<Feedback>();
            if (rated is null)
            {
                Touchpoint[] slice = segments == 1 ? points : points[from..to];
                journeys.Add(Journey.FromOrdered(customer, slice, attached));
                continue;
            }

            kept.Clear();
            for (int i = from; i < to; i++)
            {
                Touchpoint point = points[i];
                if (kept.Count > 0 && IsRepeat(kept[^1], point) && !rated.Contains(point.Id))
                {
                    collapsed++;
                    continue;
                }

                kept.Add(point);
            }

            journeys.Add(Journey.FromOrdered(customer, [.. kept], attached));
        }

        return collapsed;
    }

    /// <summary>The segment whose window [first, last + <paramref name="extension"/>] contains <paramref name="at"/>, or −1.</summary>
    private static int SegmentOf(Touchpoint[] points, List<int> starts, Instant at, Duration extension)
    {
        // Binary search for the last segment that starts at or before the instant.
        int lo = 0;
        int hi = starts.Count - 1;
        int found = -1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            if (points[starts[mid]].At <= at)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (found < 0)
        {
            return -1;
        }

        int last = found + 1 < starts.Count ? starts[found + 1] - 1 : points.Length - 1;
        return at - points[last].At <= extension ? found : -1;
    }

    private static bool IsRepeat(Touchpoint previous, Touchpoint point) =>
        previous.Channel == point.Channel &&
        previous.Stage.Equals(point.Stage) &&
        previous.Department == point.Department &&
        previous.Initiator == point.Initiator &&
        previous.Outcome == point.Outcome &&
        string.Equals(previous.Topic, point.Topic, StringComparison.Ordinal);

    private static void ResolveDuplicates(Touchpoint[] input, IdTable byId, List<int> duplicates, bool[] keptMask, List<JourneyBuildIssue> issues)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (int copyIndex in duplicates)
        {
            Touchpoint copy = input[copyIndex];
            if (!groups.TryGetValue(copy.Id, out List<int>? group))
            {
                byId.TryGetValue(copy.Id, out int firstIndex);
                group = [firstIndex];
                groups.Add(copy.Id, group);
            }

            group.Add(copyIndex);
        }

        foreach (List<int> group in groups.Values)
        {
            // The copy kept must not depend on input order: the canonical first of all copies of an id wins.
            int best = 0;
            for (int i = 1; i < group.Count; i++)
            {
                if (CanonicalCompare(input[group[i]], input[group[best]]) < 0)
                {
                    best = i;
                }
            }

            Touchpoint kept = input[group[best]];
            byId.Set(kept.Id, group[best]);
            for (int i = 0; i < group.Count; i++)
            {
                keptMask[group[i]] = i == best;
            }

            for (int i = 0; i < group.Count; i++)
            {
                if (i == best)
                {
                    continue;
                }

                Touchpoint dropped = input[group[i]];
                if (kept.Equals(dropped))
                {
                    issues.Add(JourneyBuildIssue.ForTouchpoint(
                        JourneyBuildIssueKind.DuplicateTouchpoint,
                        dropped,
                        $"Touchpoint '{dropped.Id}' occurs more than once with identical content; one copy was kept."));
                }
                else
                {
                    issues.Add(JourneyBuildIssue.ForTouchpoint(
                        JourneyBuildIssueKind.ConflictingDuplicateTouchpoint,
                        dropped,
                        $"Touchpoint '{dropped.Id}' occurs more than once with different content; kept {Describe(kept)}, dropped {Describe(dropped)}."));
                }
            }
        }
    }

    private static string Describe(Touchpoint point) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"[{point.Customer} at {point.At}, {point.Channel}, {point.Stage}, {point.Department}, {point.Initiator}, {point.Outcome}, wait {point.WaitTime?.ToString() ?? "-"}, handle {point.HandleTime?.ToString() ?? "-"}, topic {point.Topic ?? "-"}, {point.Attributes.Count} attributes]");

    /// <summary>A total order on touchpoints of one id that does not depend on input order.</summary>
    private static int CanonicalCompare(Touchpoint a, Touchpoint b)
    {
        int c = a.At.CompareTo(b.At);
        if (c != 0)
        {
            return c;
        }

        c = a.Customer.CompareTo(b.Customer);
        if (c != 0)
        {
            return c;
        }

        // Everything else through a canonical text form (rare path: only conflicting duplicates at one instant).
        return string.CompareOrdinal(CanonicalText(a), CanonicalText(b));
    }

    private static string CanonicalText(Touchpoint point)
    {
        var keys = new string[point.Attributes.Count];
        int i = 0;
        foreach (KeyValuePair<string, string> pair in point.Attributes)
        {
            keys[i++] = pair.Key;
        }

        Array.Sort(keys, StringComparer.Ordinal);
        var text = new System.Text.StringBuilder(Describe(point));
        text.Append('|').Append(point.Stage.Model.Name);
        foreach (string key in keys)
        {
            text.Append('|').Append(key).Append('=').Append(point.Attributes[key]);
        }

        return text.ToString();
    }

    /// <summary>
    /// Touchpoint id to input index: open addressing with linear probing, one 8-byte slot (hash, index + 1) per entry,
    /// so an insert usually costs one cache miss; ids are compared (on the touchpoints) only when hashes are equal.
    /// </summary>
    private sealed class IdTable
    {
        private readonly Touchpoint[] _input;
        private readonly long[] _slots;
        private readonly int _mask;

        public IdTable(Touchpoint[] input)
        {
            // At least twice as many slots as ids, so probing ends; 2^29 ids need 2^30 slots, the largest power of two
            // an int mask and a .NET array allow.
            if (input.Length > 1 << 29)
            {
                throw new ArgumentException($"JourneyBuilder.Build takes at most {1 << 29:N0} touchpoints per call; got {input.Length:N0}. Build per customer partition.", "touchpoints");
            }

            _input = input;
            int capacity = 16;
            while (capacity < input.Length * 2L)
            {
                capacity <<= 1;
            }

            _slots = new long[capacity];
            _mask = capacity - 1;
        }

        /// <summary>Adds <paramref name="id"/> at <paramref name="index"/> unless present; false when present.</summary>
        public bool TryAdd(string id, int index)
        {
            int hash = StringComparer.Ordinal.GetHashCode(id);
            int position = Find(id, hash);
            if (_slots[position] != 0)
            {
                return false;
            }

            _slots[position] = ((long)hash << 32) | (uint)(index + 1);
            return true;
        }

        public bool TryGetValue(string id, out int index)
        {
            int hash = StringComparer.Ordinal.GetHashCode(id);
            long slot = _slots[Find(id, hash)];
            index = unchecked((int)(uint)slot) - 1; // the low 32 bits hold index + 1
            return slot != 0;
        }

        /// <summary>Replaces the index of <paramref name="id"/>, which is present.</summary>
        public void Set(string id, int index)
        {
            int hash = StringComparer.Ordinal.GetHashCode(id);
            _slots[Find(id, hash)] = ((long)hash << 32) | (uint)(index + 1);
        }

        /// <summary>The slot holding <paramref name="id"/>, else the empty slot where it would go.</summary>
        private int Find(string id, int hash)
        {
            // Fibonacci hashing spreads the (already mixed) hash over the table.
            int position = unchecked((int)(((uint)hash * 2654435769u) & (uint)_mask));
            while (true)
            {
                long slot = _slots[position];
                if (slot == 0 ||
                    ((int)(slot >> 32) == hash && string.Equals(_input[unchecked((int)(uint)slot) - 1].Id, id, StringComparison.Ordinal)))
                {
                    return position;
                }

                position = (position + 1) & _mask;
            }
        }
    }

    /// <summary>Reusable per-build buffers (one build runs on one thread).</summary>
    private sealed class Scratch
    {
        public List<int> Starts { get; } = [];

        public List<Touchpoint> Kept { get; } = [];
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
