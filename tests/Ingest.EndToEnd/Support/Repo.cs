namespace Ingest.EndToEnd.Support;

/// <summary>Paths of the repository, its sample corpus and the shared folder beside it, found from the test binaries.</summary>
internal static class Repo
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Samples => Path.Combine(Root, "corpus-samples");

    /// <summary>Every sample PDF (corpus-samples/&lt;id&gt;/&lt;id&gt;.pdf), in name order.</summary>
    public static IReadOnlyList<string> SamplePdfs =>
        Directory.EnumerateFiles(Samples, "*.pdf", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>One sample PDF by id, e.g. "s11".</summary>
    public static string Sample(string id) => Path.Combine(Samples, id, id + ".pdf");

    /// <summary>
    /// The workplace's shared/ folder: beside the repository, or one level further up when CI clones
    /// the repository into a folder of its own with a copy of shared/ beside it. Null when absent.
    /// </summary>
    public static string? Shared
    {
        get
        {
            foreach (var candidate in new[] { Path.Combine(Root, "..", "shared"), Path.Combine(Root, "..", "..", "shared") })
            {
                if (Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }

            return null;
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ingest.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Ingest.sln not found above the test folder");
    }
}
