using System;

namespace CxCore;

/// <summary>
/// A feedback item linked to a touchpoint of the same journey (its <see cref="Feedback.TouchpointId"/> equals the
/// touchpoint's id, ordinally), by their indexes; <see cref="Journey"/> lists them once, ordered by touchpoint then
/// feedback index.
/// </summary>
internal readonly struct FeedbackLink
{
    private FeedbackLink(int touchpoint, int feedback)
    {
        Touchpoint = touchpoint;
        Feedback = feedback;
    }

    /// <summary>The index of the touchpoint.</summary>
    public int Touchpoint { get; }

    /// <summary>The index of the feedback item.</summary>
    public int Feedback { get; }

    /// <summary>Finds every (touchpoint, feedback) pair where the feedback rates the touchpoint.</summary>
    /// <param name="points">The journey's touchpoints.</param>
    /// <param name="feedback">The journey's feedback.</param>
    /// <returns>The links ordered by touchpoint index, then feedback index; empty when there are none.</returns>
    internal static FeedbackLink[] Find(Touchpoint[] points, Feedback[] feedback)
    {
        int linked = 0;
        foreach (Feedback answer in feedback)
        {
            if (answer.TouchpointId is not null)
            {
                linked++;
            }
        }

        if (linked == 0 || points.Length == 0)
        {
            return [];
        }

        // Usually a handful of items per journey: the O(n·F) scan once here instead of on every scoring.
        FeedbackLink[] links = new FeedbackLink[linked];
        int count = 0;
        for (int i = 0; i < points.Length; i++)
        {
            string id = points[i].Id;
            for (int f = 0; f < feedback.Length; f++)
            {
                if (feedback[f].TouchpointId is { } target && string.Equals(target, id, StringComparison.Ordinal))
                {
                    if (count == links.Length)
                    {
                        // Duplicate touchpoint ids: one item rates several touchpoints.
                        Array.Resize(ref links, 2 * links.Length);
                    }

                    links[count++] = new FeedbackLink(i, f);
                }
            }
        }

        if (count < links.Length)
        {
            Array.Resize(ref links, count);
        }

        return links;
    }
}
