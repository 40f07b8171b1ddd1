using System.Net;
using System.Net.Http.Headers;
using Ingest.Web.Tests.Support;

namespace Ingest.Web.Tests.Pages;

/// <summary>Upload hands a PDF to the intake (and refuses anything else); the dashboard's figures link to their evidence.</summary>
[TestFixture(WebUiHost.Sqlite)]
[TestFixture(WebUiHost.Postgres)]
[NonParallelizable]
public sealed class UploadAndDashboardTests(string provider)
{
    private WebUiHost _host = null!;

    [OneTimeSetUp]
    public async Task Start() =>
        _host = await WebUiHost.StartAsync(async store =>
        {
            await TestDocuments.SaveAsync(store, TestDocuments.Small("doc-a"), Repo.Sample("s01"));
            await TestDocuments.SaveAsync(store, TestDocuments.Small("doc-b"), Repo.Sample("s02"));
        }, provider);

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    private static async Task<HttpResponseMessage> Upload(HttpClient client, byte[] bytes, string name)
    {
        var token = await WebUiHost.TokenAsync(client, "/upload");
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", name);
        return await client.PostAsync("/upload", content);
    }

    [Test]
    public async Task An_uploaded_pdf_goes_to_the_intake_with_who_uploaded_it()
    {
        using var client = await _host.LoggedInAsync("ann");
        var pdf = await File.ReadAllBytesAsync(Repo.Sample("s03"));

        using var response = await Upload(client, pdf, "s03.pdf");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("queued for the pipeline"));
        var (fileName, bytes, provenance) = _host.Intake.Submitted.Single(s => s.FileName == "s03.pdf");
        Assert.That(bytes, Is.EqualTo(pdf));
        Assert.That((provenance.SourceKind, provenance.Note), Is.EqualTo(("upload", "uploaded by ann")));
    }

    [Test]
    public async Task A_file_that_is_not_a_pdf_is_refused_and_nothing_is_submitted()
    {
        using var client = await _host.LoggedInAsync("ann");

        using var response = await Upload(client, "<html>not a pdf</html>"u8.ToArray(), "page.pdf");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("is not a PDF"));
        Assert.That(_host.Intake.Submitted.Any(s => s.FileName == "page.pdf"), Is.False);
    }

    [Test]
    public async Task Dashboard_figures_link_to_the_reviews_and_annotations_behind_them()
    {
        using var client = await _host.LoggedInAsync("ann");

        var dashboard = await client.GetStringAsync("/dashboard");
        var processes = await client.GetStringAsync("/annotations?label=police_mention&category=process&text=dash%20risk%20assessment");
        var police = await client.GetStringAsync("/annotations?label=recommendation&agency=police");
        var rated = await client.GetStringAsync("/?rating=2");

        Assert.That(dashboard, Does.Contain("href=\"/?rating=2\">2 Limited</a></td><td class=\"n\"><a href=\"/?rating=2\">2</a>"));
        Assert.That(dashboard, Does.Contain("/annotations?label=police_mention&amp;category=process&amp;text=dash%20risk%20assessment"));
        Assert.That(dashboard, Does.Contain("100%"), "every recommendation in the samples is for the police");
        Assert.That(processes, Does.Contain("2 found").And.Contain("href=\"/review/doc-a#a-a-dash\""));
        Assert.That(police, Does.Contain("2 found"));
        Assert.That(rated, Does.Contain("2 reviews"));
    }

    [Test]
    public async Task The_queue_filters_and_puts_the_least_certain_first()
    {
        using var client = await _host.LoggedInAsync("ann");

        var none = await client.GetStringAsync("/?type=DHR");
        var all = await client.GetStringAsync("/?order=uncertain");

        Assert.That(none, Does.Contain("0 reviews"));
        Assert.That(all, Does.Contain("<td>0.41</td>"), "the least certain waiting suggestion is shown");
    }
}
