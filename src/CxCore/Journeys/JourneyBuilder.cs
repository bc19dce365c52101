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
/// <b>Cost.</b> O(n log n) for n items, one dictionary entry per touchpoint id and per customer; no LINQ. The builder
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
    public JourneyBuildResult Build(IEnumerable<Touchpoint> touchpoints, IEnumerable<Feedback> feedback)
    {
        ArgumentNullException.ThrowIfNull(touchpoints);
        ArgumentNullException.ThrowIfNull(feedback);

        var issues = new List<JourneyBuildIssue>();
        // Pre-size when the count is known: growing a dictionary of millions of entries costs more than filling it.
        var byId = new Dictionary<string, Touchpoint>(
            System.Linq.Enumerable.TryGetNonEnumeratedCount(touchpoints, out int expected) ? expected : 0, StringComparer.Ordinal);
        List<Touchpoint>? duplicates = null;
        int index = 0;
        foreach (Touchpoint point in touchpoints)
        {
            if (point is null)
            {
                throw new ArgumentNullException(nameof(touchpoints), $"Touchpoint {index} is null.");
            }

            if (!byId.TryAdd(point.Id, point))
            {
                (duplicates ??= []).Add(point);
            }

            index++;
        }

        if (duplicates is not null)
        {
            ResolveDuplicates(byId, duplicates, issues);
        }

        // Group the kept touchpoints per customer.
        var perCustomer = new Dictionary<CustomerId, CustomerItems>();
        foreach (Touchpoint point in byId.Values)
        {
            GetItems(perCustomer, point.Customer).Touchpoints.Add(point);
        }

        index = 0;
        HashSet<string>? rated = _collapse ? new HashSet<string>(StringComparer.Ordinal) : null;
        foreach (Feedback answer in feedback)
        {
            if (answer is null)
            {
                throw new ArgumentNullException(nameof(feedback), $"Feedback {index} is null.");
            }

            GetItems(perCustomer, answer.Customer).Feedback.Add(answer);
            if (rated is not null && answer.TouchpointId is not null)
            {
                rated.Add(answer.TouchpointId);
            }

            index++;
        }

        var customers = new CustomerId[perCustomer.Count];
        perCustomer.Keys.CopyTo(customers, 0);
        Array.Sort(customers);

        var journeys = new List<Journey>(customers.Length);
        int collapsed = 0;
        foreach (CustomerId customer in customers)
        {
            collapsed += BuildCustomer(customer, perCustomer[customer], byId, rated, journeys, issues);
        }

        issues.Sort(JourneyBuildIssue.Compare);
        return new JourneyBuildResult(journeys.AsReadOnly(), issues.AsReadOnly(), collapsed);
    }

    private int BuildCustomer(
        CustomerId customer,
        CustomerItems items,
        Dictionary<string, Touchpoint> byId,
        HashSet<string>? rated,
        List<Journey> journeys,
        List<JourneyBuildIssue> issues)
    {
        List<Touchpoint> points = items.Touchpoints;
        if (points.Count == 0)
        {
            foreach (Feedback answer in items.Feedback)
            {
                issues.Add(JourneyBuildIssue.ForFeedback(
                    JourneyBuildIssueKind.FeedbackWithoutTouchpoints,
                    answer,
                    $"Customer '{customer}' has no touchpoints, so feedback '{answer.Id}' belongs to no journey."));
            }

            return 0;
        }

        points.Sort(static (a, b) =>
        {
            int c = a.At.CompareTo(b.At);
            return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        });

        // Segment boundaries: segment k holds points[starts[k] .. starts[k + 1]).
        var starts = new List<int> { 0 };
        for (int i = 1; i < points.Count; i++)
        {
            if (points[i].At - points[i - 1].At > _gap)
            {
                starts.Add(i);
            }
        }

        int segments = starts.Count;
        var segmentFeedback = new List<Feedback>?[segments];
        foreach (Feedback answer in items.Feedback)
        {
            int segment;
            if (answer.TouchpointId is { } id && byId.TryGetValue(id, out Touchpoint? rated1) && rated1.Customer == customer)
            {
                segment = SegmentOf(points, starts, rated1.At, Duration.Zero);
            }
            else
            {
                segment = SegmentOf(points, starts, answer.At, _gap);
                if (answer.TouchpointId is { } missing)
                {
                    string why = byId.TryGetValue(missing, out Touchpoint? other)
                        ? $"belongs to customer '{other.Customer}'"
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
                (segmentFeedback[segment] ??= []).Add(answer);
            }
        }

        int collapsed = 0;
        var kept = new List<Touchpoint>();
        for (int k = 0; k < segments; k++)
        {
            int from = starts[k];
            int to = k + 1 < segments ? starts[k + 1] : points.Count;
            kept.Clear();
            for (int i = from; i < to; i++)
            {
                Touchpoint point = points[i];
                if (rated is not null && kept.Count > 0 && IsRepeat(kept[^1], point) && !rated.Contains(point.Id))
                {
                    collapsed++;
                    continue;
                }

                kept.Add(point);
            }

            journeys.Add(Journey.Create(customer, kept, (IEnumerable<Feedback>?)segmentFeedback[k] ?? Array.Empty<Feedback>()));
        }

        return collapsed;
    }

    /// <summary>The segment whose window [first, last + <paramref name="extension"/>] contains <paramref name="at"/>, or −1.</summary>
    private static int SegmentOf(List<Touchpoint> points, List<int> starts, Instant at, Duration extension)
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

        int last = found + 1 < starts.Count ? starts[found + 1] - 1 : points.Count - 1;
        return at - points[last].At <= extension ? found : -1;
    }

    private static bool IsRepeat(Touchpoint previous, Touchpoint point) =>
        previous.Channel == point.Channel &&
        previous.Stage.Equals(point.Stage) &&
        previous.Department == point.Department &&
        previous.Initiator == point.Initiator &&
        previous.Outcome == point.Outcome &&
        string.Equals(previous.Topic, point.Topic, StringComparison.Ordinal);

    private static void ResolveDuplicates(Dictionary<string, Touchpoint> byId, List<Touchpoint> duplicates, List<JourneyBuildIssue> issues)
    {
        var groups = new Dictionary<string, List<Touchpoint>>(StringComparer.Ordinal);
        foreach (Touchpoint copy in duplicates)
        {
            if (!groups.TryGetValue(copy.Id, out List<Touchpoint>? group))
            {
                group = [byId[copy.Id]];
                groups.Add(copy.Id, group);
            }

            group.Add(copy);
        }

        foreach (List<Touchpoint> group in groups.Values)
        {
            // The copy kept must not depend on input order: the canonical first of all copies of an id wins.
            int best = 0;
            for (int i = 1; i < group.Count; i++)
            {
                if (CanonicalCompare(group[i], group[best]) < 0)
                {
                    best = i;
                }
            }

            Touchpoint kept = group[best];
            byId[kept.Id] = kept;
            for (int i = 0; i < group.Count; i++)
            {
                if (i == best)
                {
                    continue;
                }

                Touchpoint dropped = group[i];
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

    private static CustomerItems GetItems(Dictionary<CustomerId, CustomerItems> perCustomer, CustomerId customer)
    {
        if (!perCustomer.TryGetValue(customer, out CustomerItems? items))
        {
            items = new CustomerItems();
            perCustomer.Add(customer, items);
        }

        return items;
    }

    private sealed class CustomerItems
    {
        public List<Touchpoint> Touchpoints { get; } = [];

        public List<Feedback> Feedback { get; } = [];
    }
}
