using Ingest.Core.Configuration;
using Ingest.Core.Documents;
using Ingest.Core.Metadata;
using Ingest.Core.Pipeline;
using Ingest.Core.Sections;
using Ingest.Core.Tagging;
using Ingest.Pdf;
using Ingest.Storage;
using Ingest.Storage.Sqlite;

namespace Ingest.Tests.Support;

/// <summary>
/// Three samples (s01 CSPR, s04 DHR, s09 SAR) run once through the whole pipeline into a real SQLite
/// store, shared by the export, import and search tests so the pipeline runs once per test run.
/// Read-only for its users: tests that write make their own store.
/// </summary>
internal static class SampleStore
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "ingest-samples-" + Guid.NewGuid().ToString("N"));
    private static readonly Lazy<Task<SqliteDocumentStore>> Store = new(Build);

    public static string DatabasePath => Path.Combine(Folder, "ingest.db");

    public static Task<SqliteDocumentStore> GetAsync() => Store.Value;

    private static async Task<SqliteDocumentStore> Build()
    {
        var store = new SqliteDocumentStore(DatabasePath, TimeProvider.System);
        await store.MigrateAsync(CancellationToken.None);
        IPipelineStage[] stages =
        [
            new ExtractStage(new ExtractOptions()),
            new SectionsStage(new SectionsOptions()),
            new MetadataStage(),
            new TagStage(new TagOptions()),
            new Ingest.Core.Rating.RateStage(new Ingest.Core.Rating.RateOptions()),
        ];
        var runner = new PipelineRunner(stages, store, new FileContentArchive(Path.Combine(Folder, "archive")), new RunOptions(TimeSpan.FromSeconds(60), 2, 3, 100 * 1024 * 1024), TimeProvider.System);
        var inputs = new[] { "s01", "s04", "s09" }.Select(id => Path.Combine(Repo.Samples, id, id + ".pdf"))
            .Select(p => new InputFile(p, new Provenance("file", p, Path.GetFileName(p), DateTimeOffset.UnixEpoch))).ToList();
        await runner.RunAsync(inputs, "test", new NullObserver(), CancellationToken.None);
        return store;
    }

    /// <summary>Called once after all tests (see <see cref="SampleStoreCleanUp"/>).</summary>
    internal static async Task DeleteAsync()
    {
        if (Store.IsValueCreated)
        {
            await (await Store.Value).DisposeAsync();
        }

        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private sealed class NullObserver : IRunObserver
    {
        public void Started(int total)
        {
        }

        public void Finished(DocumentOutcome outcome)
        {
        }
    }
}
