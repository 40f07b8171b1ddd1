using System.Net;
using Ingest.Cli;
using Ingest.Core.Storage;
using Ingest.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Web.Tests.Pages;

/// <summary>
/// End to end: the real pipeline stores a sample review, an analyst decides on it in the UI, then
/// `ingest run --reprocess` runs every stage on it again; the analyst's decisions are still applied.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ReprocessTests
{
    private WebUiHost _host = null!;

    [OneTimeSetUp]
    public async Task Start() =>
        _host = await WebUiHost.StartAsync(async store => await PipelineSeed.RunAsync(((Ingest.Storage.Sqlite.SqliteDocumentStore)store).DatabasePath, "s01"));

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task Decisions_made_in_the_ui_survive_ingest_run_reprocess()
    {
        var store = _host.Services.GetRequiredService<IDocumentStore>();
        var doc = await FirstDocumentAsync(store);
        var accepted = doc.Annotations[0];
        var edited = doc.Annotations.First(a => a.Id != accepted.Id && a.Label != "missed_opportunity");
        using var client = await _host.LoggedInAsync("ann");
        var page = $"/review/{doc.Id}";
        Assert.That((await Forms.PostAsync(client, $"{page}/annotations/{accepted.Id}", page, ("action", "accept"), ("version", "0"))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Forms.PostAsync(client, $"{page}/annotations/{edited.Id}", page, ("action", "edit"), ("version", "0"), ("label", "missed_opportunity"), ("agencies", "health"))).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(["run", Repo.Sample("s01"), "--db", _host.Database, "--reprocess"], output, error, CancellationToken.None);

        Assert.That(code, Is.EqualTo(0), $"{output}\n{error}");
        var again = (await store.GetAsync(doc.Id, CancellationToken.None))!;
        Assert.That(again.UpdatedAt, Is.GreaterThan(doc.UpdatedAt), "the document was processed again");
        Assert.That(again.Annotations.Single(a => a.Id == accepted.Id).Status, Is.EqualTo("accepted"));
        var now = again.Annotations.Single(a => a.Id == edited.Id);
        Assert.That((now.Label, now.Status, now.Attributes.Agency ?? (now.Attributes.Agencies is { Count: > 0 } list ? list[0] : null)), Is.EqualTo(("missed_opportunity", "edited", "health")));
        var html = await client.GetStringAsync(page);
        Assert.That(html, Does.Contain($"s-accepted\" id=\"a-{accepted.Id}\""));
        Assert.That(html, Does.Not.Contain("Decisions on suggestions that no longer exist"));
    }

    private static async Task<StoredDocument> FirstDocumentAsync(IDocumentStore store)
    {
        await foreach (var d in store.ListAsync(withText: false, CancellationToken.None))
        {
            if (d.Annotations.Count > 1)
            {
                return d;
            }
        }

        throw new AssertionException("the pipeline stored no review with suggestions");
    }
}
