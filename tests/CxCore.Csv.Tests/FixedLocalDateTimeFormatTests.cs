using System.Globalization;
using CxCore.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;

namespace CxCore.Csv.Tests;

[Properties(Arbitrary = [typeof(FixedLocalDateTimeFormatTests.Arbitraries)])]
public sealed class FixedLocalDateTimeFormatTests
{
    private static readonly LocalDateTimePattern[] Patterns =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss"),
        LocalDateTimePattern.CreateWithInvariantCulture("dd'/'MM'/'uuuu HH':'mm':'ss"),
        LocalDateTimePattern.CreateWithInvariantCulture("ss' s 'mm' min 'HH' h, 'dd'.'MM'.'uuuu"),
    ];

    /// <summary>A text close to one the pattern writes: fields out of range, characters replaced, dropped or added.</summary>
    public readonly record struct NearText(int Pattern, string Text);

    /// <summary>A time the patterns can write: year 1 to 9999, whole seconds.</summary>
    public readonly record struct WritableTime(LocalDateTime Value);

    /// <summary>The generators of this class's properties.</summary>
    public static class Arbitraries
    {
        private const string Noise = "0123456789 -:/T.x\u0661\u00e9";

        // One edit: replace (0), drop (1) or insert (2) a character at a position.
        private static readonly Gen<(int Kind, int At, char C)> Edits =
            from kind in Gen.Choose(0, 2)
            from at in Gen.Choose(0, 40)
            from c in Gen.Elements(Noise.ToCharArray())
            select (kind, at, c);

        public static Arbitrary<NearText> NearTexts() =>
            (from pattern in Gen.Choose(0, Patterns.Length - 1)
             from year in Gen.Frequency((1, Gen.Constant(0)), (20, Gen.Choose(1, 9999)))
             from month in Gen.Choose(0, 13)
             from day in Gen.Choose(0, 32)
             from hour in Gen.Choose(0, 24)
             from minute in Gen.Choose(0, 60)
             from second in Gen.Choose(0, 60)
             from count in Gen.Choose(0, 2)
             from edits in Gen.ArrayOf(Edits, count)
             select new NearText(pattern, Edit(Write(pattern, year, month, day, hour, minute, second), edits))).ToArbitrary();

        public static Arbitrary<WritableTime> WritableTimes() =>
            (from year in Gen.Choose(1, 9999)
             from month in Gen.Choose(1, 12)
             from day in Gen.Choose(1, 31)
             from hour in Gen.Choose(0, 23)
             from minute in Gen.Choose(0, 59)
             from second in Gen.Choose(0, 59)
             select new WritableTime(new LocalDateTime(year, month, Math.Min(day, CalendarSystem.Iso.GetDaysInMonth(year, month)), hour, minute, second)))
            .ToArbitrary();

        // The fields written as the pattern's digits, whether or not they make a date.
        private static string Write(int pattern, int year, int month, int day, int hour, int minute, int second) => pattern switch
        {
            0 => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2} {hour:D2}:{minute:D2}:{second:D2}"),
            1 => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}T{hour:D2}:{minute:D2}:{second:D2}"),
            2 => string.Create(CultureInfo.InvariantCulture, $"{day:D2}/{month:D2}/{year:D4} {hour:D2}:{minute:D2}:{second:D2}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{second:D2} s {minute:D2} min {hour:D2} h, {day:D2}.{month:D2}.{year:D4}"),
        };

        private static string Edit(string text, (int Kind, int At, char C)[] edits)
        {
            foreach ((int kind, int at, char c) in edits)
            {
                int i = at % (text.Length + 1);
                text = kind switch
                {
                    0 when i < text.Length => string.Concat(text.AsSpan(0, i), c.ToString(), text.AsSpan(i + 1)),
                    1 when i < text.Length => text.Remove(i, 1),
                    _ => text.Insert(i, c.ToString()),
                };
            }

            return text;
        }
    }

    [Fact]
    public void TryCreate_ThePresetPattern_Reads()
    {
        FixedLocalDateTimeFormat format = FixedLocalDateTimeFormat.TryCreate(new ServiceCaseMapping().LocalPattern)!;

        Assert.True(format.TryParse("2024-02-29 23:59:59", out LocalDateTime leap));
        Assert.Equal(new LocalDateTime(2024, 2, 29, 23, 59, 59), leap);
        Assert.True(format.TryParse("0001-01-01 00:00:00", out LocalDateTime first));
        Assert.Equal(new LocalDateTime(1, 1, 1, 0, 0, 0), first);
    }

    [Theory]
    [InlineData("2023-02-29 00:00:00")] // 2023 is not a leap year
    [InlineData("2024-04-31 00:00:00")]
    [InlineData("2024-13-01 00:00:00")]
    [InlineData("2024-00-01 00:00:00")]
    [InlineData("2024-01-00 00:00:00")]
    [InlineData("2024-01-01 24:00:00")] // the pattern's own reading of 24:00 is left to it
    [InlineData("2024-01-01 23:60:00")]
    [InlineData("2024-01-01 23:59:60")]
    [InlineData("0000-01-01 00:00:00")]
    [InlineData("2024-1-01 00:00:00")]
    [InlineData("2024-01-01T00:00:00")]
    [InlineData("2024-01-01 00:00:00 ")]
    [InlineData(" 2024-01-01 00:00:00")]
    [InlineData("2024-01-01 00:00:0\u0661")]
    [InlineData("")]
    public void TryParse_NotAValueItReads_False(string text)
    {
        FixedLocalDateTimeFormat format = FixedLocalDateTimeFormat.TryCreate(new ServiceCaseMapping().LocalPattern)!;

        Assert.False(format.TryParse(text, out _));
    }

    [Theory]
    [InlineData("uuuu'-'MM'-'dd' 'HH':'mm':'ss;FFFFFFFFF")] // fractions
    [InlineData("uuuu-MM-dd HH:mm:ss")]                     // unquoted separators
    [InlineData("uuuu'-'MM'-'dd' 'HH':'mm")]                // no seconds
    [InlineData("yyyy'-'MM'-'dd' 'HH':'mm':'ss")]           // year of era
    [InlineData("uuuu'-'MM'-'dd' 'hh':'mm':'ss")]           // 12-hour clock
    [InlineData("uuuu'-'MMM'-'dd' 'HH':'mm':'ss")]          // month name
    [InlineData("uuuu'-'M'-'d' 'H':'m':'s")]                // variable width
    public void TryCreate_PatternItDoesNotRead_Null(string patternText)
    {
        Assert.Null(FixedLocalDateTimeFormat.TryCreate(LocalDateTimePattern.CreateWithInvariantCulture(patternText)));
    }

    [Fact]
    public void TryCreate_TemplateInAnotherCalendar_Null()
    {
        LocalDateTimePattern julian = new ServiceCaseMapping().LocalPattern.WithTemplateValue(new LocalDateTime(2000, 1, 1, 0, 0, CalendarSystem.Julian));

        Assert.Null(FixedLocalDateTimeFormat.TryCreate(julian));
    }

    [ScaledProperty(5000)]
    public bool TryParse_WhatItReads_ThePatternReadsToTheSameValue(NearText near)
    {
        LocalDateTimePattern pattern = Patterns[near.Pattern];
        if (!FixedLocalDateTimeFormat.TryCreate(pattern)!.TryParse(near.Text, out LocalDateTime value))
        {
            return true;
        }

        ParseResult<LocalDateTime> reference = pattern.Parse(near.Text);
        return reference.Success && reference.Value == value;
    }

    [ScaledProperty(2000)]
    public bool TryParse_WhatThePatternWrites_ReadsBack(WritableTime time)
    {
        return Patterns.All(pattern =>
            FixedLocalDateTimeFormat.TryCreate(pattern)!.TryParse(pattern.Format(time.Value), out LocalDateTime value) && value == time.Value);
    }
}
