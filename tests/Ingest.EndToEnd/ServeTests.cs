using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Ingest.EndToEnd.Support;

namespace Ingest.EndToEnd;

/// <summary>
/// `ingest serve` as an operator runs it: a drop folder watched, a scan at start, /health polled, every
/// document stored once; then killed outright mid-way and started again, still every document once.
/// </summary>
[TestFixture]
public sealed class ServeTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    private const string ExtractOnly = """
        {
          "Stages": [ { "Name": "extract" } ],
          "Run": { "DocumentTimeoutSeconds": 60, "MaxParallelDocuments": 1 }
        }
        """;

    [Test]
    public async Task Serve_run_now_stores_every_pdf_of_the_watched_folder_once_answers_health_and_stops_on_sigterm()
    {
        using var work = new TempFolder("serve");
        var inbox = work.Folder("inbox");
        var files = CopySamples(inbox, ["s03", "s06"], pad: false);
        var config = work.WriteText("pipeline.json", ExtractOnly);
        var store = new StoreReader(work.Db);
        var url = $"http://127.0.0.1:{FreePort()}";

        await using var serve = IngestCli.Start(work.Path, "serve", "--run-now", "--watch", inbox, "--config", config, "--db", work.Db, "--urls", url);
        var health = await WaitForHealthAsync(url, serve);
        Assert.That(health.GetProperty("status").GetString(), Is.EqualTo("up"));
        Assert.That(health.GetProperty("scheduler").GetProperty("state").GetString(), Is.EqualTo("Running"));

        await WaitUntilAsync(() => store.TryCount("ingested") == files.Count, serve, "every document ingested");
        var lastRun = (await GetHealthAsync(url))!.Value.GetProperty("lastRun");
        serve.Terminate();
        var result = await serve.WaitAsync(TimeSpan.FromMinutes(1));

        var documents = store.Documents();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, $"SIGTERM should stop serve cleanly\n{result.Transcript}");
            Assert.That(result.StdOut, Does.Contain("serve: stopped"), result.Transcript);
            Assert.That(documents.Select(d => d.Id), Is.EquivalentTo(files.Select(StoreReader.Sha256Of)), "every file stored exactly once");
            Assert.That(documents.Select(d => d.TextLength), Has.All.GreaterThan(0));
            Assert.That(store.Provenance().Select(p => (p.SourceKind, p.Location)), Is.EquivalentTo(files.Select(f => ("folder", f))));
            Assert.That(lastRun.GetProperty("trigger").GetString(), Is.EqualTo("serve:run-now"));
            Assert.That((lastRun.GetProperty("seen").GetInt32(), lastRun.GetProperty("new").GetInt32()), Is.EqualTo((files.Count, files.Count)));
            Assert.That(files.All(File.Exists), Is.True, "the drop folder's files are left where they were");
        });
    }

    [Test]
    public async Task Serve_killed_mid_way_and_started_again_stores_every_document_exactly_once()
    {
        using var work = new TempFolder("serve-kill");
        var inbox = work.Folder("inbox");
        var files = CopySamples(inbox, ["s03", "s06", "s08", "s03", "s06", "s08"], pad: true);
        var ids = files.Select(StoreReader.Sha256Of).ToList();
        Assert.That(ids.Distinct().Count(), Is.EqualTo(files.Count), "the padded copies should all have different SHA-256");
        var config = work.WriteText("pipeline.json", ExtractOnly);
        var store = new StoreReader(work.Db);
        string[] Args(string url) => ["serve", "--run-now", "--watch", inbox, "--config", config, "--db", work.Db, "--urls", url];

        CliResult killed;
        await using (var first = IngestCli.Start(work.Path, Args($"http://127.0.0.1:{FreePort()}")))
        {
            // Killed while a document is being read: its job must be recovered at the next start.
            await WaitUntilAsync(() => store.TryCount("ingested") >= 2 && store.TryCount("processing") >= 1, first, "two documents ingested and a third in flight");
            first.Kill();
            killed = await first.WaitAsync(TimeSpan.FromMinutes(1));
        }

        var ingestedBeforeKill = store.TryCount("ingested");
        var inFlight = store.Documents().Where(d => d.Status == "processing").Select(d => d.Id).ToList();
        Assert.That(ingestedBeforeKill, Is.LessThan(files.Count), $"the kill should fall part-way through\n{killed.Transcript}");
        TestContext.Out.WriteLine($"killed with {ingestedBeforeKill} of {files.Count} ingested, {inFlight.Count} in flight");

        CliResult second;
        await using (var again = IngestCli.Start(work.Path, Args($"http://127.0.0.1:{FreePort()}")))
        {
            await WaitUntilAsync(() => store.TryCount("ingested") == files.Count, again, "every document ingested after the restart");
            again.Terminate();
            second = await again.WaitAsync(TimeSpan.FromMinutes(1));
        }

        var documents = store.Documents();
        Assert.Multiple(() =>
        {
            Assert.That(second.ExitCode, Is.Zero, second.Transcript);
            Assert.That(documents.Select(d => d.Id), Is.EquivalentTo(ids), "every file stored exactly once");
            Assert.That(documents.Select(d => d.Status), Has.All.EqualTo("ingested"));
            Assert.That(documents.Where(d => !inFlight.Contains(d.Id)).Select(d => d.Attempts), Has.All.EqualTo(1), "documents not in flight at the kill are read once");
            Assert.That(documents.Where(d => inFlight.Contains(d.Id)).Select(d => d.Attempts), Has.All.EqualTo(2), "the document in flight is read once more, no more");
            Assert.That(store.RunTriggers(), Does.Contain("serve:recovery"), "the interrupted document's job is recovered by Quartz");
            Assert.That(second.StdOut, Does.Contain("re-running after an interrupted attempt"), second.Transcript);
            Assert.That(store.Provenance().Select(p => (p.DocumentId, p.Location)), Is.EquivalentTo(ids.Zip(files)), "one provenance per file, no duplicates");
        });
    }

    /// <summary>Copies of samples; with <paramref name="pad"/>, each with its own comment line after the end, so each has its own SHA-256.</summary>
    internal static List<string> CopySamples(string folder, string[] samples, bool pad)
    {
        var files = new List<string>();
        for (var i = 0; i < samples.Length; i++)
        {
            var path = Path.Combine(folder, $"doc-{i + 1:00}-{samples[i]}.pdf");
            var bytes = File.ReadAllBytes(Repo.Sample(samples[i]));
            File.WriteAllBytes(path, pad ? [.. bytes, .. Encoding.ASCII.GetBytes($"%pad {i + 1}\n")] : bytes);
            files.Add(path);
        }

        return files;
    }

    internal static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    internal static async Task<JsonElement> WaitForHealthAsync(string url, RunningCli serve)
    {
        JsonElement? health = null;
        await WaitUntilAsync(async () => (health = await GetHealthAsync(url)) is not null, serve, "GET /health answering 200");
        return health!.Value;
    }

    private static async Task<JsonElement?> GetHealthAsync(string url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(new Uri(url + "/health"));
            return response.StatusCode == HttpStatusCode.OK
                ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone()
                : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException)
        {
            return null;
        }
    }

    internal static Task WaitUntilAsync(Func<bool> condition, RunningCli serve, string what) =>
        WaitUntilAsync(() => Task.FromResult(condition()), serve, what);

    /// <summary>Polls until the condition holds; fails with the transcript if serve exits or the limit passes.</summary>
    internal static async Task WaitUntilAsync(Func<Task<bool>> condition, RunningCli serve, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            if (serve.HasExited || waited.Elapsed > Limit)
            {
                var result = await serve.WaitAsync(TimeSpan.FromSeconds(5));
                Assert.Fail($"gave up waiting for {what}\n{result.Transcript}");
            }

            await Task.Delay(100);
        }
    }
}
