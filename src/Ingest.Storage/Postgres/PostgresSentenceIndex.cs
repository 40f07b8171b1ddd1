using Ingest.Core.Search;
using Npgsql;
using NpgsqlTypes;

namespace Ingest.Storage.Postgres;

/// <summary>
/// Writes a document's sentences into <c>search_sentences</c> (migration 3) inside the caller's
/// transaction, so the store's save and the index never disagree. The rows go in by binary COPY (a long
/// review has thousands of sentences); PostgreSQL computes each one's tsvector as it arrives.
/// </summary>
internal static class PostgresSentenceIndex
{
    public static async Task ReplaceAsync(NpgsqlConnection c, NpgsqlTransaction? tx, SearchDocument document, CancellationToken ct)
    {
        await using (var delete = new NpgsqlCommand("DELETE FROM search_sentences WHERE document_id = @d", c, tx))
        {
            delete.Parameters.AddWithValue("d", document.Id);
            await delete.ExecuteNonQueryAsync(ct);
        }

        if (document.Sentences.Count == 0)
        {
            return;
        }

        var types = document.ReviewTypes.Select(t => t.ToUpperInvariant()).ToArray();
        await using var copy = await c.BeginBinaryImportAsync(
            "COPY search_sentences (document_id, start_offset, end_offset, page, labels, review_types, file_name, title, text) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var sentence in document.Sentences)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(document.Id, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(sentence.Start, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(sentence.End, NpgsqlDbType.Integer, ct);
            if (sentence.Page is { } page)
            {
                await copy.WriteAsync(page, NpgsqlDbType.Integer, ct);
            }
            else
            {
                await copy.WriteNullAsync(ct);
            }

            await copy.WriteAsync(sentence.Labels.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await copy.WriteAsync(types, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await copy.WriteAsync(PgText.Clean(document.FileName)!, NpgsqlDbType.Text, ct);
            if (document.Title is { } title)
            {
                await copy.WriteAsync(PgText.Clean(title)!, NpgsqlDbType.Text, ct);
            }
            else
            {
                await copy.WriteNullAsync(ct);
            }

            await copy.WriteAsync(PgText.Clean(sentence.Text)!, NpgsqlDbType.Text, ct);
        }

        await copy.CompleteAsync(ct);
    }
}
