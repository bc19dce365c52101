using CxCore.Import;

namespace CxCore.Csv;

/// <summary>What a survey reader does with bytes that are not valid UTF-8 (<see cref="SurveyImportOptions.InvalidBytes"/>).</summary>
/// <remarks>
/// Invalid bytes usually mean that the file is in another encoding (Windows-1252 or Latin-1 from an old spreadsheet):
/// then set <see cref="SurveyImportOptions.Encoding"/> instead, and every row reads correctly.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Csv.CsvJsonConverterFactory))]
public enum InvalidByteHandling
{
    /// <summary>
    /// A data row with invalid bytes is rejected (<see cref="ImportErrorReason.InvalidEncoding"/>, with the byte offset
    /// of the first one); a header row with invalid bytes stops the read with an <see cref="System.IO.InvalidDataException"/>.
    /// The default.
    /// </summary>
    Reject,

    /// <summary>
    /// Every cell is read with backslash escapes: each byte that is not part of valid UTF-8 becomes the four characters
    /// <c>\xHH</c> (its value in upper-case hex) and each backslash of the input becomes two (<c>\\</c>); all other text is
    /// read as it is. The mapping is one-to-one, so two different cells (two response ids <c>r</c>+0xFF and
    /// <c>r</c>+0xFE, or <c>r</c>+0xFF and the text <c>r\xFF</c>) never read as the same text, and it can be undone. The
    /// price: valid text that holds a backslash reads with the backslash doubled, in every row of the read.
    /// </summary>
    Escape,
}
