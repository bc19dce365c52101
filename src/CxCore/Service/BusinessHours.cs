using System;
using System.Globalization;
using CxCore.Utility;
using NodaTime;

namespace CxCore.Service;

/// <summary>
/// One recurring weekly open interval of a <see cref="BusinessCalendar"/>: from <see cref="Start"/> on
/// <see cref="Day"/> to <see cref="End"/> on the same day, or on the next day for an overnight interval
/// (<see cref="EndsNextDay"/>), in the calendar's local time.
/// </summary>
/// <remarks>
/// <para>
/// Intervals are half-open: open at <see cref="Start"/>, closed at <see cref="End"/>. A same-day interval whose
/// <see cref="End"/> is <see cref="LocalTime.Midnight"/> runs to the end of the day (24:00). An overnight interval
/// (for example Fri 22:00–Sat 06:00) ends on the day after <see cref="Day"/> and lasts at most 24 hours of local time.
/// </para>
/// <para>
/// <c>default(BusinessHours)</c> has <see cref="Day"/> <see cref="IsoDayOfWeek.None"/> and is not a usable interval:
/// <see cref="BusinessCalendar.FromOptions"/> rejects it. Equality compares all four properties. Immutable and
/// thread-safe.
/// </para>
/// </remarks>
public readonly struct BusinessHours : IEquatable<BusinessHours>
{
    private BusinessHours(IsoDayOfWeek day, LocalTime start, LocalTime end, bool endsNextDay)
    {
        Day = day;
        Start = start;
        End = end;
        EndsNextDay = endsNextDay;
    }

    /// <summary>The day of the week on which the interval opens.</summary>
    public IsoDayOfWeek Day { get; }

    /// <summary>The local time at which the interval opens (inclusive).</summary>
    public LocalTime Start { get; }

    /// <summary>The local time at which the interval closes (exclusive), on <see cref="Day"/> or on the next day.</summary>
    public LocalTime End { get; }

    /// <summary>Whether the interval closes on the day after <see cref="Day"/> (an overnight interval, or a same-day interval ending at 24:00).</summary>
    public bool EndsNextDay { get; }

    /// <summary>The nominal length in local time (ignoring daylight-saving changes), greater than zero and at most 24 hours.</summary>
    public Duration NominalLength => Duration.FromNanoseconds(NominalEndNanoseconds - Start.NanosecondOfDay);

    /// <summary>The end measured in nanoseconds from midnight at the start of <see cref="Day"/> (up to 48 hours).</summary>
    internal long NominalEndNanoseconds => End.NanosecondOfDay + (EndsNextDay ? NanosecondsPerDay : 0);

    private const long NanosecondsPerDay = 86_400_000_000_000L;

    /// <summary>Creates a same-day interval, such as Mon 09:00–17:00.</summary>
    /// <param name="day">The day of the week, Monday to Sunday.</param>
    /// <param name="start">The opening time.</param>
    /// <param name="end">The closing time, later than <paramref name="start"/>; <see cref="LocalTime.Midnight"/> means 24:00 (end of the day).</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="day"/> is not Monday to Sunday, or <paramref name="end"/> is not later than
    /// <paramref name="start"/> (use <see cref="FromOvernightTimes"/> for an interval that crosses midnight).
    /// </exception>
    public static BusinessHours FromTimes(IsoDayOfWeek day, LocalTime start, LocalTime end)
    {
        Preconditions.CheckArgumentRange(day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday, nameof(day), day, $"The day must be Monday to Sunday; {day} is not.");
        if (end == LocalTime.Midnight)
        {
            return new BusinessHours(day, start, end, endsNextDay: true);
        }

        if (end <= start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, string.Create(CultureInfo.InvariantCulture,
                $"The closing time {end:HH:mm:ss} is not later than the opening time {start:HH:mm:ss}; use FromOvernightTimes for an interval that crosses midnight."));
        }

        return new BusinessHours(day, start, end, endsNextDay: false);
    }

    /// <summary>Creates an overnight interval that closes on the next day, such as Fri 22:00–Sat 06:00.</summary>
    /// <param name="day">The day of the week on which the interval opens, Monday to Sunday.</param>
    /// <param name="start">The opening time on <paramref name="day"/>.</param>
    /// <param name="end">
    /// The closing time on the next day, not later than <paramref name="start"/> (so the interval lasts at most 24
    /// hours; equal times mean exactly 24 hours of local time).
    /// </param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="day"/> is not Monday to Sunday, or <paramref name="end"/> is later than <paramref name="start"/>
    /// (the interval would last more than 24 hours).
    /// </exception>
    public static BusinessHours FromOvernightTimes(IsoDayOfWeek day, LocalTime start, LocalTime end)
    {
        Preconditions.CheckArgumentRange(day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday, nameof(day), day, $"The day must be Monday to Sunday; {day} is not.");
        if (end > start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, string.Create(CultureInfo.InvariantCulture,
                $"An overnight interval opening at {start:HH:mm:ss} must close the next day no later than {start:HH:mm:ss} (at most 24 hours); {end:HH:mm:ss} is later."));
        }

        return new BusinessHours(day, start, end, endsNextDay: true);
    }

    /// <inheritdoc/>
    public bool Equals(BusinessHours other) =>
        Day == other.Day && Start == other.Start && End == other.End && EndsNextDay == other.EndsNextDay;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BusinessHours other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Day, Start, End, EndsNextDay);

    /// <summary>Formats the interval as <c>Friday 22:00–06:00 (+1 day)</c>, invariant culture.</summary>
    /// <returns>The formatted interval.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Day} {Start:HH:mm}–{(EndsNextDay && End == LocalTime.Midnight ? "24:00" : End.ToString("HH:mm", CultureInfo.InvariantCulture))}{(EndsNextDay && End != LocalTime.Midnight ? " (+1 day)" : "")}");

    /// <summary>Indicates whether two intervals are equal.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(BusinessHours left, BusinessHours right) => left.Equals(right);

    /// <summary>Indicates whether two intervals differ.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(BusinessHours left, BusinessHours right) => !left.Equals(right);
}
