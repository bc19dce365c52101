using System.Globalization;
using CxCore.Service;
using NodaTime;

namespace CxCore.Import;

/// <summary>One duration on which the helpdesk and CxCore disagree by more than the tolerance of a <see cref="HelpdeskComparison"/>.</summary>
/// <remarks>Immutable and thread-safe; equality is reference equality.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class HelpdeskDisagreement
{
    internal HelpdeskDisagreement(string caseId, long lineNumber, ServiceMetric metric, TimeBasis basis, Duration helpdesk, Duration? cxCore)
    {
        CaseId = caseId;
        LineNumber = lineNumber;
        Metric = metric;
        Basis = basis;
        Helpdesk = helpdesk;
        CxCore = cxCore;
    }

    /// <summary>The case id.</summary>
    public string CaseId { get; }

    /// <summary>The line (or record number) of the case's row.</summary>
    public long LineNumber { get; }

    /// <summary>The metric.</summary>
    public ServiceMetric Metric { get; }

    /// <summary>Calendar or business time.</summary>
    public TimeBasis Basis { get; }

    /// <summary>The helpdesk's value.</summary>
    public Duration Helpdesk { get; }

    /// <summary>CxCore's value, or <see langword="null"/> when CxCore has none (for example no first response in the case's events).</summary>
    public Duration? CxCore { get; }

    /// <summary>CxCore's value minus the helpdesk's, or <see langword="null"/> when CxCore has none.</summary>
    public Duration? Difference => CxCore - Helpdesk;

    /// <summary>Formats the disagreement as one line.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"case {CaseId} (line {LineNumber}): {Metric} ({Basis}) helpdesk {Helpdesk.TotalMinutes:0.##} min, CxCore {(CxCore is Duration d ? d.TotalMinutes.ToString("0.##", CultureInfo.InvariantCulture) + " min" : "none")}");
}
