using System.Net;
using System.Text.RegularExpressions;
using Ingest.Core.Pipeline;
using Ingest.Core.Review;
using Ingest.Core.Configuration;
using Ingest.Core.Storage;
using Ingest.Storage.Postgres;
using Ingest.Storage.Sqlite;
using Ingest.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ingest.Web.Tests.Support;

/// <summary>
/// The web UI hosted as the serve host will host it (AddIngestWebUi + MapIngestWebUi) on 127.0.0.1 with
/// a free port, over a fresh SQLite store (or, with <see cref="Postgres"/>, a schema of its own on the test
/// PostgreSQL, as `ingest serve` registers it there), with logins (ann, bob and cat analysts, lee a lead, ada an admin).
/// </summary>
internal sealed partial class WebUiHost : IAsyncDisposable
{
    public const string Password = "correct horse battery";

    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly WebApplication _app;

    private WebUiHost(WebApplication app, string root, string database, TestClock clock, FakeIntake intake)
    {
        _app = app;
        Root = root;
        Database = database;
        Clock = clock;
        Intake = intake;
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
    }

    public string Root { get; }

    public string Database { get; }

    public TestClock Clock { get; }

    public FakeIntake Intake { get; }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>The test's own schema on PostgreSQL, dropped with the host (null on SQLite).</summary>
    private string? PostgresSchema { get; init; }

    /// <param name="services">Registrations made before the UI's own (which are TryAdd), to put a test double in place of a store.</param>
    public static async Task<WebUiHost> StartAsync(Func<IDocumentStore, Task>? seed = null, string provider = Sqlite, Action<IServiceCollection>? services = null)
    {
        var root = Path.Combine(Path.GetTempPath(), "ingest-web-" + Guid.NewGuid().ToString("N"));
        var database = Path.Combine(root, "ingest.db");
        Directory.CreateDirectory(root);
        var clock = new TestClock(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var (storage, schema) = provider == Postgres ? await PostgresStorageAsync(database) : (new StorageOptions(Sqlite, database, null, null), null);
        await using (var store = OpenDocuments(storage, clock))
        {
            await store.MigrateAsync(CancellationToken.None);
            if (seed is not null)
            {
                await seed(store);
            }
        }

        foreach (var (name, role) in new[] { ("ann", UserRole.Analyst), ("bob", UserRole.Analyst), ("cat", UserRole.Analyst), ("lee", UserRole.Lead), ("ada", UserRole.Admin) })
        {
            var problem = await Ingest.Web.Security.UserAdmin.AddAsync(storage, name, role, Password, clock, CancellationToken.None);
            Assert.That(problem, Is.Null);
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = root });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var intake = new FakeIntake();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton<IDocumentIntake>(intake);
        services?.Invoke(builder.Services);
        if (schema is not null)
        {
            builder.Services.AddSingleton(OpenDocuments(storage, clock));
            builder.Services.AddIngestWebUiStores(storage);
        }

        builder.Services.AddIngestWebUi(o =>
        {
            o.Database = database;
            o.PageImageCache = Path.Combine(root, "pages");
        });
        var app = builder.Build();
        app.MapIngestWebUi();
        await app.StartAsync();
        return new WebUiHost(app, root, database, clock, intake) { PostgresSchema = schema };
    }

    private static async Task<(StorageOptions, string?)> PostgresStorageAsync(string database)
    {
        var (connectionString, schema) = await TestPostgres.CreateSchemaAsync();
        return (new StorageOptions(Postgres, database, null, connectionString), schema);
    }

    private static IDocumentStore OpenDocuments(StorageOptions storage, TimeProvider clock) => storage.Provider == Postgres
        ? new PostgresDocumentStore(PostgresConnectionString.ToNpgsql(storage.ConnectionString!), clock)
        : new SqliteDocumentStore(storage.Database, clock);

    /// <summary>A client that keeps its cookies and does not follow redirects, so a test sees each answer as the browser gets it.</summary>
    public HttpClient Client() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = BaseAddress };

    public async Task<HttpClient> LoggedInAsync(string name)
    {
        var client = Client();
        var response = await LogInAsync(client, name, Password);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"log in as {name}");
        return client;
    }

    public static async Task<HttpResponseMessage> LogInAsync(HttpClient client, string name, string password)
    {
        var token = await TokenAsync(client, "/login");
        return await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["name"] = name,
            ["password"] = password,
        }));
    }

    /// <summary>The antiforgery token of a page, read as the browser would from its form or meta tag.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var match = TokenPattern().Match(html);
        Assert.That(match.Success, Is.True, $"no antiforgery token on {path}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (PostgresSchema is not null)
        {
            await TestPostgres.DropSchemaAsync(PostgresSchema);
        }

        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
