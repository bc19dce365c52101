using System.Collections.Generic;

namespace CxCore.Import;

/// <summary>
/// Turns the rows of one read into items or row errors: bound to the header once per read, then called once per row.
/// The table loops (<see cref="DbTable{TMapper, TMapping, TItem}"/>, and the CSV loop of CxCore.Csv) are generic over it, so each row is mapped by
/// a direct call with no delegate.
/// </summary>
/// <typeparam name="TSelf">The mapper itself.</typeparam>
/// <typeparam name="TMapping">The validated, copied mapping the mapper is bound from.</typeparam>
/// <typeparam name="TItem">What an accepted row becomes.</typeparam>
internal interface IImportRowMapper<TSelf, TMapping, TItem>
    where TSelf : class, IImportRowMapper<TSelf, TMapping, TItem>
    where TMapping : class
    where TItem : class
{
    /// <summary>Binds <paramref name="mapping"/> to the columns of <paramref name="header"/>; throws when a mapped column is missing.</summary>
    static abstract TSelf Create(TMapping mapping, IReadOnlyList<string> header, ImportReport report);

    /// <summary>The item of the row, or <see langword="null"/> when the row is rejected (and reported).</summary>
    TItem? Map(long line, ImportCells cells);
}
