using CxCore.Ratings;
using CxCore.Serialization;
using CxCore.Service;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static CxCore.Tests.Serialization.ModelGenerators;

namespace CxCore.Tests.Serialization;

/// <summary>Round-trip properties: serialise, deserialise, and get an equal value back, for every model type.</summary>
public sealed partial class CxJsonTests
{
    private static void RoundTrips<T>(Gen<T> values, ulong seed, int maxTest = 500) =>
        Prop.ForAll(values.ToArbitrary(), value =>
        {
            string json = CxJson.Serialize(value);
            T? back = CxJson.Deserialize<T>(json);
            return EqualityComparer<T>.Default.Equals(back, value) && CxJson.Serialize(back) == json;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithQuietOnSuccess(true).WithReplay(seed, 7919));

    private static void ListsRoundTrip<T>(Gen<T> values, ulong seed, int maxTest = 100) =>
        Prop.ForAll(Gen.ListOf(values).Select(l => (IReadOnlyList<T>)l.Take(5).ToList()).ToArbitrary(), list =>
        {
            IReadOnlyList<T>? back = CxJson.Deserialize<IReadOnlyList<T>>(CxJson.Serialize(list));
            return back is not null && back.SequenceEqual(list);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithQuietOnSuccess(true).WithReplay(seed, 7919));

    [Fact]
    public void Serialize_Instant_RoundTripsToTheNanosecond() => RoundTrips(Instants, 1, 2000);

    [Fact]
    public void Serialize_Duration_RoundTrips() => RoundTrips(Durations, 2, 2000);

    [Fact]
    public void Serialize_LocalDate_RoundTrips() => RoundTrips(Dates, 3, 2000);

    [Fact]
    public void Serialize_DateTimeZone_RoundTrips() => RoundTrips(Zones, 4, 1000);

    [Fact]
    public void Serialize_CustomerId_RoundTrips() => RoundTrips(Gen.OneOf(CustomerIds, Gen.Constant(default(CustomerId))), 5, 1000);

    [Fact]
    public void Serialize_Customer_RoundTrips() => RoundTrips(Customers, 23);

    [Fact]
    public void Serialize_Channel_RoundTrips() => RoundTrips(Gen.OneOf(Channels, Gen.Constant(default(Channel))), 6, 1000);

    [Fact]
    public void Serialize_Department_RoundTrips() => RoundTrips(Gen.OneOf(Departments, Gen.Constant(default(Department))), 7, 1000);

    [Fact]
    public void Serialize_JourneyOutcome_RoundTrips() => RoundTrips(Gen.OneOf(JourneyOutcomes, Gen.Constant(default(JourneyOutcome))), 8, 1000);

    [Fact]
    public void Serialize_Initiator_RoundTrips() => RoundTrips(Enums<Initiator>(), 9, 50);

    [Fact]
    public void Serialize_TouchpointOutcome_RoundTrips() => RoundTrips(Enums<TouchpointOutcome>(), 10, 50);

    [Fact]
    public void Serialize_RatingMetric_RoundTrips() => RoundTrips(Enums<RatingMetric>(), 11, 50);

    [Fact]
    public void Serialize_CaseEventKind_RoundTrips() => RoundTrips(Enums<CaseEventKind>(), 12, 50);

    [Fact]
    public void Serialize_CaseStatus_RoundTrips() => RoundTrips(Enums<CaseStatus>(), 13, 50);

    [Fact]
    public void Serialize_CasePriority_RoundTrips() => RoundTrips(Enums<CasePriority>(), 14, 50);

    [Fact]
    public void Serialize_LifecycleModel_RoundTrips() => RoundTrips(Models, 15);

    [Fact]
    public void Serialize_LifecycleStage_RoundTripsIncludingCustomModels() => RoundTrips(Stages, 16);

    [Fact]
    public void Serialize_FeedbackInstrument_RoundTrips() => RoundTrips(Instruments, 17);

    [Fact]
    public void Serialize_Touchpoint_RoundTrips() => RoundTrips(Touchpoints, 18);

    [Fact]
    public void Serialize_Feedback_RoundTrips() => RoundTrips(FeedbackItems, 19);

    [Fact]
    public void Serialize_Journey_RoundTrips() => RoundTrips(ModelGenerators.Journeys, 20, 200);

    [Fact]
    public void Serialize_CaseEvent_RoundTrips() => RoundTrips(CaseEvents, 21, 1000);

    [Fact]
    public void Serialize_ServiceCase_RoundTrips() => RoundTrips(ServiceCases, 22);

    [Fact]
    public void Serialize_ListsOfEveryType_RoundTrip()
    {
        ListsRoundTrip(CustomerIds, 31);
        ListsRoundTrip(Channels, 32);
        ListsRoundTrip(Departments, 33);
        ListsRoundTrip(JourneyOutcomes, 34);
        ListsRoundTrip(Enums<Initiator>(), 35);
        ListsRoundTrip(Enums<TouchpointOutcome>(), 36);
        ListsRoundTrip(Enums<RatingMetric>(), 37);
        ListsRoundTrip(Enums<CaseEventKind>(), 38);
        ListsRoundTrip(Enums<CaseStatus>(), 39);
        ListsRoundTrip(Enums<CasePriority>(), 40);
        ListsRoundTrip(Models, 41);
        ListsRoundTrip(Stages, 42);
        ListsRoundTrip(Instruments, 43);
        ListsRoundTrip(Touchpoints, 44);
        ListsRoundTrip(FeedbackItems, 45);
        ListsRoundTrip(ModelGenerators.Journeys, 46, 30);
        ListsRoundTrip(CaseEvents, 47);
        ListsRoundTrip(ServiceCases, 48);
        ListsRoundTrip(Customers, 49);
    }
}
