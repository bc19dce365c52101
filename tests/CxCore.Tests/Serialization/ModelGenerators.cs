using CxCore.Ratings;
using CxCore.Service;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static CxCore.Tests.Serialization.ModelGenerators;

namespace CxCore.Tests.Serialization;

/// <summary>FsCheck generators for every model type: the whole Instant range to the nanosecond, unicode names, custom models.</summary>
internal static class ModelGenerators
{
    private const long NanosecondsPerSecond = 1_000_000_000;

    private static readonly long MinSecond = Instant.MinValue.ToUnixTimeSeconds();
    private static readonly long MaxSecond = Instant.MaxValue.ToUnixTimeSeconds();

    // Text pieces: ASCII, JSON specials, accents, CJK, a surrogate pair, a control character, a right-to-left letter.
    private static readonly string[] Visible = ["a", "Z", "7", "é", "ß", "中", "文", "😀", "Ω", "\"", "\\", "/", "<", "&", "'", "ש", "ﬁ"];
    private static readonly string[] Any = [.. Visible, " ", "\t", "\n", "\u0001", "\u00a0"];

    /// <summary>Instants from <see cref="Instant.MinValue"/> to <see cref="Instant.MaxValue"/> with random nanoseconds, plus the edges.</summary>
    internal static Gen<Instant> Instants { get; } = Gen.Frequency(
        (1, Gen.Elements(Instant.MinValue, Instant.MaxValue, NodaConstants.UnixEpoch, Instant.FromUnixTimeTicks(-1), NodaConstants.UnixEpoch.PlusNanoseconds(1))),
        (9, from hi in Gen.Choose(0, int.MaxValue)
            from lo in Gen.Choose(0, int.MaxValue)
            from nanos in Gen.Choose(0, (int)NanosecondsPerSecond - 1)
            let span = MaxSecond - MinSecond + 1
            let second = MinSecond + (long)((((ulong)hi << 31) | (uint)lo) % (ulong)span)
            select Instant.FromUnixTimeSeconds(second).PlusNanoseconds(nanos)));

    /// <summary>Durations of zero or more, up to about 16 million days, with random nanoseconds.</summary>
    internal static Gen<Duration> NonNegativeDurations { get; } = Gen.Frequency(
        (1, Gen.Elements(Duration.Zero, Duration.Epsilon, Duration.MaxValue)),
        (9, from days in Gen.Choose(0, 16_000_000)
            from seconds in Gen.Choose(0, 86_399)
            from nanos in Gen.Choose(0, (int)NanosecondsPerSecond - 1)
            select Duration.FromDays(days) + Duration.FromSeconds(seconds) + Duration.FromNanoseconds(nanos)));

    /// <summary>Any duration, negative included.</summary>
    internal static Gen<Duration> Durations { get; } =
        from d in NonNegativeDurations
        from negative in Gen.Elements(false, true)
        select negative ? -d : d;

    /// <summary>ISO dates over the whole ISO range.</summary>
    internal static Gen<LocalDate> Dates { get; } =
        from offset in Gen.Choose(0, Period.Between(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, PeriodUnits.Days).Days)
        select LocalDate.MinIsoValue.PlusDays(offset);

    /// <summary>Every TZDB zone, plus fixed-offset zones.</summary>
    internal static Gen<DateTimeZone> Zones { get; } = Gen.Frequency(
        (4, Gen.Elements(DateTimeZoneProviders.Tzdb.Ids.ToArray()).Select(id => DateTimeZoneProviders.Tzdb[id])),
        (1, Gen.Choose(-18 * 3600, 18 * 3600).Select(s => DateTimeZone.ForOffset(Offset.FromSeconds(s / 60 * 60)))));

    /// <summary>Non-blank unicode text, 1 to 13 pieces.</summary>
    internal static Gen<string> Names { get; } =
        from first in Gen.Elements(Visible)
        from rest in Gen.ListOf(Gen.Elements(Any)).Select(l => l.Take(12))
        select first + string.Concat(rest);

    /// <summary>Any text, blank and empty included.</summary>
    internal static Gen<string> Texts { get; } = Gen.ListOf(Gen.Elements(Any)).Select(l => string.Concat(l.Take(20)));

    internal static Gen<string?> OptionalNames { get; } = Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Names.Select(s => (string?)s)));

    internal static Gen<CustomerId> CustomerIds { get; } = Names.Select(CustomerId.From);

    internal static Gen<Customer> Customers { get; } =
        from id in CustomerIds
        from zone in Zones
        from acquiredAt in Instants
        from attributes in Attributes
        select new Customer(id, zone, acquiredAt, attributes);

    internal static Gen<Channel> Channels { get; } = Gen.OneOf(Gen.Elements(Channel.WellKnown.ToArray()), Names.Select(Channel.From));

    internal static Gen<Department> Departments { get; } = Gen.OneOf(Gen.Elements(Department.WellKnown.ToArray()), Names.Select(Department.From));

    internal static Gen<JourneyOutcome> JourneyOutcomes { get; } = Gen.OneOf(Gen.Elements(JourneyOutcome.WellKnown.ToArray()), Names.Select(JourneyOutcome.From));

    /// <summary>The default model or a custom one with 1 to 6 unicode stage names (made unique by a numbered suffix).</summary>
    internal static Gen<LifecycleModel> Models { get; } = Gen.Frequency(
        (1, Gen.Constant(LifecycleModel.Default)),
        (3, from name in Gen.OneOf(Names, Gen.Constant(LifecycleModel.Default.Name))
            from count in Gen.Choose(1, 6)
            from words in Gen.ArrayOf(Names, count)
            select LifecycleModel.Create(name, words.Select((w, i) => $"{w}#{i}").ToArray())));

    internal static Gen<LifecycleStage> Stages { get; } =
        from model in Models
        from index in Gen.Choose(0, 99)
        select model.Stages[index % model.Stages.Count];

    internal static Gen<T> Enums<T>()
        where T : struct, Enum =>
        Gen.Elements(Enum.GetValues<T>());

    internal static Gen<IReadOnlyDictionary<string, string>?> Attributes { get; } = Gen.Frequency(
        (1, Gen.Constant<IReadOnlyDictionary<string, string>?>(null)),
        (2, from count in Gen.Choose(0, 3)
            from keys in Gen.ArrayOf(Names, count)
            from values in Gen.ArrayOf(Texts, count)
            select (IReadOnlyDictionary<string, string>?)keys.Select((k, i) => (Key: $"{k}{i}", Value: values[i])).ToDictionary(p => p.Key, p => p.Value)));

    internal static Gen<Duration?> OptionalDurations { get; } =
        Gen.Frequency((1, Gen.Constant<Duration?>(null)), (2, NonNegativeDurations.Select(d => (Duration?)d)));

    internal static Gen<Touchpoint> TouchpointsOf(CustomerId customer) =>
        from id in Names
        from at in Instants
        from channel in Channels
        from stage in Stages
        from department in Departments
        from initiator in Enums<Initiator>()
        from outcome in Enums<TouchpointOutcome>()
        from handleTime in OptionalDurations
        from waitTime in OptionalDurations
        from topic in OptionalNames
        from attributes in Attributes
        select new Touchpoint(id, customer, at, channel, stage, department, initiator, outcome, handleTime, waitTime, topic, attributes);

    internal static Gen<Touchpoint> Touchpoints { get; } = CustomerIds.SelectMany(TouchpointsOf);

    /// <summary>The three standard instruments and custom ones on random scales inside 0–100.</summary>
    internal static Gen<FeedbackInstrument> Instruments { get; } = Gen.OneOf(
        Gen.Elements(FeedbackInstrument.Nps, FeedbackInstrument.Csat, FeedbackInstrument.Ces),
        from name in Names
        from min in Gen.Choose(0, 99)
        from max in Gen.Choose(min + 1, 100)
        select FeedbackInstrument.Custom(name, RatingScale.FromRange(min, max)));

    /// <summary>Finite weights greater than zero: round numbers, extremes and random bit patterns.</summary>
    internal static Gen<double> Weights { get; } = Gen.OneOf(
        Gen.Elements(1.0, 0.5, 2.5, 1e-300, double.Epsilon, double.MaxValue, 0.1),
        from hi in Gen.Choose(0, 0x7FEF_FFFF)
        from lo in Gen.Choose(int.MinValue, int.MaxValue)
        let bits = ((long)hi << 32) | unchecked((uint)lo) // lo's 32 bits as they are
        select bits == 0 ? 1.0 : BitConverter.Int64BitsToDouble(bits));

    internal static Gen<Feedback> FeedbackOf(CustomerId customer) =>
        from id in Names
        from at in Instants
        from instrument in Instruments
        from rating in Gen.Choose(instrument.Scale.Minimum, instrument.Scale.Maximum)
        from touchpointId in OptionalNames
        from comment in Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Texts.Select(t => (string?)t)))
        from weight in Weights
        from topics in Gen.Frequency((1, Gen.Constant<string[]?>(null)), (2, Gen.ListOf(Names).Select(l => (string[]?)l.Take(4).ToArray())))
        select new Feedback(id, customer, at, instrument, rating, touchpointId, comment, weight, topics);

    internal static Gen<Feedback> FeedbackItems { get; } = CustomerIds.SelectMany(FeedbackOf);

    internal static Gen<Journey> Journeys { get; } =
        from customer in CustomerIds
        from touchpointCount in Gen.Choose(0, 3)
        from feedbackCount in Gen.Choose(touchpointCount == 0 ? 1 : 0, 3)
        from touchpoints in Gen.ArrayOf(TouchpointsOf(customer), touchpointCount)
        from feedback in Gen.ArrayOf(FeedbackOf(customer), feedbackCount)
        from outcome in Gen.Frequency((1, Gen.Constant<JourneyOutcome?>(null)), (2, JourneyOutcomes.Select(o => (JourneyOutcome?)o)))
        select Journey.Create(customer, touchpoints, feedback, outcome);

    /// <summary>Any single event: every kind, every status for status changes.</summary>
    internal static Gen<CaseEvent> CaseEvents { get; } =
        from at in Instants
        from kind in Enums<CaseEventKind>()
        from status in Enums<CaseStatus>()
        select kind switch
        {
            CaseEventKind.Opened => CaseEvent.Opened(at),
            CaseEventKind.StatusChanged => CaseEvent.StatusChanged(at, status),
            CaseEventKind.AgentReply => CaseEvent.AgentReply(at),
            CaseEventKind.CustomerMessage => CaseEvent.CustomerMessage(at),
            CaseEventKind.BotHandoff => CaseEvent.BotHandoff(at),
            _ => CaseEvent.Reopened(at),
        };

    /// <summary>Valid service cases: a random walk over the allowed events at sorted random instants (ties included).</summary>
    internal static Gen<ServiceCase> ServiceCases { get; } =
        from id in Names
        from customer in CustomerIds
        from channel in Channels
        from priority in Enums<CasePriority>()
        from steps in Gen.Choose(0, 8)
        from choices in Gen.ArrayOf(Gen.Choose(0, 99), steps)
        from instants in Gen.ArrayOf(Instants, steps + 1)
        from tie in Gen.Elements(false, true)
        from attributes in Attributes
        select new ServiceCase(id, customer, channel, priority, Walk(choices, instants, tie), attributes);

    private static List<CaseEvent> Walk(int[] choices, Instant[] instants, bool tie)
    {
        Array.Sort(instants);
        if (tie && instants.Length > 1)
        {
            instants[1] = instants[0];
        }

        var events = new List<CaseEvent> { CaseEvent.Opened(instants[0]) };
        CaseStatus status = CaseStatus.New;
        for (int i = 0; i < choices.Length && status != CaseStatus.Closed; i++)
        {
            Instant at = instants[i + 1];
            var allowed = new List<(CaseEvent Event, CaseStatus After)>
            {
                (CaseEvent.AgentReply(at), status),
                (CaseEvent.CustomerMessage(at), status),
                (CaseEvent.BotHandoff(at), status),
            };
            if (status == CaseStatus.Solved)
            {
                allowed.Add((CaseEvent.Reopened(at), CaseStatus.Open));
                allowed.Add((CaseEvent.StatusChanged(at, CaseStatus.Closed), CaseStatus.Closed));
            }
            else
            {
                foreach (CaseStatus to in new[] { CaseStatus.Open, CaseStatus.Pending, CaseStatus.OnHold, CaseStatus.Solved })
                {
                    allowed.Add((CaseEvent.StatusChanged(at, to), to));
                }
            }

            (CaseEvent e, CaseStatus after) = allowed[choices[i] % allowed.Count];
            events.Add(e);
            status = after;
        }

        return events;
    }
}

/// <summary>
/// The arbitraries of the JSON round-trip properties: one per model type (defaults included where a type has one) and
/// one per list of a model type (0 to 5 items, no defaults), registered on <see cref="CxJsonTests"/>.
/// </summary>
public static class ModelArbitraries
{
    public static Arbitrary<Instant> InstantValues() => (Instants).ToArbitrary();

    public static Arbitrary<Duration> DurationValues() => (Durations).ToArbitrary();

    public static Arbitrary<LocalDate> LocalDateValues() => (Dates).ToArbitrary();

    public static Arbitrary<DateTimeZone> DateTimeZoneValues() => (Zones).ToArbitrary();

    public static Arbitrary<CustomerId> CustomerIdValues() => (Gen.OneOf(CustomerIds, Gen.Constant(default(CustomerId)))).ToArbitrary();

    public static Arbitrary<Customer> CustomerValues() => (Customers).ToArbitrary();

    public static Arbitrary<Channel> ChannelValues() => (Gen.OneOf(Channels, Gen.Constant(default(Channel)))).ToArbitrary();

    public static Arbitrary<Department> DepartmentValues() => (Gen.OneOf(Departments, Gen.Constant(default(Department)))).ToArbitrary();

    public static Arbitrary<JourneyOutcome> JourneyOutcomeValues() => (Gen.OneOf(JourneyOutcomes, Gen.Constant(default(JourneyOutcome)))).ToArbitrary();

    public static Arbitrary<Initiator> InitiatorValues() => (Enums<Initiator>()).ToArbitrary();

    public static Arbitrary<TouchpointOutcome> TouchpointOutcomeValues() => (Enums<TouchpointOutcome>()).ToArbitrary();

    public static Arbitrary<RatingMetric> RatingMetricValues() => (Enums<RatingMetric>()).ToArbitrary();

    public static Arbitrary<CaseEventKind> CaseEventKindValues() => (Enums<CaseEventKind>()).ToArbitrary();

    public static Arbitrary<CaseStatus> CaseStatusValues() => (Enums<CaseStatus>()).ToArbitrary();

    public static Arbitrary<CasePriority> CasePriorityValues() => (Enums<CasePriority>()).ToArbitrary();

    public static Arbitrary<LifecycleModel> LifecycleModelValues() => (Models).ToArbitrary();

    public static Arbitrary<LifecycleStage> LifecycleStageValues() => (Stages).ToArbitrary();

    public static Arbitrary<FeedbackInstrument> FeedbackInstrumentValues() => (Instruments).ToArbitrary();

    public static Arbitrary<Touchpoint> TouchpointValues() => (Touchpoints).ToArbitrary();

    public static Arbitrary<Feedback> FeedbackValues() => (FeedbackItems).ToArbitrary();

    public static Arbitrary<Journey> JourneyValues() => (ModelGenerators.Journeys).ToArbitrary();

    public static Arbitrary<CaseEvent> CaseEventValues() => (CaseEvents).ToArbitrary();

    public static Arbitrary<ServiceCase> ServiceCaseValues() => (ServiceCases).ToArbitrary();

    public static Arbitrary<IReadOnlyList<CustomerId>> CustomerIdLists() => ShortListsOf(CustomerIds);

    public static Arbitrary<IReadOnlyList<Channel>> ChannelLists() => ShortListsOf(Channels);

    public static Arbitrary<IReadOnlyList<Department>> DepartmentLists() => ShortListsOf(Departments);

    public static Arbitrary<IReadOnlyList<JourneyOutcome>> JourneyOutcomeLists() => ShortListsOf(JourneyOutcomes);

    public static Arbitrary<IReadOnlyList<Initiator>> InitiatorLists() => ShortListsOf(Enums<Initiator>());

    public static Arbitrary<IReadOnlyList<TouchpointOutcome>> TouchpointOutcomeLists() => ShortListsOf(Enums<TouchpointOutcome>());

    public static Arbitrary<IReadOnlyList<RatingMetric>> RatingMetricLists() => ShortListsOf(Enums<RatingMetric>());

    public static Arbitrary<IReadOnlyList<CaseEventKind>> CaseEventKindLists() => ShortListsOf(Enums<CaseEventKind>());

    public static Arbitrary<IReadOnlyList<CaseStatus>> CaseStatusLists() => ShortListsOf(Enums<CaseStatus>());

    public static Arbitrary<IReadOnlyList<CasePriority>> CasePriorityLists() => ShortListsOf(Enums<CasePriority>());

    public static Arbitrary<IReadOnlyList<LifecycleModel>> LifecycleModelLists() => ShortListsOf(Models);

    public static Arbitrary<IReadOnlyList<LifecycleStage>> LifecycleStageLists() => ShortListsOf(Stages);

    public static Arbitrary<IReadOnlyList<FeedbackInstrument>> FeedbackInstrumentLists() => ShortListsOf(Instruments);

    public static Arbitrary<IReadOnlyList<Touchpoint>> TouchpointLists() => ShortListsOf(Touchpoints);

    public static Arbitrary<IReadOnlyList<Feedback>> FeedbackLists() => ShortListsOf(FeedbackItems);

    public static Arbitrary<IReadOnlyList<Journey>> JourneyLists() => ShortListsOf(ModelGenerators.Journeys);

    public static Arbitrary<IReadOnlyList<CaseEvent>> CaseEventLists() => ShortListsOf(CaseEvents);

    public static Arbitrary<IReadOnlyList<ServiceCase>> ServiceCaseLists() => ShortListsOf(ServiceCases);

    public static Arbitrary<IReadOnlyList<Customer>> CustomerLists() => ShortListsOf(Customers);

    /// <summary>Lists of 0 to 5 items (the first five of a size-driven list).</summary>
    private static Arbitrary<IReadOnlyList<T>> ShortListsOf<T>(Gen<T> items) =>
        Gen.ListOf(items).Select(l => (IReadOnlyList<T>)l.Take(5).ToList()).ToArbitrary();
}
