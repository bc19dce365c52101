using System;

namespace CxCore.Ratings;

/// <summary>
/// A mutable accumulator of ratings on one <see cref="RatingScale"/>, for streams that arrive piece by piece; it yields
/// immutable <see cref="RatingCounts"/> on demand.
/// </summary>
/// <remarks>
/// <para>
/// Every rating is validated as it is added; a bad rating throws and leaves the tally unchanged (a span is validated
/// before any of it is counted).
/// </para>
/// <para>
/// <b>Thread safety:</b> a tally is not thread-safe. To count on several threads, give each thread its own tally and
/// merge their <see cref="ToCounts"/> results with <see cref="RatingCounts.Merge"/>; the merge is exact.
/// </para>
/// </remarks>
public sealed class RatingTally
{
    private readonly long[] _counts;

    /// <summary>Creates an empty tally on <paramref name="scale"/>.</summary>
    /// <param name="scale">The scale every added rating must lie on.</param>
    public RatingTally(RatingScale scale)
    {
        Scale = scale;
        _counts = new long[scale.PointCount];
    }

    /// <summary>The scale of the tally.</summary>
    public RatingScale Scale { get; }

    /// <summary>The number of ratings added so far.</summary>
    public long Total { get; private set; }

    /// <summary>Adds one rating.</summary>
    /// <param name="rating">A rating on <see cref="Scale"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rating"/> is not on <see cref="Scale"/>.</exception>
    public void Add(int rating)
    {
        Scale.ThrowIfNotContained(rating, nameof(rating));
        _counts[rating - Scale.Minimum]++;
        Total++;
    }

    /// <summary>Adds every rating in <paramref name="ratings"/> with the vectorised kernel.</summary>
    /// <param name="ratings">Ratings on <see cref="Scale"/>, one byte each.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A rating is not on <see cref="Scale"/> (the message names it, its position in <paramref name="ratings"/> and the
    /// scale); nothing from <paramref name="ratings"/> is added.
    /// </exception>
    /// <remarks>Allocation-free: the kernel counts into a stack buffer that is added once every rating has been validated.</remarks>
    public void AddRange(ReadOnlySpan<byte> ratings)
    {
        Span<long> counts = stackalloc long[Scale.PointCount];
        long invalid = RatingKernels.Histogram(ratings, (byte)Scale.Minimum, (byte)Scale.Maximum, counts);
        if (invalid >= 0)
        {
            throw RatingCounts.OutOfScale(ratings[(int)invalid], invalid, Scale, nameof(ratings));
        }

        AddCounts(counts, ratings.Length);
    }

    /// <summary>Adds every rating in <paramref name="ratings"/>.</summary>
    /// <param name="ratings">Ratings on <see cref="Scale"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A rating is not on <see cref="Scale"/> (the message names it, its position in <paramref name="ratings"/> and the
    /// scale); nothing from <paramref name="ratings"/> is added.
    /// </exception>
    public void AddRange(ReadOnlySpan<int> ratings)
    {
        Span<long> counts = stackalloc long[Scale.PointCount];
        RatingCounts.Accumulate(Scale, ratings, counts, nameof(ratings));
        AddCounts(counts, ratings.Length);
    }

    /// <summary>Adds counts computed elsewhere (another thread, file or database partition).</summary>
    /// <param name="counts">Counts on <see cref="Scale"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The scales differ.</exception>
    /// <exception cref="OverflowException">A count would exceed <see cref="long.MaxValue"/>; the tally is unchanged.</exception>
    public void Add(RatingCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        RatingCounts.CheckSameScale(Scale, counts.Scale, nameof(counts));
        AddCounts(counts.AsSpan(), counts.Total);
    }

    /// <summary>A snapshot of the counts so far; later additions do not change it.</summary>
    /// <returns>The counts.</returns>
    public RatingCounts ToCounts() => RatingCounts.Wrap(Scale, (long[])_counts.Clone(), Total);

    /// <summary>Removes every rating, leaving an empty tally on the same scale.</summary>
    public void Clear()
    {
        Array.Clear(_counts);
        Total = 0;
    }

    private void AddCounts(ReadOnlySpan<long> added, long addedTotal)
    {
        long total = checked(Total + addedTotal);
        for (int i = 0; i < _counts.Length; i++)
        {
            _ = checked(_counts[i] + added[i]);
        }

        for (int i = 0; i < _counts.Length; i++)
        {
            _counts[i] += added[i];
        }

        Total = total;
    }
}
