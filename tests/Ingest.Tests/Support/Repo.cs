namespace Ingest.Tests.Support;

/// <summary>Paths of the repository and the shared folder beside it, found from the test binaries.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "corpus-samples");

    /// <summary>The workplace's shared/ folder: beside the repository, or one level up in CI's clone.</summary>
    public static string? Shared
    {
        get
        {
            foreach (var candidate in new[] { Path.Combine(Root, "..", "shared"), Path.Combine(Root, "..", "..", "shared") })
            {
                if (Directory.Exists(Path.Combine(candidate, "pdf-robustness")))
                {
                    return Path.GetFullPath(candidate);
                }
            }

            return null;
        }
    }

    public static IEnumerable<string> SampleIds(Func<string, bool>? where = null) =>
        Directory.EnumerateDirectories(Samples)
            .Where(d => File.Exists(Path.Combine(d, Path.GetFileName(d) + ".pdf")))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(id => where?.Invoke(id) ?? true)
            .Order(StringComparer.Ordinal);

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
