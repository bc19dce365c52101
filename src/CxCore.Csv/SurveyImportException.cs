using System;
using System.IO;
using CxCore.Import;

namespace CxCore.Csv;

/// <summary>
/// Thrown while reading a survey export with <see cref="SurveyImportOptions.FailFast"/> set, at the first rejected row.
/// </summary>
/// <remarks>
/// The <see cref="ImportReport"/> of the read has already counted the row as read and rejected and holds the same
/// <see cref="Error"/>, so its counts still add up. (Header problems are <see cref="InvalidDataException"/>s, which
/// cannot be derived from: catch both to cover every way a read can stop.)
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Csv.CsvJsonConverterFactory))]
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

    /// <summary>Creates the exception with a default message and no <see cref="Error"/>.</summary>
    public SurveyImportException()
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and no <see cref="Error"/>.</summary>
    /// <param name="message">What went wrong.</param>
    public SurveyImportException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>, the exception that caused it, and no <see cref="Error"/>.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public SurveyImportException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The problem that stopped the read; <see langword="null"/> only when the exception was created without one.</summary>
    public ImportRowError? Error { get; }
}
