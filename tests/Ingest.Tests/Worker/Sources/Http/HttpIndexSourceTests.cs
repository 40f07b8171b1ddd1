using System.Text.RegularExpressions;
using Ingest.Core.Pipeline;
using Ingest.Tests.Worker.Intake;
using Ingest.Worker.Configuration;
using Ingest.Worker.Sources;
using Ingest.Worker.Sources.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ingest.Tests.Worker.Sources.Http;

/// <summary>
/// The HTTP index-page source against a real server on a loopback port: new PDFs downloaded and queued
/// with their index page and link text, every kind of bad link stored as a failure with a clear reason,
/// and a second scan that asks with the remembered validators and downloads nothing again.
/// </summary>
[TestFixture]
public sealed class HttpIndexSourceTests
{
    private const int MaxBytes = 1024 * 1024;

    private IntakeRig _rig = null!;
    private PdfSite _site = null!;
    private HttpClient _client = null!;

    [SetUp]
    public async Task SetUp()
    {
        _rig = await IntakeRig.CreateAsync();
        _site = await PdfSite.StartAsync(Sample("s03"), Sample("s06"), hugeBytes: 3 * MaxBytes);
        _client = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
    }

    [TearDown]
    public async Task TearDown()
    {
        _client.Dispose();
        await _site.DisposeAsync();
        await _rig.DisposeAsync();
    }

    [Test]
    public async Task First_scan_takes_the_new_pdfs_and_stores_a_reason_for_every_bad_link()
    {
        var summary = await ScanAsync();

        var queued = await _rig.QueuedJobsAsync();
        var failures = summary.Failures.ToDictionary(f => new Uri(f.Location).AbsolutePath, f => f.Reason);
        Assert.Multiple(() =>
        {
            Assert.That((summary.Seen, summary.Ingested, summary.Unchanged, summary.Failed), Is.EqualTo((8, 3, 0, 5)), string.Join("\n", summary.Failures));
            Assert.That(queued.Select(j => new Uri(j.Source.Location).AbsolutePath), Is.EquivalentTo(new[] { "/files/s03.pdf", "/reviews/docs/s06.pdf", "/files/flaky.pdf" }));
            Assert.That(failures.Keys, Is.EquivalentTo(new[] { "/files/missing.pdf", "/files/slow.pdf", "/files/huge.pdf", "/files/fake.pdf", "/files/disguised.pdf" }));
            Assert.That(failures.GetValueOrDefault("/files/missing.pdf"), Does.StartWith("HTTP 404"));
            Assert.That(failures.GetValueOrDefault("/files/slow.pdf"), Does.Contain("timed out"));
            Assert.That(failures.GetValueOrDefault("/files/huge.pdf"), Does.Contain("over the size limit of 1 MB"));
            Assert.That(failures.GetValueOrDefault("/files/fake.pdf"), Is.EqualTo("not a PDF: served as text/html"));
            Assert.That(failures.GetValueOrDefault("/files/disguised.pdf"), Does.Contain("does not start with %PDF-"));
            Assert.That(_site.Requests.Any(r => r.Path.StartsWith("/news", StringComparison.Ordinal)), Is.False, "a link outside the pattern is never requested");
            Assert.That(_site.Count("/files/flaky.pdf", 503) + _site.Count("/files/flaky.pdf", 200), Is.EqualTo(2), "the 503 is retried once and then succeeds\n" + string.Join("\n", _site.Requests));
            Assert.That(_site.Count("/files/s03.pdf", 200), Is.EqualTo(1), "the #page=2 link is the same file");
        });
    }

    [Test]
    public async Task Provenance_keeps_the_url_the_index_page_and_the_link_text()
    {
        await ScanAsync();

        var s03 = (await _rig.QueuedJobsAsync()).Single(j => j.Source.Location.EndsWith("/files/s03.pdf", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(s03.Source.SourceKind, Is.EqualTo("http"));
            Assert.That(s03.Source.Location, Is.EqualTo(_site.BaseUrl + "files/s03.pdf"));
            Assert.That(s03.Source.FileName, Is.EqualTo("s03.pdf"));
            Assert.That(s03.Source.Note, Is.EqualTo($"index page {_site.IndexPage.AbsoluteUri}; link text \"Child Safeguarding Practice Review: Child S & family\""));
            Assert.That(File.ReadAllBytes(s03.ArchivePath), Is.EqualTo(Sample("s03")), "the archived bytes are the served bytes");
        });
    }

    [Test]
    public async Task Second_scan_asks_with_the_remembered_validators_and_downloads_nothing_twice()
    {
        await ScanAsync();
        var firstRequests = _site.Requests.Count;

        var second = await ScanAsync();

        var again = _site.Requests.Skip(firstRequests).ToList();
        var s03 = again.Single(r => r.Path == "/files/s03.pdf");
        var s06 = again.Single(r => r.Path == "/reviews/docs/s06.pdf");
        Assert.Multiple(() =>
        {
            Assert.That(s03, Is.EqualTo(new SiteRequest("/files/s03.pdf", "\"s03-v1\"", null, 304)));
            Assert.That(s06.Status, Is.EqualTo(304));
            Assert.That(DateTimeOffset.Parse(s06.IfModifiedSince!, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(PdfSite.S06Modified));
            Assert.That(_site.Count("/files/s03.pdf", 200) + _site.Count("/reviews/docs/s06.pdf", 200), Is.EqualTo(2), "each downloaded once over both scans");
            Assert.That(second.Unchanged, Is.EqualTo(3), "s03 and s06 not modified; flaky (no validators) fetched again and known by its bytes");
            Assert.That(second.Ingested, Is.Zero);
        });
    }

    private async Task<RunSummary> ScanAsync()
    {
        var options = new HttpSourceOptions(
            [_site.IndexPage],
            new Regex(@"\.pdf($|[?#])", RegexOptions.IgnoreCase),
            MaxBytes,
            PolitenessDelay: TimeSpan.Zero,
            Timeout: TimeSpan.FromSeconds(1),
            MaxRetries: 1,
            RetryBaseDelay: TimeSpan.FromMilliseconds(10),
            HttpSourceOptions.DefaultUserAgent,
            "$.Sources[0]");
        var source = new HttpIndexSource(options, _client, _rig.Ledger, TimeProvider.System, NullLogger<HttpIndexSource>.Instance);
        var runId = await _rig.Store.StartRunAsync(DateTimeOffset.UtcNow, "test", CancellationToken.None);
        var scan = new SourceScan(_rig.Intake, _rig.Store, runId);
        await source.ScanAsync(scan, CancellationToken.None);
        return scan.Summary(TimeSpan.Zero);
    }

    private static byte[] Sample(string id) => File.ReadAllBytes(Path.Combine(Support.Repo.Samples, id, id + ".pdf"));
}
