#:project ../../src/CxCore/CxCore.csproj
#:property PublishAot=false

using CxCore.Ratings;

// Answers to "How likely are you to recommend us?" (0–10), one byte each, from two days.
byte[] monday = [10, 9, 9, 8, 7, 6, 10, 3, 9, 10];
byte[] tuesday = [9, 9, 10, 5, 8, 10, 10, 2];

// Count each day with the vectorised kernel, then merge the counts: merging is exact.
RatingCounts all = RatingCounts.FromRatings(RatingScale.Nps, monday) + RatingCounts.FromRatings(RatingScale.Nps, tuesday);

NetPromoterScore nps = NetPromoterScore.FromCounts(all);
Console.WriteLine($"{nps}, interval {nps.Interval()}");   // $"{nps:0.00}" formats the score with two decimals
Console.WriteLine($"Monday vs Tuesday: {NetPromoterScore.Compare(NetPromoterScore.FromRatings(monday), NetPromoterScore.FromRatings(tuesday))}");
