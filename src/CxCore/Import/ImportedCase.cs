using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using CxCore.Service;

namespace CxCore.Import;

/// <summary>One accepted row of a ticket table: the service case, where it came from, and the durations the helpdesk computed for it.</summary>
/// <remarks>Immutable and thread-safe; equality is reference equality.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class ImportedCase
{
    private readonly HelpdeskDuration[] _helpdeskDurations;

    // Created on first use: an import yields a million of these, most of them never asked for their durations.
    private ReadOnlyCollection<HelpdeskDuration>? _helpdeskDurationsView;

    /// <summary>Creates the row; takes ownership of <paramref name="helpdeskDurations"/> (not copied).</summary>
    internal ImportedCase(long lineNumber, ServiceCase serviceCase, HelpdeskDuration[] helpdeskDurations)
    {
        LineNumber = lineNumber;
        Case = serviceCase;
        _helpdeskDurations = helpdeskDurations;
    }

    /// <summary>The physical line of the file (or the 1-based record number of a database reader) where the row starts.</summary>
    public long LineNumber { get; }

    /// <summary>The case.</summary>
    public ServiceCase Case { get; }

    /// <summary>The durations the export carries for the case (empty when the mapping names no duration column or the cells are empty).</summary>
    public IReadOnlyList<HelpdeskDuration> HelpdeskDurations => _helpdeskDurationsView ??= Array.AsReadOnly(_helpdeskDurations);

    /// <summary>Formats the row as <c>line N: case</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"line {LineNumber}: {Case}";
}
