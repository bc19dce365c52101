using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Threading;

namespace CxCore.Import;

/// <summary>
/// The shared loop of the <see cref="DbDataReader"/> importers: the header from the result set's column names, then one
/// record at a time mapped by <typeparamref name="TMapper"/>, numbered from 1; sync, and async with the token checked
/// before every record.
/// </summary>
internal static class DbTable<TMapper, TMapping, TItem>
    where TMapper : class, IImportRowMapper<TMapper, TMapping, TItem>
    where TMapping : class
    where TItem : class
{
    /// <summary>Checks the arguments now and returns the lazy read.</summary>
    public static IEnumerable<TItem> Read(TMapping mapping, DbDataReader reader, ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(report);
        return ReadCore(mapping, reader, report);
    }

    /// <summary>Checks the arguments now and returns the lazy asynchronous read.</summary>
    public static IAsyncEnumerable<TItem> ReadAsync(TMapping mapping, DbDataReader reader, ImportReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(report);
        return ReadCoreAsync(mapping, reader, report, cancellationToken);
    }

    private static IEnumerable<TItem> ReadCore(TMapping mapping, DbDataReader reader, ImportReport report)
    {
        var rows = new Rows(mapping, reader, report);
        while (reader.Read())
        {
            if (rows.Next() is { } item)
            {
                yield return item;
            }
        }

        report.Complete();
    }

    private static async IAsyncEnumerable<TItem> ReadCoreAsync(TMapping mapping, DbDataReader reader, ImportReport report, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = new Rows(mapping, reader, report);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                break;
            }

            if (rows.Next() is { } item)
            {
                yield return item;
            }
        }

        report.Complete();
    }

    /// <summary>The state of one read: started on the report, the mapper bound to the result set's columns, the record number.</summary>
    private sealed class Rows
    {
        private readonly TMapper _mapper;
        private readonly DbCells _cells;
        private long _record;

        public Rows(TMapping mapping, DbDataReader reader, ImportReport report)
        {
            report.Start();
            _mapper = TMapper.Create(mapping, DbCells.Header(reader), report);
            _cells = new DbCells(reader);
        }

        /// <summary>Maps the record the data reader is on.</summary>
        public TItem? Next() => _mapper.Map(++_record, _cells);
    }
}
