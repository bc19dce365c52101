using CxCore.Journeys;
using CxCore.Ratings;
using CxCore.Service;

namespace CxCore.Serialization;

// The public types that have no JSON form, each with the reason and what to serialize instead (docs/json.md).

internal sealed class JourneyBuilderNoJson() : NoJsonConverter<JourneyBuilder>(
    "it is an engine that builds journeys, not data. Serialize its JourneyBuilderOptions' values or the JourneyBuildResult it returns.");

internal sealed class JourneyScorerNoJson() : NoJsonConverter<JourneyScorer>(
    "it is an engine that scores journeys, not data. Serialize the JourneyScore results.");

internal sealed class RatingTallyNoJson() : NoJsonConverter<RatingTally>(
    "it is a mutable accumulator. Serialize its ToCounts() (RatingCounts).");

internal sealed class WeightedRatingTallyNoJson() : NoJsonConverter<WeightedRatingTally>(
    "it is a mutable accumulator. Serialize its ToCounts() (WeightedRatingCounts).");

internal sealed class TransitionMatrixNoJson() : NoJsonConverter<TransitionMatrix>(
    "it is an index built from conversion paths. Serialize the PathCollection and rebuild it with TransitionMatrix.Build.");

internal sealed class CaseMetricsNoJson() : NoJsonConverter<CaseMetrics>(
    "it is one case's view of the service engine's tables. Serialize the ServiceMetrics (which carries its cases and recomputes exactly) or the ServiceCase.");

internal sealed class ServiceSegmentNoJson() : NoJsonConverter<ServiceSegment>(
    "it is a view of the service engine's tables. Serialize the ServiceMetrics (its JSON includes every segment's metrics as a table).");

internal sealed class SlaReportNoJson() : NoJsonConverter<SlaReport>(
    "it is a view of the service engine's tables. Serialize the ServiceMetrics (which carries its cases and policy and recomputes exactly).");

internal sealed class InstantJsonConverterNoJson() : NoJsonConverter<InstantJsonConverter>("it is a converter, not data.");

internal sealed class DurationJsonConverterNoJson() : NoJsonConverter<DurationJsonConverter>("it is a converter, not data.");

internal sealed class LocalDateJsonConverterNoJson() : NoJsonConverter<LocalDateJsonConverter>("it is a converter, not data.");

internal sealed class DateTimeZoneJsonConverterNoJson() : NoJsonConverter<DateTimeZoneJsonConverter>("it is a converter, not data.");

internal sealed class CxJsonConverterFactoryNoJson() : NoJsonConverter<CxJsonConverterFactory>("it is a converter, not data.");

internal sealed class ActivityEventNoJson() : NoJsonConverter<CxCore.Lifecycle.ActivityEvent>(
    "the lifecycle types have no JSON form yet. Serialize the values it holds, or the ToTable() of the result it belongs to.");

internal sealed class ActivitySummaryNoJson() : NoJsonConverter<CxCore.Lifecycle.ActivitySummary>(
    "lifecycle results have no JSON form yet. Serialize its ToTable() (a ResultTable, which has one).");

internal sealed class ActivitySummaryOptionsNoJson() : NoJsonConverter<CxCore.Lifecycle.ActivitySummaryOptions>(
    "the lifecycle types have no JSON form yet. Serialize the values it holds, or the ToTable() of the result it belongs to.");

internal sealed class BgNbdModelNoJson() : NoJsonConverter<CxCore.Lifecycle.BgNbdModel>(
    "lifecycle results have no JSON form yet. Serialize its ToTable() (a ResultTable, which has one).");

internal sealed class CohortRetentionNoJson() : NoJsonConverter<CxCore.Lifecycle.CohortRetention>(
    "lifecycle results have no JSON form yet. Serialize its ToTable() (a ResultTable, which has one).");

internal sealed class CohortRetentionOptionsNoJson() : NoJsonConverter<CxCore.Lifecycle.CohortRetentionOptions>(
    "the lifecycle types have no JSON form yet. Serialize the values it holds, or the ToTable() of the result it belongs to.");

internal sealed class CoxCoefficientNoJson() : NoJsonConverter<CxCore.Lifecycle.CoxCoefficient>(
    "the lifecycle types have no JSON form yet. Serialize the values it holds, or the ToTable() of the result it belongs to.");

internal sealed class CoxCovariateNoJson() : NoJsonConverter<CxCore.Lifecycle.CoxCovariate>(
    "the lifecycle types have no JSON form yet. Serialize the values it holds, or the ToTable() of the result it belongs to.");

internal sealed class CoxModelNoJson() : NoJsonConverter<CxCore.Lifecycle.CoxModel>(
    "lifecycle results have no JSON form yet. Serialize its ToTable() (a ResultTable, which has one).");

internal sealed class CustomerActivityNoJson() : NoJsonConverter<CxCore.Lifecycle.CustomerActivity>(
    "the lifecycle types have no JSON form yet. Serialize the values it holds, or the ToTable() of the result it belongs to.");

internal sealed class FitDiagnosticsNoJson() : NoJsonConverter<CxCore.Lifecycle.FitDiagnostics>(
    "the lifecycle types have no JSON form yet. Serialize the values it holds, or the ToTable() of the result it belongs to.");

internal sealed class GammaGammaModelNoJson() : NoJsonConverter<CxCore.Lifecycle.GammaGammaModel>(
    "lifecycle results have no JSON form yet. Serialize its ToTable() (a ResultTable, which has one).");

internal sealed class ModelParameterNoJson() : NoJsonConverter<CxCore.Lifecycle.ModelParameter>(
    "the lifecycle types have no JSON form yet. Serialize the values it holds, or the ToTable() of the result it belongs to.");

internal sealed class RetentionCellNoJson() : NoJsonConverter<CxCore.Lifecycle.RetentionCell>(
    "the lifecycle types have no JSON form yet. Serialize the values it holds, or the ToTable() of the result it belongs to.");

internal sealed class RetentionCohortNoJson() : NoJsonConverter<CxCore.Lifecycle.RetentionCohort>(
    "the lifecycle types have no JSON form yet. Serialize the values it holds, or the ToTable() of the result it belongs to.");

internal sealed class StageFlowNoJson() : NoJsonConverter<CxCore.Lifecycle.StageFlow>(
    "lifecycle results have no JSON form yet. Serialize its ToTable() (a ResultTable, which has one).");

internal sealed class StageFunnelNoJson() : NoJsonConverter<CxCore.Lifecycle.StageFunnel>(
    "lifecycle results have no JSON form yet. Serialize its ToTable() (a ResultTable, which has one).");

internal sealed class StageFunnelStepNoJson() : NoJsonConverter<CxCore.Lifecycle.StageFunnelStep>(
    "the lifecycle types have no JSON form yet. Serialize the values it holds, or the ToTable() of the result it belongs to.");

internal sealed class StageTransitionsNoJson() : NoJsonConverter<CxCore.Lifecycle.StageTransitions>(
    "lifecycle results have no JSON form yet. Serialize its ToTable() (a ResultTable, which has one).");

internal sealed class SurvivalComparisonNoJson() : NoJsonConverter<CxCore.Lifecycle.SurvivalComparison>(
    "lifecycle results have no JSON form yet. Serialize its ToTable() (a ResultTable, which has one).");

internal sealed class SurvivalCurveNoJson() : NoJsonConverter<CxCore.Lifecycle.SurvivalCurve>(
    "lifecycle results have no JSON form yet. Serialize its ToTable() (a ResultTable, which has one).");

internal sealed class SurvivalGroupNoJson() : NoJsonConverter<CxCore.Lifecycle.SurvivalGroup>(
    "the lifecycle types have no JSON form yet. Serialize the values it holds, or the ToTable() of the result it belongs to.");

internal sealed class SurvivalObservationNoJson() : NoJsonConverter<CxCore.Lifecycle.SurvivalObservation>(
    "the lifecycle types have no JSON form yet. Serialize the values it holds, or the ToTable() of the result it belongs to.");

internal sealed class SurvivalStepNoJson() : NoJsonConverter<CxCore.Lifecycle.SurvivalStep>(
    "the lifecycle types have no JSON form yet. Serialize the values it holds, or the ToTable() of the result it belongs to.");

internal sealed class LifecycleGroundTruthNoJson() : NoJsonConverter<CxCore.Simulation.LifecycleGroundTruth>(
    "the lifecycle types have no JSON form yet. Serialize the values it holds, or the ToTable() of the result it belongs to.");

internal sealed class SyntheticLifecycleDataNoJson() : NoJsonConverter<CxCore.Simulation.SyntheticLifecycleData>(
    "the lifecycle types have no JSON form yet. Serialize the values it holds, or the ToTable() of the result it belongs to.");

internal sealed class SyntheticLifecycleOptionsNoJson() : NoJsonConverter<CxCore.Simulation.SyntheticLifecycleOptions>(
    "the lifecycle types have no JSON form yet. Serialize the values it holds, or the ToTable() of the result it belongs to.");

internal sealed class ServiceCaseDbReaderNoJson() : NoJsonConverter<CxCore.Import.ServiceCaseDbReader>(
    "it is a reader (an engine), not data. Serialize the service cases it reads and the ImportReport.");

internal sealed class TouchpointDbReaderNoJson() : NoJsonConverter<CxCore.Import.TouchpointDbReader>(
    "it is a reader (an engine), not data. Serialize the touchpoints it reads and the ImportReport.");

internal sealed class ServiceCaseMappingNoJson() : NoJsonConverter<CxCore.Import.ServiceCaseMapping>(
    "it is a set of import settings that can hold NodaTime resolvers. Keep import settings in your own configuration.");

internal sealed class TouchpointBuilderNoJson() : NoJsonConverter<CxCore.TouchpointBuilder>(
    "it is a mutable builder, not data. Serialize the Touchpoint it builds.");

internal sealed class TouchpointMappingNoJson() : NoJsonConverter<CxCore.Import.TouchpointMapping>(
    "it is a set of import settings that can hold NodaTime resolvers. Keep import settings in your own configuration.");

internal sealed class HelpdeskComparisonNoJson() : NoJsonConverter<CxCore.Import.HelpdeskComparison>(
    "it is a comparison engine, not data. Serialize the HelpdeskDisagreement values it lists (once they have a JSON form) or their ToString().");

internal sealed class HelpdeskDisagreementNoJson() : NoJsonConverter<CxCore.Import.HelpdeskDisagreement>(
    "the helpdesk import types have no JSON form yet. Serialize the ServiceCase values and the ImportReport.");

internal sealed class HelpdeskDurationNoJson() : NoJsonConverter<CxCore.Import.HelpdeskDuration>(
    "the helpdesk import types have no JSON form yet. Serialize the ServiceCase values and the ImportReport.");

internal sealed class ImportedCaseNoJson() : NoJsonConverter<CxCore.Import.ImportedCase>(
    "the helpdesk import types have no JSON form yet. Serialize the ServiceCase values and the ImportReport.");
