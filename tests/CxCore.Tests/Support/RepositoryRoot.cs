namespace CxCore.Tests.Support;

/// <summary>Finds files of the repository that the tests read (the API listing, README, scripts).</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "CxCore.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No CxCore.sln above {AppContext.BaseDirectory}: run the tests from the repository.");
    });

    /// <summary>The absolute path of <paramref name="relativePath"/> (with '/' separators) in the repository.</summary>
    public static string File(string relativePath) => Path.Combine([Root.Value, .. relativePath.Split('/')]);
}
