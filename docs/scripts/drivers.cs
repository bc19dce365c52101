#:project ../../src/CxCore/CxCore.csproj
#:property PublishAot=false

// Key drivers: which touchpoint ratings explain likelihood to recommend? Run from the repository root with
// `dotnet run docs/scripts/drivers.cs`; writes artifacts/charts/driver-importance.vl.json.
using CxCore.Analysis;
using CxCore.Charts;

// A seeded survey of 600 respondents: three touchpoint CSAT ratings (1–5) and a 0–10 recommendation rating built from
// them, so the true order of importance is known: onboarding > support > billing.
var random = new Random(2026);
int n = 600;
double[] onboarding = new double[n], support = new double[n], billing = new double[n], recommend = new double[n];
for (int i = 0; i < n; i++)
{
    double mood = random.NextDouble() * 2 - 1;
    onboarding[i] = Math.Clamp(Math.Round(3 + 1.2 * mood + random.NextDouble() * 2 - 1), 1, 5);
    support[i] = Math.Clamp(Math.Round(3 + 0.6 * mood + random.NextDouble() * 2.4 - 1.2), 1, 5);
    billing[i] = Math.Clamp(Math.Round(3 + random.NextDouble() * 4 - 2), 1, 5);
    recommend[i] = Math.Clamp(Math.Round(1.3 * onboarding[i] + 0.8 * support[i] + 0.25 * billing[i] - 1.5 + random.NextDouble() * 3 - 1.5), 0, 10);
}

// Named columns; the bootstrap intervals of the relative weights only because they are asked for.
var columns = new Dictionary<string, double[]> { ["recommend"] = recommend, ["onboarding"] = onboarding, ["support"] = support, ["billing"] = billing };
KeyDriverResult result = KeyDriverAnalysis.Compute(columns, "recommend", ["onboarding", "support", "billing"],
    new KeyDriverOptions { BootstrapSamples = 500, Seed = 7 });
Console.WriteLine(result);

string path = CxCharts.DriverImportance(result).WithName("touchpoint-drivers").Save(Path.Combine("artifacts", "charts"));
Console.WriteLine($"chart: {path}");
