using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CxCore.Serialization;

/// <summary>
/// The converter attached to every public CxCore type (<c>[JsonConverter(typeof(CxJsonConverterFactory))]</c>): it
/// hands out the type's own converter, so that every <see cref="JsonSerializerOptions"/> (default, Web,
/// NodaTime-configured, source-generated) writes the same JSON, and throws <see cref="NotSupportedException"/> for
/// the public types that are not data.
/// </summary>
/// <remarks>
/// Applications do not use this type directly; it is public so that a source-generated context in another assembly
/// can instantiate it. It uses no reflection (trimming- and AOT-safe). The JSON forms are described in docs/json.md.
/// Instances are stateless and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class CxJsonConverterFactory : JsonConverterFactory
{
    private const string Converter = "it is a converter, not data.";

    private static readonly FrozenDictionary<Type, JsonConverter> Converters = new Dictionary<Type, JsonConverter>
    {
        [typeof(CxCore.Analysis.CalendarPeriod)] = new CxCore.Serialization.EnumConverter<CxCore.Analysis.CalendarPeriod>(),
        [typeof(CxCore.Analysis.DriverImportance)] = CxCore.Serialization.DriverImportanceConverter.Instance,
        [typeof(CxCore.Analysis.KeyDriverOptions)] = CxCore.Serialization.KeyDriverOptionsConverter.Instance,
        [typeof(CxCore.Analysis.KeyDriverResult)] = CxCore.Serialization.KeyDriverResultConverter.Instance,
        [typeof(CxCore.Analysis.MissingValueRule)] = new CxCore.Serialization.EnumConverter<CxCore.Analysis.MissingValueRule>(),
        [typeof(CxCore.Analysis.SegmentComparisonResult)] = CxCore.Serialization.SegmentComparisonResultConverter.Instance,
        [typeof(CxCore.Analysis.SegmentPair)] = CxCore.Serialization.SegmentPairConverter.Instance,
        [typeof(CxCore.Analysis.SegmentPairwiseResult)] = CxCore.Serialization.SegmentPairwiseResultConverter.Instance,
        [typeof(CxCore.Analysis.SegmentScore)] = CxCore.Serialization.SegmentScoreConverter.Instance,
        [typeof(CxCore.Analysis.TopicImpact)] = CxCore.Serialization.TopicImpactConverter.Instance,
        [typeof(CxCore.Analysis.TopicImpactResult)] = CxCore.Serialization.TopicImpactResultConverter.Instance,
        [typeof(CxCore.Analysis.TrendOptions)] = CxCore.Serialization.TrendOptionsConverter.Instance,
        [typeof(CxCore.Analysis.TrendPoint)] = CxCore.Serialization.TrendPointConverter.Instance,
        [typeof(CxCore.Analysis.TrendResult)] = CxCore.Serialization.TrendResultConverter.Instance,
        [typeof(CxCore.Channel)] = new CxCore.Serialization.ChannelConverter(),
        [typeof(CxCore.Charts.ChartData)] = CxCore.Serialization.ChartDataConverter.Instance,
        [typeof(CxCore.Charts.ChartOptions)] = CxCore.Serialization.ChartOptionsConverter.Instance,
        [typeof(CxCore.Charts.ChartSpec)] = CxCore.Serialization.ChartSpecConverter.Instance,
        [typeof(CxCore.Charts.FieldKind)] = new CxCore.Serialization.EnumConverter<CxCore.Charts.FieldKind>(),
        [typeof(CxCore.Customer)] = new CxCore.Serialization.CustomerConverter(),
        [typeof(CxCore.CustomerId)] = new CxCore.Serialization.CustomerIdConverter(),
        [typeof(CxCore.Department)] = new CxCore.Serialization.DepartmentConverter(),
        [typeof(CxCore.Feedback)] = new CxCore.Serialization.FeedbackConverter(),
        [typeof(CxCore.FeedbackInstrument)] = new CxCore.Serialization.FeedbackInstrumentConverter(),
        [typeof(CxCore.Initiator)] = new CxCore.Serialization.EnumConverter<Initiator>(),
        [typeof(CxCore.Journey)] = new CxCore.Serialization.JourneyConverter(),
        [typeof(CxCore.JourneyOutcome)] = new CxCore.Serialization.JourneyOutcomeConverter(),
        [typeof(CxCore.Journeys.AttributionModel)] = new CxCore.Serialization.EnumConverter<CxCore.Journeys.AttributionModel>(),
        [typeof(CxCore.Journeys.AttributionResult)] = CxCore.Serialization.AttributionResultConverter.Instance,
        [typeof(CxCore.Journeys.ChannelCredit)] = CxCore.Serialization.ChannelCreditConverter.Instance,
        [typeof(CxCore.Lifecycle.CoxTieMethod)] = new CxCore.Serialization.EnumConverter<CxCore.Lifecycle.CoxTieMethod>(),
        [typeof(CxCore.Lifecycle.RepeatRule)] = new CxCore.Serialization.EnumConverter<CxCore.Lifecycle.RepeatRule>(),
        [typeof(CxCore.Lifecycle.RetentionDefinition)] = new CxCore.Serialization.EnumConverter<CxCore.Lifecycle.RetentionDefinition>(),
        [typeof(CxCore.Lifecycle.ActivityEvent)] = CxCore.Serialization.ActivityEventConverter.Instance,
        [typeof(CxCore.Lifecycle.ActivitySummary)] = CxCore.Serialization.ActivitySummaryConverter.Instance,
        [typeof(CxCore.Lifecycle.ActivitySummaryOptions)] = CxCore.Serialization.ActivitySummaryOptionsConverter.Instance,
        [typeof(CxCore.Lifecycle.BgNbdModel)] = CxCore.Serialization.BgNbdModelConverter.Instance,
        [typeof(CxCore.Lifecycle.CohortRetention)] = CxCore.Serialization.CohortRetentionConverter.Instance,
        [typeof(CxCore.Lifecycle.CohortRetentionOptions)] = CxCore.Serialization.CohortRetentionOptionsConverter.Instance,
        [typeof(CxCore.Lifecycle.CoxCoefficient)] = CxCore.Serialization.CoxCoefficientConverter.Instance,
        [typeof(CxCore.Lifecycle.CoxCovariate)] = CxCore.Serialization.CoxCovariateConverter.Instance,
        [typeof(CxCore.Lifecycle.CoxModel)] = CxCore.Serialization.CoxModelConverter.Instance,
        [typeof(CxCore.Lifecycle.CustomerActivity)] = CxCore.Serialization.CustomerActivityConverter.Instance,
        [typeof(CxCore.Lifecycle.FitDiagnostics)] = CxCore.Serialization.FitDiagnosticsConverter.Instance,
        [typeof(CxCore.Lifecycle.GammaGammaModel)] = CxCore.Serialization.GammaGammaModelConverter.Instance,
        [typeof(CxCore.Lifecycle.ModelParameter)] = CxCore.Serialization.ModelParameterConverter.Instance,
        [typeof(CxCore.Lifecycle.RetentionCell)] = CxCore.Serialization.RetentionCellConverter.Instance,
        [typeof(CxCore.Lifecycle.RetentionCohort)] = CxCore.Serialization.RetentionCohortConverter.Instance,
        [typeof(CxCore.Lifecycle.StageFlow)] = CxCore.Serialization.StageFlowConverter.Instance,
        [typeof(CxCore.Lifecycle.StageFunnel)] = CxCore.Serialization.StageFunnelConverter.Instance,
        [typeof(CxCore.Lifecycle.StageFunnelStep)] = CxCore.Serialization.StageFunnelStepConverter.Instance,
        [typeof(CxCore.Lifecycle.StageTransitions)] = CxCore.Serialization.StageTransitionsConverter.Instance,
        [typeof(CxCore.Lifecycle.SurvivalComparison)] = CxCore.Serialization.SurvivalComparisonConverter.Instance,
        [typeof(CxCore.Lifecycle.SurvivalCurve)] = CxCore.Serialization.SurvivalCurveConverter.Instance,
        [typeof(CxCore.Lifecycle.SurvivalGroup)] = CxCore.Serialization.SurvivalGroupConverter.Instance,
        [typeof(CxCore.Lifecycle.SurvivalObservation)] = CxCore.Serialization.SurvivalObservationConverter.Instance,
        [typeof(CxCore.Lifecycle.SurvivalStep)] = CxCore.Serialization.SurvivalStepConverter.Instance,
        [typeof(CxCore.Simulation.LifecycleGroundTruth)] = CxCore.Serialization.LifecycleGroundTruthConverter.Instance,
        [typeof(CxCore.Simulation.SyntheticLifecycleData)] = CxCore.Serialization.SyntheticLifecycleDataConverter.Instance,
        [typeof(CxCore.Simulation.SyntheticLifecycleOptions)] = CxCore.Serialization.SyntheticLifecycleOptionsConverter.Instance,
        [typeof(CxCore.Import.ImportReport)] = new CxCore.Serialization.ImportReportConverter(),
        [typeof(CxCore.Import.ImportRowError)] = new CxCore.Serialization.ImportRowErrorConverter(),
        [typeof(CxCore.Import.ImportErrorReason)] = new CxCore.Serialization.ImportEnumConverter<CxCore.Import.ImportErrorReason>(),
        [typeof(CxCore.Import.ServiceCaseDbReader)] = new CxCore.Serialization.NoJsonConverter<CxCore.Import.ServiceCaseDbReader>(
            "it is a reader (an engine), not data. Serialize the service cases it reads and the ImportReport."),
        [typeof(CxCore.Import.TouchpointDbReader)] = new CxCore.Serialization.NoJsonConverter<CxCore.Import.TouchpointDbReader>(
            "it is a reader (an engine), not data. Serialize the touchpoints it reads and the ImportReport."),
        [typeof(CxCore.Import.ServiceCaseMapping)] = new CxCore.Serialization.NoJsonConverter<CxCore.Import.ServiceCaseMapping>(
            "it is a set of import settings that can hold NodaTime resolvers. Keep import settings in your own configuration."),
        [typeof(CxCore.Import.TouchpointMapping)] = new CxCore.Serialization.NoJsonConverter<CxCore.Import.TouchpointMapping>(
            "it is a set of import settings that can hold NodaTime resolvers. Keep import settings in your own configuration."),
        [typeof(CxCore.TouchpointBuilder)] = new CxCore.Serialization.NoJsonConverter<CxCore.TouchpointBuilder>(
            "it is a mutable builder, not data. Serialize the Touchpoint it builds."),
        [typeof(CxCore.Import.HelpdeskComparison)] = new CxCore.Serialization.NoJsonConverter<CxCore.Import.HelpdeskComparison>(
            "it is a comparison engine, not data. Serialize the HelpdeskDisagreement values it lists."),
        [typeof(CxCore.Import.HelpdeskDisagreement)] = CxCore.Serialization.HelpdeskDisagreementConverter.Instance,
        [typeof(CxCore.Import.HelpdeskDuration)] = CxCore.Serialization.HelpdeskDurationConverter.Instance,
        [typeof(CxCore.Import.ImportedCase)] = CxCore.Serialization.ImportedCaseConverter.Instance,
        [typeof(CxCore.Journeys.ConversionPath)] = CxCore.Serialization.ConversionPathConverter.Instance,
        [typeof(CxCore.Journeys.DepartmentImpact)] = CxCore.Serialization.DepartmentImpactConverter.Instance,
        [typeof(CxCore.Journeys.Funnel)] = CxCore.Serialization.FunnelConverter.Instance,
        [typeof(CxCore.Journeys.FunnelKind)] = new CxCore.Serialization.EnumConverter<CxCore.Journeys.FunnelKind>(),
        [typeof(CxCore.Journeys.FunnelStep)] = CxCore.Serialization.FunnelStepConverter.Instance,
        [typeof(CxCore.Journeys.JourneyBuildIssue)] = CxCore.Serialization.JourneyBuildIssueConverter.Instance,
        [typeof(CxCore.Journeys.JourneyBuildIssueKind)] = new CxCore.Serialization.EnumConverter<CxCore.Journeys.JourneyBuildIssueKind>(),
        [typeof(CxCore.Journeys.JourneyBuildResult)] = CxCore.Serialization.JourneyBuildResultConverter.Instance,
        [typeof(CxCore.Journeys.JourneyBuilder)] = new CxCore.Serialization.NoJsonConverter<CxCore.Journeys.JourneyBuilder>(
            "it is an engine that builds journeys, not data. Serialize its JourneyBuilderOptions' values or the JourneyBuildResult it returns."),
        [typeof(CxCore.Journeys.JourneyBuilderOptions)] = CxCore.Serialization.JourneyBuilderOptionsConverter.Instance,
        [typeof(CxCore.Journeys.JourneyMap)] = CxCore.Serialization.JourneyMapConverter.Instance,
        [typeof(CxCore.Journeys.JourneyMapCell)] = CxCore.Serialization.JourneyMapCellConverter.Instance,
        [typeof(CxCore.Journeys.JourneyScore)] = CxCore.Serialization.JourneyScoreConverter.Instance,
        [typeof(CxCore.Journeys.JourneyScorer)] = new CxCore.Serialization.NoJsonConverter<CxCore.Journeys.JourneyScorer>(
            "it is an engine that scores journeys, not data. Serialize the JourneyScore results."),
        [typeof(CxCore.Journeys.JourneyScoringOptions)] = CxCore.Serialization.JourneyScoringOptionsConverter.Instance,
        [typeof(CxCore.Journeys.PainPoint)] = CxCore.Serialization.PainPointConverter.Instance,
        [typeof(CxCore.Journeys.PainPointImpact)] = CxCore.Serialization.PainPointImpactConverter.Instance,
        [typeof(CxCore.Journeys.PainPointKind)] = new CxCore.Serialization.EnumConverter<CxCore.Journeys.PainPointKind>(),
        [typeof(CxCore.Journeys.PathCollection)] = CxCore.Serialization.PathCollectionConverter.Instance,
        [typeof(CxCore.Journeys.StepMatrix)] = CxCore.Serialization.StepMatrixConverter.Instance,
        [typeof(CxCore.Journeys.TouchpointContribution)] = CxCore.Serialization.TouchpointContributionConverter.Instance,
        [typeof(CxCore.Journeys.TransitionMatrix)] = new CxCore.Serialization.NoJsonConverter<CxCore.Journeys.TransitionMatrix>(
            "it is an index built from conversion paths. Serialize the PathCollection and rebuild it with TransitionMatrix.Build."),
        [typeof(CxCore.LifecycleModel)] = new CxCore.Serialization.LifecycleModelConverter(),
        [typeof(CxCore.LifecycleStage)] = new CxCore.Serialization.LifecycleStageConverter(),
        [typeof(CxCore.Ratings.ConfidenceInterval)] = CxCore.Serialization.ConfidenceIntervalConverter.Instance,
        [typeof(CxCore.Ratings.EffortScore)] = CxCore.Serialization.EffortScoreConverter.Instance,
        [typeof(CxCore.Ratings.MeanIntervalMethod)] = new CxCore.Serialization.EnumConverter<CxCore.Ratings.MeanIntervalMethod>(),
        [typeof(CxCore.Ratings.NetPromoterScore)] = CxCore.Serialization.NetPromoterScoreConverter.Instance,
        [typeof(CxCore.Ratings.NpsBands)] = CxCore.Serialization.NpsBandsConverter.Instance,
        [typeof(CxCore.Ratings.NpsComparisonMethod)] = new CxCore.Serialization.EnumConverter<CxCore.Ratings.NpsComparisonMethod>(),
        [typeof(CxCore.Ratings.NpsIntervalMethod)] = new CxCore.Serialization.EnumConverter<CxCore.Ratings.NpsIntervalMethod>(),
        [typeof(CxCore.Ratings.ProportionIntervalMethod)] = new CxCore.Serialization.EnumConverter<CxCore.Ratings.ProportionIntervalMethod>(),
        [typeof(CxCore.Ratings.RatingCounts)] = CxCore.Serialization.RatingCountsConverter.Instance,
        [typeof(CxCore.Ratings.RatingMetric)] = new CxCore.Serialization.EnumConverter<CxCore.Ratings.RatingMetric>(),
        [typeof(CxCore.Ratings.RatingScale)] = CxCore.Serialization.RatingScaleConverter.Instance,
        [typeof(CxCore.Ratings.RatingTally)] = new CxCore.Serialization.NoJsonConverter<CxCore.Ratings.RatingTally>(
            "it is a mutable accumulator. Serialize its ToCounts() (RatingCounts)."),
        [typeof(CxCore.Ratings.SatisfactionScore)] = CxCore.Serialization.SatisfactionScoreConverter.Instance,
        [typeof(CxCore.Ratings.ScoreComparison)] = CxCore.Serialization.ScoreComparisonConverter.Instance,
        [typeof(CxCore.Ratings.WeightedRatingCounts)] = CxCore.Serialization.WeightedRatingCountsConverter.Instance,
        [typeof(CxCore.Ratings.WeightedRatingTally)] = new CxCore.Serialization.NoJsonConverter<CxCore.Ratings.WeightedRatingTally>(
            "it is a mutable accumulator. Serialize its ToCounts() (WeightedRatingCounts)."),
        [typeof(CxCore.ResultTable)] = CxCore.Serialization.ResultTableConverter.Instance,
        [typeof(CxCore.Serialization.CxJsonConverterFactory)] = new CxCore.Serialization.NoJsonConverter<CxCore.Serialization.CxJsonConverterFactory>(Converter),
        [typeof(CxCore.Serialization.DateTimeZoneJsonConverter)] = new CxCore.Serialization.NoJsonConverter<CxCore.Serialization.DateTimeZoneJsonConverter>(Converter),
        [typeof(CxCore.Serialization.DurationJsonConverter)] = new CxCore.Serialization.NoJsonConverter<CxCore.Serialization.DurationJsonConverter>(Converter),
        [typeof(CxCore.Serialization.InstantJsonConverter)] = new CxCore.Serialization.NoJsonConverter<CxCore.Serialization.InstantJsonConverter>(Converter),
        [typeof(CxCore.Serialization.LocalDateJsonConverter)] = new CxCore.Serialization.NoJsonConverter<CxCore.Serialization.LocalDateJsonConverter>(Converter),
        [typeof(CxCore.Service.BusinessCalendar)] = CxCore.Serialization.BusinessCalendarConverter.Instance,
        [typeof(CxCore.Service.BusinessCalendarOptions)] = CxCore.Serialization.BusinessCalendarOptionsConverter.Instance,
        [typeof(CxCore.Service.BusinessHours)] = CxCore.Serialization.BusinessHoursConverter.Instance,
        [typeof(CxCore.Service.CaseEvent)] = new CxCore.Serialization.CaseEventConverter(),
        [typeof(CxCore.Service.CaseEventKind)] = new CxCore.Serialization.EnumConverter<CxCore.Service.CaseEventKind>(),
        [typeof(CxCore.Service.CaseMetrics)] = new CxCore.Serialization.NoJsonConverter<CxCore.Service.CaseMetrics>(
            "it is one case's view of the service engine's tables. Serialize the ServiceMetrics (which carries its cases and recomputes exactly) or the ServiceCase."),
        [typeof(CxCore.Service.CasePriority)] = new CxCore.Serialization.EnumConverter<CxCore.Service.CasePriority>(),
        [typeof(CxCore.Service.CaseStatus)] = new CxCore.Serialization.EnumConverter<CxCore.Service.CaseStatus>(),
        [typeof(CxCore.Service.DurationDistribution)] = CxCore.Serialization.DurationDistributionConverter.Instance,
        [typeof(CxCore.Service.DurationSummary)] = CxCore.Serialization.DurationSummaryConverter.Instance,
        [typeof(CxCore.Service.ResolutionCurve)] = CxCore.Serialization.ResolutionCurveConverter.Instance,
        [typeof(CxCore.Service.ResolutionStep)] = CxCore.Serialization.ResolutionStepConverter.Instance,
        [typeof(CxCore.Service.ServiceCase)] = new CxCore.Serialization.ServiceCaseConverter(),
        [typeof(CxCore.Service.ServiceMetric)] = new CxCore.Serialization.EnumConverter<CxCore.Service.ServiceMetric>(),
        [typeof(CxCore.Service.ServiceMetrics)] = CxCore.Serialization.ServiceMetricsConverter.Instance,
        [typeof(CxCore.Service.ServiceSegment)] = new CxCore.Serialization.NoJsonConverter<CxCore.Service.ServiceSegment>(
            "it is a view of the service engine's tables. Serialize the ServiceMetrics (its JSON includes every segment's metrics as a table)."),
        [typeof(CxCore.Service.SlaAttainment)] = CxCore.Serialization.SlaAttainmentConverter.Instance,
        [typeof(CxCore.Service.SlaMetric)] = new CxCore.Serialization.EnumConverter<CxCore.Service.SlaMetric>(),
        [typeof(CxCore.Service.SlaOutcome)] = new CxCore.Serialization.EnumConverter<CxCore.Service.SlaOutcome>(),
        [typeof(CxCore.Service.SlaPolicy)] = CxCore.Serialization.SlaPolicyConverter.Instance,
        [typeof(CxCore.Service.SlaReport)] = new CxCore.Serialization.NoJsonConverter<CxCore.Service.SlaReport>(
            "it is a view of the service engine's tables. Serialize the ServiceMetrics (which carries its cases and policy and recomputes exactly)."),
        [typeof(CxCore.Service.SlaResult)] = CxCore.Serialization.SlaResultConverter.Instance,
        [typeof(CxCore.Service.SlaTarget)] = CxCore.Serialization.SlaTargetConverter.Instance,
        [typeof(CxCore.Service.TimeBasis)] = new CxCore.Serialization.EnumConverter<CxCore.Service.TimeBasis>(),
        [typeof(CxCore.Simulation.GroundTruth)] = CxCore.Serialization.GroundTruthConverter.Instance,
        [typeof(CxCore.Simulation.SyntheticCxData)] = CxCore.Serialization.SyntheticCxDataConverter.Instance,
        [typeof(CxCore.Simulation.SyntheticCxOptions)] = CxCore.Serialization.SyntheticCxOptionsConverter.Instance,
        [typeof(CxCore.Simulation.SyntheticSegment)] = CxCore.Serialization.SyntheticSegmentConverter.Instance,
        [typeof(CxCore.Touchpoint)] = new CxCore.Serialization.TouchpointConverter(),
        [typeof(CxCore.TouchpointOutcome)] = new CxCore.Serialization.EnumConverter<TouchpointOutcome>(),
    }.ToFrozenDictionary();

    /// <summary>Whether <paramref name="typeToConvert"/> is a CxCore type this factory knows.</summary>
    /// <param name="typeToConvert">The type.</param>
    /// <returns><see langword="true"/> for the public CxCore types.</returns>
    public override bool CanConvert(Type typeToConvert) => Converters.ContainsKey(typeToConvert);

    /// <summary>The converter of <paramref name="typeToConvert"/>.</summary>
    /// <param name="typeToConvert">A type for which <see cref="CanConvert"/> is <see langword="true"/>.</param>
    /// <param name="options">The serializer options (not used: the JSON form does not depend on them).</param>
    /// <returns>The converter.</returns>
    /// <exception cref="NotSupportedException"><paramref name="typeToConvert"/> is not a CxCore type.</exception>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        Converters.TryGetValue(typeToConvert, out JsonConverter? converter)
            ? converter
            : throw new NotSupportedException($"{typeToConvert} is not a CxCore type with a JSON form.");
}
