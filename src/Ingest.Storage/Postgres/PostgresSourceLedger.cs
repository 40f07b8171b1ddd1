using Ingest.Core.Documents;
using Ingest.Core.Storage;
using Npgsql;

namespace Ingest.Storage.Postgres;

/// <summary>
/// The worker's questions to the PostgreSQL store (see <see cref="ISourceLedger"/>), on the same
/// database and schema as <see cref="PostgresDocumentStore"/>, whose migrations create its tables.
/// Several nodes share it: a provenance or a validator written twice is one row.
/// </summary>
public sealed class PostgresSourceLedger(string connectionString) : ISourceLedger, IAsyncDisposable
{
    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(connectionString);

    public async Task<DocumentStatus?> StatusOfAsync(string documentId, CancellationToken cancellationToken)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        await using var cmd = new NpgsqlCommand("SELECT status FROM documents WHERE id = @id", c);
        cmd.Parameters.AddWithValue("id", documentId);
        return await cmd.ExecuteScalarAsync(cancellationToken) is string status ? DocumentStatusNames.FromWire(status) : null;
    }

    public async Task AddProvenanceAsync(string documentId, Provenance provenance, CancellationToken cancellationToken)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        await using var cmd = new NpgsqlCommand(
            """
            INSERT INTO provenance(document_id, source_kind, location, file_name, retrieved_at, note)
            VALUES (@id, @k, @l, @f, @t, @n)
            ON CONFLICT (document_id, location) DO NOTHING
            """,
            c);
        cmd.Parameters.AddWithValue("id", documentId);
        cmd.Parameters.AddWithValue("k", PgText.Clean(provenance.SourceKind)!);
        cmd.Parameters.AddWithValue("l", PgText.Clean(provenance.Location)!);
        cmd.Parameters.AddWithValue("f", PgText.Clean(provenance.FileName)!);
        cmd.Parameters.AddWithValue("t", provenance.RetrievedAt.ToUniversalTime());
        cmd.Parameters.AddWithValue("n", (object?)PgText.Clean(provenance.Note) ?? DBNull.Value);
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<HttpValidators?> ValidatorsAsync(string url, CancellationToken cancellationToken)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        await using var cmd = new NpgsqlCommand("SELECT etag, last_modified, document_id FROM http_validators WHERE url = @u", c);
        cmd.Parameters.AddWithValue("u", url);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        if (!await r.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new HttpValidators(
            url,
            r.IsDBNull(0) ? null : r.GetString(0),
            r.IsDBNull(1) ? null : new DateTimeOffset(r.GetDateTime(1), TimeSpan.Zero),
            r.IsDBNull(2) ? null : r.GetString(2));
    }

    public async Task SaveValidatorsAsync(HttpValidators validators, DateTimeOffset checkedAt, CancellationToken cancellationToken)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        await using var cmd = new NpgsqlCommand(
            """
            INSERT INTO http_validators(url, etag, last_modified, document_id, checked_at) VALUES (@u, @e, @m, @d, @t)
            ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                document_id = excluded.document_id, checked_at = excluded.checked_at
            """,
            c);
        cmd.Parameters.AddWithValue("u", validators.Url);
        cmd.Parameters.AddWithValue("e", (object?)validators.ETag ?? DBNull.Value);
        cmd.Parameters.AddWithValue("m", validators.LastModified is { } m ? m.ToUniversalTime() : DBNull.Value);
        cmd.Parameters.AddWithValue("d", (object?)validators.DocumentId ?? DBNull.Value);
        cmd.Parameters.AddWithValue("t", checkedAt.ToUniversalTime());
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();
}
