#:project ../../src/CxCore/CxCore.csproj
#:property PublishAot=false

// NPS week by week and as a rolling four-week window, in the company's time zone, with the change from one
// period to the next and its significance. Run from the repository root: `dotnet run docs/scripts/trend.cs`.
using CxCore;
using CxCore.Analysis;
using CxCore.Charts;
using CxCore.Simulation;
using NodaTime;

var data = SyntheticCx.Generate(new SyntheticCxOptions { Seed = 7, Customers = 3000 });
DateTimeZone sydney = DateTimeZoneProviders.Tzdb["Australia/Sydney"];

// The second half of the year, by ISO week in Sydney: an answer at 23:30 local time on a Sunday belongs to that week.
Instant from = data.End - Duration.FromDays(182);
TrendResult weekly = Trend.Build(data.Feedback, FeedbackInstrument.Nps, CalendarPeriod.IsoWeek, sydney, from, data.End);
TrendResult rolling = weekly.Rolling(4);

Console.WriteLine("NPS by ISO week (Australia/Sydney), last 12 weeks:");
Console.WriteLine(ResultTable.FromRows(weekly.ToTable().Columns,
    weekly.ToRows().TakeLast(12).Select(r => weekly.ToTable().Columns.Select(c => r[c]).ToList())));
Console.WriteLine($"Weeks with a significant change (p < 0.05, unadjusted): {weekly.Points.Count(p => p.Change.IsSignificantAt(0.05))} of {weekly.Points.Count}");

Console.WriteLine();
Console.WriteLine("Rolling four-week NPS, last 6 windows:");
foreach (TrendPoint point in rolling.Points.TakeLast(6))
{
    Console.WriteLine($"  {point.Label}: {point.Value,6:0.0}  {point.Interval}  n = {point.Count}");
}

string charts = Path.Combine("artifacts", "charts");
Console.WriteLine($"charts: {CxCharts.Trend(rolling).WithName("nps-rolling-trend").Save(charts)}");
