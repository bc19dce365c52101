using System.Diagnostics;

namespace CxCore.Service.Engine;

/// <summary>
/// A summary column of the service engine: one <see cref="ServiceMetric"/> in one <see cref="TimeBasis"/>. Columns
/// hold one value per case (−1 when the case does not count), except the next-reply columns, which hold one value per
/// completed wait (<see cref="IsPerWait"/>).
/// </summary>
internal readonly struct Column
{
    /// <summary>The number of columns: every metric in both bases.</summary>
    internal const int Count = 14;

    private readonly byte _index;

    /// <summary>The column of <paramref name="metric"/> in <paramref name="basis"/>; both defined values.</summary>
    internal Column(ServiceMetric metric, TimeBasis basis)
    {
        Debug.Assert(unchecked((uint)metric <= (uint)ServiceMetric.OnHold && (uint)basis <= (uint)TimeBasis.Business), "A defined metric and basis.");
        _index = (byte)(((int)metric * 2) + (int)basis);
    }

    private Column(int index) => _index = (byte)index;

    /// <summary>The metric.</summary>
    internal ServiceMetric Metric => (ServiceMetric)(_index >> 1);

    /// <summary>The time basis.</summary>
    internal TimeBasis Basis => (TimeBasis)(_index & 1);

    /// <summary>Whether the column holds one value per completed wait (next reply) rather than one per case.</summary>
    internal bool IsPerWait => Metric == ServiceMetric.NextReply;

    /// <summary>The position of the column in a <see cref="ColumnTable{T}"/>, 0 to <see cref="Count"/> − 1.</summary>
    internal int Index => _index;

    /// <summary>The column at <paramref name="index"/> (0 to <see cref="Count"/> − 1).</summary>
    internal static Column FromIndex(int index)
    {
        Debug.Assert((uint)index < Count, "A column index.");
        return new Column(index);
    }
}
