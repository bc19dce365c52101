namespace CxCore.Service.Engine;

/// <summary>One <typeparamref name="T"/> per <see cref="Column"/>, addressed by column or by metric and basis.</summary>
/// <typeparam name="T">The value per column.</typeparam>
internal sealed class ColumnTable<T>
{
    private readonly T[] _items = new T[Column.Count];

    /// <summary>The value of <paramref name="column"/>.</summary>
    internal ref T this[Column column] => ref _items[column.Index];

    /// <summary>The value of the column of <paramref name="metric"/> in <paramref name="basis"/>.</summary>
    internal ref T this[ServiceMetric metric, TimeBasis basis] => ref _items[new Column(metric, basis).Index];
}
