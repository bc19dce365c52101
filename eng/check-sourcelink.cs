// Checks the Source Link of packed symbol packages: every document of every portable PDB in each .snupkg maps to
// https://raw.githubusercontent.com/<owner>/<repo>/<commit>/..., and no document path is an absolute machine path.
// Run by .ci/run after packing:
//   dotnet run eng/check-sourcelink.cs -- <repository URL> <commit> <package.snupkg>...
#:property PublishAot=false
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Text.Json;

if (args.Length < 3)
{
    Console.Error.WriteLine("usage: check-sourcelink <repository URL> <commit> <package.snupkg>...");
    return 2;
}

// The GUID of Source Link custom debug information in portable PDBs.
var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
string repository = args[0].TrimEnd('/');
string commit = args[1];
if (!repository.StartsWith("https://github.com/", StringComparison.Ordinal) || commit.Length != 40)
{
    Console.Error.WriteLine($"expected a https://github.com/ repository URL and a 40-hex commit, got '{repository}' and '{commit}'");
    return 2;
}

string expectedPrefix = "https://raw.githubusercontent.com/" + repository["https://github.com/".Length..] + "/" + commit + "/";
var failures = new List<string>();
int pdbs = 0, documents = 0;
foreach (string package in args[2..])
{
    using ZipArchive zip = ZipFile.OpenRead(package);
    foreach (ZipArchiveEntry entry in zip.Entries.Where(e => e.FullName.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase)))
    {
        pdbs++;
        using var buffer = new MemoryStream();
        using (Stream stream = entry.Open())
        {
            stream.CopyTo(buffer);
        }

        buffer.Position = 0;
        using MetadataReaderProvider provider = MetadataReaderProvider.FromPortablePdbStream(buffer);
        MetadataReader pdb = provider.GetMetadataReader();
        string where = $"{Path.GetFileName(package)}!{entry.FullName}";

        string? json = null;
        foreach (CustomDebugInformationHandle handle in pdb.GetCustomDebugInformation(EntityHandle.ModuleDefinition))
        {
            CustomDebugInformation info = pdb.GetCustomDebugInformation(handle);
            if (pdb.GetGuid(info.Kind) == sourceLinkKind)
            {
                json = System.Text.Encoding.UTF8.GetString(pdb.GetBlobBytes(info.Value));
            }
        }

        if (json is null)
        {
            failures.Add($"{where}: no Source Link information");
            continue;
        }

        // {"documents": {"/_/*": "https://raw.githubusercontent.com/owner/repo/commit/*"}}
        var map = JsonDocument.Parse(json).RootElement.GetProperty("documents").EnumerateObject()
            .Select(p => (Local: p.Name, Url: p.Value.GetString() ?? ""))
            .ToList();
        foreach (var (local, url) in map)
        {
            if (!url.StartsWith(expectedPrefix, StringComparison.Ordinal))
            {
                failures.Add($"{where}: '{local}' maps to '{url}', not under {expectedPrefix}");
            }
        }

        foreach (DocumentHandle handle in pdb.Documents)
        {
            documents++;
            string name = pdb.GetString(pdb.GetDocument(handle).Name);
            bool embedded = pdb.GetCustomDebugInformation(handle).Any(h => pdb.GetGuid(pdb.GetCustomDebugInformation(h).Kind) == new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE"));
            bool machinePath = !name.StartsWith("/_/", StringComparison.Ordinal) && (Path.IsPathRooted(name) || name.Contains(":\\", StringComparison.Ordinal));
            if (machinePath)
            {
                failures.Add($"{where}: document '{name}' is an absolute machine path");
            }

            string? url = Map(map, name);
            if (url is null && !embedded)
            {
                failures.Add($"{where}: document '{name}' is neither mapped by Source Link nor embedded");
            }
            else if (url is not null && !url.StartsWith(expectedPrefix, StringComparison.Ordinal))
            {
                failures.Add($"{where}: document '{name}' maps to '{url}'");
            }
        }
    }
}

if (pdbs == 0)
{
    failures.Add("no PDB found in the given packages");
}

foreach (string failure in failures)
{
    Console.Error.WriteLine("Source Link: " + failure);
}

Console.WriteLine($"Source Link: {pdbs} PDB(s), {documents} document(s), {failures.Count} problem(s); expected prefix {expectedPrefix}");
return failures.Count == 0 ? 0 : 1;

// The URL of a document by the Source Link rules: an exact key, or the longest "prefix*" key with the rest appended.
static string? Map(List<(string Local, string Url)> map, string name)
{
    foreach (var (local, url) in map.Where(m => !m.Local.EndsWith('*')))
    {
        if (local == name)
        {
            return url;
        }
    }

    foreach (var (local, url) in map.Where(m => m.Local.EndsWith('*')).OrderByDescending(m => m.Local.Length))
    {
        string prefix = local[..^1];
        if (name.StartsWith(prefix, StringComparison.Ordinal))
        {
            return url.Replace("*", name[prefix.Length..].Replace('\\', '/'), StringComparison.Ordinal);
        }
    }

    return null;
}
