using Ingest.Core.Storage;

namespace Ingest.Core.Search;

/// <summary>
/// Full-text search over the corpus, sentence by sentence, with English stemming ("attend" finds
/// "attended"), phrases, and filters by the labels a sentence overlaps and by review type. The CLI's
/// `ingest search` and the web UI call it; SQLite FTS5 implements it today, PostgreSQL can later.
/// </summary>
public interface ISentenceSearch
{
    /// <summary>Replaces one document's sentences in the index (what a save does).</summary>
    Task IndexAsync(SearchDocument document, CancellationToken cancellationToken);

    /// <summary>Empties the index and rebuilds it from the documents given; returns how many sentences it holds.</summary>
    Task<int> ReindexAsync(IAsyncEnumerable<StoredDocument> documents, CancellationToken cancellationToken);

    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken);
}

/// <summary>
/// A search: the user's words (plain words must all occur; "quoted phrases" occur as written; a word
/// ending in * is a prefix; OR between two terms takes either), the labels every hit must overlap,
/// the review types it must come from, and the most hits to return.
/// </summary>
/// <param name="HighlightStart">Put before each matched word in the snippet ("[" on a terminal, "&lt;mark&gt;" in a page).</param>
public sealed record SearchQuery(string Text, IReadOnlyList<string> Labels, IReadOnlyList<string> ReviewTypes, int Limit = 20)
{
    public string HighlightStart { get; init; } = "[";

    public string HighlightEnd { get; init; } = "]";
}

/// <summary>One matching sentence: its review, where it is (offsets into the text and page), the snippet with the matches highlighted, and the labels it overlaps.</summary>
public sealed record SearchHit(string DocumentId, string FileName, string? Title, int? Page, int Start, int End, string Snippet, IReadOnlyList<string> Labels, double Score);
