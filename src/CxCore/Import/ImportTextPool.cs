using System;

namespace CxCore.Import;

/// <summary>
/// One string per distinct cell text of a low-cardinality column (status, priority, channel, group), so that a read
/// creates each such string once instead of once per row. Holds at most <see cref="Limit"/> strings: past that, texts
/// not yet pooled get a new string each time, so a column whose values do not repeat keeps memory flat.
/// </summary>
/// <remarks>One per column and per read; not thread-safe.</remarks>
internal sealed class ImportTextPool
{
    /// <summary>The most strings a pool keeps.</summary>
    public const int Limit = 256;

    // Open addressing with linear probing; at most half full.
    private readonly string?[] _slots = new string?[2 * Limit];
    private int _count;

    /// <summary>The number of strings pooled.</summary>
    public int Count => _count;

    /// <summary>The pooled string equal to <paramref name="text"/> (ordinal), created the first time it is seen.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        int mask = _slots.Length - 1;
        int i = string.GetHashCode(text) & mask;
        while (_slots[i] is { } pooled)
        {
            if (text.SequenceEqual(pooled))
            {
                return pooled;
            }

            i = (i + 1) & mask;
        }

        string created = new(text);
        if (_count < Limit)
        {
            _slots[i] = created;
            _count++;
        }

        return created;
    }
}
