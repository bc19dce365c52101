using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using CxCore.Utility;
using NodaTime;
using NodaTime.TimeZones;

namespace CxCore.Service;

/// <summary>
/// Business hours: a weekly schedule of open intervals in a time zone, minus holidays. Measures the business time
/// between two instants, adds business time to an instant (deadlines), and tells whether it is open at an instant.
/// </summary>
/// <remarks>
/// <para>
/// Only time inside an open interval counts. Each weekly interval (<see cref="BusinessHours"/>) recurs on every local
/// date with its day of the week, except on <see cref="Holidays"/>: the intervals that <em>open</em> on a holiday are
/// skipped, while an overnight interval that opened the evening before runs on into the holiday until it closes.
/// </para>
/// <para>
/// Local interval boundaries are mapped to instants in <see cref="TimeZone"/>, so a day with a daylight-saving change
/// counts the hours that really elapse (a 24-hour schedule has a 23-hour and a 25-hour day each year). The mapping is
/// fixed and documented: a boundary in a spring-forward gap (a local time that does not exist) maps to the first
/// instant after the gap; a boundary in a fall-back overlap (a local time that occurs twice) maps to the
/// <em>earlier</em> of its two instants. So an interval 00:00–01:30 on a night when 02:00 falls back to 01:00 ends at
/// the first 01:30, and an interval 02:30–04:00 on a night when 02:00 springs to 03:00 opens at 03:00.
/// </para>
/// <para>
/// The calendar precomputes its open intervals as instants, a block of 256 days at a time on first use, with the
/// cumulative business time of each block, so <see cref="BusinessTimeBetween"/>, <see cref="AddBusinessTime"/> and
/// <see cref="IsOpenAt"/> are two binary searches and do not allocate once the blocks they touch are built. The cache
/// keeps at most <see cref="MaxCachedBlocks"/> blocks (about 700 years of the schedule; a few kilobytes per block for a
/// schedule of one or two intervals a day): when it is full, the blocks not used since the last time it was full are
/// dropped and rebuilt if they are needed again, so a query over a very long span costs time, never unbounded memory.
/// Durations are exact to the nanosecond. Immutable and thread-safe.
/// </para>
/// <para>
/// <b>Supported range.</b> Instants from <see cref="SupportedRange"/>'s start (0001-01-01T00:00Z) up to its end
/// (9999-01-01T00:00Z, exclusive): every method throws <see cref="ArgumentOutOfRangeException"/> for an instant outside
/// it (and <see cref="AddBusinessTime"/> for a deadline past its end), rather than failing inside NodaTime near the ends
/// of its own range.
/// </para>
/// </remarks>
public sealed class BusinessCalendar
{
    private const int BlockDays = 256;
    private const long TicksPerBlock = BlockDays * NodaConstants.TicksPerDay;
    private const long NanosecondsPerDay = NodaConstants.NanosecondsPerDay;
    private const long NanosecondsPerWeek = 7 * NanosecondsPerDay;

    /// <summary>The largest duration <see cref="AddBusinessTime"/> accepts: 100 years of 365.25 days.</summary>
    public static Duration MaxAddedBusinessTime { get; } = Duration.FromDays(36_525);

    /// <summary>The most 256-day blocks of open intervals a calendar keeps cached: 1024.</summary>
    public const int MaxCachedBlocks = 1024;

    /// <summary>
    /// The instants the calendar answers for: from 0001-01-01T00:00:00Z (inclusive) to 9999-01-01T00:00:00Z
    /// (exclusive). Building a block reads the schedule a few days beyond the block, which stays inside NodaTime's range.
    /// </summary>
    public static Interval SupportedRange { get; } = new(Instant.FromUtc(1, 1, 1, 0, 0), Instant.FromUtc(9999, 1, 1, 0, 0));

    private static readonly ZoneLocalMappingResolver BoundaryResolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    private readonly BusinessHours[][] _hoursByDay; // index 1..7 (IsoDayOfWeek)
    private readonly HashSet<LocalDate> _holidays;
    private readonly ConcurrentDictionary<long, Block> _blocks = new();
    private volatile Block? _last;

    private BusinessCalendar(DateTimeZone zone, BusinessHours[] hours, HashSet<LocalDate> holidays)
    {
        TimeZone = zone;
        _holidays = holidays;
        Hours = new ReadOnlyCollection<BusinessHours>(hours);
        Holidays = new ReadOnlyCollection<LocalDate>(holidays.OrderBy(d => d).ToArray());
        _hoursByDay = new BusinessHours[8][];
        for (int d = 0; d < 8; d++)
        {
            _hoursByDay[d] = hours.Where(h => (int)h.Day == d).ToArray();
        }

        WeeklyOpenTime = Duration.FromNanoseconds(hours.Sum(h => h.NominalEndNanoseconds - h.Start.NanosecondOfDay));
    }

    /// <summary>The time zone in which the schedule and the holidays are read.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>The weekly open intervals, in the order they were given.</summary>
    public IReadOnlyList<BusinessHours> Hours { get; }

    /// <summary>The holidays, in date order.</summary>
    public IReadOnlyList<LocalDate> Holidays { get; }

    /// <summary>The nominal open time of a week without holidays or daylight-saving changes (the sum of the interval lengths).</summary>
    public Duration WeeklyOpenTime { get; }

    /// <summary>Creates a calendar from options, which are validated and copied.</summary>
    /// <param name="options">The time zone, the weekly intervals and the holidays.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or its time zone is null.</exception>
    /// <exception cref="ArgumentException">
    /// The schedule has no open interval (a calendar without open time), contains <c>default(BusinessHours)</c>, or two
    /// intervals overlap in the weekly cycle (touching intervals are allowed).
    /// </exception>
    public static BusinessCalendar FromOptions(BusinessCalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.TimeZone, "options.TimeZone");
        BusinessHours[] hours = options.Hours.ToArray();
        if (hours.Length == 0)
        {
            throw new ArgumentException("The weekly schedule has no open interval, so the calendar would never be open; add at least one interval.", nameof(options));
        }

        foreach (BusinessHours h in hours)
        {
            if (h.Day == IsoDayOfWeek.None)
            {
                throw new ArgumentException("The schedule contains default(BusinessHours); create intervals with BusinessHours.FromTimes or FromOvernightTimes.", nameof(options));
            }
        }

        (BusinessHours, BusinessHours)? overlap = FirstOverlap(hours);
        Preconditions.CheckArgument(overlap is null, nameof(options), $"The intervals {overlap?.Item1} and {overlap?.Item2} overlap; merge them into one interval.");
        return new BusinessCalendar(options.TimeZone, hours, new HashSet<LocalDate>(options.Holidays));
    }

    /// <summary>A calendar that is always open in <paramref name="zone"/>: every day from 00:00 to 24:00, no holidays.</summary>
    /// <param name="zone">The time zone in which days (and any holidays added later) are read.</param>
    /// <returns>The calendar; its business time between two instants is the elapsed time, unless holidays are added with <see cref="WithHolidays(IEnumerable{LocalDate})"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <remarks>
    /// The same as seven <c>AddHours(day, LocalTime.Midnight, LocalTime.Midnight)</c> intervals. Days are local days, so a
    /// day with a daylight-saving change counts the 23 or 25 hours that really elapse.
    /// </remarks>
    public static BusinessCalendar AlwaysOpen(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var hours = new BusinessHours[7];
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            hours[(int)day - 1] = BusinessHours.FromTimes(day, LocalTime.Midnight, LocalTime.Midnight);
        }

        return new BusinessCalendar(zone, hours, []);
    }

    /// <summary>A calendar open Monday to Friday from <paramref name="opens"/> to <paramref name="closes"/> in <paramref name="zone"/>, no holidays.</summary>
    /// <param name="zone">The time zone in which the hours and any holidays added later are read.</param>
    /// <param name="opens">The opening time each weekday.</param>
    /// <param name="closes">The closing time each weekday, later than <paramref name="opens"/>; <see cref="LocalTime.Midnight"/> means 24:00.</param>
    /// <returns>The calendar (add holidays with <see cref="WithHolidays(IEnumerable{LocalDate})"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">As <see cref="BusinessHours.FromTimes"/>: <paramref name="closes"/> is not after <paramref name="opens"/>.</exception>
    /// <remarks>The same as <see cref="BusinessCalendarOptions.AddWeekdayHours"/> on options with <paramref name="zone"/>.</remarks>
    public static BusinessCalendar Weekdays(DateTimeZone zone, LocalTime opens, LocalTime closes)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var hours = new BusinessHours[5];
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Friday; day++)
        {
            hours[(int)day - 1] = BusinessHours.FromTimes(day, opens, closes);
        }

        return new BusinessCalendar(zone, hours, []);
    }

    /// <summary>
    /// A new calendar with the same zone and weekly hours and the holidays of this one plus <paramref name="holidays"/>;
    /// this calendar is not changed.
    /// </summary>
    /// <param name="holidays">The local dates to add as holidays (dates that are holidays already are kept once).</param>
    /// <returns>The new calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holidays"/> is null.</exception>
    public BusinessCalendar WithHolidays(IEnumerable<LocalDate> holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        var all = new HashSet<LocalDate>(_holidays);
        all.UnionWith(holidays);
        return new BusinessCalendar(TimeZone, Hours.ToArray(), all);
    }

    /// <summary>
    /// A new calendar with the same zone and weekly hours and the holidays of this one plus <paramref name="holidays"/>;
    /// this calendar is not changed.
    /// </summary>
    /// <param name="holidays">The local dates to add as holidays.</param>
    /// <returns>The new calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holidays"/> is null.</exception>
    public BusinessCalendar WithHolidays(params LocalDate[] holidays) => WithHolidays((IEnumerable<LocalDate>)holidays);

    /// <summary>Whether the calendar is open at <paramref name="instant"/> (open intervals include their start, exclude their end).</summary>
    /// <param name="instant">The instant, inside <see cref="SupportedRange"/>.</param>
    /// <returns><see langword="true"/> inside an open interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside <see cref="SupportedRange"/>.</exception>
    public bool IsOpenAt(Instant instant)
    {
        ThrowIfUnsupported(instant, nameof(instant));
        Block block = Locate(instant, out long offset);
        int i = IntervalAtOrBefore(block.Starts, offset);
        return i >= 0 && offset < block.Ends[i];
    }

    /// <summary>The business time between two instants: the part of [<paramref name="start"/>, <paramref name="end"/>) inside open intervals.</summary>
    /// <param name="start">The first instant, inside <see cref="SupportedRange"/>.</param>
    /// <param name="end">The second instant, not before <paramref name="start"/> and at most the end of <see cref="SupportedRange"/>.</param>
    /// <returns>The business time, between zero and <paramref name="end"/> − <paramref name="start"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>, or an instant is outside <see cref="SupportedRange"/>.</exception>
    public Duration BusinessTimeBetween(Instant start, Instant end)
    {
        ThrowIfUnsupported(start, nameof(start));
        if (end > SupportedRange.End)
        {
            ThrowIfUnsupported(end, nameof(end));
        }

        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, string.Create(CultureInfo.InvariantCulture, $"The end {end} is before the start {start}."));
        }

        Block a = Locate(start, out long offsetA);
        Block b = ReferenceEquals(a, _last) && end < a.End ? a : Locate(end, out _);
        if (ReferenceEquals(a, b))
        {
            long offsetB = (end - a.Start).ToInt64Nanoseconds();
            return Duration.FromNanoseconds(Cumulative(a, offsetB) - Cumulative(a, offsetA));
        }

        Duration total = Duration.FromNanoseconds(a.Total - Cumulative(a, offsetA));
        for (long index = a.Index + 1; index < b.Index; index++)
        {
            total += Duration.FromNanoseconds(GetBlock(index).Total);
        }

        return total + Duration.FromNanoseconds(Cumulative(b, (end - b.Start).ToInt64Nanoseconds()));
    }

    /// <summary>
    /// The earliest instant at which <paramref name="businessTime"/> of business time has elapsed since
    /// <paramref name="start"/>: the deadline of a target in business hours.
    /// </summary>
    /// <param name="start">The instant the clock starts (it need not be inside an open interval), inside <see cref="SupportedRange"/>.</param>
    /// <param name="businessTime">The business time to add, zero to <see cref="MaxAddedBusinessTime"/>.</param>
    /// <returns>
    /// The instant t with <c>BusinessTimeBetween(start, t) == businessTime</c>; the earliest such instant, so a
    /// deadline that uses up an interval exactly is that interval's closing instant. <paramref name="start"/> itself for zero.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="businessTime"/> is negative or more than <see cref="MaxAddedBusinessTime"/>, <paramref name="start"/>
    /// is outside <see cref="SupportedRange"/>, or the deadline would fall at or after its end.
    /// </exception>
    public Instant AddBusinessTime(Instant start, Duration businessTime)
    {
        ThrowIfUnsupported(start, nameof(start));
        ArgumentOutOfRangeException.ThrowIfLessThan(businessTime, Duration.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(businessTime, MaxAddedBusinessTime);
        if (businessTime == Duration.Zero)
        {
            return start;
        }

        Block block = Locate(start, out long offset);
        long target = Cumulative(block, offset) + businessTime.ToInt64Nanoseconds();
        while (target > block.Total)
        {
            target -= block.Total;
            if (block.End >= SupportedRange.End)
            {
                throw DeadlineTooLate(start, businessTime);
            }

            block = GetBlock(block.Index + 1);
        }

        // The first interval whose cumulative end reaches the target; target > 0, so it has positive length.
        long[] cum = block.Cumulative;
        int lo = 0, hi = block.Starts.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (cum[mid + 1] >= target)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        Instant deadline = block.Start + Duration.FromNanoseconds(block.Starts[lo] + (target - cum[lo]));
        return deadline < SupportedRange.End ? deadline : throw DeadlineTooLate(start, businessTime);
    }

    /// <summary>Throws unless <paramref name="instant"/> is inside <see cref="SupportedRange"/>.</summary>
    internal static void ThrowIfUnsupported(Instant instant, string paramName)
    {
        if (!SupportedRange.Contains(instant))
        {
            throw new ArgumentOutOfRangeException(paramName, instant, string.Create(
                CultureInfo.InvariantCulture,
                $"The instant {instant} is outside the range business calendars support, {SupportedRange.Start} to {SupportedRange.End} (exclusive)."));
        }
    }

    private static ArgumentOutOfRangeException DeadlineTooLate(Instant start, Duration businessTime) =>
        new(nameof(businessTime), businessTime, string.Create(
            CultureInfo.InvariantCulture,
            $"Adding {businessTime} of business time to {start} gives a deadline at or after {SupportedRange.End}, the end of the range business calendars support."));

    /// <summary>The number of blocks in the cache (for tests).</summary>
    internal int CachedBlockCount => _blocks.Count;

    /// <summary>
    /// The business time from the start of the instant's 256-day block to the instant, with the block's index: the
    /// engine's one lookup per event, after which <see cref="Between"/> subtracts without searching again.
    /// </summary>
    internal Position PositionOf(Instant instant)
    {
        Block block = Locate(instant, out long offset);
        return new Position(block.Index, Cumulative(block, offset));
    }

    /// <summary>A point on the business clock: a block index and the business nanoseconds into that block.</summary>
    internal readonly record struct Position(long Block, long Cumulative);

    /// <summary>
    /// <see cref="PositionOf(Instant)"/> with a caller-owned <paramref name="cursor"/> (one per worker, never shared):
    /// the cursor remembers the block and the interval of its last lookup, so a later instant in the same block (a case's
    /// events are in time order) scans forward from that interval instead of searching, and no calendar-wide cache is
    /// written. Same position as <see cref="PositionOf(Instant)"/>.
    /// </summary>
    internal Position PositionOf(Instant instant, ref Cursor cursor)
    {
        Block? block = cursor.Block;
        long offset;
        int i;
        if (block is not null && instant >= block.Start && instant < block.End)
        {
            offset = (instant - block.Start).ToInt64Nanoseconds();
            i = offset >= cursor.Offset ? block.IntervalAtOrAfter(cursor.Interval, offset) : block.IntervalAtOrBefore(offset);
        }
        else
        {
            block = GetBlock(BlockIndexOf(instant));
            offset = (instant - block.Start).ToInt64Nanoseconds();
            i = block.IntervalAtOrBefore(offset);
            cursor.Block = block;
        }

        cursor.Interval = i;
        cursor.Offset = offset;
        return new Position(block.Index, CumulativeAt(block, i, offset));
    }

    /// <summary>
    /// The business nanoseconds from <paramref name="a"/> to the later <paramref name="b"/>; the whole blocks between
    /// them are totalled once per (a, b) block pair in the cursor's slots (no dictionary lookups on a hit).
    /// </summary>
    internal long Between(Position a, Position b, ref Cursor cursor)
    {
        if (a.Block == b.Block)
        {
            return b.Cumulative - a.Cumulative;
        }

        // The business time of the whole blocks a.Block .. b.Block − 1, memoised per (a.Block, b.Block) in a small slot.
        ref Cursor.BlockRun slot = ref cursor.Runs[(int)(a.Block & (Cursor.RunSlots - 1))];
        if (!slot.Set || slot.From != a.Block || slot.To != b.Block)
        {
            long total = 0;
            for (long index = a.Block; index < b.Block; index++)
            {
                total += GetBlock(index).Total;
            }

            slot = new Cursor.BlockRun(true, a.Block, b.Block, total);
        }

        return slot.Total - a.Cumulative + b.Cumulative;
    }

    /// <summary>A worker's own lookup state for <see cref="PositionOf(Instant, ref Cursor)"/>; start from <c>default</c>.</summary>
    internal struct Cursor
    {
        internal const int RunSlots = 4;

        internal Block? Block;
        internal int Interval;
        internal long Offset;
        internal RunSlotArray Runs;

        /// <summary>The business time of the whole blocks <c>From</c> .. <c>To</c> − 1 (a memoised run of blocks).</summary>
        internal readonly record struct BlockRun(bool Set, long From, long To, long Total);

        [System.Runtime.CompilerServices.InlineArray(RunSlots)]
        internal struct RunSlotArray
        {
            private BlockRun _first;
        }
    }

    /// <summary>The business time from the start of <paramref name="block"/> to <paramref name="offset"/> nanoseconds into it.</summary>
    private static long Cumulative(Block block, long offset) => CumulativeAt(block, block.IntervalAtOrBefore(offset), offset);

    /// <summary><see cref="Cumulative"/> when the last interval starting at or before <paramref name="offset"/> is known to be <paramref name="i"/> (−1: none).</summary>
    private static long CumulativeAt(Block block, int i, long offset) =>
        i < 0 ? 0 : block.Cumulative[i] + Math.Min(offset, block.Ends[i]) - block.Starts[i];

    /// <summary>The index of the last interval starting at or before <paramref name="offset"/>, or −1.</summary>
    private static int IntervalAtOrBefore(long[] starts, long offset)
    {
        int i = Array.BinarySearch(starts, offset);
        return i >= 0 ? i : ~i - 1;
    }

    private Block Locate(Instant instant, out long offset)
    {
        Block? last = _last;
        if (last is not null && instant >= last.Start && instant < last.End)
        {
            offset = (instant - last.Start).ToInt64Nanoseconds();
            return last;
        }

        Block block = GetBlock(BlockIndexOf(instant));
        _last = block;
        offset = (instant - block.Start).ToInt64Nanoseconds();
        return block;
    }

    private static long BlockIndexOf(Instant instant)
    {
        long ticks = instant.ToUnixTimeTicks();
        long index = ticks / TicksPerBlock;
        if (ticks % TicksPerBlock < 0)
        {
            index--;
        }

        return index;
    }

    private Block GetBlock(long index)
    {
        if (_blocks.TryGetValue(index, out Block? block))
        {
            block.Used = true;
            return block;
        }

        if (_blocks.Count >= MaxCachedBlocks)
        {
            Evict();
        }

        return _blocks.GetOrAdd(index, Build(index));
    }

    /// <summary>
    /// Makes room in a full cache, second-chance style: drops the blocks not used since the last eviction and marks the
    /// rest unused; when every block was used, drops half of them. Blocks are immutable, so a caller that still holds a
    /// dropped block keeps using it safely. Concurrent evictions only drop more.
    /// </summary>
    private void Evict()
    {
        int dropped = 0;
        foreach (KeyValuePair<long, Block> entry in _blocks)
        {
            if (!entry.Value.Used && _blocks.TryRemove(entry.Key, out _))
            {
                dropped++;
            }

            entry.Value.Used = false;
        }

        if (dropped == 0)
        {
            int half = _blocks.Count / 2;
            foreach (long key in _blocks.Keys)
            {
                if (half-- <= 0)
                {
                    break;
                }

                _blocks.TryRemove(key, out _);
            }
        }
    }

    /// <summary>Maps every interval that overlaps the block to instants, clips, sorts and merges them.</summary>
    private Block Build(long index)
    {
        Instant start = Instant.FromUnixTimeTicks(index * TicksPerBlock);
        Instant end = start + Duration.FromDays(BlockDays);
        LocalDate first = start.InZone(TimeZone).Date.PlusDays(-2);
        LocalDate last = end.InZone(TimeZone).Date.PlusDays(1);
        var spans = new List<(long Start, long End)>(BlockDays * 2);
        for (LocalDate date = first; date <= last; date = date.PlusDays(1))
        {
            if (_holidays.Contains(date))
            {
                continue;
            }

            foreach (BusinessHours h in _hoursByDay[(int)date.DayOfWeek])
            {
                Instant open = TimeZone.ResolveLocal(date.At(h.Start), BoundaryResolver).ToInstant();
                LocalDate closeDate = h.EndsNextDay ? date.PlusDays(1) : date;
                Instant close = TimeZone.ResolveLocal(closeDate.At(h.End), BoundaryResolver).ToInstant();
                if (open < start)
                {
                    open = start;
                }

                if (close > end)
                {
                    close = end;
                }

                if (close > open)
                {
                    spans.Add(((open - start).ToInt64Nanoseconds(), (close - start).ToInt64Nanoseconds()));
                }
            }
        }

        spans.Sort();
        var starts = new List<long>(spans.Count);
        var ends = new List<long>(spans.Count);
        foreach ((long s, long e) in spans)
        {
            if (ends.Count > 0 && s <= ends[^1])
            {
                ends[^1] = Math.Max(ends[^1], e);
            }
            else
            {
                starts.Add(s);
                ends.Add(e);
            }
        }

        long[] cumulative = new long[starts.Count + 1];
        for (int i = 0; i < starts.Count; i++)
        {
            cumulative[i + 1] = cumulative[i] + ends[i] - starts[i];
        }

        return new Block(index, start, end, starts.ToArray(), ends.ToArray(), cumulative);
    }

    /// <summary>Two intervals that overlap on the weekly cycle, or <see langword="null"/> when none do.</summary>
    private static (BusinessHours, BusinessHours)? FirstOverlap(BusinessHours[] hours)
    {
        // Each interval on the weekly cycle in nanoseconds from Monday 00:00; Sunday overnight intervals wrap to Monday.
        var spans = new List<(long Start, long End, BusinessHours Source)>();
        foreach (BusinessHours h in hours)
        {
            long s = ((int)h.Day - 1) * NanosecondsPerDay + h.Start.NanosecondOfDay;
            long e = ((int)h.Day - 1) * NanosecondsPerDay + h.NominalEndNanoseconds;
            if (e > NanosecondsPerWeek)
            {
                spans.Add((s, NanosecondsPerWeek, h));
                spans.Add((0, e - NanosecondsPerWeek, h));
            }
            else
            {
                spans.Add((s, e, h));
            }
        }

        spans.Sort((x, y) => x.Start.CompareTo(y.Start));
        for (int i = 1; i < spans.Count; i++)
        {
            if (spans[i].Start < spans[i - 1].End)
            {
                return (spans[i - 1].Source, spans[i].Source);
            }
        }

        return null;
    }

    internal sealed class Block(long index, Instant start, Instant end, long[] starts, long[] ends, long[] cumulative)
    {
        public long Index { get; } = index;

        /// <summary>Whether the block was looked up since the cache last made room (a racy hint, for eviction only).</summary>
        public bool Used { get; set; } = true;

        public Instant Start { get; } = start;

        public Instant End { get; } = end;

        /// <summary>Interval starts in nanoseconds from <see cref="Start"/>, sorted, disjoint and not touching.</summary>
        public long[] Starts { get; } = starts;

        public long[] Ends { get; } = ends;

        /// <summary>Business nanoseconds before each interval; one longer than <see cref="Starts"/>.</summary>
        public long[] Cumulative { get; } = cumulative;

        public long Total => Cumulative[^1];

        /// <summary>Per day of the block, the number of intervals starting before that day (one longer than the days).</summary>
        private readonly int[] _startsBeforeDay = StartsBeforeDay(starts);

        /// <summary>
        /// The index of the last interval starting at or before <paramref name="offset"/>, or −1: the same answer as a
        /// binary search of <see cref="Starts"/>, found from the day's first interval (usually one or two per day).
        /// </summary>
        public int IntervalAtOrBefore(long offset)
        {
            if (unchecked((ulong)offset) >= (ulong)(BlockDays * NanosecondsPerDay))
            {
                return BusinessCalendar.IntervalAtOrBefore(Starts, offset);
            }

            long[] s = Starts;
            int j = _startsBeforeDay[(int)(offset / NanosecondsPerDay)];
            while (j < s.Length && s[j] <= offset)
            {
                j++;
            }

            return j - 1;
        }

        /// <summary>
        /// <see cref="IntervalAtOrBefore(long)"/> for an <paramref name="offset"/> at or after one whose answer was
        /// <paramref name="from"/>: a few steps forward from there, else the day's first interval.
        /// </summary>
        public int IntervalAtOrAfter(int from, long offset)
        {
            long[] s = Starts;
            int j = from + 1;
            for (int steps = 0; steps < 4; steps++)
            {
                if (j >= s.Length || s[j] > offset)
                {
                    return j - 1;
                }

                j++;
            }

            return IntervalAtOrBefore(offset);
        }

        private static int[] StartsBeforeDay(long[] starts)
        {
            int[] before = new int[BlockDays + 1];
            int j = 0;
            for (int d = 0; d <= BlockDays; d++)
            {
                long dayStart = d * NanosecondsPerDay;
                while (j < starts.Length && starts[j] < dayStart)
                {
                    j++;
                }

                before[d] = j;
            }

            return before;
        }
    }
}
