using System;
using System.Buffers;
using System.Collections.Generic;
using NodaTime;

namespace CxCore.Journeys;

/// <summary>
/// What journey scoring reads of one touchpoint, in a compact, contiguous form that <see cref="JourneyScoringData"/>
/// builds once per journey, on first use (so scoring does not chase each touchpoint's object, strings and stage).
/// </summary>
/// <remarks>
/// Every field is a pure function of the journey's touchpoints, independent of any scoring options: instants as Unix
/// ticks, the wait in nanoseconds, who started it, its outcome, the stage ordinal, whether the stage differs from the
/// previous touchpoint's, a channel key and the previous same-topic customer contact.
/// </remarks>
internal readonly struct ScoringPoint
{
    /// <summary>The wait value that stands for "no wait recorded".</summary>
    internal const long NoWait = -1;

    // Duration.ToInt64Nanoseconds fits in a long below 106 751.99 days.
    private const int MaxExactWaitDays = 106_750;

    private ScoringPoint(long ticks, long waitNanoseconds, int repeatOf, int channelKey, int stageOrdinal, byte initiator, byte outcome, bool stageChanged)
    {
        Ticks = ticks;
        WaitNanoseconds = waitNanoseconds;
        RepeatOf = repeatOf;
        ChannelKey = channelKey;
        StageOrdinal = stageOrdinal;
        Initiator = initiator;
        Outcome = outcome;
        StageChanged = stageChanged;
    }

    /// <summary><see cref="Touchpoint.At"/> as <see cref="Instant.ToUnixTimeTicks"/>.</summary>
    public long Ticks { get; }

    /// <summary>The wait in nanoseconds; <see cref="NoWait"/> when none is recorded; <see cref="long.MaxValue"/> when it does not fit (compare the <see cref="Duration"/> then).</summary>
    public long WaitNanoseconds { get; }

    /// <summary>
    /// For a customer-initiated touchpoint with a topic: the index of the nearest earlier customer-initiated touchpoint
    /// with the same topic (ordinal); otherwise, or when there is none, −1.
    /// </summary>
    public int RepeatOf { get; }

    /// <summary>The index of the journey's first touchpoint whose channel equals this one's (so equal keys mean equal channels).</summary>
    public int ChannelKey { get; }

    /// <summary>The stage's <see cref="LifecycleStage.Ordinal"/>.</summary>
    public int StageOrdinal { get; }

    /// <summary>The <see cref="CxCore.Initiator"/> as a byte.</summary>
    public byte Initiator { get; }

    /// <summary>The <see cref="TouchpointOutcome"/> as a byte.</summary>
    public byte Outcome { get; }

    /// <summary>Whether the stage differs from (is not equal to) the previous touchpoint's; false for the first.</summary>
    public bool StageChanged { get; }

    /// <summary>Converts a wait to nanoseconds, saturating at <see cref="long.MaxValue"/>.</summary>
    /// <param name="wait">A wait of zero or more.</param>
    /// <returns>The nanoseconds, or <see cref="long.MaxValue"/> when they do not fit.</returns>
    internal static long ToSaturatedNanoseconds(Duration wait) =>
        wait.Days <= MaxExactWaitDays ? wait.ToInt64Nanoseconds() : long.MaxValue;

    /// <summary>Builds the scoring points of touchpoints in journey order.</summary>
    /// <param name="points">The touchpoints, sorted by instant.</param>
    /// <param name="model">The lifecycle model every stage belongs to (one instance), or <see langword="null"/> when they differ or there are none.</param>
    /// <returns>One scoring point per touchpoint.</returns>
    internal static ScoringPoint[] FromTouchpoints(Touchpoint[] points, out LifecycleModel? model)
    {
        int n = points.Length;
        model = null;
        if (n == 0)
        {
            return [];
        }

        var result = new ScoringPoint[n];
        model = points[0].Stage.Model;

        // Representatives (touchpoint indexes) of the distinct channels and customer topics seen so far, and the last
        // customer-initiated touchpoint per topic; a linear scan while there are few, dictionaries beyond that.
        const int LinearLimit = 16;
        int[] rented = ArrayPool<int>.Shared.Rent(3 * LinearLimit);
        Span<int> channelReps = rented.AsSpan(0, LinearLimit);
        Span<int> topicReps = rented.AsSpan(LinearLimit, LinearLimit);
        Span<int> lastByTopic = rented.AsSpan(2 * LinearLimit, LinearLimit);
        int channelCount = 0;
        int topicCount = 0;
        Dictionary<Channel, int>? channelMap = null;
        Dictionary<string, int>? lastByTopicMap = null;
        try
        {
            LifecycleStage? previousStage = null;
            for (int i = 0; i < n; i++)
            {
                Touchpoint point = points[i];
                LifecycleStage stage = point.Stage;
                if (model is not null && !ReferenceEquals(stage.Model, model))
                {
                    model = null;
                }

                bool stageChanged = previousStage is not null && !ReferenceEquals(stage, previousStage) && !stage.Equals(previousStage);
                previousStage = stage;

                // Channel key: the first touchpoint with an equal channel.
                Channel channel = point.Channel;
                int channelKey = -1;
                if (channelMap is null)
                {
                    for (int k = 0; k < channelCount; k++)
                    {
                        if (points[channelReps[k]].Channel == channel)
                        {
                            channelKey = channelReps[k];
                            break;
                        }
                    }

                    if (channelKey < 0)
                    {
                        channelKey = i;
                        if (channelCount < LinearLimit)
                        {
                            channelReps[channelCount++] = i;
                        }
                        else
                        {
                            channelMap = new Dictionary<Channel, int>(2 * LinearLimit);
                            for (int k = 0; k < channelCount; k++)
                            {
                                channelMap.Add(points[channelReps[k]].Channel, channelReps[k]);
                            }

                            channelMap.Add(channel, i);
                        }
                    }
                }
                else if (!channelMap.TryGetValue(channel, out channelKey))
                {
                    channelKey = i;
                    channelMap.Add(channel, i);
                }

                // Repeat contact: the nearest earlier customer-initiated touchpoint with the same topic.
                int repeatOf = -1;
                if (point.Initiator == CxCore.Initiator.Customer && point.Topic is { } topic)
                {
                    if (lastByTopicMap is null)
                    {
                        int slot = -1;
                        for (int k = 0; k < topicCount; k++)
                        {
                            if (string.Equals(points[topicReps[k]].Topic, topic, StringComparison.Ordinal))
                            {
                                slot = k;
                                break;
                            }
                        }

                        if (slot >= 0)
                        {
                            repeatOf = lastByTopic[slot];
                            lastByTopic[slot] = i;
                        }
                        else if (topicCount < LinearLimit)
                        {
                            topicReps[topicCount] = i;
                            lastByTopic[topicCount++] = i;
                        }
                        else
                        {
                            lastByTopicMap = new Dictionary<string, int>(2 * LinearLimit, StringComparer.Ordinal);
                            for (int k = 0; k < topicCount; k++)
                            {
                                lastByTopicMap.Add(points[topicReps[k]].Topic!, lastByTopic[k]);
                            }

                            lastByTopicMap.Add(topic, i);
                        }
                    }
                    else
                    {
                        if (lastByTopicMap.TryGetValue(topic, out int last))
                        {
                            repeatOf = last;
                        }

                        lastByTopicMap[topic] = i;
                    }
                }

                long wait = point.WaitTime is { } w ? ToSaturatedNanoseconds(w) : NoWait;
                result[i] = new ScoringPoint(
                    point.At.ToUnixTimeTicks(), wait, repeatOf, channelKey, stage.Ordinal, (byte)point.Initiator, (byte)point.Outcome, stageChanged);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }

        return result;
    }
}
