#:property PublishAot=false
// Writes the 10⁸ ratings of RatingCountsBenchmarks (random 0–10 from seed 42, exactly as its GlobalSetup draws them) to
// a file, so that the peer scripts count the same bytes. Run from the repository root:
//   dotnet run benchmarks/peers/write-ratings.cs -- artifacts/peers/ratings.u8
string path = args.Length > 0 ? args[0] : Path.Combine("artifacts", "peers", "ratings.u8");
int n = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000_000;
byte[] ratings = new byte[n];
new Random(42).NextBytes(ratings);
for (int i = 0; i < ratings.Length; i++)
{
    ratings[i] = (byte)(ratings[i] % 11);
}

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
File.WriteAllBytes(path, ratings);
Console.WriteLine($"{n:N0} ratings written to {path}");
