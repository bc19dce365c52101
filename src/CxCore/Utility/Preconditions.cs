using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace CxCore.Utility;

/// <summary>
/// Argument checks the BCL throw helpers (<see cref="ArgumentNullException.ThrowIfNull(object?, string?)"/>,
/// <see cref="ArgumentOutOfRangeException.ThrowIfNegative{T}(T, string?)"/> and friends) do not offer: a condition with a
/// message that names the value and the allowed range, built only when the check fails; defined enum values;
/// confidence levels; optional text. Every public entry point validates with these or with the BCL helpers.
/// </summary>
/// <remarks>Depends on nothing else in CxCore, so every namespace may use it.</remarks>
internal static class Preconditions
{
    /// <summary>Throws <see cref="ArgumentException"/> with <paramref name="message"/> unless <paramref name="condition"/> holds.</summary>
    internal static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, string message)
    {
        if (!condition)
        {
            ThrowArgument(paramName, message);
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> with <paramref name="message"/> (formatted only then) unless <paramref name="condition"/> holds.</summary>
    internal static void CheckArgument(
        [DoesNotReturnIf(false)] bool condition, string paramName, [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage message)
    {
        if (!condition)
        {
            ThrowArgument(paramName, message.ToStringAndClear());
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> with the value and <paramref name="message"/> unless <paramref name="condition"/> holds.</summary>
    internal static void CheckArgumentRange<T>([DoesNotReturnIf(false)] bool condition, string paramName, T actualValue, string message)
    {
        if (!condition)
        {
            ThrowArgumentOutOfRange(paramName, actualValue, message);
        }
    }

    /// <summary>
    /// Throws <see cref="ArgumentOutOfRangeException"/> with the value and <paramref name="message"/> (formatted only
    /// then) unless <paramref name="condition"/> holds.
    /// </summary>
    internal static void CheckArgumentRange<T>(
        [DoesNotReturnIf(false)] bool condition, string paramName, T actualValue, [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage message)
    {
        if (!condition)
        {
            ThrowArgumentOutOfRange(paramName, actualValue, message.ToStringAndClear());
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="value"/> is a named value of <typeparamref name="TEnum"/>; the message lists them.</summary>
    internal static void CheckDefined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            ThrowUndefined(value, paramName);
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="level"/> is a confidence level, strictly between 0 and 1.</summary>
    internal static void CheckConfidenceLevel(double level, string paramName = "level")
    {
        if (!(level > 0 && level < 1))
        {
            ThrowArgumentOutOfRange(paramName, level, "The confidence level must be strictly between 0 and 1, for example 0.95.");
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="value"/> is given but empty or only white space.</summary>
    internal static void CheckNullOrNotBlank(string? value, string paramName)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            ThrowArgument(paramName, "The value must be null or contain a non-white-space character.");
        }
    }

    [DoesNotReturn]
    [StackTraceHidden]
    private static void ThrowArgument(string paramName, string message) => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    [StackTraceHidden]
    private static void ThrowArgumentOutOfRange<T>(string paramName, T actualValue, string message) =>
        throw new ArgumentOutOfRangeException(paramName, actualValue, message);

    [DoesNotReturn]
    [StackTraceHidden]
    private static void ThrowUndefined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        string[] names = Enum.GetNames<TEnum>();
        string allowed = names.Length == 1 ? names[0] : string.Join(", ", names[..^1]) + " or " + names[^1];
        throw new ArgumentOutOfRangeException(paramName, value, $"{value} is not a defined {typeof(TEnum).Name}; use {allowed}.");
    }
}
