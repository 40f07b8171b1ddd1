using Ingest.Core.Documents;
using Ingest.Core.Search;
using Ingest.Core.Storage;
using Ingest.Storage.Postgres;
using Ingest.Storage.Sqlite;
using Ingest.Tests.Core.Export.Import;
using Ingest.Tests.Support;
using static Ingest.Tests.Support.StoredDocuments;

namespace Ingest.Tests.Storage.Search;

/// <summary>The index follows the store: a save indexes, a second save replaces, a reindex rebuilds; on SQLite and PostgreSQL.</summary>
[TestFixture(ReviewStoreProvider.Sqlite)]
[TestFixture(ReviewStoreProvider.Postgres)]
public sealed class SearchIndexingTests(string provider)
{
    private ReviewStoreProvider _stores = null!;
    private IDocumentStore _store = null!;
    private ISentenceSearch _search = null!;
    private Func<CancellationToken, Task<bool>> _needsBuilding = null!;

    [SetUp]
    public async Task OpenStore()
    {
        _stores = await ReviewStoreProvider.CreateAsync(provider);
        _store = await _stores.DocumentsAsync(TimeProvider.System);
        (_search, _needsBuilding) = _store switch
        {
            SqliteDocumentStore sqlite => Pair(new SqliteSentenceSearch(sqlite.DatabasePath), s => s.NeedsBuildingAsync),
            _ => Pair(new PostgresSentenceSearch(_stores.ConnectionString!), s => s.NeedsBuildingAsync),
        };
    }

    private static (ISentenceSearch, Func<CancellationToken, Task<bool>>) Pair<T>(T search, Func<T, Func<CancellationToken, Task<bool>>> needs)
        where T : ISentenceSearch => (search, needs(search));

    [TearDown]
    public async Task CloseStore()
    {
        if (_search is IAsyncDisposable d)
        {
            await d.DisposeAsync();
        }

        // Null when PostgreSQL is not available and SetUp stopped at Assume.
        if (_stores is not null)
        {
            await _stores.DisposeAsync();
        }
    }

    private const string Text = "The officers attended the address.\n\nNo welfare check was made.";

    [Test]
    public async Task A_saved_document_is_searchable_and_a_reindex_rebuilds_the_same_index()
    {
        var doc = Make("d1", Text, [On(Text, "No welfare check was made.", Labels.MissedOpportunity)], MetadataOf(["DHR"]));
        await JsonlImporterTests.Import(_store, await JsonlImporterTests.Jsonl(Stream(doc)));
        var query = new SearchQuery("\"welfare check\"", [Labels.MissedOpportunity], ["DHR"]);
        var hit = (await _search.SearchAsync(query, CancellationToken.None)).Single();
        Assert.That((hit.DocumentId, hit.Page, Text[hit.Start..hit.End]), Is.EqualTo(("d1", (int?)1, "No welfare check was made.")));
        Assert.That(hit.Snippet, Is.EqualTo("No [welfare check] was made."), "a phrase is highlighted as one");

        Assert.That(await _needsBuilding(CancellationToken.None), Is.False, "the import's save indexed it");
        await _stores.ExecuteAsync(provider == ReviewStoreProvider.Sqlite ? "DELETE FROM search_sentences; DELETE FROM search_text;" : "DELETE FROM search_sentences");

        Assert.That(await _needsBuilding(CancellationToken.None), Is.True, "a store with text and no index (made before the index existed)");
        Assert.That(await _search.SearchAsync(query, CancellationToken.None), Is.Empty);
        var sentences = await _search.ReindexAsync(_store.ListAsync(true, CancellationToken.None), CancellationToken.None);
        Assert.That(sentences, Is.EqualTo(2));
        Assert.That(await _search.SearchAsync(query, CancellationToken.None), Is.EqualTo(new[] { hit }).Using<SearchHit>((a, b) => a.DocumentId == b.DocumentId && a.Start == b.Start && a.Snippet == b.Snippet));
    }

    [Test]
    public async Task Indexing_a_document_again_replaces_its_sentences()
    {
        var doc = Make("d1", Text, []);
        await _search.IndexAsync(SearchDocument.From(doc), CancellationToken.None);
        await _search.IndexAsync(SearchDocument.From(doc with { Extracted = doc.Extracted! with { Text = "Nothing about checks here." } }), CancellationToken.None);
        Assert.That(await _search.SearchAsync(new SearchQuery("officers", [], []), CancellationToken.None), Is.Empty);
        Assert.That(await _search.SearchAsync(new SearchQuery("check", [], []), CancellationToken.None), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Prefixes_OR_and_a_review_type_in_any_case_work_together()
    {
        var doc = Make("d1", Text, [], MetadataOf(["DHR"]));
        await _search.IndexAsync(SearchDocument.From(doc), CancellationToken.None);

        var prefix = await _search.SearchAsync(new SearchQuery("offic*", [], ["dhr"]), CancellationToken.None);
        var either = await _search.SearchAsync(new SearchQuery("nothing OR welfare", [], []), CancellationToken.None);
        var otherType = await _search.SearchAsync(new SearchQuery("offic*", [], ["SAR"]), CancellationToken.None);

        Assert.That(prefix.Select(h => Text[h.Start..h.End]), Is.EqualTo(new[] { "The officers attended the address." }));
        Assert.That(prefix.Single().Snippet, Does.Contain("[officers]"));
        Assert.That(either.Select(h => Text[h.Start..h.End]), Is.EqualTo(new[] { "No welfare check was made." }));
        Assert.That(otherType, Is.Empty);
    }
}
