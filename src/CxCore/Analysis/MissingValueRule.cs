namespace CxCore.Analysis;

/// <summary>How an analysis treats rows with a missing value (NaN).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public enum MissingValueRule
{
    /// <summary>Listwise deletion: a row with a NaN in any used column is dropped, and the dropped rows are counted.</summary>
    Listwise,

    /// <summary>A NaN anywhere is an error (<see cref="System.ArgumentException"/>).</summary>
    Reject,
}
