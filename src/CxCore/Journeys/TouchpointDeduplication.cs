using System;
using System.Collections.Generic;
using System.Globalization;

namespace CxCore.Journeys;

/// <summary>
/// Step 1 of <see cref="JourneyBuilder"/>: touchpoints that share an id. One copy is kept whatever the input order
/// (the earliest, then the first in a fixed order of all properties); the others are reported as
/// <see cref="JourneyBuildIssueKind.DuplicateTouchpoint"/> when identical to it, else as
/// <see cref="JourneyBuildIssueKind.ConflictingDuplicateTouchpoint"/>.
/// </summary>
internal static class TouchpointDeduplication
{
    /// <summary>
    /// Keeps one copy of every id in <paramref name="duplicates"/> (the input positions of second and later copies) and
    /// reports the others; returns which input positions are kept. The id table then maps each id to its kept copy.
    /// </summary>
    internal static bool[] Resolve(Touchpoint[] input, TouchpointIdTable byId, List<int> duplicates, List<JourneyBuildIssue> issues)
    {
        bool[] keptMask = new bool[input.Length];
        Array.Fill(keptMask, true);
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

        return keptMask;
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
}
