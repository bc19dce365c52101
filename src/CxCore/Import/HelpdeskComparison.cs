using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using CxCore.Service;
using NodaTime;

namespace CxCore.Import;

/// <summary>
/// The check a team runs when it moves its reporting onto CxCore: every duration the helpdesk computed for an imported
/// case (<see cref="ImportedCase.HelpdeskDurations"/>) beside CxCore's own (<see cref="CaseMetrics"/>), listing the ones
/// that differ by more than a tolerance.
/// </summary>
/// <remarks>
/// CxCore's value is <see cref="CaseMetrics.Get(ServiceMetric, TimeBasis)"/> of the case at the cut-off, with the
/// calendar given. Disagreements usually mean the helpdesk's schedule differs from the calendar (holidays, hours, zone),
/// or the export rounded. Immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class HelpdeskComparison
{
    private HelpdeskComparison(long casesCompared, long valuesCompared, HelpdeskDisagreement[] disagreements)
    {
        CasesCompared = casesCompared;
        ValuesCompared = valuesCompared;
        Disagreements = new ReadOnlyCollection<HelpdeskDisagreement>(disagreements);
    }

    /// <summary>The number of cases with at least one helpdesk duration.</summary>
    public long CasesCompared { get; }

    /// <summary>The number of helpdesk durations compared.</summary>
    public long ValuesCompared { get; }

    /// <summary>The durations that differ by more than the tolerance (or that CxCore does not have), in input order.</summary>
    public IReadOnlyList<HelpdeskDisagreement> Disagreements { get; }

    /// <summary>Compares the helpdesk's durations of <paramref name="cases"/> with CxCore's.</summary>
    /// <param name="cases">The imported cases; none null.</param>
    /// <param name="calendar">The business calendar of the helpdesk's schedule.</param>
    /// <param name="asOf">The cut-off instant of CxCore's metrics (the export time).</param>
    /// <param name="tolerance">The largest difference that counts as agreement; one minute when <see langword="null"/>; not negative.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/>, <paramref name="calendar"/> or a case is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative.</exception>
    public static HelpdeskComparison Compare(IEnumerable<ImportedCase> cases, BusinessCalendar calendar, Instant asOf, Duration? tolerance = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(calendar);
        Duration limit = tolerance ?? Duration.FromMinutes(1);
        if (limit < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), limit, "The tolerance must not be negative.");
        }

        var disagreements = new List<HelpdeskDisagreement>();
        long casesCompared = 0, values = 0;
        foreach (ImportedCase imported in cases)
        {
            ArgumentNullException.ThrowIfNull(imported, nameof(cases));
            if (imported.HelpdeskDurations.Count == 0)
            {
                continue;
            }

            casesCompared++;
            CaseMetrics metrics = CaseMetrics.FromCase(imported.Case, calendar, asOf);
            foreach (HelpdeskDuration theirs in imported.HelpdeskDurations)
            {
                values++;
                Duration? ours = metrics.Get(theirs.Metric, theirs.Basis);
                if (ours is not Duration value || Duration.Max(value - theirs.Value, theirs.Value - value) > limit)
                {
                    disagreements.Add(new HelpdeskDisagreement(imported.Case.Id, imported.LineNumber, theirs.Metric, theirs.Basis, theirs.Value, ours));
                }
            }
        }

        return new HelpdeskComparison(casesCompared, values, [.. disagreements]);
    }
}
