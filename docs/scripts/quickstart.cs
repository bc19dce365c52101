#:project ../../src/CxCore/CxCore.csproj
#:property PublishAot=false

// CxCore quick start: run with `dotnet run docs/scripts/quickstart.cs` from the repository root.
using CxCore.Ratings;

var scale = RatingScale.Nps;
Console.WriteLine($"CxCore quick start — the NPS scale runs {scale} ({scale.PointCount} points).");
