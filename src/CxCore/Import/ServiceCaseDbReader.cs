using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Threading;

namespace CxCore.Import;

/// <summary>
/// Reads helpdesk tickets from any ADO.NET result set as a lazy stream of <see cref="ImportedCase"/>s, filling an
/// <see cref="ImportReport"/> with the rows it rejects.
/// </summary>
/// <remarks>
/// Columns are found by name as the <see cref="ServiceCaseMapping"/> says; a missing column throws
/// <see cref="System.IO.InvalidDataException"/> listing the columns there are. Typed times (a
/// <see cref="DateTimeOffset"/>, a UTC <see cref="DateTime"/>) are instants as they are, other <see cref="DateTime"/>s
/// wall-clock times in <see cref="ServiceCaseMapping.Zone"/>. Streaming; the data reader is not disposed;
/// <see cref="ImportRowError.LineNumber"/> is the 1-based record number. The reader is immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class ServiceCaseDbReader
{
    private readonly ServiceCaseMapping _mapping;

    /// <summary>Creates a reader for ticket tables laid out as <paramref name="mapping"/> says (validated and copied).</summary>
    /// <param name="mapping">The columns, names and time settings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="mapping"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A required column is not set, or a pattern is null.</exception>
    public ServiceCaseDbReader(ServiceCaseMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        _mapping = mapping.Copy();
    }

    /// <summary>Reads the tickets of <paramref name="reader"/>'s current result set.</summary>
    /// <param name="reader">The data reader, positioned before its first record.</param>
    /// <param name="report">The report that receives the counts and the errors.</param>
    /// <returns>The accepted cases, read lazily as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    /// <remarks>Enumerating throws <see cref="System.IO.InvalidDataException"/> when a mapped column is missing.</remarks>
    public IEnumerable<ImportedCase> Read(DbDataReader reader, ImportReport report) =>
        DbTable<ServiceCaseRowMapper, ServiceCaseMapping, ImportedCase>.Read(_mapping, reader, report);

    /// <summary>Reads the tickets of <paramref name="reader"/>'s current result set asynchronously.</summary>
    /// <param name="reader">The data reader, positioned before its first record.</param>
    /// <param name="report">The report that receives the counts and the errors.</param>
    /// <param name="cancellationToken">Cancels the read; checked before every record.</param>
    /// <returns>The accepted cases, read lazily as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    /// <remarks>As <see cref="Read"/>, and <see cref="OperationCanceledException"/> when cancelled.</remarks>
    public IAsyncEnumerable<ImportedCase> ReadAsync(DbDataReader reader, ImportReport report, CancellationToken cancellationToken = default) =>
        DbTable<ServiceCaseRowMapper, ServiceCaseMapping, ImportedCase>.ReadAsync(_mapping, reader, report, cancellationToken);
}
