using Ingest.EndToEnd.Support;
using Ingest.Tests.Support;
using Npgsql;

namespace Ingest.EndToEnd;

/// <summary>
/// Several `ingest serve` nodes as a team runs them: three on one PostgreSQL, one killed outright
/// while it reads a document; every document is still stored exactly once, the dead node's document is
/// recovered by another node, and the scan trigger fires once per scheduled time for the whole cluster.
/// On SQLite a second node is refused.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.None)]
public sealed class ServeClusterTests
{
    /// <summary>Extraction only, one document at a time per node; the scan every 10 s stands in for the nightly one.</summary>
    private const string ClusterConfig = """
        {
          "Stages": [ { "Name": "extract" } ],
          "Run": { "DocumentTimeoutSeconds": 60, "MaxParallelDocuments": 1 },
          "Schedule": { "Cron": "0/10 * * * * ?", "TimeZone": "Europe/London" }
        }
        """;

    [Test]
    public async Task Three_nodes_on_one_postgres_with_one_killed_mid_document_store_every_document_once_and_fire_each_scan_once()
    {
        var (url, database) = await TestPostgres.CreateDatabaseAsync();
        using var work = new TempFolder("serve-cluster");
        var nodes = new List<RunningCli>();
        try
        {
            var inbox = work.Folder("inbox");
            var files = ServeTests.CopySamples(inbox, ["s03", "s06", "s08", "s03", "s06", "s08"], pad: true);
            var ids = files.Select(StoreReader.Sha256Of).ToList();
            var config = work.WriteText("pipeline.json", ClusterConfig);
            await using var db = NpgsqlDataSource.Create(TestPostgres.ConnectionStringFor(database));
            for (var i = 0; i < 3; i++)
            {
                nodes.Add(IngestCli.Start(work.Path, "serve", "--run-now", "--watch", inbox, "--config", config, "--db", url, "--urls", $"http://127.0.0.1:{ServeTests.FreePort()}"));
            }

            var startedAt = await NowAsync(db);

            // Kill the node reading a document, found by its claim (workers are named host:pid), once no
            // scan is running: this test is about a document's job (a scan killed mid-way is recovered too,
            // but would make the count of scans depend on timing).
            RunningCli? victim = null;
            string? inFlight = null;
            await ServeTests.WaitUntilAsync(
                async () =>
                {
                    var claim = await InFlightAsync(db);
                    if (claim is null || await CountAsync(db, "SELECT count(*) FROM runs WHERE finished_at IS NULL") > 0)
                    {
                        return false;
                    }

                    victim = claim is { } c ? nodes.FirstOrDefault(n => c.Worker.EndsWith($":{n.ProcessId}", StringComparison.Ordinal)) : null;
                    inFlight = claim?.DocumentId;
                    return victim is not null;
                },
                nodes[0],
                "a node reading a document");
            victim!.Kill();
            var killedAt = await NowAsync(db);
            var killed = await victim.WaitAsync(TimeSpan.FromSeconds(30));
            var survivors = nodes.Where(n => n != victim).ToList();

            // Recovery waits for the dead node's check-in to be 15 s late; then one scheduled scan more.
            await ServeTests.WaitUntilAsync(async () => await CountAsync(db, "SELECT count(*) FROM documents WHERE status = 'ingested'") == files.Count, survivors[0], "every document ingested after the kill");
            await ServeTests.WaitUntilAsync(async () => await CountAsync(db, $"SELECT count(*) FROM runs WHERE trig = 'serve:schedule' AND started_at > '{killedAt:O}'") >= 1, survivors[0], "a scheduled scan after the kill");

            var results = new List<CliResult>();
            foreach (var node in survivors)
            {
                node.Terminate();
                results.Add(await node.WaitAsync(TimeSpan.FromSeconds(60)));
            }

            var documents = await RowsAsync(db, "SELECT id, status, attempts FROM documents", r => (Id: r.GetString(0), Status: r.GetString(1), Attempts: r.GetInt32(2)));
            var endedAt = await NowAsync(db);
            var scheduledTimes = ScheduledTimesBetween(startedAt, endedAt);
            var scheduleRuns = await CountAsync(db, "SELECT count(*) FROM runs WHERE trig = 'serve:schedule'");
            var triggers = await RowsAsync(db, "SELECT trig FROM runs", r => r.GetString(0));
            var transcripts = string.Join("\n", results.Select(r => r.Transcript).Prepend(killed.Transcript));
            foreach (var run in await RowsAsync(db, "SELECT id, trig, started_at, finished_at FROM runs ORDER BY id", r => $"run {r.GetInt64(0)} {r.GetString(1)} {r.GetDateTime(2):HH:mm:ss.fff} {(r.IsDBNull(3) ? "unfinished" : r.GetDateTime(3).ToString("HH:mm:ss.fff"))}"))
            {
                TestContext.Out.WriteLine(run);
            }

            TestContext.Out.WriteLine(transcripts);
            TestContext.Out.WriteLine($"killed node {victim.ProcessId} while it read {inFlight}; {scheduleRuns} scheduled scans for {scheduledTimes} scheduled times");
            Assert.Multiple(() =>
            {
                Assert.That(results.Select(r => r.ExitCode), Has.All.Zero, transcripts);
                Assert.That(documents.Select(d => d.Id), Is.EquivalentTo(ids), "every file stored exactly once, no duplicate rows");
                Assert.That(documents.Select(d => d.Status), Has.All.EqualTo("ingested"));
                Assert.That(documents.Single(d => d.Id == inFlight).Attempts, Is.EqualTo(2), "the document the dead node held is read once more, no more");
                Assert.That(documents.Where(d => d.Id != inFlight).Select(d => d.Attempts), Has.All.EqualTo(1), "the others are read once");
                Assert.That(triggers, Does.Contain("serve:recovery"), "another node recovered the dead node's job");
                Assert.That(results.Select(r => r.StdOut).Any(o => o.Contains("re-running after an interrupted attempt", StringComparison.Ordinal)), Is.True, transcripts);
                Assert.That(scheduleRuns - RecoveredScans(results, "schedule"), Is.InRange(1, scheduledTimes), "the scan trigger fires at most once per scheduled time for the whole cluster, not once per node");
                Assert.That(triggers.Count(t => t == "serve:run-now") - RecoveredScans(results, "run-now"), Is.EqualTo(3), "each node's --run-now is one scan (plus the dead node's, when it had one fired, recovered once)");
            });
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }

            NpgsqlConnection.ClearAllPools();
            await TestPostgres.DropDatabaseAsync(database);
        }
    }

    [Test]
    public async Task A_second_serve_on_the_same_sqlite_database_is_refused_with_exit_2()
    {
        using var work = new TempFolder("serve-sqlite-twice");
        var inbox = work.Folder("inbox");
        var config = work.WriteText("pipeline.json", ClusterConfig);
        var firstUrl = $"http://127.0.0.1:{ServeTests.FreePort()}";
        await using var first = IngestCli.Start(work.Path, "serve", "--watch", inbox, "--config", config, "--db", work.Db, "--urls", firstUrl);
        await ServeTests.WaitForHealthAsync(firstUrl, first);

        var second = await IngestCli.RunAsync(work.Path, TimeSpan.FromMinutes(1), "serve", "--watch", inbox, "--config", config, "--db", work.Db, "--urls", $"http://127.0.0.1:{ServeTests.FreePort()}");
        first.Terminate();
        var firstResult = await first.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Multiple(() =>
        {
            Assert.That(second.ExitCode, Is.EqualTo(2), second.Transcript);
            Assert.That(second.StdErr, Does.Contain("another `ingest serve` is already running on").And.Contain("one process only"), second.Transcript);
            Assert.That(firstResult.ExitCode, Is.Zero, "the first node is undisturbed\n" + firstResult.Transcript);
        });

        // The lock dies with its holder: once the first node is gone, a node starts again.
        var againUrl = $"http://127.0.0.1:{ServeTests.FreePort()}";
        await using var again = IngestCli.Start(work.Path, "serve", "--watch", inbox, "--config", config, "--db", work.Db, "--urls", againUrl);
        await ServeTests.WaitForHealthAsync(againUrl, again);
        again.Terminate();
        Assert.That((await again.WaitAsync(TimeSpan.FromMinutes(1))).ExitCode, Is.Zero);
    }

    /// <summary>Scans another node re-ran because the node that fired them died (logged by ScanSourcesJob).</summary>
    private static int RecoveredScans(IEnumerable<CliResult> survivors, string trigger) =>
        survivors.Sum(r => r.OutLines.Count(l => l.Contains($"started ({trigger}, recovering an interrupted scan)", StringComparison.Ordinal)));

    /// <summary>How many times the every-10-seconds cron falls in (from, to].</summary>
    private static long ScheduledTimesBetween(DateTimeOffset from, DateTimeOffset to) =>
        (to.ToUnixTimeSeconds() / 10) - (from.ToUnixTimeSeconds() / 10);

    private sealed record Claim(string DocumentId, string Worker);

    private static async Task<Claim?> InFlightAsync(NpgsqlDataSource db)
    {
        try
        {
            var rows = await RowsAsync(db, "SELECT d.id, w.name FROM documents d JOIN workers w ON w.id = d.claimed_by_worker WHERE d.status = 'processing'", r => new Claim(r.GetString(0), r.GetString(1)));
            return rows.FirstOrDefault();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return null;
        }
    }

    private static async Task<DateTimeOffset> NowAsync(NpgsqlDataSource db) =>
        (await RowsAsync(db, "SELECT now()", r => r.GetFieldValue<DateTimeOffset>(0)))[0];

    private static async Task<long> CountAsync(NpgsqlDataSource db, string sql) => (await RowsAsync(db, sql, r => r.GetInt64(0)))[0];

    private static async Task<List<T>> RowsAsync<T>(NpgsqlDataSource db, string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var cmd = db.CreateCommand(sql);
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
