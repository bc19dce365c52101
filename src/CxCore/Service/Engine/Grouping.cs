using System;
using System.Collections.Generic;

namespace CxCore.Service.Engine;

/// <summary>Builds the segment <see cref="Dimension"/>s: cases grouped by a key, groups numbered in ordinal key order.</summary>
internal static class Grouping
{
    // Group ids above this use no reference cache (unbounded distinct instances would grow it without end).
    private const int ReferenceCacheLimit = 1024;

    /// <summary>Groups cases by a string key (first-seen spelling names the group); keys ordered ordinally.</summary>
    internal static Dimension ByName(string[] all, string dimension, StringComparer comparer)
    {
        var ids = new Dictionary<string, int>(comparer);
        // Cases usually share key instances: look those up by reference first (no string hashing).
        var byReference = new Dictionary<string, int>(ReferenceEqualityComparer.Instance);
        var keys = new List<string>();
        int[] groupOf = new int[all.Length];
        for (int i = 0; i < all.Length; i++)
        {
            string k = all[i];
            if (!byReference.TryGetValue(k, out int id))
            {
                if (!ids.TryGetValue(k, out id))
                {
                    ids[k] = id = keys.Count;
                    keys.Add(k);
                }

                if (byReference.Count < ReferenceCacheLimit)
                {
                    byReference[k] = id;
                }
            }

            groupOf[i] = id;
        }

        return Sorted(dimension, keys.ToArray(), groupOf);
    }

    /// <summary>Groups cases by priority (four ids, no hashing).</summary>
    internal static Dimension ByPriority(CasePriority[] all)
    {
        int[] idOf = [-1, -1, -1, -1];
        var keys = new List<string>(4);
        int[] groupOf = new int[all.Length];
        for (int i = 0; i < all.Length; i++)
        {
            int p = (int)all[i];
            int id = idOf[p];
            if (id < 0)
            {
                idOf[p] = id = keys.Count;
                keys.Add(((CasePriority)p).ToString());
            }

            groupOf[i] = id;
        }

        return Sorted("Priority", keys.ToArray(), groupOf);
    }

    /// <summary>Renumbers the groups in ordinal key order and lists each group's cases (counting sort).</summary>
    private static Dimension Sorted(string dimension, string[] keys, int[] groupOf)
    {
        int[] order = new int[keys.Length];
        for (int g = 0; g < order.Length; g++)
        {
            order[g] = g;
        }

        string[] sortedKeys = (string[])keys.Clone();
        Array.Sort(sortedKeys, order, StringComparer.Ordinal);
        int[] rank = new int[keys.Length];
        for (int r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
        }

        int[] counts = new int[keys.Length];
        for (int i = 0; i < groupOf.Length; i++)
        {
            int g = rank[groupOf[i]];
            groupOf[i] = g;
            counts[g]++;
        }

        int[][] members = new int[keys.Length][];
        for (int g = 0; g < members.Length; g++)
        {
            members[g] = new int[counts[g]];
            counts[g] = 0;
        }

        for (int i = 0; i < groupOf.Length; i++)
        {
            int g = groupOf[i];
            members[g][counts[g]++] = i;
        }

        return new Dimension(dimension, sortedKeys, groupOf, members);
    }
}
