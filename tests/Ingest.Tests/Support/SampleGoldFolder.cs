using Ingest.Cli;

namespace Ingest.Tests.Support;

/// <summary>
/// A temporary gold folder holding the reviews of the shared <see cref="SampleStore"/> (s01, s04, s09 tuned;
/// h01 held out), each with its gold.json and PDF, as `--gold` reads them; the fit and train verbs' tests
/// point the CLI at it and at the sample store.
/// </summary>
internal sealed class SampleGoldFolder : IDisposable
{
    private static readonly string[] Ids = ["s01", "s04", "s09", "h01"];

    public SampleGoldFolder(string purpose)
    {
        Root = Path.Combine(Path.GetTempPath(), $"ingest-{purpose}-{Guid.NewGuid():N}");
        foreach (var id in Ids)
        {
            Directory.CreateDirectory(Path.Combine(Gold, id));
            foreach (var file in new[] { "gold.json", id + ".pdf" })
            {
                File.Copy(Path.Combine(Repo.Samples, id, file), Path.Combine(Gold, id, file));
            }
        }
    }

    /// <summary>The temporary folder; the gold folder is inside it, and tests may write beside it.</summary>
    public string Root { get; }

    public string Gold => Path.Combine(Root, "gold");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Root, recursive: true);
    }
}

/// <summary>The CLI as a user types it, in process: the exit code and what it printed.</summary>
internal static class CliRunner
{
    public static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
