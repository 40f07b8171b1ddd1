using Ingest.Core.Documents;
using Ingest.Core.Review;
using Ingest.Core.Storage;
using Ingest.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using static Ingest.Tests.Storage.SqliteDocumentStoreTests;

namespace Ingest.Tests.Storage;

/// <summary>
/// What only SQLite has: the <c>decision_state</c> table beside the log, the pipeline's stored output
/// left untouched by decisions, and a store the UI never used left without the UI's tables. The
/// behaviour both stores share is in <see cref="DecisionStoreTests"/>.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class SqliteDecisionStateTests
{
    private static readonly DateTimeOffset Found = new(2025, 3, 4, 10, 0, 0, TimeSpan.Zero);
    private static CancellationToken None => CancellationToken.None;

    private sealed class Fixture : IAsyncDisposable
    {
        public required string Root { get; init; }
        public required SqliteDocumentStore Documents { get; init; }
        public required SqliteDecisionStore Decisions { get; init; }
        public string Db => Path.Combine(Root, "ingest.db");

        public static async Task<Fixture> CreateAsync()
        {
            var root = Path.Combine(Path.GetTempPath(), "ingest-decisions-" + Guid.NewGuid().ToString("N"));
            var db = Path.Combine(root, "ingest.db");
            var clock = new DocumentStoreContractTests.SteppingClock();
            var f = new Fixture { Root = root, Documents = new SqliteDocumentStore(db, clock), Decisions = new SqliteDecisionStore(db, clock) };
            await f.Documents.MigrateAsync(None);
            await f.Decisions.MigrateAsync(None);
            var run = await f.Documents.StartRunAsync(Found, "test", None);
            await f.Documents.ClaimAsync(new DocumentClaim("doc1", "r.pdf", new Provenance("file", "/in/r.pdf", "r.pdf", Found), 10, "/a/doc1.pdf", 3, false), run, None);
            await f.Documents.SaveResultAsync(Document(), run, None);
            return f;
        }

        public async ValueTask DisposeAsync()
        {
            Decisions.Dispose();
            await Documents.DisposeAsync();
            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, recursive: true);
            }
        }
    }

    private static IngestDocument Document() => DecisionStoreTests.Document();

    private static AnnotationDecision Accept(string id, int version, string by = "ann", string track = DecisionTracks.Final) =>
        new("doc1", id, track, version, DecisionAction.Accept, by);

    [Test]
    public async Task A_decision_leaves_the_pipelines_stored_output_as_it_was()
    {
        await using var f = await Fixture.CreateAsync();

        await f.Decisions.DecideAsync(Accept("ann1", 0), None);
        await f.Decisions.DecideAsync(new RatingDecision("doc1", DecisionTracks.Final, 0, 3, "ann", "more than it says"), None);

        await using var c = new SqliteConnection($"Data Source={f.Db}");
        await c.OpenAsync();
        await using var raw = c.CreateCommand();
        raw.CommandText = "SELECT annotations_json, rating_json FROM documents WHERE id = 'doc1'";
        await using var r = await raw.ExecuteReaderAsync();
        Assert.That(await r.ReadAsync(), Is.True);
        Assert.That(r.GetString(0), Does.Not.Contain("accepted"), "the suggestions stay as the pipeline made them");
        Assert.That(r.GetString(1), Does.Not.Contain("more than it says"));
        var read = (await f.Documents.GetAsync("doc1", None))!;
        Assert.That((read.Annotations[0].Status, read.Rating!.Confirmed), Is.EqualTo(("accepted", (int?)3)), "and are read with the decisions laid over them");
    }

    [Test]
    public async Task A_store_whose_decisions_predate_the_state_table_gets_it_filled_from_the_log()
    {
        await using var f = await Fixture.CreateAsync();
        await f.Decisions.DecideAsync(Accept("ann1", 0), None);
        await f.Decisions.DecideAsync(new AnnotationDecision("doc1", "ann1", DecisionTracks.Final, 1, DecisionAction.Reject, "ann"), None);
        await using (var c = new SqliteConnection($"Data Source={f.Db}"))
        {
            await c.OpenAsync();
            await using var undo = c.CreateCommand();
            // A store from before migration 2 has none of the later steps either (3: disabled logins and their log).
            undo.CommandText = "DROP TABLE decision_state; DROP TABLE user_admin_events; ALTER TABLE users DROP COLUMN disabled; DELETE FROM review_schema_version WHERE version > 1;";
            await undo.ExecuteNonQueryAsync();
        }

        await f.Decisions.MigrateAsync(None);

        Assert.That((await f.Documents.GetAsync("doc1", None))!.Annotations[0].Status, Is.EqualTo("rejected"));
        Assert.That((await f.Decisions.VersionsAsync("doc1", DecisionTracks.Final, None))["ann1"], Is.EqualTo(2));
    }

    [Test]
    public async Task A_store_only_the_pipeline_wrote_gets_no_decision_tables_and_reads_as_stored()
    {
        var root = Path.Combine(Path.GetTempPath(), "ingest-decisions-" + Guid.NewGuid().ToString("N"));
        var db = Path.Combine(root, "ingest.db");
        try
        {
            await using (var store = new SqliteDocumentStore(db, new DocumentStoreContractTests.SteppingClock()))
            {
                await store.MigrateAsync(None);
                var run = await store.StartRunAsync(Found, "test", None);
                await store.ClaimAsync(new DocumentClaim("doc1", "r.pdf", new Provenance("file", "/in/r.pdf", "r.pdf", Found), 10, "/a/doc1.pdf", 3, false), run, None);
                await store.SaveResultAsync(Document(), run, None);
                Assert.That((await store.GetAsync("doc1", None))!.Annotations, Has.Count.EqualTo(4));
            }

            // `ingest migrate` to PostgreSQL refuses tables it cannot carry, so reading must not create them.
            await using var c = new SqliteConnection($"Data Source={db}");
            await c.OpenAsync();
            await using var tables = c.CreateCommand();
            tables.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('decisions', 'decision_state', 'users')";
            Assert.That(await tables.ExecuteScalarAsync(), Is.EqualTo(0L));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }
}
