namespace CxCore.Lifecycle;

/// <summary>Which customers of a cohort count as retained in the k-th period since acquisition (<see cref="CohortRetention"/>).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public enum RetentionDefinition
{
    /// <summary>
    /// Active in the period: the customer has at least one activity event in the k-th calendar period after the
    /// acquisition period ("classic" or "bracket" retention). A customer may be retained in period 3 and not in period 2.
    /// </summary>
    ActiveInPeriod = 0,

    /// <summary>
    /// Still active since acquisition: the customer has activity in the k-th period <em>or any later one</em> observed
    /// (up to the as-of instant), so has not yet gone quiet for good ("unbounded" or "rolling" retention). Never
    /// increases with k.
    /// </summary>
    StillActive = 1,
}
