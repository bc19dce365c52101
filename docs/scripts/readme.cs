#:project ../../src/CxCore/CxCore.csproj
#:property PublishAot=false

using CxCore.Ratings;

var scale = RatingScale.FivePoint;
Console.WriteLine($"A five-point scale runs {scale}; 4 normalises to {scale.Normalize(4):0.00}.");
