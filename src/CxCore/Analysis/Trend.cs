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

        return new TrendResult(metric, period, zone, options.Confidence, periods, Array.AsReadOnly(histograms), 1);
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
}
