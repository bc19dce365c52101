using System;
using System.Collections.Generic;

namespace CxCore.Csv;

/// <summary>
/// The response ids of one read, for the duplicate check: an exact set of UTF-8 byte strings kept in a few large
/// arrays (1 MiB byte chunks and a struct table) rather than one string object per id, so that a million ids cost the
/// garbage collector a handful of objects instead of a million survivors.
/// </summary>
internal sealed class ResponseIdSet
{
    private const int ChunkSize = 1 << 20;

    private readonly List<byte[]> _chunks = [];
    private int[] _buckets = new int[1024]; // entry index + 1; 0 = empty
    private Entry[] _entries = new Entry[1024];
    private int _count;
    private int _used; // bytes used in the last chunk

    public int Count => _count;

    /// <summary>Adds <paramref name="id"/>; returns false when it was already in the set.</summary>
    public bool Add(ReadOnlySpan<byte> id)
    {
        var hasher = default(HashCode);
        hasher.AddBytes(id);
        int hash = hasher.ToHashCode();
        int bucket = hash & (_buckets.Length - 1);
        for (int i = _buckets[bucket] - 1; i >= 0; i = _entries[i].Next)
        {
            ref Entry entry = ref _entries[i];
            if (entry.Hash == hash && entry.Length == id.Length && _chunks[entry.Chunk].AsSpan(entry.Offset, entry.Length).SequenceEqual(id))
            {
                return false;
            }
        }

        if (_count == _entries.Length)
        {
            Grow();
            bucket = hash & (_buckets.Length - 1);
        }

        (int chunk, int offset) = Store(id);
        _entries[_count] = new Entry { Hash = hash, Next = _buckets[bucket] - 1, Chunk = chunk, Offset = offset, Length = id.Length };
        _buckets[bucket] = ++_count;
        return true;
    }

    private (int Chunk, int Offset) Store(ReadOnlySpan<byte> id)
    {
        if (_chunks.Count == 0 || id.Length > _chunks[^1].Length - _used)
        {
            // A new chunk; an id longer than a chunk gets one of its own size.
            _chunks.Add(new byte[Math.Max(ChunkSize, id.Length)]);
            _used = 0;
        }

        int offset = _used;
        id.CopyTo(_chunks[^1].AsSpan(offset));
        _used += id.Length;
        return (_chunks.Count - 1, offset);
    }

    private void Grow()
    {
        Array.Resize(ref _entries, _entries.Length * 2);
        _buckets = new int[_buckets.Length * 2];
        int mask = _buckets.Length - 1;
        for (int i = 0; i < _count; i++)
        {
            int bucket = _entries[i].Hash & mask;
            _entries[i].Next = _buckets[bucket] - 1;
            _buckets[bucket] = i + 1;
        }
    }

    private struct Entry
    {
        public int Hash;
        public int Next;
        public int Chunk;
        public int Offset;
        public int Length;
    }
}
