using System.Collections.Generic;
using System.Text.Json.Serialization;
using CxCore.Ratings;
using CxCore.Service;
using NodaTime;

namespace CxCore.Serialization;

/// <summary>
/// The source-generated System.Text.Json metadata for every public CxCore model type and a read-only list of each, so
/// that serialisation works without reflection (under trimming and native AOT).
/// </summary>
/// <remarks>
/// <para>
/// Use it through <see cref="CxJson.Options"/> (or <see cref="CxJson.Serialize{T}"/>): the options hold the converters
/// that define the JSON form. <see cref="Default"/> carries the same converters and may be used directly, for example
/// <c>JsonSerializer.Serialize(touchpoint, CxJsonContext.Default.Touchpoint)</c>.
/// </para>
/// <para>
/// To serialise your own types that contain CxCore values, combine resolvers:
/// <c>TypeInfoResolver = JsonTypeInfoResolver.Combine(MyContext.Default, CxJsonContext.Default)</c> and add the
/// converters of <see cref="CxJson.Options"/> (copy them from its <c>Converters</c> list).
/// </para>
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters =
    [
        typeof(InstantJsonConverter), typeof(DurationJsonConverter), typeof(LocalDateJsonConverter), typeof(DateTimeZoneJsonConverter),
        typeof(CustomerIdConverter), typeof(ChannelConverter), typeof(DepartmentConverter), typeof(JourneyOutcomeConverter),
        typeof(EnumConverter<Initiator>), typeof(EnumConverter<TouchpointOutcome>), typeof(EnumConverter<RatingMetric>),
        typeof(EnumConverter<CaseEventKind>), typeof(EnumConverter<CaseStatus>), typeof(EnumConverter<CasePriority>),
        typeof(LifecycleModelConverter), typeof(LifecycleStageConverter), typeof(FeedbackInstrumentConverter),
        typeof(TouchpointConverter), typeof(FeedbackConverter), typeof(JourneyConverter), typeof(CaseEventConverter), typeof(ServiceCaseConverter),
        typeof(LifecycleModelListConverter), typeof(LifecycleStageListConverter), typeof(FeedbackInstrumentListConverter),
        typeof(TouchpointListConverter), typeof(FeedbackListConverter), typeof(JourneyListConverter), typeof(CaseEventListConverter),
        typeof(ServiceCaseListConverter), typeof(CustomerConverter), typeof(CustomerListConverter),
    ])]
[JsonSerializable(typeof(Instant))]
[JsonSerializable(typeof(Duration))]
[JsonSerializable(typeof(LocalDate))]
[JsonSerializable(typeof(DateTimeZone))]
[JsonSerializable(typeof(CustomerId))]
[JsonSerializable(typeof(IReadOnlyList<CustomerId>))]
[JsonSerializable(typeof(Customer))]
[JsonSerializable(typeof(IReadOnlyList<Customer>))]
[JsonSerializable(typeof(Channel))]
[JsonSerializable(typeof(IReadOnlyList<Channel>))]
[JsonSerializable(typeof(Department))]
[JsonSerializable(typeof(IReadOnlyList<Department>))]
[JsonSerializable(typeof(Initiator))]
[JsonSerializable(typeof(IReadOnlyList<Initiator>))]
[JsonSerializable(typeof(LifecycleModel))]
[JsonSerializable(typeof(IReadOnlyList<LifecycleModel>))]
[JsonSerializable(typeof(LifecycleStage))]
[JsonSerializable(typeof(IReadOnlyList<LifecycleStage>))]
[JsonSerializable(typeof(TouchpointOutcome))]
[JsonSerializable(typeof(IReadOnlyList<TouchpointOutcome>))]
[JsonSerializable(typeof(Touchpoint))]
[JsonSerializable(typeof(IReadOnlyList<Touchpoint>))]
[JsonSerializable(typeof(RatingMetric))]
[JsonSerializable(typeof(IReadOnlyList<RatingMetric>))]
[JsonSerializable(typeof(FeedbackInstrument))]
[JsonSerializable(typeof(IReadOnlyList<FeedbackInstrument>))]
[JsonSerializable(typeof(Feedback))]
[JsonSerializable(typeof(IReadOnlyList<Feedback>))]
[JsonSerializable(typeof(JourneyOutcome))]
[JsonSerializable(typeof(IReadOnlyList<JourneyOutcome>))]
[JsonSerializable(typeof(Journey))]
[JsonSerializable(typeof(IReadOnlyList<Journey>))]
[JsonSerializable(typeof(CaseEventKind))]
[JsonSerializable(typeof(IReadOnlyList<CaseEventKind>))]
[JsonSerializable(typeof(CaseStatus))]
[JsonSerializable(typeof(IReadOnlyList<CaseStatus>))]
[JsonSerializable(typeof(CasePriority))]
[JsonSerializable(typeof(IReadOnlyList<CasePriority>))]
[JsonSerializable(typeof(CaseEvent))]
[JsonSerializable(typeof(IReadOnlyList<CaseEvent>))]
[JsonSerializable(typeof(ServiceCase))]
[JsonSerializable(typeof(IReadOnlyList<ServiceCase>))]
public sealed partial class CxJsonContext : JsonSerializerContext;
