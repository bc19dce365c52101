using System;

namespace CxCore.Csv;

/// <summary>
/// Thrown while reading a survey export with <see cref="SurveyImportOptions.FailFast"/> set, at the first rejected row.
/// </summary>
/// <remarks>
/// The <see cref="ImportReport"/> of the read has already counted the row as read and rejected and holds the same
/// <see cref="Error"/>, so its counts still add up.
/// </remarks>
public sealed class SurveyImportException : Exception
{
    /// <summary>Creates the exception for <paramref name="error"/>.</summary>
    /// <param name="error">The first problem found.</param>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is <see langword="null"/>.</exception>
    public SurveyImportException(ImportRowError error)
        : base((error ?? throw new ArgumentNullException(nameof(error))).Message)
    {
        Error = error;
    }

    /// <summary>The problem that stopped the read.</summary>
    public ImportRowError Error { get; }
}
