using System;
using System.Collections.Generic;
using CxCore.Ratings;
using CxCore.Utility;
using NodaTime;

namespace CxCore.Analysis;

/// <summary>
/// Builds a trend: feedback bucketed into calendar periods of a time zone, with each period's NPS, CSAT or CES,
/// its interval, its count, and the change from the previous period with a p-value.
/// </summary>
/// <remarks>
/// <para>
/// A response belongs to the period that contains its local date in the zone (<see cref="CalendarBuckets"/>): a
/// response at 23:30 in Sydney counts for that Sydney day. Every period from the one containing <c>from</c> to the
/// one containing the last instant before <c>to</c> is present; an empty period has count 0, a NaN score and an
/// undefined interval (it is never skipped and never a score of 0). Only feedback of the given instrument with
/// <c>from</c> ≤ <see cref="Feedback.At"/> &lt; <c>to</c> is counted.
/// </para>
/// <para>
/// <b>Ranges of local dates.</b> Instants that are midnights in another zone are not period boundaries in
/// <c>zone</c>: the year 2025 given as 2025-01-01T00:00Z to 2026-01-01T00:00Z covers, in Europe/Paris, 1 January
/// 01:00 to 1 January 2026 01:00, so a monthly trend gains a thirteenth point, January 2026, holding one hour
/// (usually no responses). To ask for whole local periods, give the range as local dates:
/// <see cref="Build(IEnumerable{Feedback}, FeedbackInstrument, CalendarPeriod, DateTimeZone, DateInterval, TrendOptions?)"/>
/// counts exactly the responses whose local date in the zone lies in the interval.
/// </para>
/// <para>
/// Scores, intervals and tests are those of <see cref="NetPromoterScore"/> (adjusted-Wald interval and z test),
/// <see cref="SatisfactionScore"/> (top-2-box, Wilson, two-proportion z test) and <see cref="EffortScore"/> (mean,
/// Student t, Welch). Consecutive periods hold different responses, so the period-over-period test treats them as
/// independent samples; the p-values are per comparison, not adjusted for multiplicity. Rolling windows
/// (<see cref="TrendResult.Rolling"/>) add counts; their changes compare non-overlapping windows.
/// </para>
/// <para>
/// Survey weights are not applied: feedback with a <see cref="Feedback.Weight"/> other than 1 is rejected rather than
/// silently counted as unweighted.
/// </para>
/// </remarks>
public static class Trend
{
    /// <summary>Builds the trend of an instrument's feedback over calendar periods.</summary>
    /// <param name="feedback">The feedback (any instruments; only <paramref name="instrument"/>'s is used).</param>
    /// <param name="instrument">The instrument whose ratings are scored.</param>
    /// <param name="period">The kind of calendar period.</param>
    /// <param name="zone">The time zone whose local calendar defines the periods.</param>
    /// <param name="from">The start of the range (inclusive).</param>
    /// <param name="to">The end of the range (exclusive), after <paramref name="from"/>.</param>
    /// <param name="options">The options; defaults when <see langword="null"/>.</param>
    /// <returns>The trend, one point per period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="feedback"/>, an item of it, <paramref name="instrument"/> or <paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="to"/> is not after <paramref name="from"/>; a custom instrument without <see cref="TrendOptions.Metric"/>;
    /// NPS asked of an instrument not on 0–10; a used feedback item has a weight other than 1.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/>, the metric or the confidence is out of range.</exception>
    public static TrendResult Build(IEnumerable<Feedback> feedback, FeedbackInstrument instrument, CalendarPeriod period,
        DateTimeZone zone, Instant from, Instant to, TrendOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(zone);
        options ??= new TrendOptions();
        Preconditions.CheckConfidenceLevel(options.Confidence, nameof(options.Confidence));
        RatingMetric metric = options.Metric
            ?? (instrument.Metric == RatingMetric.Custom
                ? throw new ArgumentException($"The instrument '{instrument.Name}' is custom; set TrendOptions.Metric to say which score to compute.", nameof(instrument))
                : instrument.Metric);
        MetricMath.CheckComputable(metric, nameof(options.Metric));
        if (metric == RatingMetric.Nps && instrument.Scale != RatingScale.Nps)
        {
            throw new ArgumentException($"NPS needs a 0..10 instrument; '{instrument.Name}' is on {instrument.Scale}.", nameof(instrument));
        }

        // Count, then hand the counts to the counts-first core that FromCounts also uses.
        IReadOnlyList<DateInterval> periods = CalendarBuckets.Between(from, to, zone, period);
        var index = new Dictionary<LocalDate, int>(periods.Count);
        for (int i = 0; i < periods.Count; i++)
        {
            index.Add(periods[i].Start, i);
        }

        RatingScale scale = instrument.Scale;
        long[][] counts = new long[periods.Count][];
        for (int i = 0; i < counts.Length; i++)
        {
            counts[i] = new long[scale.PointCount];
        }

        foreach (Feedback item in feedback)
        {
            if (item is null)
            {
                throw new ArgumentNullException(nameof(feedback), "A feedback item is null.");
            }

            if (!item.Instrument.Equals(instrument) || item.At < from || item.At >= to)
            {
                continue;
            }

            if (item.Weight != 1)
            {
                throw new ArgumentException(
                    $"Feedback '{item.Id}' has weight {item.Weight}; trends use unweighted counts and do not drop or ignore weights silently.", nameof(feedback));
            }

            int slot = index[CalendarBuckets.StartOf(item.At.InZone(zone).Date, period)];
            counts[slot][item.Rating - scale.Minimum]++;
        }

        var histograms = new RatingCounts[counts.Length];
        for (int i = 0; i < histograms.Length; i++)
        {
            histograms[i] = RatingCounts.FromCounts(scale, counts[i]);
        }

        return FromPeriodCounts(metric, period, zone, options.Confidence, periods, histograms);
    }

    /// <summary>
    /// Builds the trend of an instrument's feedback over the calendar periods that hold the local dates
    /// <paramref name="dates"/> in <paramref name="zone"/>, counting the responses whose local date lies in
    /// <paramref name="dates"/>.
    /// </summary>
    /// <param name="feedback">The feedback (any instruments; only <paramref name="instrument"/>'s is used).</param>
    /// <param name="instrument">The instrument whose ratings are scored.</param>
    /// <param name="period">The kind of calendar period.</param>
    /// <param name="zone">The time zone whose local calendar defines the periods and the dates.</param>
    /// <param name="dates">The local dates, first and last both included (for example 2025-01-01 to 2025-12-31 for the twelve months of 2025).</param>
    /// <param name="options">The options; defaults when <see langword="null"/>.</param>
    /// <returns>The trend, one point per period from the one containing the first date to the one containing the last.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="feedback"/>, an item of it, <paramref name="instrument"/>, <paramref name="zone"/> or <paramref name="dates"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The dates are not in the ISO calendar; a custom instrument without <see cref="TrendOptions.Metric"/>; NPS asked
    /// of an instrument not on 0–10; a used feedback item has a weight other than 1.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/>, the metric or the confidence is out of range.</exception>
    /// <remarks>
    /// The same as the instant overload with <c>from</c> the start of the first date and <c>to</c> the start of the day
    /// after the last, both in <paramref name="zone"/> (<see cref="DateTimeZone.AtStartOfDay"/>, which is the first
    /// instant of a day that starts in a daylight-saving gap). The first and last periods are partial only when the dates
    /// do not start and end on period boundaries.
    /// </remarks>
    public static TrendResult Build(IEnumerable<Feedback> feedback, FeedbackInstrument instrument, CalendarPeriod period,
        DateTimeZone zone, DateInterval dates, TrendOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(dates);
        if (dates.Start.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"The dates are in the {dates.Start.Calendar.Id} calendar; give ISO dates.", nameof(dates));
        }

        return Build(feedback, instrument, period, zone, zone.AtStartOfDay(dates.Start).ToInstant(),
            zone.AtStartOfDay(dates.End.PlusDays(1)).ToInstant(), options);
    }

    /// <summary>
    /// Builds a trend from rating counts already grouped by calendar period — counted by a database (see the
    /// CxCore.Data package), read from a cache or merged from several workers — over the periods that hold the range
    /// [<paramref name="from"/>, <paramref name="to"/>) in <paramref name="zone"/>.
    /// </summary>
    /// <param name="periodCounts">
    /// The counts of each period, keyed by a local date in the period (usually its first day); several keys in one
    /// period are merged by addition. Periods without a key are empty.
    /// </param>
    /// <param name="scale">The scale of the counts (0–10 for NPS); empty periods get empty counts on it.</param>
    /// <param name="metric">The metric to compute.</param>
    /// <param name="period">The kind of calendar period.</param>
    /// <param name="zone">The time zone whose local calendar defines the periods.</param>
    /// <param name="from">The start of the range (inclusive).</param>
    /// <param name="to">The end of the range (exclusive), after <paramref name="from"/>.</param>
    /// <param name="confidence">The confidence level of the intervals and tests, strictly between 0 and 1.</param>
    /// <returns>The trend, one point per period, equal to <see cref="Build(IEnumerable{Feedback}, FeedbackInstrument, CalendarPeriod, DateTimeZone, Instant, Instant, TrendOptions?)"/> on the responses the counts came from.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periodCounts"/>, one of its counts or <paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="to"/> is not after <paramref name="from"/>; counts on another scale than <paramref name="scale"/>;
    /// NPS asked of a scale other than 0–10; a key's period lies outside the range (the message names the date and the range).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/>, <paramref name="metric"/> or <paramref name="confidence"/> is out of range.</exception>
    /// <exception cref="OverflowException">The merged counts of a period exceed <see cref="long.MaxValue"/>.</exception>
    /// <remarks>
    /// The in-memory <see cref="Build(IEnumerable{Feedback}, FeedbackInstrument, CalendarPeriod, DateTimeZone, Instant, Instant, TrendOptions?)"/>
    /// counts its feedback per period and then computes through the same code, so both give identical points.
    /// </remarks>
    public static TrendResult FromCounts(IEnumerable<KeyValuePair<LocalDate, RatingCounts>> periodCounts, RatingScale scale, RatingMetric metric,
        CalendarPeriod period, DateTimeZone zone, Instant from, Instant to, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(periodCounts);
        ArgumentNullException.ThrowIfNull(zone);
        IReadOnlyList<DateInterval> periods = CalendarBuckets.Between(from, to, zone, period);
        return FromPeriodCounts(metric, period, zone, confidence, periods, Bucket(periodCounts, scale, period, periods));
    }

    /// <summary>
    /// Builds a trend from rating counts already grouped by calendar period over the periods that hold the local dates
    /// <paramref name="dates"/>; see <see cref="FromCounts(IEnumerable{KeyValuePair{LocalDate, RatingCounts}}, RatingScale, RatingMetric, CalendarPeriod, DateTimeZone, Instant, Instant, double)"/>.
    /// </summary>
    /// <param name="periodCounts">The counts of each period, keyed by a local date in the period; several keys in one period are merged.</param>
    /// <param name="scale">The scale of the counts (0–10 for NPS).</param>
    /// <param name="metric">The metric to compute.</param>
    /// <param name="period">The kind of calendar period.</param>
    /// <param name="zone">The time zone whose local calendar defines the periods.</param>
    /// <param name="dates">The local dates, first and last both included.</param>
    /// <param name="confidence">The confidence level of the intervals and tests, strictly between 0 and 1.</param>
    /// <returns>The trend, equal to <see cref="Build(IEnumerable{Feedback}, FeedbackInstrument, CalendarPeriod, DateTimeZone, DateInterval, TrendOptions?)"/> on the responses the counts came from.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periodCounts"/>, one of its counts, <paramref name="zone"/> or <paramref name="dates"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The dates are not in the ISO calendar; counts on another scale; NPS asked of a scale other than 0–10; a key's
    /// period lies outside the periods of <paramref name="dates"/>.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/>, <paramref name="metric"/> or <paramref name="confidence"/> is out of range.</exception>
    /// <exception cref="OverflowException">The merged counts of a period exceed <see cref="long.MaxValue"/>.</exception>
    public static TrendResult FromCounts(IEnumerable<KeyValuePair<LocalDate, RatingCounts>> periodCounts, RatingScale scale, RatingMetric metric,
        CalendarPeriod period, DateTimeZone zone, DateInterval dates, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(dates);
        if (dates.Start.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"The dates are in the {dates.Start.Calendar.Id} calendar; give ISO dates.", nameof(dates));
        }

        return FromCounts(periodCounts, scale, metric, period, zone, zone.AtStartOfDay(dates.Start).ToInstant(),
            zone.AtStartOfDay(dates.End.PlusDays(1)).ToInstant(), confidence);
    }

    /// <summary>The counts-first core: checks the metric against the scale and builds the result from one histogram per period.</summary>
    private static TrendResult FromPeriodCounts(RatingMetric metric, CalendarPeriod period, DateTimeZone zone, double confidence,
        IReadOnlyList<DateInterval> periods, RatingCounts[] histograms)
    {
        Preconditions.CheckConfidenceLevel(confidence, nameof(confidence));
        Preconditions.CheckDefined(metric, nameof(metric));
        RatingScale scale = histograms[0].Scale;
        if (metric == RatingMetric.Nps && scale != RatingScale.Nps)
        {
            throw new ArgumentException($"NPS needs counts on the 0..10 scale; these are on {scale}.", nameof(metric));
        }

        return new TrendResult(metric, period, zone, confidence, periods, Array.AsReadOnly(histograms), 1);
    }

    /// <summary>One histogram per period of <paramref name="periods"/>, adding the counts whose key falls in it.</summary>
    private static RatingCounts[] Bucket(IEnumerable<KeyValuePair<LocalDate, RatingCounts>> periodCounts, RatingScale scale, CalendarPeriod period,
        IReadOnlyList<DateInterval> periods)
    {
        var index = new Dictionary<LocalDate, int>(periods.Count);
        for (int i = 0; i < periods.Count; i++)
        {
            index.Add(periods[i].Start, i);
        }

        var histograms = new RatingCounts[periods.Count];
        for (int i = 0; i < histograms.Length; i++)
        {
            histograms[i] = RatingCounts.Empty(scale);
        }

        foreach ((LocalDate date, RatingCounts counts) in periodCounts)
        {
            if (counts is null)
            {
                throw new ArgumentNullException(nameof(periodCounts), $"The counts of {date:uuuu-MM-dd} are null.");
            }

            if (counts.Scale != scale)
            {
                throw new ArgumentException($"The counts of {date:uuuu-MM-dd} are on the {counts.Scale} scale, not {scale}.", nameof(periodCounts));
            }

            if (!index.TryGetValue(CalendarBuckets.StartOf(date, period), out int slot))
            {
                throw new ArgumentException(
                    $"The counts of {date:uuuu-MM-dd} fall outside the trend's periods ({periods[0].Start:uuuu-MM-dd} to {periods[^1].End:uuuu-MM-dd}); they are not dropped silently.",
                    nameof(periodCounts));
            }

            histograms[slot] += counts;
        }

        return histograms;
    }
}
