using System;
using System.Globalization;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CxCore.Utility;

namespace CxCore.Ratings;

/// <summary>
/// The exact number of responses at each point of a <see cref="RatingScale"/>: the sufficient statistic of every
/// rating metric (NPS, CSAT, CES, their intervals and tests).
/// </summary>
/// <remarks>
/// <para>
/// Counts are exact <see cref="long"/>s. Counts over the same scale merge by addition (<see cref="Merge"/>,
/// <c>+</c>): the merge is associative and commutative and <see cref="Empty"/> is its identity, so partial counts
/// from threads, files, database partitions (<c>GROUP BY rating</c>) or machines combine into exactly the counts of
/// the whole.
/// </para>
/// <para>
/// Empty counts (<see cref="Total"/> 0) are valid; the scores computed from them report NaN, never 0.
/// Two instances are equal when their scales and every count are equal. Instances are immutable and thread-safe;
/// to accumulate a stream use <see cref="RatingTally"/>.
/// </para>
/// </remarks>
public sealed class RatingCounts : IEquatable<RatingCounts>
{
    // Below this many ratings per worker, threads cost more than they save.
    private const int MinimumParallelChunk = 1 << 20;

    private readonly long[] _counts;

    private RatingCounts(RatingScale scale, long[] counts, long total)
    {
        Scale = scale;
        _counts = counts;
        Total = total;
    }

    /// <summary>The scale the counts are kept on.</summary>
    public RatingScale Scale { get; }

    /// <summary>The number of responses: the sum of all counts.</summary>
    public long Total { get; }

    /// <summary>Whether there are no responses.</summary>
    public bool IsEmpty => Total == 0;

    /// <summary>The number of responses with the rating <paramref name="rating"/>.</summary>
    /// <param name="rating">A point on <see cref="Scale"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rating"/> is not on <see cref="Scale"/>.</exception>
    public long this[int rating]
    {
        get
        {
            Scale.ThrowIfNotContained(rating, nameof(rating));
            return _counts[rating - Scale.Minimum];
        }
    }

    /// <summary>Counts with no responses on <paramref name="scale"/>: the identity of <see cref="Merge"/>.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>Counts whose <see cref="Total"/> is 0.</returns>
    public static RatingCounts Empty(RatingScale scale) => new(scale, new long[scale.PointCount], 0);

    /// <summary>Counts the ratings in <paramref name="ratings"/> (one byte per response) with the vectorised kernel.</summary>
    /// <param name="scale">The scale every rating must lie on.</param>
    /// <param name="ratings">The responses, each a rating on <paramref name="scale"/>.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A rating is not on <paramref name="scale"/>; the message names the first such rating, its position and the scale.
    /// </exception>
    /// <remarks>Runs near memory bandwidth on one thread and allocates only the result.</remarks>
    public static RatingCounts FromRatings(RatingScale scale, ReadOnlySpan<byte> ratings)
    {
        long[] counts = new long[scale.PointCount];
        long invalid = RatingKernels.Histogram(ratings, (byte)scale.Minimum, (byte)scale.Maximum, counts);
        if (invalid >= 0)
        {
            throw OutOfScale(ratings[(int)invalid], invalid, scale, nameof(ratings));
        }

        return new RatingCounts(scale, counts, ratings.Length);
    }

    /// <summary>Counts the ratings in <paramref name="ratings"/> (one <see cref="int"/> per response).</summary>
    /// <param name="scale">The scale every rating must lie on.</param>
    /// <param name="ratings">The responses, each a rating on <paramref name="scale"/>.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A rating is not on <paramref name="scale"/>; the message names the first such rating, its position and the scale.
    /// </exception>
    public static RatingCounts FromRatings(RatingScale scale, ReadOnlySpan<int> ratings)
    {
        long[] counts = new long[scale.PointCount];
        Accumulate(scale, ratings, counts, nameof(ratings));
        return new RatingCounts(scale, counts, ratings.Length);
    }

    /// <summary>
    /// Counts <paramref name="ratings"/> on several threads, each counting a contiguous part, then merges the parts.
    /// </summary>
    /// <param name="scale">The scale every rating must lie on.</param>
    /// <param name="ratings">The responses, one byte each.</param>
    /// <param name="maxDegreeOfParallelism">The most threads to use; −1 (the default) lets the runtime decide.</param>
    /// <returns>The same counts as <see cref="FromRatings(RatingScale, ReadOnlySpan{byte})"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A rating is not on <paramref name="scale"/> (the message names the first such rating in input order, its
    /// position and the scale), or <paramref name="maxDegreeOfParallelism"/> is 0 or less than −1.
    /// </exception>
    /// <remarks>Worth it for inputs of tens of millions of ratings; small inputs are counted on the calling thread.</remarks>
    public static RatingCounts FromRatingsParallel(RatingScale scale, ReadOnlyMemory<byte> ratings, int maxDegreeOfParallelism = -1)
    {
        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "Use −1 (let the runtime decide) or a positive number of threads.");
        }

        int workers = Math.Min(maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism, ratings.Length / MinimumParallelChunk);
        if (workers <= 1)
        {
            return FromRatings(scale, ratings.Span);
        }

        int chunk = (ratings.Length + workers - 1) / workers;
        long[][] partial = new long[workers][];
        long firstInvalid = long.MaxValue;
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            int from = worker * chunk;
            int length = Math.Min(chunk, ratings.Length - from);
            long[] counts = new long[scale.PointCount];
            long invalid = RatingKernels.Histogram(ratings.Span.Slice(from, length), (byte)scale.Minimum, (byte)scale.Maximum, counts);
            if (invalid >= 0)
            {
                long position = from + invalid;
                long seen;
                while (position < (seen = Interlocked.Read(ref firstInvalid))
                       && Interlocked.CompareExchange(ref firstInvalid, position, seen) != seen)
                {
                }
            }

            partial[worker] = counts;
        });

        if (firstInvalid != long.MaxValue)
        {
            throw OutOfScale(ratings.Span[(int)firstInvalid], firstInvalid, scale, nameof(ratings));
        }

        long[] total = new long[scale.PointCount];
        foreach (long[] counts in partial)
        {
            for (int i = 0; i < total.Length; i++)
            {
                total[i] += counts[i];
            }
        }

        return new RatingCounts(scale, total, ratings.Length);
    }

    /// <summary>Creates counts from the number of responses at each point, lowest point first.</summary>
    /// <param name="scale">The scale.</param>
    /// <param name="counts">One non-negative count per point of <paramref name="scale"/>, from <see cref="RatingScale.Minimum"/> up.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentException"><paramref name="counts"/> does not have one entry per point of <paramref name="scale"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="OverflowException">The counts add up to more than <see cref="long.MaxValue"/>.</exception>
    public static RatingCounts FromCounts(RatingScale scale, ReadOnlySpan<long> counts)
    {
        if (counts.Length != scale.PointCount)
        {
            throw new ArgumentException($"The scale {scale} has {scale.PointCount} points but {counts.Length} counts were given.", nameof(counts));
        }

        long total = 0;
        for (int i = 0; i < counts.Length; i++)
        {
            if (counts[i] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(counts), counts[i], $"The count of rating {scale.Minimum + i} is negative ({counts[i]}); counts must be 0 or more.");
            }

            total = checked(total + counts[i]);
        }

        return new RatingCounts(scale, counts.ToArray(), total);
    }

    /// <summary>The counts, lowest point first (index 0 is <see cref="RatingScale.Minimum"/>).</summary>
    /// <returns>A read-only view of the counts.</returns>
    public ReadOnlySpan<long> AsSpan() => _counts;

    /// <summary>The number of responses rated from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    /// <param name="from">The lowest rating counted, on <see cref="Scale"/>.</param>
    /// <param name="to">The highest rating counted, on <see cref="Scale"/>, at least <paramref name="from"/>.</param>
    /// <returns>The number of such responses.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A bound is not on <see cref="Scale"/>, or <paramref name="to"/> is less than <paramref name="from"/>.
    /// </exception>
    public long CountBetween(int from, int to)
    {
        Scale.ThrowIfNotContained(from, nameof(from));
        Scale.ThrowIfNotContained(to, nameof(to));
        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
        long sum = 0;
        for (int rating = from; rating <= to; rating++)
        {
            sum += _counts[rating - Scale.Minimum];
        }

        return sum;
    }

    /// <summary>Adds <paramref name="other"/>'s counts to these, point by point.</summary>
    /// <param name="other">Counts on the same scale.</param>
    /// <returns>The merged counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The scales differ.</exception>
    /// <exception cref="OverflowException">A merged count exceeds <see cref="long.MaxValue"/>.</exception>
    public RatingCounts Merge(RatingCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        CheckSameScale(Scale, other.Scale, nameof(other));
        long[] merged = new long[_counts.Length];
        for (int i = 0; i < merged.Length; i++)
        {
            merged[i] = checked(_counts[i] + other._counts[i]);
        }

        return new RatingCounts(Scale, merged, checked(Total + other.Total));
    }

    /// <summary>Merges two sets of counts on the same scale; see <see cref="Merge"/>.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts, on the same scale.</param>
    /// <returns>The merged counts.</returns>
    /// <exception cref="ArgumentNullException">An operand is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The scales differ.</exception>
    /// <exception cref="OverflowException">A merged count exceeds <see cref="long.MaxValue"/>.</exception>
    public static RatingCounts operator +(RatingCounts left, RatingCounts right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.Merge(right);
    }

    /// <inheritdoc/>
    public bool Equals(RatingCounts? other) =>
        other is not null && Scale == other.Scale && _counts.AsSpan().SequenceEqual(other._counts);

    /// <summary>Indicates whether two instances have the same scale and counts (value equality).</summary>
    /// <param name="left">The first instance, or <see langword="null"/>.</param>
    /// <param name="right">The second instance, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(RatingCounts? left, RatingCounts? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Indicates whether two instances differ in scale or counts.</summary>
    /// <param name="left">The first instance, or <see langword="null"/>.</param>
    /// <param name="right">The second instance, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RatingCounts? left, RatingCounts? right) => !(left == right);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RatingCounts);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Scale);
        foreach (long count in _counts)
        {
            hash.Add(count);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats the counts as <c>rating:count</c> pairs, for example <c>0..10 n=3 [0:1 9:2]</c> (zero counts omitted).</summary>
    /// <returns>The formatted counts.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Scale} n={Total} [");
        bool first = true;
        for (int i = 0; i < _counts.Length; i++)
        {
            if (_counts[i] != 0)
            {
                text.Append(first ? string.Empty : " ").Append(CultureInfo.InvariantCulture, $"{Scale.Minimum + i}:{_counts[i]}");
                first = false;
            }
        }

        return text.Append(']').ToString();
    }

    /// <summary>Wraps an array the caller no longer touches (no copy, no validation beyond debug checks).</summary>
    internal static RatingCounts Wrap(RatingScale scale, long[] counts, long total) => new(scale, counts, total);

    /// <summary>Adds validated <see cref="int"/> ratings to <paramref name="counts"/>.</summary>
    internal static void Accumulate(RatingScale scale, ReadOnlySpan<int> ratings, Span<long> counts, string paramName)
    {
        int min = scale.Minimum;
        uint span = (uint)(scale.Maximum - min);
        for (int i = 0; i < ratings.Length; i++)
        {
            // A rating below the minimum wraps to a large unsigned offset: one comparison checks both ends.
            int offset = unchecked(ratings[i] - min);
            if (unchecked((uint)offset) > span)
            {
                throw OutOfScale(ratings[i], i, scale, paramName);
            }

            counts[offset]++;
        }
    }

    internal static ArgumentOutOfRangeException OutOfScale(int rating, long position, RatingScale scale, string paramName) =>
        new(paramName, rating, $"The rating {rating} at position {position} is outside the scale {scale}.");

    /// <summary>Checks that counts on <paramref name="actual"/> can be combined with counts on <paramref name="expected"/>.</summary>
    internal static void CheckSameScale(RatingScale expected, RatingScale actual, string paramName) =>
        Preconditions.CheckArgument(expected == actual, paramName, $"Counts on the scale {actual} cannot be combined with counts on the scale {expected}.");
}
