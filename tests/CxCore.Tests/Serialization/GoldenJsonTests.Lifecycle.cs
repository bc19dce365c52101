using System.Text.Json;
using CxCore.Import;
using CxCore.Lifecycle;
using CxCore.Serialization;
using CxCore.Service;
using NodaTime;

namespace CxCore.Tests.Serialization;

/// <content>
/// Lifecycle results and imported cases. Where the values come out of an estimation (a Cox fit, Wilson bounds) the
/// golden file holds the closed-form value rounded to the nearest double, so the computed result must match it to
/// 1e-12; the file itself reads and writes back to exactly its own text.
/// </content>
public sealed partial class GoldenJsonTests
{
    [Fact]
    public void SurvivalCurve_MatchesTheDocumentedShape()
    {
        // Kaplan–Meier by hand: times 1 d (event), 1 d (event), 3 d (event), 4 d (censored).
        // t = 1 d: n = 4, d = 2: S = 1 · (1 − 2/4) = 0.5; Greenwood Σ d/(n(n − d)) = 2/(4 · 2) = 0.25.
        // t = 3 d: n = 2, d = 1: S = 0.5 · (1 − 1/2) = 0.25; Σ = 0.25 + 1/(2 · 1) = 0.75.
        // t = 4 d: n = 1, one censored: S and Σ unchanged. S = 0.5 exactly from 1 d to 3 d, so the median is the midpoint, 2 d.
        // R: f <- survfit(Surv(c(1,1,3,4), c(1,1,1,0)) ~ 1); f$std.err = 0.5, 0.866, 0.866 (√Σ); median 2.
        SurvivalCurve curve = SurvivalCurve.FromObservations(
            [Duration.FromDays(1), Duration.FromDays(1), Duration.FromDays(3), Duration.FromDays(4)], [true, true, true, false]);
        Check("survival-curve.json", curve, (a, b) => a.Steps.SequenceEqual(b.Steps) && b.Count == 4 && b.EventCount == 3 && b.Median == Duration.FromDays(2));
    }

    [Fact]
    public void CoxModel_MatchesTheDocumentedShape()
    {
        // Three subjects, all with events: 1 d (plan = 1), 2 d (plan = 0), 3 d (plan = 1); no ties, so Efron = Breslow.
        // Partial likelihood with u = e^β: L = u/(2u + 1) · 1/(1 + u) · 1. The score 1/(2u + 1) − u/(1 + u) = 0 gives
        // u² = 1/2, so β = −ln 2 / 2. Information 2u/(2u + 1)² + u/(1 + u)² = 6√2 − 8, SE = 1/√(6√2 − 8);
        // ℓ(β) = β − ln(2u + 1) − ln(1 + u), ℓ(0) = −ln 3 − ln 2 = −ln 6.
        // R: library(survival); coxph(Surv(c(1,2,3), c(1,1,1)) ~ c(1,0,1)) gives coef −0.34657359027997253,
        // se 1.43549997275507502, loglik −1.79175946922805496, −1.76274717403908565, 3 iterations.
        CoxModel golden = ReadGolden<CoxModel>("cox-model.json");
        double beta = -Math.Log(2) / 2;
        Assert.Equal(beta, golden.Coefficients[0].Coefficient, 15);
        Assert.Equal(1 / Math.Sqrt((6 * Math.Sqrt(2)) - 8), golden.Coefficients[0].StandardError, 14);
        Assert.Equal(-Math.Log(6), golden.NullLogLikelihood, 15);
        Assert.Equal(beta - Math.Log(Math.Sqrt(2) + 1) - Math.Log(1 + Math.Sqrt(0.5)), golden.LogLikelihood, 15);

        CoxModel fitted = CoxModel.Fit(
            [Duration.FromDays(1), Duration.FromDays(2), Duration.FromDays(3)], [true, true, true], [CoxCovariate.From("plan", [1, 0, 1])]);
        // The iteration count is the fit's own (R's coxph takes 3); everything else must agree with the file.
        AssertClose(Golden("cox-model.json"), CxJson.Serialize(fitted), ignore: "iterations");
    }

    [Fact]
    public void CohortRetention_MatchesTheDocumentedShape()
    {
        // Two customers acquired in January 2025 (UTC): A on the 10th, B on the 20th. A is active on 10 January and
        // 5 February, B on 20 January. As of 1 March, January (k = 0) and February (k = 1) are complete.
        // k = 0: 2 of 2 retained; k = 1: 1 of 2. Wilson 95 % (z = qnorm(0.975) = 1.959963984540054):
        // 2/2: lower = 1/(1 + z²/2) = 2/(2 + z²) = 0.3423802275066531, upper 1;
        // 1/2: centre 0.5, half-width z/(1 + z²/2) · √(1/8 + z²/16): 0.09453120573423074 to 0.9054687942657693.
        // R: prop.test(2, 2, correct = FALSE)$conf.int = 0.3423802275066532, 1;
        //    prop.test(1, 2, correct = FALSE)$conf.int = 0.094531205734230739, 0.905468794265769206.
        var a = new Customer(CustomerId.From("A"), DateTimeZone.Utc, Instant.FromUtc(2025, 1, 10, 8, 0));
        var b = new Customer(CustomerId.From("B"), DateTimeZone.Utc, Instant.FromUtc(2025, 1, 20, 8, 0));
        ActivityEvent[] events =
        [
            new(a.Id, Instant.FromUtc(2025, 1, 10, 9, 0)), new(a.Id, Instant.FromUtc(2025, 2, 5, 9, 0)), new(b.Id, Instant.FromUtc(2025, 1, 20, 9, 0)),
        ];
        CohortRetention retention = CohortRetention.Compute([a, b], events, Instant.FromUtc(2025, 3, 1, 0, 0));

        CohortRetention golden = ReadGolden<CohortRetention>("cohort-retention.json");
        Assert.Equal(2, golden.Cohorts[0].Cells[0].Retained);
        Assert.Equal(0.5, golden.Cohorts[0].Cells[1].RetainedShare);
        AssertClose(Golden("cohort-retention.json"), CxJson.Serialize(retention));
    }

    [Fact]
    public void ImportedCase_MatchesTheDocumentedShape()
    {
        // An e-mail ticket opened at 09:00 and first answered at 10:30; the helpdesk says first response 1:30 (calendar).
        var ticket = new ServiceCase(
            "T-1", CustomerId.From("C-1"), Channel.Email, CasePriority.Normal,
            [CaseEvent.Opened(Instant.FromUtc(2025, 3, 3, 9, 0)), CaseEvent.AgentReply(Instant.FromUtc(2025, 3, 3, 10, 30))],
            new Dictionary<string, string> { ["group"] = "billing" });
        var imported = new ImportedCase(2, ticket, [new HelpdeskDuration(ServiceMetric.FirstResponse, TimeBasis.Calendar, Duration.FromMinutes(90))]);
        Check(
            "imported-case.json",
            imported,
            (x, y) => y.LineNumber == 2 && y.Case.Id == "T-1" && y.Case.Events.SequenceEqual(x.Case.Events) && y.Case.Attributes["group"] == "billing"
                && y.HelpdeskDurations.SequenceEqual(x.HelpdeskDurations));
    }

    /// <summary>Reads a golden file and checks that writing the value gives back exactly the file's text.</summary>
    private static T ReadGolden<T>(string file)
        where T : class
    {
        string golden = Golden(file);
        T read = CxJson.Deserialize<T>(golden)!;
        Assert.Equal(Compact(golden), CxJson.Serialize(read));
        Assert.Equal(Compact(golden), JsonSerializer.Serialize(JsonSerializer.Deserialize<T>(golden)));
        return read;
    }

    /// <summary>The same JSON structure, strings and whole numbers exactly, other numbers to 1e-12 (relative above 1).</summary>
    private static void AssertClose(string expected, string actual, string? ignore = null)
    {
        using JsonDocument e = JsonDocument.Parse(expected), a = JsonDocument.Parse(actual);
        Close(e.RootElement, a.RootElement, "$");

        void Close(JsonElement x, JsonElement y, string path)
        {
            Assert.True(x.ValueKind == y.ValueKind, $"{path}: {x.ValueKind} expected, {y.ValueKind} found.");
            switch (x.ValueKind)
            {
                case JsonValueKind.Object:
                    Assert.Equal(x.EnumerateObject().Select(p => p.Name), y.EnumerateObject().Select(p => p.Name));
                    foreach (JsonProperty p in x.EnumerateObject().Where(p => p.Name != ignore))
                    {
                        Close(p.Value, y.GetProperty(p.Name), path + "." + p.Name);
                    }

                    break;
                case JsonValueKind.Array:
                    Assert.Equal(x.GetArrayLength(), y.GetArrayLength());
                    for (int i = 0; i < x.GetArrayLength(); i++)
                    {
                        Close(x[i], y[i], $"{path}[{i}]");
                    }

                    break;
                case JsonValueKind.Number when x.TryGetInt64(out long whole):
                    Assert.True(y.TryGetInt64(out long other) && other == whole, $"{path}: {whole} expected, {y.GetRawText()} found.");
                    break;
                case JsonValueKind.Number:
                    double d = x.GetDouble(), f = y.GetDouble();
                    Assert.True(Math.Abs(d - f) <= 1e-12 * Math.Max(1, Math.Abs(d)), $"{path}: {d:R} expected, {f:R} found.");
                    break;
                default:
                    Assert.Equal(x.GetRawText(), y.GetRawText());
                    break;
            }
        }
    }
}
