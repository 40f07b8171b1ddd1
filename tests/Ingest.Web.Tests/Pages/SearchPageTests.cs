using System.Net;
using System.Text.RegularExpressions;
using Ingest.Core.Documents;
using Ingest.Core.Search;
using Ingest.Core.Storage;
using Ingest.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Web.Tests.Pages;

/// <summary>
/// The search page over the store's own sentence index: hits link to their review at their section,
/// snippets are encoded with only the page's own &lt;mark&gt; around the matches, filters narrow, a query
/// without words or one the index refuses is answered in words, and a login is needed.
/// </summary>
[TestFixture(WebUiHost.Sqlite)]
[TestFixture(WebUiHost.Postgres)]
[NonParallelizable]
public sealed partial class SearchPageTests(string provider)
{
    private WebUiHost _host = null!;

    [OneTimeSetUp]
    public async Task Start() =>
        _host = await WebUiHost.StartAsync(async store =>
        {
            await TestDocuments.SaveAsync(store, TestDocuments.Small("doc-a", "dhr-adult-a.pdf") with { Metadata = DhrMetadata }, Repo.Sample("s01"));
            await TestDocuments.SaveAsync(store, TestDocuments.Small("doc-b", "sar-adult-b.pdf"), Repo.Sample("s02"));
        }, provider);

    [OneTimeTearDown]
    public async Task Stop()
    {
        // Null when PostgreSQL is not configured and the fixture was ignored in its setup.
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>doc-a is a DHR with a title (with markup in it, which must be shown as text); doc-b has neither.</summary>
    private static readonly ReviewMetadata DhrMetadata = new(
        [new Evidenced<string>("DHR", 0, 3, 0.9)], new Evidenced<string>("DHR: the death of <b>Alice</b>", 0, 10, 0.9),
        null, null, [], null, null, null, null, null, null, 1, 40);

    private static int HitCount(string html) => HitItem().Count(html);

    [Test]
    public async Task A_sentence_of_a_stored_review_is_found_and_links_to_its_section_of_the_review()
    {
        using var client = await _host.LoggedInAsync("ann");

        var html = await client.GetStringAsync("/search?q=%22risk+assessment%22+training");

        Assert.That(HitCount(html), Is.EqualTo(2), "the recommendation sentence of each review");
        Assert.That(html, Does.Contain("<a href=\"/review/doc-a#sec-1\">DHR: the death of &lt;b&gt;Alice&lt;/b&gt;</a>"), "the title where there is one");
        Assert.That(html, Does.Contain("<a href=\"/review/doc-b#sec-1\">sar-adult-b.pdf</a>"));
        Assert.That(html, Does.Contain("2. Recommendations"), "the section heading");
        Assert.That(html, Does.Match("<mark>[^<]*training</mark>"), "PostgreSQL marks the adjacent phrase and word as one");
        Assert.That(html, Does.Contain("Recommendation</span>"), "the sentence's labels");
    }

    [Test]
    public async Task A_snippet_with_markup_in_it_is_encoded_and_only_the_matches_are_marked()
    {
        using var client = await _host.LoggedInAsync("ann");

        // Not "pwned" itself: PostgreSQL's parser reads <script>...</script> as a tag and indexes nothing inside it.
        var html = await client.GetStringAsync("/search?q=%22note+said%22");

        Assert.That(HitCount(html), Is.EqualTo(2));
        Assert.That(html, Does.Not.Contain("<script"));
        if (provider == WebUiHost.Sqlite)
        {
            Assert.That(html, Does.Contain("&lt;script&gt;alert("), "FTS5 snippets keep the text as written");
        }
        else
        {
            Assert.That(html, Does.Contain("and nothing more"), "ts_headline leaves tags out of the snippet but keeps the text around them");
        }

        Assert.That(html, Does.Match("<mark>note</mark> <mark>said</mark>|<mark>note said</mark>"));
    }

    [Test]
    public async Task The_label_filter_narrows_the_hits_to_sentences_with_that_label()
    {
        using var client = await _host.LoggedInAsync("ann");

        var all = await client.GetStringAsync("/search?q=wexham");
        var recommendations = await client.GetStringAsync("/search?q=wexham&label=recommendation");
        var missed = await client.GetStringAsync("/search?q=wexham&label=missed_opportunity");

        Assert.That(HitCount(all), Is.EqualTo(4), "two sentences name the force in each review");
        Assert.That(HitCount(recommendations), Is.EqualTo(2));
        Assert.That(recommendations, Does.Contain("should review its DASH").And.Not.Contain("attended the address"));
        Assert.That(recommendations, Does.Contain("<option value=\"recommendation\" selected>"), "the form keeps the filter");
        Assert.That(HitCount(missed), Is.Zero);
        Assert.That(missed, Does.Contain("No sentence matches."));
    }

    [Test]
    public async Task The_review_type_filter_narrows_the_hits_to_reviews_of_that_type()
    {
        using var client = await _host.LoggedInAsync("ann");

        var dhr = await client.GetStringAsync("/search?q=wexham&type=DHR");
        var sar = await client.GetStringAsync("/search?q=wexham&type=SAR");

        Assert.That(HitCount(dhr), Is.EqualTo(2), "both sentences of the one DHR");
        Assert.That(dhr, Does.Contain("/review/doc-a#").And.Not.Contain("/review/doc-b"));
        Assert.That(dhr, Does.Contain("<option value=\"DHR\" selected>"));
        Assert.That(HitCount(sar), Is.Zero);
    }

    [Test]
    public async Task An_empty_query_shows_just_the_form()
    {
        using var client = await _host.LoggedInAsync("ann");

        using var response = await client.GetAsync("/search");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("<form method=\"get\" action=\"/search\""));
        Assert.That(html, Does.Not.Contain("search-hits").And.Not.Contain("matches"));
    }

    [TestCase("%22+*")]
    [TestCase("OR")]
    public async Task A_query_with_no_word_to_search_for_is_answered_in_words(string q)
    {
        using var client = await _host.LoggedInAsync("ann");

        using var response = await client.GetAsync("/search?q=" + q);
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(html, Does.Contain("The query has no word to search for"));
        Assert.That(html, Does.Contain("<form method=\"get\" action=\"/search\""));
    }

    [Test]
    public async Task An_unclosed_quote_is_searched_as_a_phrase_not_an_error()
    {
        using var client = await _host.LoggedInAsync("ann");

        using var response = await client.GetAsync("/search?q=%22attended+the+address");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(HitCount(await response.Content.ReadAsStringAsync()), Is.EqualTo(2));
    }

    [Test]
    public async Task A_bad_label_or_page_is_refused_in_words()
    {
        using var client = await _host.LoggedInAsync("ann");

        using var label = await client.GetAsync("/search?q=wexham&label=%3Cb%3Ebold");
        using var page = await client.GetAsync("/search?q=wexham&page=0");

        Assert.That(label.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await label.Content.ReadAsStringAsync(), Does.Contain("There is no label &#x27;&lt;b&gt;bold&#x27;"));
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain("The page must be a whole number"));
    }

    [Test]
    public async Task Paging_shows_25_hits_a_page_and_links_to_the_next()
    {
        using var client = await _host.LoggedInAsync("ann");
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IDocumentStore>();
            await TestDocuments.SaveAsync(store, TestDocuments.Large("doc-long", pages: 3, annotations: 30), Repo.Sample("s03"));
        }

        var first = await client.GetStringAsync("/search?q=marac");
        var second = await client.GetStringAsync("/search?q=marac&page=2");

        Assert.That(HitCount(first), Is.EqualTo(25));
        Assert.That(first, Does.Contain("href=\"/search?q=marac&amp;page=2\">Next page</a>"));
        Assert.That(HitCount(second), Is.EqualTo(11), "3 pages of 12 sentences, less the 25 on page 1");
        Assert.That(second, Does.Contain("<ol class=\"search-hits\" start=\"26\">").And.Contain(">Previous page</a>").And.Not.Contain("Next page"));
    }

    [Test]
    public async Task Anonymous_requests_are_sent_to_the_login_page()
    {
        using var client = _host.Client();

        using var response = await client.GetAsync("/search?q=wexham");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.Contain("/login?ReturnUrl="));
    }

    [Test]
    public async Task The_search_page_is_in_the_navigation()
    {
        using var client = await _host.LoggedInAsync("bob");

        Assert.That(await client.GetStringAsync("/dashboard"), Does.Contain("<a href=\"/search\">Search</a>"));
    }

    [GeneratedRegex("<li><p class=\"hit-head\">")]
    private static partial Regex HitItem();
}

/// <summary>
/// What goes wrong below the page is said on it: a query the index itself refuses (FTS5's syntax error)
/// is a message, not a 500 with a stack trace; an index never built for a store with text is named.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class SearchPageIndexProblemTests
{
    private sealed class RefusingSearch : ISentenceSearch
    {
        public Task IndexAsync(SearchDocument document, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<int> ReindexAsync(IAsyncEnumerable<StoredDocument> documents, CancellationToken cancellationToken) => Task.FromResult(0);

        public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
            throw new SqliteException("SQLite Error 1: 'fts5: syntax error near \"*\"'.", 1);
    }

    [Test]
    public async Task A_query_the_index_refuses_gets_a_message_and_no_stack_trace()
    {
        await using var host = await WebUiHost.StartAsync(services: s => s.AddSingleton<ISentenceSearch>(new RefusingSearch()));
        using var client = await host.LoggedInAsync("ann");

        using var response = await client.GetAsync("/search?q=wexham");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(html, Does.Contain("The search could not read this query"));
        Assert.That(html, Does.Not.Contain("fts5").And.Not.Contain("Exception").And.Not.Contain("   at "));
    }

    [Test]
    public async Task A_store_whose_index_was_never_built_says_to_reindex()
    {
        await using var host = await WebUiHost.StartAsync(store => TestDocuments.SaveAsync(store, TestDocuments.Small("doc-a"), Repo.Sample("s01")));
        using var client = await host.LoggedInAsync("ann");
        var before = await client.GetStringAsync("/search?q=wexham");
        await using (var c = new SqliteConnection($"Data Source={host.Database}"))
        {
            // As a store made before the index (or copied by `ingest migrate`) has it: text, no sentences indexed.
            await c.OpenAsync();
            await using var clear = c.CreateCommand();
            clear.CommandText = "DELETE FROM search_sentences; DELETE FROM search_text;";
            await clear.ExecuteNonQueryAsync();
        }

        var after = await client.GetStringAsync("/search?q=wexham");

        Assert.That(before, Does.Not.Contain("never been built"));
        Assert.That(after, Does.Contain("No sentence matches.").And.Contain("never been built").And.Contain("ingest search --reindex"));
    }
}
