namespace CxCore.Data.Dialects;

/// <summary>The kinds of <see cref="SqlSource"/>.</summary>
internal enum SourceKind
{
    Table,
    Query,
    ParquetFile,
    CsvFile,
}
