using System;
using System.Globalization;

namespace CxCore.Journeys;

/// <summary>One problem found in the input of <see cref="JourneyBuilder.Build"/>, with the item concerned.</summary>
/// <remarks>
/// Exactly one of <see cref="Touchpoint"/> and <see cref="Feedback"/> is set: the touchpoint that was dropped as a
/// duplicate, or the feedback that was placed by time or could not be placed. Nothing in the input is lost silently:
/// every dropped or unplaced item is the subject of an issue. Instances are immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class JourneyBuildIssue
{
    internal JourneyBuildIssue(JourneyBuildIssueKind kind, CustomerId customer, string itemId, string detail, Touchpoint? touchpoint, Feedback? feedback)
    {
        Kind = kind;
        Customer = customer;
        ItemId = itemId;
        Detail = detail;
        Touchpoint = touchpoint;
        Feedback = feedback;
    }

    /// <summary>What kind of problem this is.</summary>
    public JourneyBuildIssueKind Kind { get; }

    /// <summary>The customer of the item concerned.</summary>
    public CustomerId Customer { get; }

    /// <summary>The id of the item concerned (a touchpoint id for duplicates, a feedback id otherwise).</summary>
    public string ItemId { get; }

    /// <summary>A sentence that explains the problem and what the builder did.</summary>
    public string Detail { get; }

    /// <summary>The touchpoint dropped as a duplicate, or <see langword="null"/> for a feedback issue.</summary>
    public Touchpoint? Touchpoint { get; }

    /// <summary>The feedback concerned, or <see langword="null"/> for a touchpoint issue.</summary>
    public Feedback? Feedback { get; }

    /// <summary>Formats the issue: kind, item id and detail.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind} {ItemId} ({Customer}): {Detail}");

    internal static JourneyBuildIssue ForTouchpoint(JourneyBuildIssueKind kind, Touchpoint touchpoint, string detail) =>
        new(kind, touchpoint.Customer, touchpoint.Id, detail, touchpoint, null);

    internal static JourneyBuildIssue ForFeedback(JourneyBuildIssueKind kind, Feedback feedback, string detail) =>
        new(kind, feedback.Customer, feedback.Id, detail, null, feedback);

    /// <summary>The deterministic order of issues: customer, kind, item id, detail (all ordinal).</summary>
    internal static int Compare(JourneyBuildIssue? a, JourneyBuildIssue? b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        if (a is null || b is null)
        {
            return a is null ? -1 : 1;
        }

        int c = a.Customer.CompareTo(b.Customer);
        if (c == 0)
        {
            c = a.Kind.CompareTo(b.Kind);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(a.ItemId, b.ItemId);
        }

        return c != 0 ? c : string.CompareOrdinal(a.Detail, b.Detail);
    }
}
