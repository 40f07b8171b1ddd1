using System.Text;
using Ingest.Core.Documents;
using Ingest.Core.Export;
using Ingest.Core.Export.Import;
using Ingest.Core.Storage;
using Ingest.Storage.Sqlite;
using static Ingest.Tests.Support.StoredDocuments;

namespace Ingest.Tests.Core.Export.Import;

/// <summary>`ingest import`: a JSONL export into an empty SQLite store, and out again.</summary>
[TestFixture]
public sealed class JsonlImporterTests
{
    private string _folder = string.Empty;

    [SetUp]
    public void MakeFolder() => _folder = Path.Combine(Path.GetTempPath(), "ingest-import-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void RemoveFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private async Task<SqliteDocumentStore> EmptyStore(string name)
    {
        var store = new SqliteDocumentStore(Path.Combine(_folder, name + ".db"), TimeProvider.System);
        await store.MigrateAsync(CancellationToken.None);
        return store;
    }

    internal static async Task<string> Jsonl(IAsyncEnumerable<StoredDocument> documents)
    {
        using var buffer = new MemoryStream();
        await JsonlExporter.WriteAsync(documents, buffer, ExportFilter.All, CancellationToken.None);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    internal static async Task<ImportSummary> Import(IDocumentStore store, string jsonl) =>
        await new JsonlImporter(store, TimeProvider.System).ImportAsync(new StringReader(jsonl), "corpus.jsonl", CancellationToken.None);

    private static StoredDocument[] Unusual()
    {
        const string text = "Summary 😀 of the review.\nPC Smith attended in Spring 2020.";
        var dated = Make("a1", text, [On(text, "PC Smith", Labels.PoliceMention, new AnnotationAttributes { Category = "role", Force = "Wexham Police" })],
            MetadataOf(["DHR", "SAR"], "Wexham CSP", "Wexham Police", "2023-06-15"), [Page(1, 0, 26), Page(2, 27, text.Length)]);
        dated = dated with
        {
            Metadata = dated.Metadata! with { Incident = new Evidenced<ReviewDate>(ReviewDateIso.Parse("2020-03/2020-05")!, 0, 0, 1), Completed = new Evidenced<ReviewDate>(ReviewDateIso.Parse("2022-11")!, 0, 0, 1) },
            Sections = [new Section("1. Summary", "executive_summary", 1, 0, text.Length, 10, 0.9)],
        };
        var failed = Make("b2", string.Empty, []) with { Status = DocumentStatus.Failed, Error = "file is not a PDF (starts with <html>)", Extracted = null };
        return [dated, failed];
    }

    [Test]
    public async Task An_export_imported_into_an_empty_store_exports_to_the_same_bytes()
    {
        var first = await Jsonl(Stream(Unusual()));
        await using var store = await EmptyStore("roundtrip");
        var summary = await Import(store, first);
        Assert.That((summary.Imported, summary.AlreadyStored, summary.Problems.Count), Is.EqualTo((2, 0, 0)));
        var second = await Jsonl(store.ListAsync(true, CancellationToken.None));
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public async Task Imported_documents_keep_status_source_and_dates_and_have_no_archive()
    {
        await using var store = await EmptyStore("fields");
        await Import(store, await Jsonl(Stream(Unusual())));
        var dated = await store.GetAsync("a1", CancellationToken.None);
        var failed = await store.GetAsync("b2", CancellationToken.None);
        Assert.That(dated!.ArchivePath, Is.EqualTo(JsonlImporter.NoArchive));
        Assert.That(dated.Source, Is.EqualTo("/in/a1.pdf"));
        Assert.That(dated.Metadata!.Incident!.Value.First, Is.EqualTo(new DateOnly(2020, 3, 1)));
        Assert.That(dated.Metadata.Incident.Value.Last, Is.EqualTo(new DateOnly(2020, 5, 31)));
        Assert.That(dated.Metadata.PublicationLagDays, Is.EqualTo(new DateOnly(2023, 6, 15).DayNumber - new DateOnly(2020, 3, 1).DayNumber));
        Assert.That(dated.Provenances.Single().Note, Does.Contain("corpus.jsonl line 1"));
        Assert.That(failed!.Status, Is.EqualTo(DocumentStatus.Failed));
        Assert.That(failed.Error, Does.Contain("not a PDF"));
    }

    [Test]
    public async Task Importing_twice_leaves_the_stored_documents_as_they_are()
    {
        var jsonl = await Jsonl(Stream(Unusual()));
        await using var store = await EmptyStore("twice");
        await Import(store, jsonl);
        var again = await Import(store, jsonl);
        Assert.That((again.Imported, again.AlreadyStored), Is.EqualTo((0, 2)));
    }

    [Test]
    public async Task A_bad_line_is_reported_with_its_number_and_the_others_are_imported()
    {
        var good = (await Jsonl(Stream(Unusual()))).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var jsonl = string.Join('\n', "{not json", good[0].Replace("\"id\":\"a1\"", "\"id\":\"c3\"", StringComparison.Ordinal).Replace("\"start\":27", "\"start\":9999", StringComparison.Ordinal), good[1]) + "\n";
        await using var store = await EmptyStore("bad");
        var summary = await Import(store, jsonl);
        Assert.That(summary.Imported, Is.EqualTo(1));
        Assert.That(summary.Problems.Select(p => p.Line), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(summary.Problems[1].Reason, Does.Contain("outside the text"));
        Assert.That(await store.GetAsync("b2", CancellationToken.None), Is.Not.Null);
        var runs = await store.RecentRunsAsync(1, CancellationToken.None);
        Assert.That(runs[0].Summary!.Failures.Select(f => f.Location), Is.EqualTo(new[] { "corpus.jsonl line 1", "corpus.jsonl line 2" }), "the run records what was not imported");
    }

    [Test]
    public void A_rating_in_the_contract_shape_is_read_with_its_criteria_and_confirmation()
    {
        const string line = """{"id":"x","file":"x.pdf","source":"x.pdf","status":"ingested","error":null,"metadata":{},"text":"","pages":[],"sections":[],"annotations":[],"rating":{"suggested":2,"confidence":0.71,"criteria":{"police_coverage":1,"timeliness":{"score":3,"evidence":["metadata.dates"],"explanation":"two years"}},"confirmed":3,"confirmed_by":"ana"},"screening":{"police_engagement":true,"confidence":0.97,"confirmed":null}}""";
        var d = JsonlDocumentReader.Read(line).Document;
        Assert.That(d.Rating!.Suggested, Is.EqualTo(2));
        Assert.That(d.Rating.Criteria["police_coverage"].Score, Is.EqualTo(1));
        Assert.That(d.Rating.Criteria["timeliness"].Evidence, Is.EqualTo(new[] { "metadata.dates" }));
        Assert.That((d.Rating.Confirmed, d.Rating.ConfirmedBy), Is.EqualTo((3, "ana")));
        Assert.That(d.Screening!.PoliceEngagement, Is.True);
        Assert.That(d.Screening.Confirmed, Is.Null);
    }
}
