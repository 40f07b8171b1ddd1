using Ingest.Core.Search;
using Microsoft.Data.Sqlite;

namespace Ingest.Storage.Sqlite;

/// <summary>
/// Writes a document's sentences into the search tables (migration 6) inside the caller's transaction,
/// so the store's save and the index never disagree. Labels and review types are kept space-delimited
/// (" police_mention missed_opportunity ") so a filter is a plain substring test.
/// </summary>
internal static class SqliteSentenceIndex
{
    public static async Task ReplaceAsync(SqliteConnection c, SqliteTransaction tx, SearchDocument document, CancellationToken ct)
    {
        await using (var delete = c.CreateCommand())
        {
            delete.Transaction = tx;
            delete.CommandText = """
                DELETE FROM search_text WHERE rowid IN (SELECT id FROM search_sentences WHERE document_id = $d);
                DELETE FROM search_sentences WHERE document_id = $d;
                """;
            delete.Parameters.AddWithValue("$d", document.Id);
            await delete.ExecuteNonQueryAsync(ct);
        }

        if (document.Sentences.Count == 0)
        {
            return;
        }

        await using var row = c.CreateCommand();
        row.Transaction = tx;
        row.CommandText = """
            INSERT INTO search_sentences(document_id, start_offset, end_offset, page, labels, review_types, file_name, title)
            VALUES ($d, $s, $e, $p, $l, $t, $f, $ti) RETURNING id
            """;
        var (start, end, page, labels) = (row.Parameters.Add("$s", SqliteType.Integer), row.Parameters.Add("$e", SqliteType.Integer), row.Parameters.Add("$p", SqliteType.Integer), row.Parameters.Add("$l", SqliteType.Text));
        row.Parameters.AddWithValue("$d", document.Id);
        row.Parameters.AddWithValue("$t", Delimited(document.ReviewTypes));
        row.Parameters.AddWithValue("$f", document.FileName);
        row.Parameters.AddWithValue("$ti", (object?)document.Title ?? DBNull.Value);
        await using var text = c.CreateCommand();
        text.Transaction = tx;
        text.CommandText = "INSERT INTO search_text(rowid, text) VALUES ($id, $x)";
        var (id, body) = (text.Parameters.Add("$id", SqliteType.Integer), text.Parameters.Add("$x", SqliteType.Text));
        foreach (var sentence in document.Sentences)
        {
            start.Value = sentence.Start;
            end.Value = sentence.End;
            page.Value = (object?)sentence.Page ?? DBNull.Value;
            labels.Value = Delimited(sentence.Labels);
            id.Value = await row.ExecuteScalarAsync(ct);
            body.Value = sentence.Text;
            await text.ExecuteNonQueryAsync(ct);
        }
    }

    public static string Delimited(IEnumerable<string> values) => " " + string.Join(' ', values) + " ";
}
