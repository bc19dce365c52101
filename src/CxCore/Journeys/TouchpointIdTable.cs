using System;

namespace CxCore.Journeys;

/// <summary>
/// Touchpoint id to input index: open addressing with linear probing, one 8-byte slot (hash, index + 1) per entry,
/// so an insert usually costs one cache miss; ids are compared (on the touchpoints) only when hashes are equal.
/// </summary>
internal sealed class TouchpointIdTable
{
    private readonly Touchpoint[] _input;
    private readonly long[] _slots;
    private readonly int _mask;

    public TouchpointIdTable(Touchpoint[] input)
    {
        // At least twice as many slots as ids, so probing ends; 2^29 ids need 2^30 slots, the largest power of two
        // an int mask and a .NET array allow.
        if (input.Length > 1 << 29)
        {
            throw new ArgumentException($"JourneyBuilder.Build takes at most {1 << 29:N0} touchpoints per call; got {input.Length:N0}. Build per customer partition.", "touchpoints");
        }

        _input = input;
        int capacity = 16;
        while (capacity < input.Length * 2L)
        {
            capacity <<= 1;
        }

        _slots = new long[capacity];
        _mask = capacity - 1;
    }

    /// <summary>Adds <paramref name="id"/> at <paramref name="index"/> unless present; false when present.</summary>
    public bool TryAdd(string id, int index)
    {
        int hash = StringComparer.Ordinal.GetHashCode(id);
        int position = Find(id, hash);
        if (_slots[position] != 0)
        {
            return false;
        }

        _slots[position] = ((long)hash << 32) | (uint)(index + 1);
        return true;
    }

    public bool TryGetValue(string id, out int index)
    {
        int hash = StringComparer.Ordinal.GetHashCode(id);
        long slot = _slots[Find(id, hash)];
        index = unchecked((int)(uint)slot) - 1; // the low 32 bits hold index + 1
        return slot != 0;
    }

    /// <summary>Replaces the index of <paramref name="id"/>, which is present.</summary>
    public void Set(string id, int index)
    {
        int hash = StringComparer.Ordinal.GetHashCode(id);
        _slots[Find(id, hash)] = ((long)hash << 32) | (uint)(index + 1);
    }

    /// <summary>The slot holding <paramref name="id"/>, else the empty slot where it would go.</summary>
    private int Find(string id, int hash)
    {
        // Fibonacci hashing spreads the (already mixed) hash over the table.
        int position = unchecked((int)(((uint)hash * 2654435769u) & (uint)_mask));
        while (true)
        {
            long slot = _slots[position];
            if (slot == 0 ||
                ((int)(slot >> 32) == hash && string.Equals(_input[unchecked((int)(uint)slot) - 1].Id, id, StringComparison.Ordinal)))
            {
                return position;
            }

            position = (position + 1) & _mask;
        }
    }
}
