namespace CxCore.Csv;

/// <summary>The settings every survey reader shares: how it treats errors and duplicate responses.</summary>
/// <remarks>Options are mutable; a reader validates them when it is created and again when a read starts.</remarks>
public abstract class SurveyImportOptions
{
    private protected SurveyImportOptions()
    {
    }

    /// <summary>Whether the read throws a <see cref="SurveyImportException"/> at the first rejected row instead of reporting it and going on.</summary>
    /// <value><see langword="false"/> by default.</value>
    public bool FailFast { get; set; }

    /// <summary>Whether a row whose response id was seen earlier in the same read is rejected (<see cref="ImportErrorReason.DuplicateResponseId"/>).</summary>
    /// <value>
    /// <see langword="true"/> by default. The check keeps every response id of the read in a set, so it is the one part
    /// of a read whose memory grows with the file (one string per row); turn it off for very large files whose ids are
    /// known to be unique.
    /// </value>
    public bool CheckDuplicateResponseIds { get; set; } = true;
}
