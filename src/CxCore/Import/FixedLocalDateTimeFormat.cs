using System;
using NodaTime;
using NodaTime.Text;

namespace CxCore.Import;

/// <summary>
/// A fast reader for the common fixed-width wall-clock patterns, such as <c>uuuu'-'MM'-'dd' 'HH':'mm':'ss</c>: the six
/// fields, each exactly once, and quoted literals or spaces between them. It reads text of exactly the pattern's width
/// with ASCII digits in the fields and years 1 to 9999; anything else it leaves to the pattern itself.
/// </summary>
/// <remarks>
/// What it reads, the pattern reads to the same value (a subset of the pattern's inputs, never a different answer), so
/// callers use it first and fall back to <see cref="LocalDateTimePattern.Parse(string)"/>, whose failures carry the
/// messages. Immutable and thread-safe.
/// </remarks>
internal sealed class FixedLocalDateTimeFormat
{
    // The text the pattern writes, with '\0' in the digit positions.
    private readonly string _template;
    private readonly int _year, _month, _day, _hour, _minute, _second;

    private FixedLocalDateTimeFormat(string template, int year, int month, int day, int hour, int minute, int second)
    {
        _template = template;
        _year = year;
        _month = month;
        _day = day;
        _hour = hour;
        _minute = minute;
        _second = second;
    }

    /// <summary>The reader of <paramref name="pattern"/>, or <see langword="null"/> when it is not one of the patterns this reads.</summary>
    public static FixedLocalDateTimeFormat? TryCreate(LocalDateTimePattern pattern)
    {
        if (pattern.TemplateValue.Calendar != CalendarSystem.Iso)
        {
            return null;
        }

        string text = pattern.PatternText;
        var template = new System.Text.StringBuilder(text.Length);
        int year = -1, month = -1, day = -1, hour = -1, minute = -1, second = -1;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\'')
            {
                int close = text.IndexOf('\'', i + 1);
                if (close <= i + 1 || text.AsSpan(i + 1, close - i - 1).ContainsAny('\\', '\0'))
                {
                    return null;
                }

                template.Append(text, i + 1, close - i - 1);
                i = close + 1;
                continue;
            }

            if (c == ' ')
            {
                template.Append(' ');
                i++;
                continue;
            }

            int run = 1;
            while (i + run < text.Length && text[i + run] == c)
            {
                run++;
            }

            int position = template.Length;
            bool known = (c, run) switch
            {
                ('u', 4) => Set(ref year, position),
                ('M', 2) => Set(ref month, position),
                ('d', 2) => Set(ref day, position),
                ('H', 2) => Set(ref hour, position),
                ('m', 2) => Set(ref minute, position),
                ('s', 2) => Set(ref second, position),
                _ => false,
            };
            if (!known)
            {
                return null;
            }

            template.Append('\0', run);
            i += run;
        }

        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        {
            return null;
        }

        return new FixedLocalDateTimeFormat(template.ToString(), year, month, day, hour, minute, second);

        static bool Set(ref int field, int position)
        {
            if (field >= 0)
            {
                return false;
            }

            field = position;
            return true;
        }
    }

    /// <summary>Reads <paramref name="text"/>; <see langword="false"/> when it is not a value this reader reads (the pattern may still read it).</summary>
    public bool TryParse(ReadOnlySpan<char> text, out LocalDateTime value)
    {
        value = default;
        string template = _template;
        if (text.Length != template.Length)
        {
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            char expected = template[i];
            char c = text[i];
            if (expected == '\0' ? !char.IsAsciiDigit(c) : c != expected)
            {
                return false;
            }
        }

        int year = Digits(text, _year, 4), month = Digits(text, _month, 2), day = Digits(text, _day, 2);
        int hour = Digits(text, _hour, 2), minute = Digits(text, _minute, 2), second = Digits(text, _second, 2);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month) ||
            hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new LocalDateTime(year, month, day, hour, minute, second);
        return true;
    }

    private static int Digits(ReadOnlySpan<char> text, int start, int count)
    {
        int value = 0;
        for (int i = start; i < start + count; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }
}
