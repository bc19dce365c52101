using System;
using System.Collections.Generic;

namespace CxCore.Import;

/// <summary>
/// The ids of one read, for the duplicate check: an exact ordinal set of strings that keeps the common numbered ids
/// (<c>48213</c>, <c>E1077</c>: one fixed prefix, then a number of up to 18 digits without leading zeros) as numbers,
/// so that a million ids are neither hashed as text nor kept alive as strings.
/// </summary>
/// <remarks>
/// The prefix is the one of the first numbered id. An id with that prefix and a number written without leading zeros
/// equals another such id exactly when the numbers are equal; every other id (another prefix, leading zeros, no digits
/// at the end, more than 18 of them) is kept as a string. An id always lands on the same side, so the two sets never
/// need to be compared. One per read; not thread-safe.
/// </remarks>
internal sealed class ImportIdSet
{
    private const int MaxDigits = 18;

    private readonly HashSet<long> _numbers = [];
    private readonly HashSet<string> _others = new(StringComparer.Ordinal);
    private string? _prefix;

    /// <summary>Adds <paramref name="id"/>; returns false when it was already in the set.</summary>
    public bool Add(string id)
    {
        int start = id.Length;
        while (start > 0 && char.IsAsciiDigit(id[start - 1]))
        {
            start--;
        }

        int digits = id.Length - start;
        if (digits == 0 || digits > MaxDigits || (digits > 1 && id[start] == '0'))
        {
            return _others.Add(id);
        }

        ReadOnlySpan<char> prefix = id.AsSpan(0, start);
        if (_prefix is null)
        {
            _prefix = prefix.ToString();
        }
        else if (!prefix.SequenceEqual(_prefix))
        {
            return _others.Add(id);
        }

        long number = 0;
        for (int i = start; i < id.Length; i++)
        {
            number = (number * 10) + (id[i] - '0');
        }

        return _numbers.Add(number);
    }
}
