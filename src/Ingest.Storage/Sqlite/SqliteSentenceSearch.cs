using System.Globalization;
using System.Text;
using Ingest.Core.Search;
using Ingest.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Ingest.Storage.Sqlite;

/// <summary>
/// <see cref="ISentenceSearch"/> on SQLite FTS5 (bundled with Microsoft.Data.Sqlite's e_sqlite3), Porter
/// stemming over unicode61 words, ranked by BM25 then by review and position so equal scores come
/// out in a stable order. The store keeps the index current on every save; this class searches it
/// and rebuilds it on demand.
/// </summary>
public sealed class SqliteSentenceSearch(string databasePath) : ISentenceSearch, ISearchIndexState
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(databasePath), Pooling = true, DefaultTimeout = 30 }.ToString();

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var c = new SqliteConnection(_connectionString);
        await c.OpenAsync(ct);
        await using var pragma = c.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout=30000;";
        await pragma.ExecuteNonQueryAsync(ct);
        return c;
    }

    public async Task IndexAsync(SearchDocument document, CancellationToken cancellationToken)
    {
        await using var c = await OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await c.BeginTransactionAsync(cancellationToken);
        await SqliteSentenceIndex.ReplaceAsync(c, tx, document, cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    public async Task<int> ReindexAsync(IAsyncEnumerable<StoredDocument> documents, CancellationToken cancellationToken)
    {
        await using (var c = await OpenAsync(cancellationToken))
        {
            await using var clear = c.CreateCommand();
            clear.CommandText = "DELETE FROM search_sentences; DELETE FROM search_text;";
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

    /// <summary>
    /// True when the store holds text but the index holds no sentence: a store made before the index
    /// existed (migration 6), whose documents were never saved since. A reindex fills it.
    /// </summary>
    public async Task<bool> NeedsBuildingAsync(CancellationToken cancellationToken)
    {
        await using var c = await OpenAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT NOT EXISTS (SELECT 1 FROM search_sentences) AND EXISTS (SELECT 1 FROM documents WHERE length(text) > 0)";
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 1;
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var match = Fts5Query(SearchTerms.Parse(query.Text));
        if (match.Length == 0)
        {
            return [];
        }

        await using var c = await OpenAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        var sql = new StringBuilder("""
            SELECT s.document_id, s.file_name, s.title, s.page, s.start_offset, s.end_offset,
                   snippet(search_text, 0, $hs, $he, '…', 32), s.labels, bm25(search_text) AS score
            FROM search_text JOIN search_sentences s ON s.id = search_text.rowid
            WHERE search_text MATCH $q
            """);
        for (var i = 0; i < query.Labels.Count; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND instr(s.labels, $l{i}) > 0");
            cmd.Parameters.AddWithValue($"$l{i}", " " + query.Labels[i] + " ");
        }

        if (query.ReviewTypes.Count > 0)
        {
            sql.Append(" AND (").Append(string.Join(" OR ", query.ReviewTypes.Select((_, i) => $"instr(upper(s.review_types), $t{i}) > 0"))).Append(')');
            for (var i = 0; i < query.ReviewTypes.Count; i++)
            {
                cmd.Parameters.AddWithValue($"$t{i}", " " + query.ReviewTypes[i].ToUpperInvariant() + " ");
            }
        }

        sql.Append(" ORDER BY score, s.document_id, s.start_offset LIMIT $n");
        cmd.CommandText = sql.ToString();
        cmd.Parameters.AddWithValue("$q", match);
        cmd.Parameters.AddWithValue("$hs", query.HighlightStart);
        cmd.Parameters.AddWithValue("$he", query.HighlightEnd);
        cmd.Parameters.AddWithValue("$n", Math.Max(1, query.Limit));
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        var hits = new List<SearchHit>();
        while (await r.ReadAsync(cancellationToken))
        {
            hits.Add(new SearchHit(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetInt32(3),
                r.GetInt32(4), r.GetInt32(5), r.GetString(6), r.GetString(7).Split(' ', StringSplitOptions.RemoveEmptyEntries), -r.GetDouble(8)));
        }

        return hits;
    }

    /// <summary>The terms in FTS5 syntax: every word and phrase quoted (so no user text is read as syntax), AND between them.</summary>
    internal static string Fts5Query(IReadOnlyList<SearchTerm> terms) => string.Join(' ', terms.Select(t =>
        t.Or ? "OR" : "\"" + t.Text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (t.Prefix ? " *" : string.Empty)));
}
