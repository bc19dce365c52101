namespace CxCore.Import;

/// <summary>Why a row of an import (a survey export, a touchpoint table, a helpdesk ticket export) was rejected (<see cref="ImportRowError.Reason"/>).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
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

    /// <summary>The instrument cell names no instrument in the mapping (<c>GenericSurveyOptions.Instruments</c> in CxCore.Csv).</summary>
    UnknownInstrument,

    /// <summary>The row has a different number of fields than the header.</summary>
    FieldCountMismatch,

    /// <summary>The row breaks the CSV quoting rules (a stray quote, text after a closing quote, or a quote never closed).</summary>
    MalformedRow,

    /// <summary>
    /// The row holds bytes that are not valid UTF-8 (the message gives the byte offset); see
    /// the options <c>InvalidBytes</c> and <c>Encoding</c> of the CSV readers.
    /// </summary>
    InvalidEncoding,

    /// <summary>A required cell (such as a channel, a department or a lifecycle stage) is empty or white space.</summary>
    MissingValue,

    /// <summary>A cell holds a value the mapping does not know (a lifecycle stage, initiator, outcome, priority or status that is not one of the allowed values).</summary>
    UnknownValue,

    /// <summary>The row's id cell (a touchpoint or case id) is empty or white space.</summary>
    MissingId,

    /// <summary>An earlier row of the same read has the same id (a touchpoint or case id, compared ordinally).</summary>
    DuplicateId,

    /// <summary>A duration or count cell is not a non-negative number (for example helpdesk minutes).</summary>
    InvalidNumber,

    /// <summary>The row's times contradict each other (for example a ticket solved before it was created).</summary>
    InconsistentTimes,
}
