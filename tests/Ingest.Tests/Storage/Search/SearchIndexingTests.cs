using Ingest.Core.Documents;
using Ingest.Core.Export.Import;
using Ingest.Core.Search;
using Ingest.Storage.Sqlite;
using Ingest.Tests.Core.Export.Import;
using static Ingest.Tests.Support.StoredDocuments;

namespace Ingest.Tests.Storage.Search;

/// <summary>The index follows the store: a save indexes, a second save replaces, a reindex rebuilds.</summary>
[TestFixture]
public sealed class SearchIndexingTests
{
    private string _folder = string.Empty;

    [SetUp]
    public void MakeFolder() => _folder = Path.Combine(Path.GetTempPath(), "ingest-search-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void RemoveFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private const string Text = "The officers attended the address.\n\nNo welfare check was made.";

    [Test]
    public async Task A_saved_document_is_searchable_and_a_reindex_rebuilds_the_same_index()
    {
        await using var store = new SqliteDocumentStore(Path.Combine(_folder, "s.db"), TimeProvider.System);
        await store.MigrateAsync(CancellationToken.None);
        var doc = Make("d1", Text, [On(Text, "No welfare check was made.", Labels.MissedOpportunity)], MetadataOf(["DHR"]));
        await JsonlImporterTests.Import(store, await JsonlImporterTests.Jsonl(Stream(doc)));
        var search = new SqliteSentenceSearch(store.DatabasePath);
        var query = new SearchQuery("\"welfare check\"", [Labels.MissedOpportunity], ["DHR"]);
        var hit = (await search.SearchAsync(query, CancellationToken.None)).Single();
        Assert.That((hit.DocumentId, hit.Page, Text[hit.Start..hit.End]), Is.EqualTo(("d1", (int?)1, "No welfare check was made.")));
        Assert.That(hit.Snippet, Is.EqualTo("No [welfare check] was made."), "a phrase is highlighted as one");

        Assert.That(await search.NeedsBuildingAsync(CancellationToken.None), Is.False, "the import's save indexed it");
        await using (var c = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + store.DatabasePath))
        {
            await c.OpenAsync();
            await using var clear = c.CreateCommand();
            clear.CommandText = "DELETE FROM search_sentences; DELETE FROM search_text;";
            await clear.ExecuteNonQueryAsync();
        }

        Assert.That(await search.NeedsBuildingAsync(CancellationToken.None), Is.True, "a store with text and no index (made before migration 6)");
        Assert.That(await search.SearchAsync(query, CancellationToken.None), Is.Empty);
        var sentences = await search.ReindexAsync(store.ListAsync(true, CancellationToken.None), CancellationToken.None);
        Assert.That(sentences, Is.EqualTo(2));
        Assert.That(await search.SearchAsync(query, CancellationToken.None), Is.EqualTo(new[] { hit }).Using<SearchHit>((a, b) => a.DocumentId == b.DocumentId && a.Start == b.Start && a.Snippet == b.Snippet));
    }

    [Test]
    public async Task Indexing_a_document_again_replaces_its_sentences()
    {
        await using var store = new SqliteDocumentStore(Path.Combine(_folder, "s.db"), TimeProvider.System);
        await store.MigrateAsync(CancellationToken.None);
        var search = new SqliteSentenceSearch(store.DatabasePath);
        var doc = Make("d1", Text, []);
        await search.IndexAsync(SearchDocument.From(doc), CancellationToken.None);
        await search.IndexAsync(SearchDocument.From(doc with { Extracted = doc.Extracted! with { Text = "Nothing about checks here." } }), CancellationToken.None);
        Assert.That(await search.SearchAsync(new SearchQuery("officers", [], []), CancellationToken.None), Is.Empty);
        Assert.That(await search.SearchAsync(new SearchQuery("check", [], []), CancellationToken.None), Has.Count.EqualTo(1));
    }
}
