using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ingest.Core.Storage;
using Ingest.EndToEnd.Support;
using Ingest.Storage.Postgres;
using Ingest.Storage.Sqlite;
using Ingest.Tests.Support;

namespace Ingest.EndToEnd;

/// <summary>
/// The real CLI on PostgreSQL: `ingest run --db postgres://...`, two runs at once on one database, and
/// `ingest migrate` from SQLite with every stored field compared. Each test has a database of its own
/// on the INGEST_TEST_POSTGRES server. These run the whole pipeline over real samples (the smallest
/// text PDFs), which is why they take tens of seconds.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.None)]
public sealed class PostgresStoreTests
{
    private static readonly string[] Three = ["h05", "s11", "h04"];

    private static readonly JsonSerializerOptions Json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    private static string CopySamples(TempFolder work, params string[] ids)
    {
        var folder = work.Folder("in");
        foreach (var id in ids)
        {
            File.Copy(Repo.Sample(id), Path.Combine(folder, id + ".pdf"));
        }

        return folder;
    }

    private static async Task<List<StoredDocument>> ListAsync(IDocumentStore store)
    {
        var list = new List<StoredDocument>();
        await foreach (var d in store.ListAsync(withText: true, CancellationToken.None))
        {
            list.Add(d);
        }

        return list;
    }

    [Test]
    public async Task Run_with_a_postgres_URL_stores_three_samples_and_a_second_run_finds_nothing_new()
    {
        var (url, database) = await TestPostgres.CreateDatabaseAsync();
        using var work = new TempFolder("pg-run");
        try
        {
            var input = CopySamples(work, Three);

            var first = await IngestCli.RunAsync(work.Path, "run", input, "--db", url);
            var second = await IngestCli.RunAsync(work.Path, "run", input, "--db", url);

            Assert.That(first.ExitCode, Is.Zero, first.Transcript);
            Assert.That(RunOutput.Summary(first) is { Seen: 3, Ingested: 3, Failed: 0 }, Is.True, first.Transcript);
            Assert.That(second.ExitCode, Is.Zero, second.Transcript);
            Assert.That(RunOutput.Summary(second) is { Seen: 3, Ingested: 0, Unchanged: 3 }, Is.True, second.Transcript);
            await using var store = new PostgresDocumentStore(TestPostgres.ConnectionStringFor(database), TimeProvider.System);
            var stored = await ListAsync(store);
            Assert.That(stored.Select(d => d.FileName).Order(), Is.EqualTo(Three.Select(i => i + ".pdf").Order()));
            foreach (var d in stored)
            {
                Assert.That(d.Status, Is.EqualTo(Core.Documents.DocumentStatus.Ingested), d.FileName);
                Assert.That(d.Extracted!.Text, Has.Length.GreaterThan(1000), d.FileName);
                Assert.That(d.Annotations, Is.Not.Empty, d.FileName);
                Assert.That(d.Sections, Is.Not.Empty, d.FileName);
                Assert.That(d.ArchivePath, Does.StartWith(work.Combine("data", "archive")), "the archive is a folder, data/archive by default");
                Assert.That(File.Exists(d.ArchivePath), Is.True, d.ArchivePath);
            }

            Assert.That((await store.RecentRunsAsync(5, CancellationToken.None)).Select(r => r.Summary?.Ingested), Is.EqualTo(new int?[] { 0, 3 }));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
        }
    }

    [Test]
    public async Task Two_runs_at_once_on_one_database_and_one_folder_process_each_document_exactly_once()
    {
        var (url, database) = await TestPostgres.CreateDatabaseAsync();
        using var work = new TempFolder("pg-two");
        try
        {
            var input = CopySamples(work, Three);

            await using var a = IngestCli.Start(work.Path, "run", input, "--db", url, "--jobs", "1");
            await using var b = IngestCli.Start(work.Path, "run", input, "--db", url, "--jobs", "1");
            var results = await Task.WhenAll(a.WaitAsync(IngestCli.DefaultLimit), b.WaitAsync(IngestCli.DefaultLimit));

            var transcripts = string.Join("\n", results.Select(r => r.Transcript));
            Assert.That(results.Select(r => r.ExitCode), Is.All.Zero, transcripts);
            var ingested = results.SelectMany(RunOutput.LogLines).Where(l => l.Word == "ingested").Select(l => Path.GetFileName(l.Path)).ToList();
            Assert.That(ingested, Is.EquivalentTo(new[] { "h04.pdf", "h05.pdf", "s11.pdf" }), $"each document ingested by exactly one run\n{transcripts}");
            Assert.That(results.Sum(r => RunOutput.Summary(r).Ingested), Is.EqualTo(3), transcripts);
            var rows = await TestPostgres.QueryAsync(TestPostgres.ConnectionStringFor(database), "SELECT status, attempts, claimed_by_worker FROM documents");
            Assert.That(rows, Has.Count.EqualTo(3));
            Assert.That(rows.Select(r => ((string)r[0]!, Convert.ToInt32(r[1], CultureInfo.InvariantCulture), r[2])), Is.All.EqualTo(("ingested", 1, (object?)null)), "claimed once, finished, released");
            var workers = await TestPostgres.QueryAsync(TestPostgres.ConnectionStringFor(database), "SELECT COUNT(*) FROM workers");
            Assert.That(Convert.ToInt32(workers[0][0], CultureInfo.InvariantCulture), Is.EqualTo(2), "two workers took part");
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
        }
    }

    [Test]
    public async Task Migrate_copies_a_SQLite_store_into_PostgreSQL_with_every_field_intact()
    {
        var (url, database) = await TestPostgres.CreateDatabaseAsync();
        using var work = new TempFolder("pg-migrate");
        try
        {
            var input = CopySamples(work, "h05", "s11");
            var run = await IngestCli.RunAsync(work.Path, "run", input, "--db", work.Db);
            Assert.That(run.ExitCode, Is.Zero, run.Transcript);

            var migrate = await IngestCli.RunAsync(work.Path, "migrate", "--from", work.Db, "--to", url);
            var again = await IngestCli.RunAsync(work.Path, "migrate", "--from", work.Db, "--to", url);

            Assert.That(migrate.ExitCode, Is.Zero, migrate.Transcript);
            Assert.That(migrate.StdOut, Does.Contain("2 documents, 2 provenances, 1 runs, 0 run failures"), migrate.Transcript);
            Assert.That(again.ExitCode, Is.EqualTo(2), again.Transcript);
            Assert.That(again.StdErr, Does.Contain("already holds documents"), "a second copy is refused, not doubled");
            await using var sqlite = new SqliteDocumentStore(work.Db, TimeProvider.System);
            await using var postgres = new PostgresDocumentStore(TestPostgres.ConnectionStringFor(database), TimeProvider.System);
            var before = await ListAsync(sqlite);
            var after = await ListAsync(postgres);
            Assert.That(after.Select(d => d.Id), Is.EqualTo(before.Select(d => d.Id)));
            foreach (var (want, got) in before.Zip(after))
            {
                AssertSame(want, got);
            }

            var runsBefore = await sqlite.RecentRunsAsync(10, CancellationToken.None);
            var runsAfter = await postgres.RecentRunsAsync(10, CancellationToken.None);
            Assert.That(JsonSerializer.Serialize(runsAfter.Select(r => r with { StartedAt = Micro(r.StartedAt), FinishedAt = r.FinishedAt is { } f ? Micro(f) : null }), Json),
                Is.EqualTo(JsonSerializer.Serialize(runsBefore.Select(r => r with { StartedAt = Micro(r.StartedAt), FinishedAt = r.FinishedAt is { } f ? Micro(f) : null }), Json)));
            const string countsSql = "SELECT id, byte_length, page_count, word_count FROM documents ORDER BY id";
            var pgCounts = await TestPostgres.QueryAsync(TestPostgres.ConnectionStringFor(database), countsSql);
            Assert.That(pgCounts.Select(r => string.Join('|', r)), Is.EqualTo(await SqliteRowsAsync(work.Db, countsSql)), "the columns a StoredDocument does not carry");
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
        }
    }

    /// <summary>PostgreSQL keeps microseconds; .NET ticks are tenths of one.</summary>
    private static DateTimeOffset Micro(DateTimeOffset t) => new(t.UtcTicks - (t.UtcTicks % 10), TimeSpan.Zero);

    private static void AssertSame(StoredDocument want, StoredDocument got)
    {
        var name = want.FileName;
        Assert.That((got.Id, got.FileName, got.Source, got.Status, got.Error, got.Attempts, got.ArchivePath, got.PreviousVersionId),
            Is.EqualTo((want.Id, want.FileName, want.Source, want.Status, want.Error, want.Attempts, want.ArchivePath, want.PreviousVersionId)), name);
        Assert.That((Micro(got.CreatedAt), Micro(got.UpdatedAt)), Is.EqualTo((Micro(want.CreatedAt), Micro(want.UpdatedAt))), name);
        Assert.That(got.Provenances.Select(p => p with { RetrievedAt = Micro(p.RetrievedAt) }), Is.EqualTo(want.Provenances.Select(p => p with { RetrievedAt = Micro(p.RetrievedAt) })), name);
        var (x, y) = (want.Extracted!, got.Extracted!);
        Assert.That(y.Text, Is.EqualTo(x.Text), name);
        Assert.That(y.OffsetMap.Serialize(), Is.EqualTo(x.OffsetMap.Serialize()), $"{name}: offset map");
        Assert.That(y.OffsetMap.Count, Is.EqualTo(x.Text.Length), name);
        Assert.That(JsonOf(y.Pages), Is.EqualTo(JsonOf(x.Pages)), $"{name}: pages");
        Assert.That(JsonOf(y.Footnotes), Is.EqualTo(JsonOf(x.Footnotes)), $"{name}: footnotes");
        Assert.That(JsonOf(y.Facts), Is.EqualTo(JsonOf(x.Facts)), $"{name}: facts");
        Assert.That(JsonOf(y.Blocks), Is.EqualTo(JsonOf(x.Blocks)), $"{name}: blocks");
        Assert.That(JsonOf(got.Sections), Is.EqualTo(JsonOf(want.Sections)), $"{name}: sections");
        Assert.That(JsonOf(got.Metadata), Is.EqualTo(JsonOf(want.Metadata)), $"{name}: metadata");
        Assert.That(JsonOf(got.Annotations), Is.EqualTo(JsonOf(want.Annotations)), $"{name}: annotations");
        Assert.That(JsonOf(InKeyOrder(got.Rating)), Is.EqualTo(JsonOf(InKeyOrder(want.Rating))), $"{name}: rating");
        Assert.That(JsonOf(got.Screening), Is.EqualTo(JsonOf(want.Screening)), $"{name}: screening");
        Assert.That(want.Annotations, Is.Not.Empty, $"{name}: the comparison covers annotations");
        Assert.That(x.Blocks, Is.Not.Empty, $"{name}: the comparison covers blocks");
    }

    private static string JsonOf<T>(T value) => JsonSerializer.Serialize(value, Json);

    /// <summary>jsonb keeps an object's keys in its own order (shortest first), so the criteria are compared as a set.</summary>
    private static Ingest.Core.Documents.ReviewRating? InKeyOrder(Ingest.Core.Documents.ReviewRating? rating) =>
        rating is null ? null : rating with { Criteria = new SortedDictionary<string, Ingest.Core.Documents.CriterionScore>(rating.Criteria.ToDictionary(), StringComparer.Ordinal) };

    private static async Task<List<string>> SqliteRowsAsync(string db, string sql)
    {
        await using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await using var r = await cmd.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await r.ReadAsync())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, r.FieldCount).Select(r.GetValue)));
        }

        return rows;
    }
}
