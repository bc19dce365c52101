using System;
using System.Collections.Generic;
using NodaTime;

namespace CxCore.Journeys;

/// <summary>
/// Steps 2 to 4 of <see cref="JourneyBuilder"/> for one customer at a time: splits the ordered touchpoints at
/// inactivity gaps, places feedback (on the journey of the touchpoint it rates, else by time), reports what it cannot
/// place, and optionally collapses consecutive repeats. One instance per build (it reuses its buffers; one thread).
/// </summary>
internal sealed class Sessionizer
{
    private readonly Duration _gap;
    private readonly Touchpoint[] _input;
    private readonly TouchpointIdTable _byId;
    private readonly HashSet<string>? _rated;
    private readonly List<Journey> _journeys;
    private readonly List<JourneyBuildIssue> _issues;
    private readonly List<int> _starts = [];
    private readonly List<Touchpoint> _kept = [];

    /// <summary>A sessionizer that adds to <paramref name="journeys"/> and <paramref name="issues"/>.</summary>
    /// <param name="gap">The inactivity gap that splits journeys.</param>
    /// <param name="input">The input touchpoints (by input position).</param>
    /// <param name="byId">Each id's kept input position.</param>
    /// <param name="rated">The ids that feedback rates, when repeats collapse (rated touchpoints never do); else <see langword="null"/>.</param>
    /// <param name="journeys">Receives the journeys.</param>
    /// <param name="issues">Receives the issues.</param>
    internal Sessionizer(Duration gap, Touchpoint[] input, TouchpointIdTable byId, HashSet<string>? rated, List<Journey> journeys, List<JourneyBuildIssue> issues)
    {
        _gap = gap;
        _input = input;
        _byId = byId;
        _rated = rated;
        _journeys = journeys;
        _issues = issues;
    }

    /// <summary>
    /// Splits one customer's <paramref name="points"/> (ordered) into journeys, places <paramref name="answers"/>, adds
    /// the journeys and the issues found, and returns the number of touchpoints collapsed.
    /// </summary>
    internal int Build(CustomerId customer, Touchpoint[] points, ArraySegment<Feedback> answers)
    {
        Touchpoint[] input = _input;
        TouchpointIdTable byId = _byId;
        HashSet<string>? rated = _rated;
        List<JourneyBuildIssue> issues = _issues;
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
        List<int> starts = _starts;
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
        List<Touchpoint> kept = _kept;
        for (int k = 0; k < segments; k++)
        {
            int from = starts[k];
            int to = k + 1 < segments ? starts[k + 1] : points.Length;
            Feedback[] attached = segmentFeedback?[k] is { } list ? [.. list] : Array.Empty<Feedback>();
            if (rated is null)
            {
                Touchpoint[] slice = segments == 1 ? points : points[from..to];
                _journeys.Add(Journey.FromOrdered(customer, slice, attached));
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

            _journeys.Add(Journey.FromOrdered(customer, [.. kept], attached));
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
}
