using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using NodaTime;

namespace CxCore.Lifecycle;

/// <summary>
/// An open-addressing hash table from customer id text to what a per-event pass needs about the customer (its
/// position, acquisition and cohort), one slot per cache-friendly record, with prefetch hints so that a batch of
/// lookups overlaps its memory latencies instead of paying them one after another.
/// </summary>
/// <remarks>Built once, then read-only: lookups are thread-safe.</remarks>
internal sealed class CustomerTable
{
    private readonly Slot[] _slots;
    private readonly int _mask;

    internal CustomerTable(int capacity)
    {
        int size = (int)Math.Min(1 << 30, Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, capacity) * 2)));
        _slots = new Slot[size];
        _mask = size - 1;
    }

    internal int Count { get; private set; }

    /// <summary>Adds a customer whose id hashes to <paramref name="hash"/> (<see cref="Hash"/>); false when the id is already present.</summary>
    internal bool TryAdd(string id, int hash, int index, Instant acquired, int cohort)
    {
        for (int i = hash & _mask; ; i = (i + 1) & _mask)
        {
            ref Slot slot = ref _slots[i];
            if (slot.Key is null)
            {
                slot = new Slot(id, hash, index, cohort, acquired.ToUnixTimeTicks());
                Count++;
                return true;
            }

            if (slot.Hash == hash && string.Equals(slot.Key, id, StringComparison.Ordinal))
            {
                return false;
            }
        }
    }

    /// <summary>Sets every customer's cohort from <paramref name="cohortOf"/>, indexed by position (once the period table is known).</summary>
    internal void SetCohorts(int[] cohortOf)
    {
        for (int i = 0; i < _slots.Length; i++)
        {
            if (_slots[i].Key is not null)
            {
                _slots[i].Cohort = cohortOf[_slots[i].Index];
            }
        }
    }

    /// <summary>The slot of <paramref name="id"/>, or −1 when absent.</summary>
    internal int Find(string id, int hash)
    {
        for (int i = hash & _mask; ; i = (i + 1) & _mask)
        {
            ref Slot slot = ref _slots[i];
            if (slot.Key is null)
            {
                return -1;
            }

            if (slot.Hash == hash && (ReferenceEquals(slot.Key, id) || string.Equals(slot.Key, id, StringComparison.Ordinal)))
            {
                return i;
            }
        }
    }

    internal ref readonly Slot this[int slot] => ref _slots[slot];

    /// <summary>Hints the processor to fetch the slot where <paramref name="hash"/> starts probing.</summary>
    internal unsafe void Prefetch(int hash)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref _slots[hash & _mask]));
        }
    }

    /// <summary>Hints the processor to fetch the characters of <paramref name="id"/>.</summary>
    internal static unsafe void PrefetchText(string id)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref MemoryMarshal.GetReference(id.AsSpan())));
        }
    }

    /// <summary>A fast, well-mixed hash of the id's characters (FNV-1a over UTF-16 code units, then a final avalanche).</summary>
    internal static int Hash(string id)
    {
        unchecked
        {
            uint h = 2166136261;
            foreach (char c in id)
            {
                h = (h ^ c) * 16777619;
            }

            h ^= h >> 16;
            h *= 0x85EBCA6B;
            h ^= h >> 13;
            h *= 0xC2B2AE35;
            h ^= h >> 16;
            return (int)(h & 0x7FFFFFFF);
        }
    }

    /// <summary>One customer: its id, hash, position, cohort and acquisition ticks.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct Slot
    {
        internal Slot(string key, int hash, int index, int cohort, long acquiredTicks)
        {
            Debug.Assert(key is not null);
            Key = key;
            Hash = hash;
            Index = index;
            Cohort = cohort;
            AcquiredTicks = acquiredTicks;
        }

        internal string? Key;
        internal int Hash;
        internal int Index;
        internal int Cohort;
        internal long AcquiredTicks;
    }
}
