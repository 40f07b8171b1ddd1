// Times the analyst UI on a 100-page review with 2,000 suggestions: the review page served over HTTP,
// and a decision stored (over HTTP, and in the store alone). Prints a Markdown table.
// Usage: dotnet run -c Release --project bench/WebBench -- [pages] [annotations] [rounds] [postgres://... (an empty database)]
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Ingest.Core.Review;
using Ingest.Core.Storage;
using Ingest.Core.Configuration;
using Ingest.Storage.Postgres;
using Ingest.Storage.Sqlite;
using Ingest.Web;
using Ingest.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WebBench;

var pages = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
var annotations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 30;
var root = Directory.CreateTempSubdirectory("ingest-webbench-").FullName;
var db = Path.Combine(root, "ingest.db");
var storage = args.Length > 3
    ? new StorageOptions("postgres", db, null, args[3])
    : new StorageOptions("sqlite", db, null, null);
try
{
    await using (var store = await OpenStoreAsync())
    {
        var run = await store.StartRunAsync(DateTimeOffset.UtcNow, "bench", CancellationToken.None);
        foreach (var id in new[] { "bench-http", "bench-store" })
        {
            var doc = LargeReview.Build(id, pages, annotations);
            await store.ClaimAsync(new DocumentClaim(id, doc.FileName, doc.Source, 1, "/nowhere.pdf", 3, false), run, CancellationToken.None);
            await store.SaveResultAsync(doc, run, CancellationToken.None);
        }
    }

    const string Password = "benchmark password";
    await UserAdmin.AddAsync(storage, "bench", UserRole.Analyst, Password, TimeProvider.System, CancellationToken.None);
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = root });
    builder.WebHost.UseUrls("http://127.0.0.1:0");
    builder.Logging.ClearProviders();
    if (storage.Provider == "postgres")
    {
        builder.Services.AddSingleton<IDocumentStore>(new PostgresDocumentStore(PostgresConnectionString.ToNpgsql(storage.ConnectionString!), TimeProvider.System));
        builder.Services.AddIngestWebUiStores(storage);
    }

    builder.Services.AddIngestWebUi(o => o.Database = db);
    var app = builder.Build();
    app.MapIngestWebUi();
    await app.StartAsync();
    var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
    var token = Token(await client.GetStringAsync("/login"));
    await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["name"] = "bench", ["password"] = Password }));

    // Warm-up: JIT, connection pools, the first page render.
    var html = await client.GetStringAsync("/review/bench-http");
    token = Token(html);
    var pageTimes = new List<double>();
    long bytes = 0;
    var pageCpu = Cpu.Start();
    for (var i = 0; i < rounds; i++)
    {
        var sw = Stopwatch.StartNew();
        using var response = await client.GetAsync("/review/bench-http");
        var body = await response.Content.ReadAsByteArrayAsync();
        sw.Stop();
        response.EnsureSuccessStatusCode();
        bytes = body.Length;
        pageTimes.Add(sw.Elapsed.TotalMilliseconds);
    }

    var pageCpuMs = pageCpu.Stop() / rounds;
    var httpDecisionTimes = new List<double>();
    var decisionCpu = Cpu.Start();
    for (var i = 0; i < rounds + 1; i++)
    {
        var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = "accept", ["version"] = "0" });
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/review/bench-http/annotations/a{i:D5}") { Content = content };
        request.Headers.Add("X-CSRF-TOKEN", token);
        var sw = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        sw.Stop();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"decision answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        if (i > 0)
        {
            httpDecisionTimes.Add(sw.Elapsed.TotalMilliseconds);
        }
    }

    var decisionCpuMs = decisionCpu.Stop() / (rounds + 1);

    var documents = app.Services.GetRequiredService<IReviewReader>();
    var readTimes = new List<double>();
    var readCpu = Cpu.Measure(() =>
    {
        for (var i = 0; i < rounds; i++)
        {
            var sw = Stopwatch.StartNew();
            _ = documents.GetForReviewAsync("bench-http", CancellationToken.None).GetAwaiter().GetResult();
            readTimes.Add(sw.Elapsed.TotalMilliseconds);
        }
    }) / rounds;

    var decisions = app.Services.GetRequiredService<IDecisionStore>();
    var storeTimes = new List<double>();
    var storeCpu = Cpu.Start();
    for (var i = 0; i < rounds; i++)
    {
        var sw = Stopwatch.StartNew();
        var outcome = await decisions.DecideAsync(new AnnotationDecision("bench-store", $"a{i:D5}", DecisionTracks.Final, 0, DecisionAction.Accept, "bench"), CancellationToken.None);
        sw.Stop();
        if (outcome.Kind != DecisionOutcomeKind.Stored)
        {
            throw new InvalidOperationException(outcome.Message);
        }

        storeTimes.Add(sw.Elapsed.TotalMilliseconds);
    }

    var storeCpuMs = storeCpu.Stop() / rounds;

    // The same review with every suggestion decided: the page then lays 2,000 decisions over the stored suggestions.
    for (var i = rounds; i < annotations; i++)
    {
        await decisions.DecideAsync(new AnnotationDecision("bench-store", $"a{i:D5}", DecisionTracks.Final, 0, i % 3 == 0 ? DecisionAction.Reject : DecisionAction.Accept, "bench"), CancellationToken.None);
    }

    var decidedTimes = new List<double>();
    var decidedCpu = Cpu.Start();
    for (var i = 0; i < rounds; i++)
    {
        var sw = Stopwatch.StartNew();
        using var response = await client.GetAsync("/review/bench-store");
        _ = await response.Content.ReadAsByteArrayAsync();
        sw.Stop();
        response.EnsureSuccessStatusCode();
        decidedTimes.Add(sw.Elapsed.TotalMilliseconds);
    }

    var decidedCpuMs = decidedCpu.Stop() / rounds;
    var decidedReadTimes = new List<double>();
    var decidedReadCpu = Cpu.Measure(() =>
    {
        for (var i = 0; i < rounds; i++)
        {
            var sw = Stopwatch.StartNew();
            _ = documents.GetForReviewAsync("bench-store", CancellationToken.None).GetAwaiter().GetResult();
            decidedReadTimes.Add(sw.Elapsed.TotalMilliseconds);
        }
    }) / rounds;
    await app.StopAsync();
    Console.WriteLine($"Store: {storage.Provider}");
    Console.WriteLine($"Review of {pages} pages, {annotations} suggestions; {rounds} rounds each; page HTML {bytes / 1024.0:0} KiB; {Environment.ProcessorCount} cores");
    Console.WriteLine();
    Console.WriteLine($"Load average when done: {File.ReadAllText("/proc/loadavg").Trim()}");
    Console.WriteLine();
    Console.WriteLine("| measure | median ms | p95 ms | max ms | CPU ms per call | target |");
    Console.WriteLine("|---|---|---|---|---|---|");
    Row("review page served (GET, whole body read)", pageTimes, pageCpuMs, "< 300 ms");
    Row("  of which: the document read for review (no offset map)", readTimes, readCpu, "");
    Row($"review page served with all {annotations} suggestions decided", decidedTimes, decidedCpuMs, "< 300 ms");
    Row("  of which: the document read with its decisions laid over it", decidedReadTimes, decidedReadCpu, "");
    Row("decision stored over HTTP (POST, antiforgery, audit, apply)", httpDecisionTimes, decisionCpuMs, "< 50 ms");
    Row("decision stored in the store alone", storeTimes, storeCpuMs, "< 50 ms");
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Npgsql.NpgsqlConnection.ClearAllPools();
    Directory.Delete(root, recursive: true);
}

async Task<IDocumentStore> OpenStoreAsync()
{
    IDocumentStore store = storage.Provider == "postgres"
        ? new PostgresDocumentStore(PostgresConnectionString.ToNpgsql(storage.ConnectionString!), TimeProvider.System)
        : new SqliteDocumentStore(db, TimeProvider.System);
    await store.MigrateAsync(CancellationToken.None);
    return store;
}

static void Row(string name, List<double> times, double cpuMs, string target)
{
    var sorted = times.Order().ToList();
    double At(double q) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {At(0.5):0.0} | {At(0.95):0.0} | {sorted[^1]:0.0} | {cpuMs:0.0} | {target} |"));
}

static string Token(string html) =>
    WebUtility.HtmlDecode(Regex.Match(html, "<meta name=\"csrf-token\" content=\"([^\"]+)\"").Groups[1].Value);

/// <summary>
/// CPU time of this process (client and server both run in it), which a busy machine inflates far
/// less than wall time: on an idle machine a single request's wall time is close to its CPU time.
/// </summary>
internal sealed class Cpu
{
    private readonly TimeSpan _start = Process.GetCurrentProcess().TotalProcessorTime;

    public static Cpu Start() => new();

    public double Stop() => (Process.GetCurrentProcess().TotalProcessorTime - _start).TotalMilliseconds;

    public static double Measure(Action work)
    {
        var cpu = Start();
        work();
        return cpu.Stop();
    }
}
