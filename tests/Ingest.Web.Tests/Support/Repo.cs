namespace Ingest.Web.Tests.Support;

/// <summary>The repository root, found from the test binaries.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Sample(string id) => Path.Combine(Root, "corpus-samples", id, id + ".pdf");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ingest.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Ingest.sln not found above the test folder");
    }
}
