namespace CxCore.Data.Dialects;

/// <summary>The type of a statement parameter (ClickHouse writes it into the placeholder).</summary>
internal enum ParameterType
{
    Text,
    Int64,
}
