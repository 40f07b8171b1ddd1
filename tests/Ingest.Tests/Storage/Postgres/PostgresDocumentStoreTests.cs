using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Ingest.Core.Documents;
using Ingest.Core.Storage;
using Ingest.Storage.Postgres;
using Ingest.Tests.Storage;
using Ingest.Tests.Support;
using Npgsql;

namespace Ingest.Tests.Storage.Postgres;

/// <summary>
/// The store contract on PostgreSQL (a schema of its own per test on the INGEST_TEST_POSTGRES database),
/// plus what only a shared server has: several workers at once, a worker that dies, a lost connection.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class PostgresDocumentStoreTests : DocumentStoreContractTests
{
    private static readonly DateTimeOffset Found = new(2025, 3, 4, 10, 0, 0, TimeSpan.Zero);

    protected override async Task<StoreHarness> CreateAsync() => await PostgresHarness.CreateAsync();

    internal sealed class PostgresHarness : StoreHarness
    {
        private PostgresHarness(string connectionString, string schema)
        {
            ConnectionString = connectionString;
            Schema = schema;
            Store = Open("worker-1");
        }

        public string ConnectionString { get; }

        public string Schema { get; }

        public PostgresDocumentStore Postgres => (PostgresDocumentStore)Store;

        public static async Task<PostgresHarness> CreateAsync()
        {
            var (cs, schema) = await TestPostgres.CreateSchemaAsync();
            var harness = new PostgresHarness(cs, schema);
            await harness.Store.MigrateAsync(CancellationToken.None);
            return harness;
        }

        /// <summary>Another worker on the same schema (the caller disposes it).</summary>
        public PostgresDocumentStore Open(string worker, Action<string>? onRetry = null, TimeProvider? clock = null) =>
            new(ConnectionString, clock ?? new SteppingClock(), worker, onRetry);

        public override async Task ReopenAsync()
        {
            await Store.DisposeAsync();
            Store = new PostgresDocumentStore(ConnectionString, new SteppingClock(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero)), "worker-2");
            await Store.MigrateAsync(CancellationToken.None);
        }

        public override Task<List<object?[]>> QueryAsync(string sql) => TestPostgres.QueryAsync(ConnectionString, sql);

        public override async ValueTask DisposeAsync()
        {
            await Store.DisposeAsync();
            await TestPostgres.DropSchemaAsync(Schema);
        }
    }

    private static string IdOf(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    private static DocumentClaim Claim(string id, string location, int maxAttempts = 3) =>
        new(id, Path.GetFileName(location), new Provenance("file", location, Path.GetFileName(location), Found), 1234, $"/archive/{id[..2]}/{id}.pdf", maxAttempts, false);

    private static CancellationToken None => CancellationToken.None;

    [Test]
    public async Task Two_workers_claiming_the_same_50_documents_at_once_never_both_get_one()
    {
        await using var h = await PostgresHarness.CreateAsync();
        await using var a = h.Open("worker-a");
        await using var b = h.Open("worker-b");
        await Task.WhenAll(a.MigrateAsync(None), b.MigrateAsync(None));
        var runA = await a.StartRunAsync(Found, "test", None);
        var runB = await b.StartRunAsync(Found, "test", None);
        var ids = Enumerable.Range(0, 50).Select(i => IdOf($"document {i}")).ToList();
        var granted = new ConcurrentBag<(string Worker, string Id, ClaimKind Kind)>();

        async Task ClaimAll(PostgresDocumentStore store, long run, string worker) =>
            await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (id, ct) =>
                granted.Add((worker, id, (await store.ClaimAsync(Claim(id, $"/in/{id[..8]}.pdf"), run, ct)).Kind)));

        await Task.WhenAll(Task.Run(() => ClaimAll(a, runA, "a")), Task.Run(() => ClaimAll(b, runB, "b")));

        Assert.That(granted, Has.Count.EqualTo(100));
        foreach (var id in ids)
        {
            var kinds = granted.Where(g => g.Id == id).Select(g => g.Kind).ToList();
            Assert.That(kinds.Count(k => k is ClaimKind.New or ClaimKind.Resume), Is.EqualTo(1), $"{id}: {string.Join(", ", kinds)}");
            Assert.That(kinds.Count(k => k == ClaimKind.Busy), Is.EqualTo(1), $"{id}: the other worker is told it is busy");
        }

        var attempts = await h.QueryAsync("SELECT DISTINCT attempts FROM documents");
        Assert.That(attempts.Select(r => Convert.ToInt32(r[0], System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(new[] { 1 }), "no document claimed twice");
        Assert.That(await h.QueryAsync("SELECT id FROM documents"), Has.Count.EqualTo(50));
    }

    [Test]
    public async Task A_document_held_by_a_live_worker_is_Busy_and_resumed_once_that_worker_dies()
    {
        await using var h = await PostgresHarness.CreateAsync();
        var id = IdOf("held");
        var a = h.Open("worker-a");
        await using var b = h.Open("worker-b");
        var runA = await a.StartRunAsync(Found, "test", None);
        var runB = await b.StartRunAsync(Found, "test", None);
        Assert.That((await a.ClaimAsync(Claim(id, "/in/held.pdf"), runA, None)).Kind, Is.EqualTo(ClaimKind.New));

        var whileAlive = await b.ClaimAsync(Claim(id, "/in/held.pdf"), runB, None);

        // A crash: the server ends worker A's sessions (as when its process is killed) without A saying goodbye.
        await TestPostgres.ExecuteAsync(h.ConnectionString, $"SELECT pg_terminate_backend(pid, 5000) FROM pg_locks WHERE locktype = 'advisory' AND objid = {a.WorkerId} AND objsubid = 2 AND classid = hashtext('{h.Schema}')::oid");
        var afterDeath = await b.ClaimAsync(Claim(id, "/in/held.pdf"), runB, None);

        Assert.That(whileAlive.Kind, Is.EqualTo(ClaimKind.Busy));
        Assert.That(afterDeath.Kind, Is.EqualTo(ClaimKind.Resume));
        Assert.That(afterDeath.Attempt, Is.EqualTo(2));
        var holder = await h.QueryAsync("SELECT w.name FROM documents d JOIN workers w ON w.id = d.claimed_by_worker");
        Assert.That(holder.Single()[0], Is.EqualTo("worker-b"), "the workers table says who holds it");
        await a.DisposeAsync();
    }

    [Test]
    public async Task A_connection_lost_mid_run_is_retried_and_the_run_goes_on()
    {
        await using var h = await PostgresHarness.CreateAsync();
        var retries = new ConcurrentQueue<string>();
        var name = "lost-" + Guid.NewGuid().ToString("N")[..8];
        var cs = new NpgsqlConnectionStringBuilder(h.ConnectionString) { ApplicationName = name }.ConnectionString;
        await using var store = new PostgresDocumentStore(cs, new SteppingClock(), "worker", retries.Enqueue);
        var run = await store.StartRunAsync(Found, "test", None);
        var first = IdOf("first");
        await store.ClaimAsync(Claim(first, "/in/first.pdf"), run, None);

        // Every session of this store ends on the server side (a restart or a dropped network looks the same to it).
        var ended = await TestPostgres.QueryAsync(h.ConnectionString, $"SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE application_name = '{name}'");
        var second = await store.ClaimAsync(Claim(IdOf("second"), "/in/second.pdf"), run, None);
        var stored = await store.GetAsync(first, None);

        Assert.That(ended, Has.Count.GreaterThanOrEqualTo(2), "the pooled and the presence sessions were both ended");
        Assert.That(second.Kind, Is.EqualTo(ClaimKind.New));
        Assert.That(stored!.Status, Is.EqualTo(DocumentStatus.Processing));
        Assert.That(retries, Is.Not.Empty, "the lost connection was reported, then retried");
        Assert.That(retries.First(), Does.Contain("trying again"));
    }

    [Test]
    public async Task A_server_that_cannot_be_reached_gives_a_clear_error_after_the_retries()
    {
        var retries = new List<string>();
        var unreachable = new NpgsqlConnectionStringBuilder(TestPostgres.ConnectionStringOrSkip()) { Port = 1, Timeout = 2 }.ConnectionString;
        await using var store = new PostgresDocumentStore(unreachable, new InstantClock(), "worker", retries.Add);

        var e = Assert.ThrowsAsync<Ingest.Storage.StoreUnavailableException>(() => store.MigrateAsync(None));

        Assert.That(e!.Message, Does.StartWith("the PostgreSQL store could not bring the schema up to date after 4 tries"));
        Assert.That(retries, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task A_NUL_character_in_a_title_does_not_fail_the_save()
    {
        await using var h = await PostgresHarness.CreateAsync();
        var id = IdOf("nul");
        var run = await h.Store.StartRunAsync(Found, "test", None);
        await h.Store.ClaimAsync(Claim(id, "/in/nul.pdf"), run, None);
        var document = new IngestDocument(id, "nul.pdf", new Provenance("file", "/in/nul.pdf", "nul.pdf", Found), ReadOnlyMemory<byte>.Empty)
        {
            Status = DocumentStatus.Failed,
            Error = "bad\0reason",
            Extracted = new ExtractedText(string.Empty, [], [], new Ingest.Core.Text.OffsetMap(), new ExtractionFacts(1, 1, "Producer\0", null, "SAR\0Adult B", null, false, false)),
        };

        await h.Store.SaveResultAsync(document, run, None);
        var stored = await h.Store.GetAsync(id, None);

        Assert.That(stored!.Error, Is.EqualTo("bad\uFFFDreason"));
        Assert.That(stored.Extracted!.Facts.Title, Is.EqualTo("SAR\uFFFDAdult B"), "the PDF's own title, where a NUL is most likely");
    }

    /// <summary>Pauses pass at once: retry tests need not wait for real seconds.</summary>
    private sealed class InstantClock : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            System.CreateTimer(callback, state, TimeSpan.Zero, period);
    }
}
