using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using NodaTime;

namespace CxCore;

/// <summary>Argument checks and defensive copies shared by the model types.</summary>
internal static class ModelValidation
{
    /// <summary>Throws when <paramref name="customer"/> is <c>default</c>.</summary>
    internal static void ThrowIfDefault(CustomerId customer, string paramName)
    {
        if (customer.IsEmpty)
        {
            throw new ArgumentException("A real customer id is required; default(CustomerId) is the empty id.", paramName);
        }
    }

    /// <summary>Throws when <paramref name="value"/> is negative.</summary>
    internal static void ThrowIfNegative(Duration? value, string paramName)
    {
        if (value is { } duration && duration < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(paramName, duration, $"The duration {duration} is negative; it must be zero or more.");
        }
    }

    /// <summary>Throws when <paramref name="value"/> is not <see langword="null"/> and is empty or white space.</summary>
    internal static void ThrowIfBlankWhenPresent(string? value, string paramName)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The value must be null or contain a non-white-space character.", paramName);
        }
    }

    /// <summary>Copies <paramref name="attributes"/> into a read-only dictionary with ordinal keys.</summary>
    internal static IReadOnlyDictionary<string, string> CopyAttributes(IReadOnlyDictionary<string, string>? attributes, string paramName)
    {
        if (attributes is null || attributes.Count == 0)
        {
            return ReadOnlyDictionary<string, string>.Empty;
        }

        var copy = new Dictionary<string, string>(attributes.Count, StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> pair in attributes)
        {
            if (string.IsNullOrWhiteSpace(pair.Key))
            {
                throw new ArgumentException("An attribute key is null, empty or white space.", paramName);
            }

            if (pair.Value is null)
            {
                throw new ArgumentException($"The attribute '{pair.Key}' has a null value.", paramName);
            }

            if (!copy.TryAdd(pair.Key, pair.Value))
            {
                throw new ArgumentException($"The attribute key '{pair.Key}' occurs twice.", paramName);
            }
        }

        return new ReadOnlyDictionary<string, string>(copy);
    }

    /// <summary>Compares two attribute dictionaries by their key/value pairs (ordinal).</summary>
    internal static bool AttributesEqual(IReadOnlyDictionary<string, string> left, IReadOnlyDictionary<string, string> right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (KeyValuePair<string, string> pair in left)
        {
            if (!right.TryGetValue(pair.Key, out string? value) || !string.Equals(pair.Value, value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An order-independent hash of the attribute pairs.</summary>
    internal static int AttributesHash(IReadOnlyDictionary<string, string> attributes)
    {
        int hash = attributes.Count;
        foreach (KeyValuePair<string, string> pair in attributes)
        {
            hash ^= HashCode.Combine(StringComparer.Ordinal.GetHashCode(pair.Key), StringComparer.Ordinal.GetHashCode(pair.Value));
        }

        return hash;
    }
}
