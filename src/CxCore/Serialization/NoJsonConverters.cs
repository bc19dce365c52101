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

internal sealed class ServiceCaseDbReaderNoJson() : NoJsonConverter<CxCore.Import.ServiceCaseDbReader>(
    "it is a reader (an engine), not data. Serialize the service cases it reads and the ImportReport.");

internal sealed class TouchpointDbReaderNoJson() : NoJsonConverter<CxCore.Import.TouchpointDbReader>(
    "it is a reader (an engine), not data. Serialize the touchpoints it reads and the ImportReport.");

internal sealed class ServiceCaseMappingNoJson() : NoJsonConverter<CxCore.Import.ServiceCaseMapping>(
    "it is a set of import settings that can hold NodaTime resolvers. Keep import settings in your own configuration.");

internal sealed class TouchpointMappingNoJson() : NoJsonConverter<CxCore.Import.TouchpointMapping>(
    "it is a set of import settings that can hold NodaTime resolvers. Keep import settings in your own configuration.");

internal sealed class HelpdeskComparisonNoJson() : NoJsonConverter<CxCore.Import.HelpdeskComparison>(
    "it is a comparison engine, not data. Serialize the HelpdeskDisagreement values it lists.");

