using System.Globalization;
using Ingest.Core.Documents;
using Ingest.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Ingest.Storage.Sqlite;

/// <summary>
/// The worker's questions to the SQLite store (see <see cref="ISourceLedger"/>). Uses the same
/// database file as <see cref="SqliteDocumentStore"/>, whose migrations create its tables. Its
/// connections leave SQLite's foreign keys off (the default), because a provenance is recorded when the
/// bytes arrive, before the document's job inserts the document row it refers to.
/// </summary>
public sealed class SqliteSourceLedger(string databasePath) : ISourceLedger
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(databasePath),
        Cache = SqliteCacheMode.Private,
        Pooling = true,
        DefaultTimeout = 30,
        ForeignKeys = false,
    }.ToString();

    public async Task<DocumentStatus?> StatusOfAsync(string documentId, CancellationToken cancellationToken)
    {
        await using var c = await OpenAsync(cancellationToken);
        await using var cmd = Command(c, "SELECT status FROM documents WHERE id = $id", ("$id", documentId));
        return await cmd.ExecuteScalarAsync(cancellationToken) is string status ? DocumentStatusNames.FromWire(status) : null;
    }

    public async Task AddProvenanceAsync(string documentId, Provenance provenance, CancellationToken cancellationToken)
    {
        await using var c = await OpenAsync(cancellationToken);
        await using var cmd = Command(
            c,
            """
            INSERT OR IGNORE INTO provenance(document_id, source_kind, location, file_name, retrieved_at, note)
            VALUES ($id, $k, $l, $f, $t, $n)
            """,
            ("$id", documentId),
            ("$k", provenance.SourceKind),
            ("$l", provenance.Location),
            ("$f", provenance.FileName),
            ("$t", Iso(provenance.RetrievedAt)),
            ("$n", provenance.Note));
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<HttpValidators?> ValidatorsAsync(string url, CancellationToken cancellationToken)
    {
        await using var c = await OpenAsync(cancellationToken);
        await using var cmd = Command(c, "SELECT etag, last_modified, document_id FROM http_validators WHERE url = $u", ("$u", url));
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        if (!await r.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new HttpValidators(
            url,
            r.IsDBNull(0) ? null : r.GetString(0),
            r.IsDBNull(1) ? null : DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture),
            r.IsDBNull(2) ? null : r.GetString(2));
    }

    public async Task SaveValidatorsAsync(HttpValidators validators, DateTimeOffset checkedAt, CancellationToken cancellationToken)
    {
        await using var c = await OpenAsync(cancellationToken);
        await using var cmd = Command(
            c,
            """
            INSERT INTO http_validators(url, etag, last_modified, document_id, checked_at) VALUES ($u, $e, $m, $d, $t)
            ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                document_id = excluded.document_id, checked_at = excluded.checked_at
            """,
            ("$u", validators.Url),
            ("$e", validators.ETag),
            ("$m", validators.LastModified is { } m ? Iso(m) : null),
            ("$d", validators.DocumentId),
            ("$t", Iso(checkedAt)));
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection c, string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return cmd;
    }

    private static string Iso(DateTimeOffset t) => t.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
