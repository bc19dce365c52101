using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace CxCore.Simulation;

/// <summary>A validated snapshot of <see cref="SyntheticCxOptions"/> (changing the options afterwards does not matter).</summary>
internal sealed class GeneratorSettings
{
    internal GeneratorSettings(SyntheticCxOptions options)
    {
        CustomerCount = InRange(options.Customers, 1, 10_000_000, nameof(options.Customers));
        Start = options.Start;
        if (Start < Instant.FromUtc(1900, 1, 1, 0, 0) || Start > Instant.FromUtc(2200, 1, 1, 0, 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), Start, "SyntheticCxOptions.Start must lie between 1900-01-01 and 2200-01-01.");
        }

        if (options.Span < Duration.FromDays(1) || options.Span > Duration.FromDays(36_500))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Span, "SyntheticCxOptions.Span must be 1 to 36,500 days.");
        }

        End = Start + options.Span;
        Plans = Segments(options.Plans, nameof(options.Plans));
        Regions = Segments(options.Regions, nameof(options.Regions));
        Tiers = Segments(options.Tiers, nameof(options.Tiers));
        Zones = ZonesOf(options.TimeZoneIds);
        Baseline = Finite(options.BaselineSatisfaction, double.MinValue, double.MaxValue, nameof(options.BaselineSatisfaction));
        StandardDeviation = Finite(options.SatisfactionStandardDeviation, 0, double.MaxValue, nameof(options.SatisfactionStandardDeviation));
        TouchpointMean = Finite(options.TouchpointsPerCustomer, 3, 1000, nameof(options.TouchpointsPerCustomer));
        ResponseRate = Finite(options.SurveyResponseRate, 0, 1, nameof(options.SurveyResponseRate));
        TransactionalRate = Finite(options.TransactionalSurveyRate, 0, 1, nameof(options.TransactionalSurveyRate));
        StalledShare = Finite(options.StalledServiceCaseShare, 0, 1, nameof(options.StalledServiceCaseShare));
        SuccessEffect = Finite(options.SuccessEffect, 0, double.MaxValue, nameof(options.SuccessEffect));
        FailureEffect = Finite(options.FailureEffect, 0, double.MaxValue, nameof(options.FailureEffect));
        AbandonEffect = Finite(options.AbandonEffect, 0, double.MaxValue, nameof(options.AbandonEffect));
        RepeatEffect = Finite(options.RepeatContactEffect, 0, double.MaxValue, nameof(options.RepeatContactEffect));
        LongWaitEffect = Finite(options.LongWaitEffect, 0, double.MaxValue, nameof(options.LongWaitEffect));
        if (options.LongWait <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.LongWait, "SyntheticCxOptions.LongWait must be greater than zero.");
        }

        LongWait = options.LongWait;
        FailureRates = Rates(options.DepartmentFailureRates, Department.WellKnown, 0, 0.8, nameof(options.DepartmentFailureRates));
        ChannelEffects = Rates(options.ChannelEffects, Channel.WellKnown, double.MinValue, double.MaxValue, nameof(options.ChannelEffects));
        Seed = options.Seed;
    }

    internal int Seed { get; }

    internal int CustomerCount { get; }

    internal Instant Start { get; }

    internal Instant End { get; }

    internal SyntheticSegment[] Plans { get; }

    internal SyntheticSegment[] Regions { get; }

    internal SyntheticSegment[] Tiers { get; }

    internal DateTimeZone[] Zones { get; }

    internal double Baseline { get; }

    internal double StandardDeviation { get; }

    internal double TouchpointMean { get; }

    internal double ResponseRate { get; }

    internal double TransactionalRate { get; }

    internal double StalledShare { get; }

    internal double SuccessEffect { get; }

    internal double FailureEffect { get; }

    internal double AbandonEffect { get; }

    internal double RepeatEffect { get; }

    internal double LongWaitEffect { get; }

    internal Duration LongWait { get; }

    /// <summary>The failure rate of every well-known department, in <see cref="Department.WellKnown"/> order.</summary>
    internal Dictionary<Department, double> FailureRates { get; }

    /// <summary>The satisfaction effect of every well-known channel, in <see cref="Channel.WellKnown"/> order.</summary>
    internal Dictionary<Channel, double> ChannelEffects { get; }

    private static int InRange(int value, int minimum, int maximum, string name)
    {
        if (value < minimum || value > maximum)
        {
            throw new ArgumentOutOfRangeException(
                "options", value, string.Create(CultureInfo.InvariantCulture, $"SyntheticCxOptions.{name} must be {minimum:N0} to {maximum:N0}."));
        }

        return value;
    }

    private static double Finite(double value, double minimum, double maximum, string name)
    {
        if (!double.IsFinite(value) || value < minimum || value > maximum)
        {
            string range = (minimum, maximum) switch
            {
                (double.MinValue, double.MaxValue) => "finite",
                (_, double.MaxValue) => string.Create(CultureInfo.InvariantCulture, $"finite and at least {minimum}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"{minimum} to {maximum}"),
            };
            throw new ArgumentOutOfRangeException("options", value, $"SyntheticCxOptions.{name} must be {range}.");
        }

        return value;
    }

    private static SyntheticSegment[] Segments(IList<SyntheticSegment>? segments, string name)
    {
        if (segments is null || segments.Count == 0)
        {
            throw new ArgumentException($"SyntheticCxOptions.{name} must hold at least one segment.", "options");
        }

        var copy = new SyntheticSegment[segments.Count];
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < copy.Length; i++)
        {
            copy[i] = segments[i] ?? throw new ArgumentException($"SyntheticCxOptions.{name}[{i}] is null.", "options");
            if (!names.Add(copy[i].Name))
            {
                throw new ArgumentException($"SyntheticCxOptions.{name} names the segment '{copy[i].Name}' twice.", "options");
            }
        }

        return copy;
    }

    private static DateTimeZone[] ZonesOf(IList<string>? ids)
    {
        if (ids is null || ids.Count == 0)
        {
            throw new ArgumentException("SyntheticCxOptions.TimeZoneIds must hold at least one TZDB id.", "options");
        }

        var zones = new DateTimeZone[ids.Count];
        for (int i = 0; i < zones.Length; i++)
        {
            string? id = ids[i];
            zones[i] = (id is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id))
                ?? throw new ArgumentException($"SyntheticCxOptions.TimeZoneIds[{i}] ('{id}') is not a TZDB time-zone id.", "options");
        }

        return zones;
    }

    private static Dictionary<TKey, double> Rates<TKey>(IDictionary<TKey, double>? rates, IReadOnlyList<TKey> keys, double minimum, double maximum, string name)
        where TKey : notnull
    {
        if (rates is null)
        {
            throw new ArgumentException($"SyntheticCxOptions.{name} must not be null.", "options");
        }

        var values = new Dictionary<TKey, double>(keys.Count);
        foreach (TKey key in keys)
        {
            if (!rates.TryGetValue(key, out double value))
            {
                throw new ArgumentException($"SyntheticCxOptions.{name} has no entry for '{key}'.", "options");
            }

            values.Add(key, Finite(value, minimum, maximum, $"{name}[{key}]"));
        }

        return values;
    }
}
