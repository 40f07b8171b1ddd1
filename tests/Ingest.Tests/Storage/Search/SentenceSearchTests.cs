using System.Text.RegularExpressions;
using Ingest.Core.Documents;
using Ingest.Core.Search;
using Ingest.Core.Storage;
using Ingest.Storage.Migration;
using Ingest.Storage.Postgres;
using Ingest.Storage.Sqlite;
using Ingest.Tests.Support;

namespace Ingest.Tests.Storage.Search;

/// <summary>
/// Full-text search over three samples (s01 CSPR, s04 DHR, s09 SAR) indexed as the pipeline saved them,
/// on SQLite FTS5 and on PostgreSQL (the same store copied by `ingest migrate`, which builds the index).
/// </summary>
[TestFixture(ReviewStoreProvider.Sqlite)]
[TestFixture(ReviewStoreProvider.Postgres)]
public sealed class SentenceSearchTests(string provider)
{
    private ISentenceSearch _search = null!;
    private Dictionary<string, StoredDocument> _documents = [];
    private string? _schema;

    [OneTimeSetUp]
    public async Task OpenTheSampleStore()
    {
        var store = await SampleStore.GetAsync();
        if (provider == ReviewStoreProvider.Postgres)
        {
            var (cs, schema) = await TestPostgres.CreateSchemaAsync();
            _schema = schema;
            await using var target = new PostgresDocumentStore(cs, TimeProvider.System);
            await SqliteToPostgres.CopyAsync(store.DatabasePath, target, CancellationToken.None);
            _search = new PostgresSentenceSearch(cs);
        }
        else
        {
            _search = new SqliteSentenceSearch(store.DatabasePath);
        }

        await foreach (var d in store.ListAsync(true, CancellationToken.None))
        {
            _documents[d.Id] = d;
        }
    }

    [OneTimeTearDown]
    public async Task DropTheCopy()
    {
        if (_search is IAsyncDisposable d)
        {
            await d.DisposeAsync();
        }

        if (_schema is not null)
        {
            await TestPostgres.DropSchemaAsync(_schema);
        }
    }

    private async Task<IReadOnlyList<SearchHit>> Search(string text, string[]? labels = null, string[]? types = null, int limit = 50) =>
        await _search.SearchAsync(new SearchQuery(text, labels ?? [], types ?? [], limit), CancellationToken.None);

    private string SentenceOf(SearchHit hit) => _documents[hit.DocumentId].Extracted!.Text[hit.Start..hit.End];

    private static string Collapse(string s) => Regex.Replace(s, @"\s+", " ");

    [Test]
    public async Task A_phrase_finds_the_sentences_that_hold_it_and_highlights_it()
    {
        var hits = await Search("\"welfare check\"");
        Assert.That(hits, Is.Not.Empty);
        Assert.That(hits.Select(h => h.FileName).Distinct(), Is.SubsetOf(new[] { "s01.pdf", "s09.pdf" }), "the DHR sample has no welfare check");
        Assert.That(hits.Select(h => h.FileName), Does.Contain("s01.pdf"));
        Assert.That(hits.All(h => Regex.IsMatch(Collapse(SentenceOf(h)), @"welfare checks?\b", RegexOptions.IgnoreCase)), "every sentence holds the phrase");
        Assert.That(hits.All(h => Regex.IsMatch(h.Snippet, @"\[welfare\s+checks?\]", RegexOptions.IgnoreCase)), "the phrase is highlighted in the snippet");
    }

    [Test]
    public async Task A_word_finds_its_other_forms()
    {
        var hits = await Search("attend");
        var sentences = hits.Select(SentenceOf).ToList();
        Assert.That(sentences.Any(s => s.Contains("attended", StringComparison.Ordinal)), "attend finds attended");
        Assert.That(sentences.All(s => Regex.IsMatch(s, @"\battend(s|ed|ing|ance)?\b", RegexOptions.IgnoreCase)), "and nothing without a form of attend");
    }

    [Test]
    public async Task Label_filters_keep_only_sentences_that_overlap_every_label_asked()
    {
        var hits = await Search("police OR officers", [Labels.PoliceMention, Labels.MissedOpportunity]);
        Assert.That(hits, Is.Not.Empty, "the samples have missed opportunities that name the police");
        foreach (var hit in hits)
        {
            var overlapping = _documents[hit.DocumentId].Annotations.Where(a => a.Start < hit.End && hit.Start < a.End).Select(a => a.Label).ToHashSet();
            Assert.That(overlapping, Does.Contain(Labels.PoliceMention).And.Contain(Labels.MissedOpportunity), SentenceOf(hit));
            Assert.That(hit.Labels, Does.Contain(Labels.MissedOpportunity));
        }

        var unfiltered = await Search("police OR officers", limit: 1000);
        Assert.That(unfiltered.Count, Is.GreaterThan(hits.Count), "the filter leaves sentences out");
    }

    [Test]
    public async Task A_review_type_filter_keeps_that_type_only()
    {
        var hits = await Search("police", types: ["dhr"]);
        Assert.That(hits, Is.Not.Empty);
        Assert.That(hits.Select(h => h.FileName).Distinct(), Is.EqualTo(new[] { "s04.pdf" }));
    }

    [Test]
    public async Task Each_hit_names_its_review_and_the_page_the_sentence_starts_on()
    {
        foreach (var hit in await Search("recommendation"))
        {
            var pages = _documents[hit.DocumentId].Extracted!.Pages;
            var page = pages.First(p => p.Start <= hit.Start && hit.Start < Math.Max(p.End, p.Start + 1));
            Assert.That(hit.Page, Is.EqualTo(page.Number));
            Assert.That(hit.Title, Is.EqualTo(_documents[hit.DocumentId].Metadata?.Title?.Value));
        }
    }

    [Test]
    public async Task Results_are_ranked_limited_and_stable()
    {
        var first = await Search("police", limit: 5);
        Assert.That(first, Has.Count.EqualTo(5));
        Assert.That(first.Select(h => h.Score), Is.Ordered.Descending);
        Assert.That((await Search("police", limit: 5)).Select(h => (h.DocumentId, h.Start)), Is.EqualTo(first.Select(h => (h.DocumentId, h.Start))));
    }

    [TestCase("PC's")]
    [TestCase("multi-agency \"risk")]
    [TestCase("NOT AND ( ) : ^ *")]
    [TestCase("OR")]
    public void Punctuation_and_operators_typed_by_a_user_are_never_a_syntax_error(string query) =>
        Assert.DoesNotThrowAsync(async () => await Search(query));

    [Test]
    public async Task A_query_with_no_words_finds_nothing() => Assert.That(await Search("  \" \" "), Is.Empty);
}
