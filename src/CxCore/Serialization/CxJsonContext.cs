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
        typeof(ServiceCaseListConverter), typeof(CustomerConverter), typeof(CustomerListConverter), typeof(DoubleJsonConverter),
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
[JsonSerializable(typeof(RatingScale))]
[JsonSerializable(typeof(NpsBands))]
[JsonSerializable(typeof(RatingCounts))]
[JsonSerializable(typeof(WeightedRatingCounts))]
[JsonSerializable(typeof(ConfidenceInterval))]
[JsonSerializable(typeof(ScoreComparison))]
[JsonSerializable(typeof(NetPromoterScore))]
[JsonSerializable(typeof(SatisfactionScore))]
[JsonSerializable(typeof(EffortScore))]
[JsonSerializable(typeof(CxCore.Analysis.TrendPoint))]
[JsonSerializable(typeof(CxCore.Analysis.TrendResult))]
[JsonSerializable(typeof(CxCore.Journeys.JourneyMapCell))]
[JsonSerializable(typeof(CxCore.Journeys.PainPointImpact))]
[JsonSerializable(typeof(CxCore.Journeys.DepartmentImpact))]
[JsonSerializable(typeof(CxCore.Journeys.PainPoint))]
[JsonSerializable(typeof(CxCore.Journeys.JourneyMap))]
[JsonSerializable(typeof(ResultTable))]
[JsonSerializable(typeof(CxCore.Charts.ChartSpec))]
[JsonSerializable(typeof(IReadOnlyList<IReadOnlyDictionary<string, object?>>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, object?>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(CxCore.Analysis.CalendarPeriod))]
[JsonSerializable(typeof(CxCore.Analysis.MissingValueRule))]
[JsonSerializable(typeof(CxCore.Charts.FieldKind))]
[JsonSerializable(typeof(CxCore.Journeys.AttributionModel))]
[JsonSerializable(typeof(CxCore.Journeys.FunnelKind))]
[JsonSerializable(typeof(CxCore.Import.ImportReport))]
[JsonSerializable(typeof(CxCore.Import.ImportRowError))]
[JsonSerializable(typeof(CxCore.Import.ImportErrorReason))]
[JsonSerializable(typeof(CxCore.Lifecycle.CoxTieMethod))]
[JsonSerializable(typeof(CxCore.Lifecycle.RepeatRule))]
[JsonSerializable(typeof(CxCore.Lifecycle.RetentionDefinition))]
[JsonSerializable(typeof(CxCore.Journeys.JourneyBuildIssueKind))]
[JsonSerializable(typeof(CxCore.Journeys.PainPointKind))]
[JsonSerializable(typeof(CxCore.Ratings.MeanIntervalMethod))]
[JsonSerializable(typeof(CxCore.Ratings.NpsComparisonMethod))]
[JsonSerializable(typeof(CxCore.Ratings.NpsIntervalMethod))]
[JsonSerializable(typeof(CxCore.Ratings.ProportionIntervalMethod))]
[JsonSerializable(typeof(CxCore.Service.ServiceMetric))]
[JsonSerializable(typeof(CxCore.Service.SlaMetric))]
[JsonSerializable(typeof(CxCore.Service.SlaOutcome))]
[JsonSerializable(typeof(CxCore.Service.TimeBasis))]
[JsonSerializable(typeof(CxCore.Analysis.DriverImportance))]
[JsonSerializable(typeof(CxCore.Analysis.KeyDriverResult))]
[JsonSerializable(typeof(CxCore.Analysis.SegmentScore))]
[JsonSerializable(typeof(CxCore.Analysis.SegmentComparisonResult))]
[JsonSerializable(typeof(CxCore.Analysis.SegmentPair))]
[JsonSerializable(typeof(CxCore.Analysis.SegmentPairwiseResult))]
[JsonSerializable(typeof(CxCore.Analysis.TopicImpact))]
[JsonSerializable(typeof(CxCore.Analysis.TopicImpactResult))]
[JsonSerializable(typeof(CxCore.Journeys.ChannelCredit))]
[JsonSerializable(typeof(CxCore.Journeys.AttributionResult))]
[JsonSerializable(typeof(CxCore.Journeys.ConversionPath))]
[JsonSerializable(typeof(CxCore.Journeys.PathCollection))]
[JsonSerializable(typeof(CxCore.Journeys.FunnelStep))]
[JsonSerializable(typeof(CxCore.Journeys.Funnel))]
[JsonSerializable(typeof(CxCore.Journeys.StepMatrix))]
[JsonSerializable(typeof(CxCore.Journeys.JourneyBuildIssue))]
[JsonSerializable(typeof(CxCore.Journeys.JourneyBuildResult))]
[JsonSerializable(typeof(CxCore.Journeys.TouchpointContribution))]
[JsonSerializable(typeof(CxCore.Journeys.JourneyScore))]
[JsonSerializable(typeof(CxCore.Service.SlaAttainment))]
[JsonSerializable(typeof(CxCore.Service.SlaTarget))]
[JsonSerializable(typeof(CxCore.Service.SlaResult))]
[JsonSerializable(typeof(CxCore.Service.SlaPolicy))]
[JsonSerializable(typeof(CxCore.Service.BusinessHours))]
[JsonSerializable(typeof(CxCore.Service.BusinessCalendar))]
[JsonSerializable(typeof(CxCore.Service.DurationSummary))]
[JsonSerializable(typeof(CxCore.Service.DurationDistribution))]
[JsonSerializable(typeof(CxCore.Service.ResolutionStep))]
[JsonSerializable(typeof(CxCore.Service.ResolutionCurve))]
[JsonSerializable(typeof(CxCore.Service.ServiceMetrics))]
[JsonSerializable(typeof(CxCore.Charts.ChartData))]
[JsonSerializable(typeof(CxCore.Analysis.TrendOptions))]
[JsonSerializable(typeof(CxCore.Analysis.KeyDriverOptions))]
[JsonSerializable(typeof(CxCore.Charts.ChartOptions))]
[JsonSerializable(typeof(CxCore.Journeys.JourneyBuilderOptions))]
[JsonSerializable(typeof(CxCore.Journeys.JourneyScoringOptions))]
[JsonSerializable(typeof(CxCore.Service.BusinessCalendarOptions))]
[JsonSerializable(typeof(CxCore.Simulation.SyntheticSegment))]
[JsonSerializable(typeof(CxCore.Simulation.SyntheticCxOptions))]
[JsonSerializable(typeof(CxCore.Simulation.GroundTruth))]
[JsonSerializable(typeof(CxCore.Simulation.SyntheticCxData))]
internal sealed partial class CxJsonContext : JsonSerializerContext;
