using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Threading;

namespace CxCore.Import;

/// <summary>
/// Reads touchpoints from any ADO.NET result set (a <see cref="DbDataReader"/> of DuckDB, PostgreSQL, SQLite, SQL Server
/// …) as a lazy stream, filling an <see cref="ImportReport"/> with the rows it rejects.
/// </summary>
/// <remarks>
/// <para>
/// Columns are found by their names in the result set (<see cref="DbDataReader.GetName"/>), as the
/// <see cref="TouchpointMapping"/> names them; a missing column throws <see cref="System.IO.InvalidDataException"/>
/// listing the columns there are, before any row is handed out. Cells are read as text (numbers in the invariant
/// culture), except the time: a <see cref="DateTimeOffset"/> or a UTC <see cref="DateTime"/> is an instant as it is, and
/// any other <see cref="DateTime"/> is wall-clock time in the row's zone. Text times follow the mapping's patterns.
/// </para>
/// <para>
/// Reading is streaming: one record is read, checked and handed out at a time; only the ids for the duplicate check and
/// the first <see cref="ImportReport.MaxErrorsKept"/> errors are kept. <see cref="ImportRowError.LineNumber"/> is the
/// 1-based number of the record. The data reader is not disposed. The reader is immutable and thread-safe; each read
/// has its own state, and a report should receive one read at a time.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class TouchpointDbReader
{
    private readonly TouchpointMapping _mapping;

    /// <summary>Creates a reader for tables laid out as <paramref name="mapping"/> says (validated and copied).</summary>
    /// <param name="mapping">The columns and time settings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="mapping"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A required column is not set, or a pattern, model or prefix is null.</exception>
    public TouchpointDbReader(TouchpointMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        _mapping = mapping.Copy();
    }

    /// <summary>Reads the touchpoints of <paramref name="reader"/>'s current result set.</summary>
    /// <param name="reader">The data reader, positioned before its first record.</param>
    /// <param name="report">The report that receives the counts and the errors.</param>
    /// <returns>The accepted touchpoints, read lazily as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    /// <remarks>Enumerating throws <see cref="System.IO.InvalidDataException"/> when a mapped column is missing, and whatever the data reader throws.</remarks>
    public IEnumerable<Touchpoint> Read(DbDataReader reader, ImportReport report) =>
        DbTable<TouchpointRowMapper, TouchpointMapping, Touchpoint>.Read(_mapping, reader, report);

    /// <summary>Reads the touchpoints of <paramref name="reader"/>'s current result set asynchronously.</summary>
    /// <param name="reader">The data reader, positioned before its first record.</param>
    /// <param name="report">The report that receives the counts and the errors.</param>
    /// <param name="cancellationToken">Cancels the read; checked before every record.</param>
    /// <returns>The accepted touchpoints, read lazily as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    /// <remarks>As <see cref="Read"/>, and <see cref="OperationCanceledException"/> when cancelled.</remarks>
    public IAsyncEnumerable<Touchpoint> ReadAsync(DbDataReader reader, ImportReport report, CancellationToken cancellationToken = default) =>
        DbTable<TouchpointRowMapper, TouchpointMapping, Touchpoint>.ReadAsync(_mapping, reader, report, cancellationToken);
}
