using System;
using System.Collections.Generic;
using System.Globalization;
using CxCore.Data.Dialects;

namespace CxCore.Data;

/// <summary>
/// Where a count or path query reads its rows: a table (or view), a <c>SELECT</c> statement, or, with DuckDB, a
/// Parquet or CSV file.
/// </summary>
/// <remarks>
/// <para>
/// A table name is quoted by the dialect part by part, so any name (with quotes, semicolons, comment markers or
/// spaces) is read as a name and never as SQL. A file path travels as a parameter value. A <c>SELECT</c> statement given
/// to <see cref="Query"/> is SQL written by the caller: it is placed verbatim in parentheses as a subquery, so it
/// must come from the program, never from its users' input (filter with it, join, or compute columns).
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(DataJsonConverterFactory))]
public sealed class SqlSource
{
    private readonly string[] _nameParts;

    private SqlSource(SourceKind kind, string[] nameParts, string? text)
    {
        Kind = kind;
        _nameParts = nameParts;
        Text = text;
    }

    internal SourceKind Kind { get; }

    internal IReadOnlyList<string> NameParts => _nameParts;

    /// <summary>The SELECT statement or the file path; null for a table.</summary>
    internal string? Text { get; }

    /// <summary>A table or view by its unqualified name.</summary>
    /// <param name="name">The name, exactly as stored (quoted identifiers are case-sensitive in most engines).</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or holds a NUL character.</exception>
    public static SqlSource Table(string name) => new(SourceKind.Table, [Identifier.Check(name, nameof(name))], null);

    /// <summary>A table or view by schema (BigQuery: dataset) and name.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="name">The table's name.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty or holds a NUL character.</exception>
    public static SqlSource Table(string schema, string name) =>
        new(SourceKind.Table, [Identifier.Check(schema, nameof(schema)), Identifier.Check(name, nameof(name))], null);

    /// <summary>A table or view by catalog (database; BigQuery: project), schema and name.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="schema">The schema.</param>
    /// <param name="name">The table's name.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty or holds a NUL character.</exception>
    public static SqlSource Table(string catalog, string schema, string name) =>
        new(SourceKind.Table, [Identifier.Check(catalog, nameof(catalog)), Identifier.Check(schema, nameof(schema)), Identifier.Check(name, nameof(name))], null);

    /// <summary>
    /// The rows of a <c>SELECT</c> statement written by the program (see the type remarks): placed verbatim in
    /// parentheses, so it must be one statement without a trailing semicolon.
    /// </summary>
    /// <param name="select">The statement.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="select"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="select"/> is blank.</exception>
    public static SqlSource Query(string select)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(select);
        return new SqlSource(SourceKind.Query, [], select);
    }

    /// <summary>
    /// A Parquet file (or a glob such as <c>data/*.parquet</c>) read by DuckDB's <c>read_parquet</c>; DuckDB only.
    /// </summary>
    /// <param name="path">The path or glob; passed as a parameter value.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    public static SqlSource ParquetFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new SqlSource(SourceKind.ParquetFile, [], path);
    }

    /// <summary>
    /// A CSV file (or a glob) with a header line, read by DuckDB's <c>read_csv</c> with its type detection; DuckDB only.
    /// </summary>
    /// <param name="path">The path or glob; passed as a parameter value.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    public static SqlSource CsvFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new SqlSource(SourceKind.CsvFile, [], path);
    }

    /// <summary>Describes the source: <c>table a.b</c>, <c>query (…)</c>, <c>parquet file …</c> or <c>csv file …</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Kind switch
    {
        SourceKind.Table => "table " + string.Join(".", _nameParts),
        SourceKind.Query => string.Create(CultureInfo.InvariantCulture, $"query ({Text!.Length} characters)"),
        SourceKind.ParquetFile => "parquet file " + Text,
        _ => "csv file " + Text,
    };
}
