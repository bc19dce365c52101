namespace CxCore.Service;

/// <summary>The state of a service case, following the common helpdesk conventions.</summary>
/// <remarks>
/// A case starts <see cref="New"/>, is worked while <see cref="Open"/>, <see cref="Pending"/> or <see cref="OnHold"/>,
/// becomes <see cref="Solved"/> when the team considers it resolved, and <see cref="Closed"/> once it can no longer be
/// reopened. See <see cref="ServiceCase"/> for the transitions that are allowed.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public enum CaseStatus
{
    /// <summary>Opened and not yet worked on.</summary>
    New,

    /// <summary>Being worked on by the team.</summary>
    Open,

    /// <summary>Waiting for the customer.</summary>
    Pending,

    /// <summary>Waiting for a third party or another team.</summary>
    OnHold,

    /// <summary>Resolved; the case can still be reopened.</summary>
    Solved,

    /// <summary>Resolved and closed for good; nothing may happen after this.</summary>
    Closed,
}
