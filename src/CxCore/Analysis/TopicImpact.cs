using System;
using System.Collections.Generic;
using CxCore.Display;
using CxCore.Ratings;
using CxCore.Utility;

namespace CxCore.Analysis;

/// <summary>
/// The impact of a topic (a theme tagged on responses, e.g. "billing") on the NPS: NPS(all) − NPS(all without the
/// responses that carry the topic), with its standard error, confidence interval and p-value.
/// </summary>
/// <remarks>
/// <para>
/// Write T for the responses with the topic (n_T of them), R for the rest (n_R), n = n_T + n_R and w = n_T/n.
/// Because NPS(all) = w·NPS_T + (1 − w)·NPS_R, the impact is exactly
/// <c>I = NPS(all) − NPS_R = w·(NPS_T − NPS_R) = w·Δ</c>: the topic's share times the gap between the groups. A
/// negative impact means the NPS would be higher without the topic's responses (a pain point).
/// </para>
/// <para>
/// <b>Variance.</b> NPS(all) and NPS_R share the responses in R, so they are not independent and the two-sample formula
/// does not apply. Treat the n responses as one multinomial sample over six cells (topic or not × detractor, passive,
/// promoter). Given n_T, the groups are independent multinomials and Δ̂ is unbiased for Δ, so by the law of total
/// variance Var(ŵΔ̂) = E[ŵ²·Var(Δ̂ | n_T)] + Var(ŵ)·Δ², which gives the plug-in
/// <c>SE² = w²·(σ_T²/n_T + σ_R²/n_R) + Δ²·w(1 − w)/n</c>, with σ² = (p + d) − (p − d)² the per-response variance of
/// each group (shares p promoters, d detractors); the same expression is the first-order delta-method variance of the
/// six-cell multinomial. The interval is I ± z·SE and the p-value is the two-sided z test of I = 0 (equivalently
/// NPS_T = NPS_R). All values are in NPS points (×100).
/// </para>
/// <para>
/// <b>Edge cases.</b> No response carries the topic: the impact is exactly 0 (SE 0, p = 1). Every response carries it:
/// NPS without it is undefined, so the impact, SE, interval and p-value are NaN/undefined; likewise when there are no
/// responses. Immutable and thread-safe.
/// </para>
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class TopicImpact : ITabularResult
{
    private readonly ScoreComparison _comparison;

    /// <summary>The comparison of the NPS with and without the topic (the JSON form).</summary>
    internal ScoreComparison Comparison => _comparison;

    internal TopicImpact(string topic, NetPromoterScore withTopic, NetPromoterScore withoutTopic, ScoreComparison comparison)
    {
        Topic = topic;
        WithTopic = withTopic;
        WithoutTopic = withoutTopic;
        Overall = NetPromoterScore.FromCounts((long)(withTopic.Detractors + withoutTopic.Detractors),
            (long)(withTopic.Passives + withoutTopic.Passives), (long)(withTopic.Promoters + withoutTopic.Promoters));
        _comparison = comparison;
    }

    /// <summary>The topic's name.</summary>
    public string Topic { get; }

    /// <summary>The NPS of the responses that carry the topic.</summary>
    public NetPromoterScore WithTopic { get; }

    /// <summary>The NPS of the responses that do not carry the topic.</summary>
    public NetPromoterScore WithoutTopic { get; }

    /// <summary>The NPS of all responses.</summary>
    public NetPromoterScore Overall { get; }

    /// <summary>The share w = n_T/n of responses that carry the topic, in [0, 1]; NaN when there are no responses.</summary>
    public double Share => WithTopic.Count / Overall.Count;

    /// <summary>The impact NPS(all) − NPS(without the topic), in NPS points.</summary>
    public double Impact => _comparison.Difference;

    /// <summary>The standard error of <see cref="Impact"/> (see the type remarks), in NPS points.</summary>
    public double StandardError => _comparison.StandardError;

    /// <summary>The Wald confidence interval Impact ± z·SE.</summary>
    public ConfidenceInterval Interval => _comparison.Interval;

    /// <summary>The two-sided p-value of the hypothesis that the impact is 0.</summary>
    public double PValue => _comparison.PValue;

    /// <summary>
    /// The impact as a one-row table with columns <c>topic, n_topic, share_percent, nps_topic, nps_without, impact, se,
    /// lower, upper, p_value</c> (<c>share_percent</c> is 100 × <see cref="Share"/>; scores and impact in NPS points).
    /// </summary>
    /// <returns>The table.</returns>
    public ResultTable ToTable() => ResultTable.FromRows(TableColumns, [ToRow()]);

    /// <summary>The impact as an aligned text table (see <see cref="ToTable"/>).</summary>
    /// <returns>The text table.</returns>
    public override string ToString() => ToTable().ToString();

    /// <summary>The impact as a Markdown table (see <see cref="ToTable"/>).</summary>
    /// <returns>The Markdown table.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    /// <summary>The impact as flat rows (see <see cref="ToTable"/>).</summary>
    /// <returns>One dictionary.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ToRows() => ToTable().ToRows();

    /// <summary>Computes the impact of a topic from the counts of the responses with and without it.</summary>
    /// <param name="topic">The topic's name (not blank).</param>
    /// <param name="withTopic">Counts on 0–10 of the responses that carry the topic.</param>
    /// <param name="withoutTopic">Counts on 0–10 of the responses that do not.</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1.</param>
    /// <returns>The impact.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="topic"/> is blank or counts are not on the 0–10 scale.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1.</exception>
    public static TopicImpact Compute(string topic, RatingCounts withTopic, RatingCounts withoutTopic, double confidence = 0.95)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        ArgumentNullException.ThrowIfNull(withTopic);
        ArgumentNullException.ThrowIfNull(withoutTopic);
        Preconditions.CheckConfidenceLevel(confidence, nameof(confidence));
        return FromScores(topic, NetPromoterScore.FromCounts(withTopic), NetPromoterScore.FromCounts(withoutTopic), confidence);
    }

    /// <summary>Computes the impact of every topic that occurs in per-response data.</summary>
    /// <param name="ratings">The 0–10 rating of each response.</param>
    /// <param name="topics">The topics of each response (same length as <paramref name="ratings"/>; an empty set for none; a null entry is not allowed).</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1.</param>
    /// <returns>The impacts, most negative first (ties by topic name, ordinal).</returns>
    /// <exception cref="ArgumentNullException">An argument or an entry of <paramref name="topics"/> is null.</exception>
    /// <exception cref="ArgumentException">The lists differ in length or a topic name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rating is outside 0–10, or <paramref name="confidence"/> is not strictly between 0 and 1.</exception>
    public static TopicImpactResult ComputeAll(IReadOnlyList<int> ratings, IReadOnlyList<IReadOnlyCollection<string>> topics, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(topics);
        Preconditions.CheckConfidenceLevel(confidence, nameof(confidence));
        if (ratings.Count != topics.Count)
        {
            throw new ArgumentException($"There are {ratings.Count} ratings but {topics.Count} topic sets.", nameof(topics));
        }

        long[] all = new long[11];
        var byTopic = new Dictionary<string, long[]>(StringComparer.Ordinal);
        for (int i = 0; i < ratings.Count; i++)
        {
            int rating = ratings[i];
            if (rating is < 0 or > 10)
            {
                throw new ArgumentOutOfRangeException(nameof(ratings), rating, $"Rating {i} is {rating}; NPS ratings are 0..10.");
            }

            all[rating]++;
            IReadOnlyCollection<string> set = topics[i] ?? throw new ArgumentNullException(nameof(topics), $"The topics of response {i} are null; use an empty set.");
            foreach (string topic in new HashSet<string>(set, StringComparer.Ordinal))
            {
                if (string.IsNullOrWhiteSpace(topic))
                {
                    throw new ArgumentException($"Response {i} has a null or blank topic.", nameof(topics));
                }

                if (!byTopic.TryGetValue(topic, out long[]? counts))
                {
                    byTopic[topic] = counts = new long[11];
                }

                counts[rating]++;
            }
        }

        // Count, then compute through the counts-first overload.
        var topicCounts = new Dictionary<string, RatingCounts>(byTopic.Count, StringComparer.Ordinal);
        foreach ((string topic, long[] counts) in byTopic)
        {
            topicCounts.Add(topic, RatingCounts.FromCounts(RatingScale.Nps, counts));
        }

        return ComputeAll(RatingCounts.FromCounts(RatingScale.Nps, all), topicCounts, confidence);
    }

    /// <summary>
    /// Computes the impact of every topic from counts: the counts of all responses and, per topic, the counts of the
    /// responses that carry it — as a database returns them (<c>GROUP BY topic, rating</c> over distinct response–topic
    /// pairs) or as a cache holds them.
    /// </summary>
    /// <param name="all">Counts on 0–10 of all responses (with or without topics).</param>
    /// <param name="topicCounts">
    /// Per topic (non-blank names), counts on 0–10 of the responses that carry it, each response counted once per topic;
    /// at every rating no more than <paramref name="all"/> holds.
    /// </param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1.</param>
    /// <returns>The impacts, most negative first (ties by topic name, ordinal); identical to the per-response overload on the responses the counts came from.</returns>
    /// <exception cref="ArgumentNullException">An argument or a topic's counts is null.</exception>
    /// <exception cref="ArgumentException">
    /// A topic name is blank; counts are not on the 0–10 scale; or a topic has more responses at a rating than
    /// <paramref name="all"/> (the message names the topic and the rating).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1.</exception>
    public static TopicImpactResult ComputeAll(RatingCounts all, IReadOnlyDictionary<string, RatingCounts> topicCounts, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(topicCounts);
        Preconditions.CheckConfidenceLevel(confidence, nameof(confidence));
        if (all.Scale != RatingScale.Nps)
        {
            throw new ArgumentException($"Topic impact is on NPS; the counts of all responses are on {all.Scale}, not 0..10.", nameof(all));
        }

        ReadOnlySpan<long> total = all.AsSpan();
        var impacts = new List<TopicImpact>(topicCounts.Count);
        foreach ((string topic, RatingCounts counts) in topicCounts)
        {
            if (string.IsNullOrWhiteSpace(topic))
            {
                throw new ArgumentException("A topic name is null or blank.", nameof(topicCounts));
            }

            if (counts is null)
            {
                throw new ArgumentNullException(nameof(topicCounts), $"The counts of topic '{topic}' are null.");
            }

            if (counts.Scale != RatingScale.Nps)
            {
                throw new ArgumentException($"The counts of topic '{topic}' are on {counts.Scale}, not 0..10.", nameof(topicCounts));
            }

            ReadOnlySpan<long> part = counts.AsSpan();
            long[] rest = new long[total.Length];
            for (int r = 0; r < rest.Length; r++)
            {
                if (part[r] > total[r])
                {
                    throw new ArgumentException(
                        $"Topic '{topic}' has {part[r]} responses rating {r} but all responses hold only {total[r]}; a topic's responses are a part of all responses.", nameof(topicCounts));
                }

                rest[r] = total[r] - part[r];
            }

            impacts.Add(Compute(topic, counts, RatingCounts.FromCounts(RatingScale.Nps, rest), confidence));
        }

        impacts.Sort((a, b) =>
        {
            int byImpact = a.Impact.CompareTo(b.Impact);
            return byImpact != 0 ? byImpact : string.CompareOrdinal(a.Topic, b.Topic);
        });
        return new TopicImpactResult(all.Total, confidence, impacts.AsReadOnly());
    }

    internal static string[] TableColumns => ["topic", "n_topic", "share_percent", "nps_topic", "nps_without", "impact", "se", "lower", "upper", "p_value"];

    internal object?[] ToRow() =>
    [
        Topic, (long)WithTopic.Count, 100 * Share, WithTopic.Value, WithoutTopic.Value, Impact, StandardError,
        Interval.IsDefined ? Interval.Lower : null, Interval.IsDefined ? Interval.Upper : null, PValue,
    ];

    internal static TopicImpact FromScores(string topic, NetPromoterScore withTopic, NetPromoterScore withoutTopic, double confidence)
    {
        double nT = withTopic.Count, nR = withoutTopic.Count, n = nT + nR;
        if (!(nR > 0))
        {
            return new TopicImpact(topic, withTopic, withoutTopic, ScoreComparison.Undefined(confidence));
        }

        if (!(nT > 0))
        {
            return new TopicImpact(topic, withTopic, withoutTopic, Inference.ZComparison(0, 0, confidence));
        }

        double w = nT / n;
        double delta = (withTopic.Value - withoutTopic.Value) / 100;
        double variance = (w * w * ((withTopic.Variance / nT) + (withoutTopic.Variance / nR))) + (delta * delta * w * (1 - w) / n);
        return new TopicImpact(topic, withTopic, withoutTopic, Inference.ZComparison(100 * w * delta, 100 * Math.Sqrt(variance), confidence));
    }
}
