using System;

namespace CxCore.Journeys;

/// <summary>
/// A feedback item linked to a touchpoint of the same journey (its <see cref="Feedback.TouchpointId"/> equals the
/// touchpoint's id, ordinally): the indexes of the touchpoint and of the feedback item in the journey's lists, and the
/// item's rating as a signal in [−1, 1]; <see cref="JourneyScoringData"/> lists them once per journey, ordered by
/// touchpoint then feedback index, for scoring and for the journey map.
/// </summary>
/// <remarks>
/// The signal is (2·rating − min − max)/(max − min) on the instrument's scale, computed here once so that scoring does
/// not chase each feedback object.
/// </remarks>
internal readonly struct FeedbackLink
{
    private FeedbackLink(int touchpoint, int feedback, double signal)
    {
        TouchpointIndex = touchpoint;
        FeedbackIndex = feedback;
        Signal = signal;
    }

    /// <summary>The index of the touchpoint in <see cref="Journey.Touchpoints"/>.</summary>
    public int TouchpointIndex { get; }

    /// <summary>The index of the feedback item in <see cref="Journey.Feedback"/>.</summary>
    public int FeedbackIndex { get; }

    /// <summary>The feedback item's rating as a signal in [−1, 1]: (2·rating − min − max)/(max − min) on its scale.</summary>
    public double Signal { get; }

    /// <summary>The rating of <paramref name="answer"/> as a signal in [−1, 1].</summary>
    /// <param name="answer">The feedback item.</param>
    /// <returns>(2·rating − min − max)/(max − min) on the instrument's scale.</returns>
    internal static double SignalOf(Feedback answer)
    {
        int min = answer.Instrument.Scale.Minimum;
        int max = answer.Instrument.Scale.Maximum;
        return ((2.0 * answer.Rating) - min - max) / (max - min);
    }

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

        // Usually a handful of items per journey: the O(n·F) scan once here, not on every scoring or map.
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

                    links[count++] = new FeedbackLink(i, f, SignalOf(feedback[f]));
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
