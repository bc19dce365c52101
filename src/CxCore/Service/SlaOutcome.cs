namespace CxCore.Service;

/// <summary>Where a case stands against one SLA target at the cut-off instant.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public enum SlaOutcome
{
    /// <summary>No target applies (none set for the case's priority, or the clock never started, such as a next-reply target for a case with no waiting customer message).</summary>
    NotApplicable,

    /// <summary>The clock stopped within the target.</summary>
    Achieved,

    /// <summary>The clock ran past the target, whether it has stopped since or is still running (an open case past its target is breached).</summary>
    Breached,

    /// <summary>The clock is still running and within the target.</summary>
    Pending,
}
