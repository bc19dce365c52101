namespace CxCore.Service.Engine;

/// <summary>One completed next-reply wait: the case's position and the wait in calendar and business nanoseconds.</summary>
/// <param name="Case">The case's position in the input.</param>
/// <param name="Calendar">The wait in calendar nanoseconds.</param>
/// <param name="Business">The wait in business nanoseconds.</param>
internal readonly record struct ReplyWait(int Case, long Calendar, long Business);
