using System;
using System.Collections.Generic;
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
        var issues = new List<JourneyBuildIssue>();
        var byId = new TouchpointIdTable(input);
        var groups = new CustomerGroups(input.Length);
        List<int>? duplicates = null;
        for (int i = 0; i < input.Length; i++)
        {
            Touchpoint point = input[i] ?? throw new ArgumentNullException(nameof(touchpoints), $"Touchpoint {i} is null.");
            if (!byId.TryAdd(point.Id, i))
            {
                (duplicates ??= []).Add(i);
            }

            groups.AddTouchpoint(i, point);
        }

        bool[]? kept = duplicates is null ? null : TouchpointDeduplication.Resolve(input, byId, duplicates, issues);

        HashSet<string>? rated = _collapse ? new HashSet<string>(StringComparer.Ordinal) : null;
        int index = 0;
        foreach (Feedback answer in feedback)
        {
            if (answer is null)
            {
                throw new ArgumentNullException(nameof(feedback), $"Feedback {index} is null.");
            }

            groups.AddFeedback(answer);
            if (rated is not null && answer.TouchpointId is not null)
            {
                rated.Add(answer.TouchpointId);
            }

            index++;
        }

        groups.Group(kept);
        var journeys = new List<Journey>(groups.Count);
        var sessions = new Sessionizer(_gap, input, byId, rated, journeys, issues);
        int collapsed = 0;
        for (int k = 0; k < groups.Count; k++)
        {
            collapsed += sessions.Build(groups.Customer(k), groups.Touchpoints(k, input), groups.Feedback(k));
        }

        issues.Sort(JourneyBuildIssue.Compare);
        return new JourneyBuildResult(journeys.AsReadOnly(), issues.AsReadOnly(), collapsed);
    }
}
