using System;
using System.Collections.Generic;
using NodaTime;

namespace CxCore.Service;

/// <summary>
/// The mutable description of a <see cref="BusinessCalendar"/>: a time zone, a weekly schedule of open intervals and
/// holidays. Validated when passed to <see cref="BusinessCalendar.FromOptions"/>, which copies it.
/// </summary>
/// <remarks>Not thread-safe; build it on one thread, then create the immutable calendar.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class BusinessCalendarOptions
{
    /// <summary>The time zone in which the schedule and holidays are read.</summary>
    /// <value>Defaults to <see cref="DateTimeZone.Utc"/>.</value>
    public DateTimeZone TimeZone { get; set; } = DateTimeZone.Utc;

    /// <summary>The weekly open intervals; several per day are allowed (split shifts), they must not overlap.</summary>
    /// <value>Empty by default; a calendar needs at least one interval.</value>
    public IList<BusinessHours> Hours { get; } = new List<BusinessHours>();

    /// <summary>
    /// Local dates on which the calendar is closed: the intervals that <em>open</em> on a holiday are skipped (an
    /// overnight interval opening the evening before still runs into the holiday).
    /// </summary>
    /// <value>Empty by default.</value>
    public ISet<LocalDate> Holidays { get; } = new HashSet<LocalDate>();

    /// <summary>Adds a same-day interval (see <see cref="BusinessHours.FromTimes"/>).</summary>
    /// <param name="day">The day of the week.</param>
    /// <param name="start">The opening time.</param>
    /// <param name="end">The closing time; <see cref="LocalTime.Midnight"/> means 24:00.</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentOutOfRangeException">As <see cref="BusinessHours.FromTimes"/>.</exception>
    public BusinessCalendarOptions AddHours(IsoDayOfWeek day, LocalTime start, LocalTime end)
    {
        Hours.Add(BusinessHours.FromTimes(day, start, end));
        return this;
    }

    /// <summary>Adds the same same-day interval on every weekday, Monday to Friday.</summary>
    /// <param name="start">The opening time.</param>
    /// <param name="end">The closing time; <see cref="LocalTime.Midnight"/> means 24:00.</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentOutOfRangeException">As <see cref="BusinessHours.FromTimes"/>.</exception>
    public BusinessCalendarOptions AddWeekdayHours(LocalTime start, LocalTime end)
    {
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Friday; day++)
        {
            Hours.Add(BusinessHours.FromTimes(day, start, end));
        }

        return this;
    }

    /// <summary>Adds an overnight interval that closes on the next day (see <see cref="BusinessHours.FromOvernightTimes"/>).</summary>
    /// <param name="day">The day on which the interval opens.</param>
    /// <param name="start">The opening time.</param>
    /// <param name="end">The closing time on the next day.</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentOutOfRangeException">As <see cref="BusinessHours.FromOvernightTimes"/>.</exception>
    public BusinessCalendarOptions AddOvernightHours(IsoDayOfWeek day, LocalTime start, LocalTime end)
    {
        Hours.Add(BusinessHours.FromOvernightTimes(day, start, end));
        return this;
    }

    /// <summary>Adds a holiday.</summary>
    /// <param name="date">The local date on which no interval opens.</param>
    /// <returns>These options, for chaining.</returns>
    public BusinessCalendarOptions AddHoliday(LocalDate date)
    {
        Holidays.Add(date);
        return this;
    }
}
