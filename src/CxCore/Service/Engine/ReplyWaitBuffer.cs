using System;
using System.Collections.Generic;

namespace CxCore.Service.Engine;

/// <summary>
/// The completed next-reply waits of one chunk of cases, in the order added, kept in fixed-size blocks: growing never
/// copies, and the storage is about the waits' own size (a doubling list allocates about three times as much).
/// </summary>
internal sealed class ReplyWaitBuffer
{
    // 24 KB per block: small-object heap, about one block spare per chunk.
    private const int BlockSize = 1024;

    private readonly List<ReplyWait[]> _blocks = [];
    private ReplyWait[] _current = [];
    private int _used;

    /// <summary>The number of waits.</summary>
    internal int Count { get; private set; }

    /// <summary>Adds a wait after the others.</summary>
    internal void Add(ReplyWait wait)
    {
        if (_used == _current.Length)
        {
            _current = new ReplyWait[BlockSize];
            _blocks.Add(_current);
            _used = 0;
        }

        _current[_used++] = wait;
        Count++;
    }

    /// <summary>Writes the waits, in order, from <paramref name="offset"/> on: each wait's case, calendar and business time.</summary>
    internal void CopyTo(Span<int> caseOf, Span<long> calendar, Span<long> business, int offset)
    {
        int left = Count;
        foreach (ReplyWait[] block in _blocks)
        {
            foreach (ReplyWait wait in block.AsSpan(0, Math.Min(left, block.Length)))
            {
                caseOf[offset] = wait.Case;
                calendar[offset] = wait.Calendar;
                business[offset++] = wait.Business;
            }

            left -= block.Length;
        }
    }
}
