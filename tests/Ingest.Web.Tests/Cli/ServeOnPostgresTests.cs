using System.Net;
using System.Text.Json;
using Ingest.Cli;
using Ingest.Cli.Hosting;
using Ingest.Core.Documents;
using Ingest.Tests.Support;
using Ingest.Web.Tests.Support;
using Ingest.Worker.Configuration;
using Ingest.Core.Configuration;
using Ingest.Core.Pipeline;
using Ingest.Core.Storage;
using Ingest.Storage.Postgres;
using Ingest.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ingest.Web.Tests.Cli;

/// <summary>
/// `ingest serve` on PostgreSQL serves the analyst UI too: logins made with `ingest users add --db postgres://...`,
/// a review read and a decision recorded in the shared database, and a second analyst's stale decision
/// answered 409 with nothing overwritten; and two nodes share logins (the key ring is in the database)
/// and decisions. Each test has a database of its own.
/// </summary>
[TestFixture]
[NonParallelizable] // `ingest users add` reads standard input, which is process-wide
public sealed class ServeOnPostgresTests
{
    private string _root = null!;
    private string _database = null!;
    private string _url = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        (_url, _database) = await TestPostgres.CreateDatabaseAsync();
        _root = Directory.CreateTempSubdirectory("ingest-serve-pg-").FullName;
    }

    [TearDown]
    public async Task DropDatabase()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        await TestPostgres.DropDatabaseAsync(_database);
        Directory.Delete(_root, recursive: true);
    }

    [Test]
    public async Task An_analyst_logs_in_and_records_a_decision_in_PostgreSQL_and_a_stale_second_one_is_a_conflict()
    {
        var config = Path.Combine(_root, "pipeline.json");
        File.WriteAllText(config, JsonSerializer.Serialize(new { Stages = new[] { new { Name = "extract" } }, Storage = new { ArchivePath = Path.Combine(_root, "archive") } }));
        Assert.That(await AddUserAsync(config, "ann"), Is.Zero);
        Assert.That(await AddUserAsync(config, "bob"), Is.Zero);
        var worker = WorkerConfig.Read(IngestEnvironment.LoadConfig(config, _url));
        worker = worker with { Serve = worker.Serve.WithUrls("http://127.0.0.1:0") };
        await using var env = await IngestEnvironment.OpenAsync(config, _url, TimeProvider.System, CancellationToken.None);
        await TestDocuments.SaveAsync(env.Store, TestDocuments.Small("doc-pg"), Repo.Sample("s01"));
        await using var app = ServeHost.Build(env, worker, runNow: false, TimeProvider.System);
        await app.StartAsync();
        try
        {
            var baseAddress = new Uri(app.Urls.Single());
            using var ann = await LoggedInAsync(baseAddress, "ann");
            using var bob = await LoggedInAsync(baseAddress, "bob");

            var page = await ann.GetStringAsync("/review/doc-pg");
            using var accepted = await DecideAsync(ann, "accept");
            using var stale = await DecideAsync(bob, "reject");

            Assert.That(page, Does.Contain("id=\"a-a-force\""), "the review page reads the document from PostgreSQL");
            Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.OK), await accepted.Content.ReadAsStringAsync());
            Assert.That(JsonDocument.Parse(await accepted.Content.ReadAsStringAsync()).RootElement.GetProperty("version").GetInt32(), Is.EqualTo(1));
            Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(await stale.Content.ReadAsStringAsync(), Does.Contain("ann changed this"));
            var stored = await env.Store.GetAsync("doc-pg", CancellationToken.None);
            Assert.That(stored!.Annotations.Single(a => a.Id == "a-force").Status, Is.EqualTo("accepted"));
            var log = await TestPostgres.QueryAsync(TestPostgres.ConnectionStringFor(_database), "SELECT decided_by, action, version FROM decisions");
            Assert.That(log.Select(r => ((string)r[0]!, (string)r[1]!, (int)r[2]!)), Is.EqualTo(new[] { ("ann", "accept", 1) }));
        }
        finally
        {
            await app.StopAsync();
        }
    }

    [Test]
    public async Task A_login_made_on_one_node_is_good_on_another_and_a_decision_there_is_checked_against_the_first()
    {
        var storage = new StorageOptions("postgres", Path.Combine(_root, "ingest.db"), Path.Combine(_root, "archive"), _url);
        Assert.That(await UserAdmin.AddAsync(storage, "ann", Core.Review.UserRole.Analyst, WebUiHost.Password, TimeProvider.System, CancellationToken.None), Is.Null);
        Assert.That(await UserAdmin.AddAsync(storage, "bob", Core.Review.UserRole.Analyst, WebUiHost.Password, TimeProvider.System, CancellationToken.None), Is.Null);
        await using (var store = new PostgresDocumentStore(TestPostgres.ConnectionStringFor(_database), TimeProvider.System))
        {
            await store.MigrateAsync(CancellationToken.None);
            await TestDocuments.SaveAsync(store, TestDocuments.Small("doc-pg"), Repo.Sample("s01"));
        }

        await using var nodeA = await StartUiNodeAsync(storage);
        await using var nodeB = await StartUiNodeAsync(storage);
        var (a, b) = (new Uri(nodeA.Urls.Single()), new Uri(nodeB.Urls.Single()));
        using var ann = await LoggedInAsync(a, "ann");
        using var bob = await LoggedInAsync(b, "bob");

        // Cookies are per host, not per port: the same client now calls node B with node A's login.
        using var queueOnB = await ann.GetAsync(new Uri(b, "/"));
        using var annOnB = await Forms.PostAsync(ann, new Uri(b, "/review/doc-pg/annotations/a-force").ToString(), new Uri(b, "/review/doc-pg").ToString(), ("action", "accept"), ("version", "0"));
        using var bobOnA = await Forms.PostAsync(bob, new Uri(a, "/review/doc-pg/annotations/a-force").ToString(), new Uri(a, "/review/doc-pg").ToString(), ("action", "reject"), ("version", "0"));

        Assert.That(queueOnB.StatusCode, Is.EqualTo(HttpStatusCode.OK), "node B reads node A's login cookie");
        Assert.That(annOnB.StatusCode, Is.EqualTo(HttpStatusCode.OK), await annOnB.Content.ReadAsStringAsync());
        Assert.That(bobOnA.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "node A sees node B's decision");
        var keys = await TestPostgres.QueryAsync(TestPostgres.ConnectionStringFor(_database), "SELECT COUNT(*) FROM data_protection_keys");
        Assert.That(keys[0][0], Is.EqualTo(1L), "one key ring for both nodes");
    }

    /// <summary>The UI part of a serve node (no worker: Quartz allows one scheduler of a name per process).</summary>
    private async Task<WebApplication> StartUiNodeAsync(StorageOptions storage)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = _root });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IDocumentStore>(_ => new PostgresDocumentStore(TestPostgres.ConnectionStringFor(_database), TimeProvider.System));
        builder.Services.AddSingleton<IDocumentIntake>(new FakeIntake());
        builder.Services.AddIngestWebUiStores(storage);
        builder.Services.AddIngestWebUi(o =>
        {
            o.Database = storage.Database;
            o.PageImageCache = Path.Combine(_root, "pages");
        });
        var app = builder.Build();
        app.MapIngestWebUi();
        await app.StartAsync();
        return app;
    }

    private static Task<HttpResponseMessage> DecideAsync(HttpClient client, string action) =>
        Forms.PostAsync(client, "/review/doc-pg/annotations/a-force", "/review/doc-pg", ("action", action), ("version", "0"));

    private static async Task<HttpClient> LoggedInAsync(Uri baseAddress, string name)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = baseAddress };
        using var response = await WebUiHost.LogInAsync(client, name, WebUiHost.Password);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"log in as {name}");
        return client;
    }

    private async Task<int> AddUserAsync(string config, string name)
    {
        var previous = Console.In;
        Console.SetIn(new StringReader(WebUiHost.Password + "\n"));
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = await CliApp.RunAsync(["users", "add", name, "--role", "analyst", "--config", config, "--db", _url], output, error, CancellationToken.None);
            Assert.That(error.ToString(), Is.Empty);
            return code;
        }
        finally
        {
            Console.SetIn(previous);
        }
    }
}
