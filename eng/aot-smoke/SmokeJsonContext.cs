using System.Text.Json.Serialization;
using CxCore.Csv;

namespace CxCore.AotSmoke;

/// <summary>
/// The consumer's own source-generated context for the CxCore.Csv data types (whose converters travel with the types),
/// chained after <c>CxJson.Resolver</c> the way an application would chain it.
/// </summary>
[JsonSerializable(typeof(ImportedRow))]
[JsonSerializable(typeof(InvalidByteHandling))]
internal sealed partial class SmokeJsonContext : JsonSerializerContext
{
}
