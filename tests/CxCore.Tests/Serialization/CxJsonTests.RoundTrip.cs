using CxCore.Ratings;
using CxCore.Serialization;
using CxCore.Service;
using CxCore.Tests.Support;
using FsCheck.Xunit;
using NodaTime;

namespace CxCore.Tests.Serialization;

/// <summary>Round-trip properties: serialise, deserialise, and get an equal value back, for every model type and lists of them.</summary>
[Properties(Arbitrary = [typeof(ModelArbitraries)])]
public sealed partial class CxJsonTests
{
    private static bool RoundTrips<T>(T value)
    {
        string json = CxJson.Serialize(value);
        T? back = CxJson.Deserialize<T>(json);
        return EqualityComparer<T>.Default.Equals(back, value) && CxJson.Serialize(back) == json;
    }

    private static bool ListRoundTrips<T>(IReadOnlyList<T> list)
    {
        IReadOnlyList<T>? back = CxJson.Deserialize<IReadOnlyList<T>>(CxJson.Serialize(list));
        return back is not null && back.SequenceEqual(list);
    }

    [ScaledProperty(2000)]
    public bool Serialize_Instant_RoundTripsToTheNanosecond(Instant value) => RoundTrips(value);

    [ScaledProperty(2000)]
    public bool Serialize_Duration_RoundTrips(Duration value) => RoundTrips(value);

    [ScaledProperty(2000)]
    public bool Serialize_LocalDate_RoundTrips(LocalDate value) => RoundTrips(value);

    [ScaledProperty(1000)]
    public bool Serialize_DateTimeZone_RoundTrips(DateTimeZone value) => RoundTrips(value);

    [ScaledProperty(1000)]
    public bool Serialize_CustomerId_RoundTrips(CustomerId value) => RoundTrips(value);

    [ScaledProperty(500)]
    public bool Serialize_Customer_RoundTrips(Customer value) => RoundTrips(value);

    [ScaledProperty(1000)]
    public bool Serialize_Channel_RoundTrips(Channel value) => RoundTrips(value);

    [ScaledProperty(1000)]
    public bool Serialize_Department_RoundTrips(Department value) => RoundTrips(value);

    [ScaledProperty(1000)]
    public bool Serialize_JourneyOutcome_RoundTrips(JourneyOutcome value) => RoundTrips(value);

    [ScaledProperty(50)]
    public bool Serialize_Initiator_RoundTrips(Initiator value) => RoundTrips(value);

    [ScaledProperty(50)]
    public bool Serialize_TouchpointOutcome_RoundTrips(TouchpointOutcome value) => RoundTrips(value);

    [ScaledProperty(50)]
    public bool Serialize_RatingMetric_RoundTrips(RatingMetric value) => RoundTrips(value);

    [ScaledProperty(50)]
    public bool Serialize_CaseEventKind_RoundTrips(CaseEventKind value) => RoundTrips(value);

    [ScaledProperty(50)]
    public bool Serialize_CaseStatus_RoundTrips(CaseStatus value) => RoundTrips(value);

    [ScaledProperty(50)]
    public bool Serialize_CasePriority_RoundTrips(CasePriority value) => RoundTrips(value);

    [ScaledProperty(500)]
    public bool Serialize_LifecycleModel_RoundTrips(LifecycleModel value) => RoundTrips(value);

    [ScaledProperty(500)]
    public bool Serialize_LifecycleStage_RoundTripsIncludingCustomModels(LifecycleStage value) => RoundTrips(value);

    [ScaledProperty(500)]
    public bool Serialize_FeedbackInstrument_RoundTrips(FeedbackInstrument value) => RoundTrips(value);

    [ScaledProperty(500)]
    public bool Serialize_Touchpoint_RoundTrips(Touchpoint value) => RoundTrips(value);

    [ScaledProperty(500)]
    public bool Serialize_Feedback_RoundTrips(Feedback value) => RoundTrips(value);

    [ScaledProperty(200)]
    public bool Serialize_Journey_RoundTrips(Journey value) => RoundTrips(value);

    [ScaledProperty(1000)]
    public bool Serialize_CaseEvent_RoundTrips(CaseEvent value) => RoundTrips(value);

    [ScaledProperty(500)]
    public bool Serialize_ServiceCase_RoundTrips(ServiceCase value) => RoundTrips(value);

    [ScaledProperty(100)]
    public bool Serialize_ListOfCustomerId_RoundTrips(IReadOnlyList<CustomerId> list) => ListRoundTrips(list);

    [ScaledProperty(100)]
    public bool Serialize_ListOfChannel_RoundTrips(IReadOnlyList<Channel> list) => ListRoundTrips(list);

    [ScaledProperty(100)]
    public bool Serialize_ListOfDepartment_RoundTrips(IReadOnlyList<Department> list) => ListRoundTrips(list);

    [ScaledProperty(100)]
    public bool Serialize_ListOfJourneyOutcome_RoundTrips(IReadOnlyList<JourneyOutcome> list) => ListRoundTrips(list);

    [ScaledProperty(100)]
    public bool Serialize_ListOfInitiator_RoundTrips(IReadOnlyList<Initiator> list) => ListRoundTrips(list);

    [ScaledProperty(100)]
    public bool Serialize_ListOfTouchpointOutcome_RoundTrips(IReadOnlyList<TouchpointOutcome> list) => ListRoundTrips(list);

    [ScaledProperty(100)]
    public bool Serialize_ListOfRatingMetric_RoundTrips(IReadOnlyList<RatingMetric> list) => ListRoundTrips(list);

    [ScaledProperty(100)]
    public bool Serialize_ListOfCaseEventKind_RoundTrips(IReadOnlyList<CaseEventKind> list) => ListRoundTrips(list);

    [ScaledProperty(100)]
    public bool Serialize_ListOfCaseStatus_RoundTrips(IReadOnlyList<CaseStatus> list) => ListRoundTrips(list);

    [ScaledProperty(100)]
    public bool Serialize_ListOfCasePriority_RoundTrips(IReadOnlyList<CasePriority> list) => ListRoundTrips(list);

    [ScaledProperty(100)]
    public bool Serialize_ListOfLifecycleModel_RoundTrips(IReadOnlyList<LifecycleModel> list) => ListRoundTrips(list);

    [ScaledProperty(100)]
    public bool Serialize_ListOfLifecycleStage_RoundTrips(IReadOnlyList<LifecycleStage> list) => ListRoundTrips(list);

    [ScaledProperty(100)]
    public bool Serialize_ListOfFeedbackInstrument_RoundTrips(IReadOnlyList<FeedbackInstrument> list) => ListRoundTrips(list);

    [ScaledProperty(100)]
    public bool Serialize_ListOfTouchpoint_RoundTrips(IReadOnlyList<Touchpoint> list) => ListRoundTrips(list);

    [ScaledProperty(100)]
    public bool Serialize_ListOfFeedback_RoundTrips(IReadOnlyList<Feedback> list) => ListRoundTrips(list);

    [ScaledProperty(30)]
    public bool Serialize_ListOfJourney_RoundTrips(IReadOnlyList<Journey> list) => ListRoundTrips(list);

    [ScaledProperty(100)]
    public bool Serialize_ListOfCaseEvent_RoundTrips(IReadOnlyList<CaseEvent> list) => ListRoundTrips(list);

    [ScaledProperty(100)]
    public bool Serialize_ListOfServiceCase_RoundTrips(IReadOnlyList<ServiceCase> list) => ListRoundTrips(list);

    [ScaledProperty(100)]
    public bool Serialize_ListOfCustomer_RoundTrips(IReadOnlyList<Customer> list) => ListRoundTrips(list);
}
