using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using CxCore.Utility;
using NodaTime;

namespace CxCore;

/// <summary>The rules and defensive copies shared by the model types (generic argument checks: <see cref="Preconditions"/>).</summary>
internal static class ModelValidation
{
    /// <summary>Checks that <paramref name="customer"/> is a real customer id, not <c>default</c>.</summary>
    internal static void CheckCustomer(CustomerId customer, string paramName) =>
        Preconditions.CheckArgument(!customer.IsEmpty, paramName, "A real customer id is required; default(CustomerId) is the empty id.");

    /// <summary>Checks that a duration, when given, is zero or more.</summary>
    internal static void CheckNotNegative(Duration? value, string paramName) =>
        Preconditions.CheckArgumentRange(!(value < Duration.Zero), paramName, value, $"The duration {value} is negative; it must be zero or more.");

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
