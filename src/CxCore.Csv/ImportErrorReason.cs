namespace CxCore.Csv;

/// <summary>Why a row of a survey export was rejected (<see cref="ImportRowError.Reason"/>).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Csv.CsvJsonConverterFactory))]
public enum ImportErrorReason
{
    /// <summary>The response-id cell is empty or white space.</summary>
    MissingResponseId,

    /// <summary>The customer-id cell is empty or white space.</summary>
    MissingCustomerId,

    /// <summary>An earlier row of the same read has the same response id (compared ordinally).</summary>
    DuplicateResponseId,

    /// <summary>No rating cell of the row holds an answer.</summary>
    MissingRating,

    /// <summary>A rating cell is not a plain integer (for example <c>7.0</c>, <c>seven</c> or <c> 7</c>).</summary>
    UnparseableRating,

    /// <summary>A rating is an integer outside its instrument's scale.</summary>
    RatingOutOfScale,

    /// <summary>The time cell is empty or does not match the time pattern.</summary>
    UnparseableTime,

    /// <summary>The local time does not exist in the time zone (it falls in a daylight-saving gap).</summary>
    SkippedLocalTime,

    /// <summary>The local time occurs twice in the time zone (it falls in a daylight-saving overlap).</summary>
    AmbiguousLocalTime,

    /// <summary>A Qualtrics <c>_NPS_GROUP</c> cell disagrees with the rating (1 = detractor 0–6, 2 = passive 7–8, 3 = promoter 9–10).</summary>
    NpsGroupMismatch,

    /// <summary>A Qualtrics <c>_NPS_GROUP</c> cell is neither empty nor 1, 2 or 3.</summary>
    InvalidNpsGroup,

    /// <summary>The instrument cell names no instrument in <see cref="GenericSurveyOptions.Instruments"/>.</summary>
    UnknownInstrument,

    /// <summary>The row has a different number of fields than the header.</summary>
    FieldCountMismatch,

    /// <summary>The row breaks the CSV quoting rules (a stray quote, text after a closing quote, or a quote never closed).</summary>
    MalformedRow,

    /// <summary>
    /// The row holds bytes that are not valid UTF-8 (the message gives the byte offset); see
    /// <see cref="SurveyImportOptions.InvalidBytes"/> and <see cref="SurveyImportOptions.Encoding"/>.
    /// </summary>
    InvalidEncoding,
}
