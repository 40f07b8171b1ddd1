using System.Net;
using System.Text.Json;
using Ingest.Cli;
using Ingest.Cli.Hosting;
using Ingest.Worker.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;

namespace Ingest.Tests.Cli.Hosting;

/// <summary>The serve host in-process: /health answers 200 with the scheduler's state; bad serve options exit 2 before anything starts.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ServeHostTests
{
    private string _root = null!;

    [SetUp]
    public void SetUp() => _root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "ingest-servehost-" + Guid.NewGuid().ToString("N"))).FullName;

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    [Test]
    public async Task Health_answers_200_with_the_running_scheduler_and_the_next_scan()
    {
        var config = WriteConfig("""{ "Stages": [ { "Name": "extract" } ], "Schedule": { "Cron": "0 30 3 * * ?", "TimeZone": "UTC" } }""");
        var db = Path.Combine(_root, "ingest.db");
        var worker = WorkerConfig.Read(IngestEnvironment.LoadConfig(config, db));
        worker = worker with { Serve = worker.Serve.WithUrls("http://127.0.0.1:0") };
        await using var env = await IngestEnvironment.OpenAsync(config, db, TimeProvider.System, CancellationToken.None);
        await using var app = ServeHost.Build(env, worker, runNow: false, TimeProvider.System);
        await app.StartAsync();
        try
        {
            using var http = new HttpClient();
            using var response = await http.GetAsync(new Uri(app.Urls.Single() + "/health"));
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

            Assert.Multiple(() =>
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
                Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("up"));
                Assert.That(body.GetProperty("scheduler").GetProperty("state").GetString(), Is.EqualTo("Running"));
                Assert.That(body.GetProperty("scheduler").GetProperty("nextScan").GetDateTimeOffset().TimeOfDay, Is.EqualTo(new TimeSpan(3, 30, 0)));
                Assert.That(body.GetProperty("lastRun").ValueKind, Is.EqualTo(JsonValueKind.Null), "no scan has run yet");
            });
        }
        finally
        {
            await app.StopAsync();
        }
    }

    [Test]
    public async Task The_web_UI_is_served_behind_its_login_beside_the_anonymous_health_check()
    {
        var config = WriteConfig("""{ "Stages": [ { "Name": "extract" } ] }""");
        var db = Path.Combine(_root, "ingest.db");
        var worker = WorkerConfig.Read(IngestEnvironment.LoadConfig(config, db));
        worker = worker with { Serve = worker.Serve.WithUrls("http://127.0.0.1:0") };
        await using var env = await IngestEnvironment.OpenAsync(config, db, TimeProvider.System, CancellationToken.None);
        await using var app = ServeHost.Build(env, worker, runNow: false, TimeProvider.System);
        await app.StartAsync();
        try
        {
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
            var root = app.Urls.Single();
            using var queue = await http.GetAsync(new Uri(root + "/"));
            using var login = await http.GetAsync(new Uri(root + "/login"));
            using var health = await http.GetAsync(new Uri(root + "/health"));

            Assert.Multiple(() =>
            {
                Assert.That(queue.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the review queue needs a login");
                Assert.That(queue.Headers.Location?.ToString(), Does.Contain("/login"));
                Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK));
                Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK), "monitoring needs no login");
            });
        }
        finally
        {
            await app.StopAsync();
        }
    }

    [TestCase("--urls", "http://0.0.0.0:5080", "AllowRemote")]
    [TestCase("--watch", "/no/such/folder", "folder not found")]
    [TestCase("--jobs", "2", "unknown option --jobs")]
    public async Task Bad_serve_options_exit_2_with_the_reason_and_start_nothing(string option, string value, string reason)
    {
        var config = WriteConfig("""{ "Stages": [ { "Name": "extract" } ] }""");
        var db = Path.Combine(_root, "ingest.db");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CliApp.RunAsync(["serve", "--config", config, "--db", db, option, value], output, error, CancellationToken.None);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error.ToString(), Does.Contain(reason));
        Assert.That(File.Exists(db), Is.False, "nothing was created");
    }

    private string WriteConfig(string json)
    {
        var path = Path.Combine(_root, "pipeline.json");
        File.WriteAllText(path, json);
        return path;
    }
}
