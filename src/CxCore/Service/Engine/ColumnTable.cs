using System.Runtime.CompilerServices;

namespace CxCore.Service.Engine;

/// <summary>One <typeparamref name="T"/> per <see cref="Column"/>, addressed by column or by metric and basis.</summary>
/// <typeparam name="T">The value per column.</typeparam>
/// <remarks>
/// The values are stored inline (not in a <typeparamref name="T"/>[]): a reference to an element of an array of a
/// reference type costs a covariance check (a helper call) on every access, and the per-case pass writes every column
/// of every case through this table.
/// </remarks>
internal sealed class ColumnTable<T>
{
    private Items _items;

    /// <summary>The value of <paramref name="column"/>.</summary>
    internal ref T this[Column column] => ref _items[column.Index];

    /// <summary>The value of the column of <paramref name="metric"/> in <paramref name="basis"/>.</summary>
    internal ref T this[ServiceMetric metric, TimeBasis basis] => ref _items[new Column(metric, basis).Index];

    [InlineArray(Column.Count)]
    private struct Items
    {
        private T _first;
    }
}
