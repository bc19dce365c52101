using System.Text.Json;
using CxCore.Journeys;
using CxCore.Ratings;
using CxCore.Serialization;
using CxCore.Service;
using CxCore.Tests.Support;
using NodaTime;

namespace CxCore.Tests.Serialization;

/// <summary>
/// The hand-written files in Golden/ (taken from the examples in docs/json.md) read as the values built here, and the
/// values write exactly that text (compared without white space).
/// </summary>
public sealed partial class GoldenJsonTests
{
    private static string Golden(string name) => File.ReadAllText(RepositoryRoot.File($"tests/CxCore.Tests/Serialization/Golden/{name}"));

    private static string Compact(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement);
    }

    private static void Check<T>(string file, T expected, Func<T, T, bool> equal)
    {
        string golden = Golden(file);
        Assert.Equal(Compact(golden), CxJson.Serialize(expected));
        T? read = CxJson.Deserialize<T>(golden);
        Assert.NotNull(read);
        Assert.True(equal(expected, read), $"{file} does not read as the expected value.");
        Assert.True(equal(expected, JsonSerializer.Deserialize<T>(golden)!), $"{file} does not read with default options.");
    }

    [Fact]
    public void RatingCounts_MatchesTheDocumentedShape() =>
        Check("rating-counts.json", RatingCounts.FromCounts(RatingScale.FivePoint, [2, 3, 10, 30, 25]), (a, b) => a == b);

    [Fact]
    public void Nps_MatchesTheDocumentedShape() =>
        // 2 detractors, 2 passives, 6 promoters: NPS = 100 · (6 − 2) / 10 = 40.
        Check("nps.json", NetPromoterScore.FromCounts(2, 2, 6), (a, b) => a == b && b.Value == 40);

    [Fact]
    public void EmptyNps_IsWrittenWithNull() =>
        Check("nps-empty.json", NetPromoterScore.FromCounts(0, 0, 0), (a, b) => a == b && b.IsEmpty && double.IsNaN(b.Value));

    [Fact]
    public void UndefinedInterval_IsWrittenWithNull() =>
        Check("interval-undefined.json", ConfidenceInterval.Undefined(0.95), (a, b) => a == b && !b.IsDefined);

    [Fact]
    public void Csat_MatchesTheDocumentedShape() =>
        // 70 ratings on 1–5, 55 of them 4 or 5 (top-2-box): mean = (2 + 6 + 30 + 120 + 125) / 70 = 283 / 70; CSAT = 100 · 55 / 70.
        Check("csat.json", SatisfactionScore.FromCounts(RatingCounts.FromCounts(RatingScale.FivePoint, [2, 3, 10, 30, 25])), (a, b) => a == b);

    [Fact]
    public void WeightedRatingCounts_MatchesTheDocumentedShape() =>
        // Ratings 1, 3, 3 with weights 0.5, 1, 2: rating 1 has n = 1, Σw = 0.5, Σw² = 0.25; rating 3 has n = 2, Σw = 3, Σw² = 1 + 4 = 5.
        Check("weighted-rating-counts.json", WeightedRatingCounts.FromRatings(RatingScale.FromRange(1, 3), [1, 3, 3], [0.5, 1, 2]), (a, b) => a == b);

    [Fact]
    public void ResultTable_MatchesTheDocumentedShape() =>
        Check(
            "result-table.json",
            ResultTable.FromRows(["label", "n", "value"], [["2025-01", 12L, 34.5], ["2025-02", 0L, double.NaN]]),
            (a, b) => a.ToCsv() == b.ToCsv() && b[0, 1] is long && b[0, 2] is double && b[1, 2] is double d && double.IsNaN(d));

    [Fact]
    public void SlaPolicy_MatchesTheDocumentedShape() =>
        Check(
            "sla-policy.json",
            SlaPolicy.None.With(SlaMetric.FirstResponse, CasePriority.Urgent, SlaTarget.FromBusinessTime(Duration.FromHours(1))),
            (a, b) => b.TargetFor(SlaMetric.FirstResponse, CasePriority.Urgent) == a.TargetFor(SlaMetric.FirstResponse, CasePriority.Urgent)
                && b.TargetFor(SlaMetric.Resolution, CasePriority.Urgent) is null);

    [Fact]
    public void SlaTarget_MatchesTheDocumentedShape() =>
        Check("sla-target.json", SlaTarget.FromBusinessTime(Duration.FromHours(4)), (a, b) => a == b);

    [Fact]
    public void BusinessHours_MatchesTheDocumentedShape() =>
        Check("business-hours.json", BusinessHours.FromTimes(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(17, 30)), (a, b) => a == b);

    [Fact]
    public void ConversionPath_MatchesTheDocumentedShape() =>
        Check(
            "conversion-path.json",
            ConversionPath.FromCounts(["Search", "Email"], [Instant.FromUtc(2025, 1, 1, 0, 0), Instant.FromUtc(2025, 1, 2, 12, 30)], 3, 5),
            (a, b) => a.Steps.SequenceEqual(b.Steps) && a.StepTimes!.SequenceEqual(b.StepTimes!) && b.Conversions == 3 && b.NonConversions == 5);
}
