using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Ingest.Core.Search;
using Ingest.Core.Storage;
using Npgsql;

namespace Ingest.Storage.Postgres;

/// <summary>
/// <see cref="ISentenceSearch"/> on PostgreSQL's full-text search: the 'english' configuration (Snowball
/// stemming, stop words), a GIN index over each sentence's tsvector, ranked by ts_rank_cd then by review
/// and position so equal scores come out in a stable order, snippets by ts_headline. The user's words
/// are never read as tsquery syntax: each term goes in as a parameter of plainto_tsquery (a word),
/// phraseto_tsquery (a "phrase") or, for a prefix*, to_tsquery over its letters and digits only.
/// As in FTS5, AND binds tighter than OR: "a b OR c" is (a AND b) OR c.
/// </summary>
public sealed partial class PostgresSentenceSearch : ISentenceSearch, ISearchIndexState, IAsyncDisposable
{
    // Private-use characters stand for the caller's highlight marks inside ts_headline, whose option
    // string could not safely hold arbitrary marks; they are swapped for the real ones afterwards.
    private const char MarkStart = '\uE000';
    private const char MarkEnd = '\uE001';

    private readonly NpgsqlDataSource _source;

    public PostgresSentenceSearch(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.ApplicationName ??= "ingest-search";
        _source = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public async Task IndexAsync(SearchDocument document, CancellationToken cancellationToken)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        await PostgresSentenceIndex.ReplaceAsync(c, tx, document, cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    public async Task<int> ReindexAsync(IAsyncEnumerable<StoredDocument> documents, CancellationToken cancellationToken)
    {
        await using (var c = await _source.OpenConnectionAsync(cancellationToken))
        {
            await using var clear = new NpgsqlCommand("DELETE FROM search_sentences", c);
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        var sentences = 0;
        await foreach (var d in documents.WithCancellation(cancellationToken))
        {
            var document = SearchDocument.From(d);
            await IndexAsync(document, cancellationToken);
            sentences += document.Sentences.Count;
        }

        return sentences;
    }

    /// <summary>True when the store holds text but the index no sentence (a store made before migration 3, or copied by `ingest migrate`).</summary>
    public async Task<bool> NeedsBuildingAsync(CancellationToken cancellationToken)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        await using var cmd = new NpgsqlCommand("SELECT NOT EXISTS (SELECT 1 FROM search_sentences) AND EXISTS (SELECT 1 FROM documents WHERE length(text) > 0)", c);
        return (bool)(await cmd.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        await using var cmd = new NpgsqlCommand { Connection = c };
        var tsquery = TsQuery(SearchTerms.Parse(query.Text), cmd.Parameters);
        if (tsquery is null)
        {
            return [];
        }

        var sql = new StringBuilder($"""
            WITH q AS (SELECT {tsquery} AS q)
            SELECT s.document_id, s.file_name, s.title, s.page, s.start_offset, s.end_offset,
                   ts_headline('english', s.text, q.q, @opts), s.labels, ts_rank_cd(s.tsv, q.q) AS score
            FROM search_sentences s, q
            WHERE s.tsv @@ q.q
            """);
        if (query.Labels.Count > 0)
        {
            sql.Append(" AND s.labels @> @labels");
            cmd.Parameters.AddWithValue("labels", query.Labels.ToArray());
        }

        if (query.ReviewTypes.Count > 0)
        {
            sql.Append(" AND s.review_types && @types");
            cmd.Parameters.AddWithValue("types", query.ReviewTypes.Select(t => t.ToUpperInvariant()).ToArray());
        }

        sql.Append(" ORDER BY score DESC, s.document_id COLLATE \"C\", s.start_offset LIMIT @n");
        cmd.CommandText = sql.ToString();
        cmd.Parameters.AddWithValue("opts", $"StartSel={MarkStart}, StopSel={MarkEnd}, MaxWords=32, MinWords=16");
        cmd.Parameters.AddWithValue("n", Math.Max(1, query.Limit));
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        var hits = new List<SearchHit>();
        while (await r.ReadAsync(cancellationToken))
        {
            hits.Add(new SearchHit(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetInt32(3),
                r.GetInt32(4), r.GetInt32(5), Highlight(r.GetString(6), query), r.GetFieldValue<string[]>(7), r.GetFloat(8)));
        }

        return hits;
    }

    /// <summary>
    /// The terms as a tsquery expression over parameters: the terms between ORs are AND-ed (&amp;&amp;),
    /// the groups OR-ed (||). Null when no term has a word in it.
    /// </summary>
    internal static string? TsQuery(IReadOnlyList<SearchTerm> terms, NpgsqlParameterCollection parameters)
    {
        var groups = new List<List<string>> { new() };
        foreach (var term in terms)
        {
            if (term.Or)
            {
                groups.Add([]);
                continue;
            }

            var part = Part(term, parameters);
            if (part is not null)
            {
                groups[^1].Add(part);
            }
        }

        var ored = groups.Where(g => g.Count > 0).Select(g => "(" + string.Join(" && ", g) + ")").ToList();
        return ored.Count == 0 ? null : string.Join(" || ", ored);
    }

    private static string? Part(SearchTerm term, NpgsqlParameterCollection parameters)
    {
        var name = "t" + parameters.Count.ToString(CultureInfo.InvariantCulture);
        if (term.Prefix)
        {
            // Letters and digits only, so nothing the user typed is tsquery syntax; "risk-assess*" is risk <-> assess:*.
            var words = NotWord().Split(term.Text.ToLowerInvariant()).Where(w => w.Length > 0).ToList();
            if (words.Count == 0)
            {
                return null;
            }

            parameters.AddWithValue(name, string.Join(" <-> ", words) + ":*");
            return $"to_tsquery('english', @{name})";
        }

        parameters.AddWithValue(name, PgText.Clean(term.Text)!);
        return term.Phrase ? $"phraseto_tsquery('english', @{name})" : $"plainto_tsquery('english', @{name})";
    }

    /// <summary>The caller's marks in place of ours; a phrase's words, highlighted one by one, become one highlight.</summary>
    private static string Highlight(string headline, SearchQuery query)
    {
        var joined = AdjacentMarks().Replace(headline, "$1");
        return joined.Replace(MarkStart.ToString(), query.HighlightStart, StringComparison.Ordinal).Replace(MarkEnd.ToString(), query.HighlightEnd, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial Regex NotWord();

    [GeneratedRegex("\uE001(\\s+)\uE000")]
    private static partial Regex AdjacentMarks();

    public ValueTask DisposeAsync() => _source.DisposeAsync();
}
