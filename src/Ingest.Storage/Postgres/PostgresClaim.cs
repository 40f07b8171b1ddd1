using Ingest.Core.Documents;
using Ingest.Core.Storage;
using Npgsql;

namespace Ingest.Storage.Postgres;

/// <summary>
/// One claim, inside the caller's transaction. A new id is inserted (ON CONFLICT DO NOTHING, so of
/// two workers inserting at once one wins and the other sees the row); a known id is locked FOR UPDATE
/// so its state cannot change between reading and deciding. The rules are SQLite's, plus Busy for a
/// document another live worker is processing.
/// </summary>
internal sealed class PostgresClaim(NpgsqlConnection c, NpgsqlTransaction tx, TimeProvider clock, long workerId, long runId, bool isRetry)
{
    public async Task<ClaimOutcome> RunAsync(DocumentClaim claim, CancellationToken ct)
    {
        if (await InsertNewAsync(claim, ct))
        {
            await AddProvenanceAsync(claim.Id, claim.Source, ct);
            return new ClaimOutcome(ClaimKind.New, 1, DocumentStatus.Processing);
        }

        await using var find = new NpgsqlCommand(
            $"SELECT status, attempts, claimed_by_run, claimed_by_worker, error, {string.Format(WorkerPresence.IsAliveSql, "COALESCE(claimed_by_worker, 0)")} FROM documents WHERE id = @id FOR UPDATE",
            c,
            tx);
        find.Parameters.AddWithValue("id", claim.Id);
        DocumentStatus status;
        int attempts;
        long? byRun, byWorker;
        string? error;
        bool holderAlive;
        await using (var r = await find.ExecuteReaderAsync(ct))
        {
            await r.ReadAsync(ct);
            status = DocumentStatusNames.FromWire(r.GetString(0));
            attempts = r.GetInt32(1);
            byRun = r.IsDBNull(2) ? null : r.GetInt64(2);
            byWorker = r.IsDBNull(3) ? null : r.GetInt64(3);
            error = r.IsDBNull(4) ? null : r.GetString(4);
            holderAlive = r.GetBoolean(5);
        }

        await AddProvenanceAsync(claim.Id, claim.Source, ct);
        if (status == DocumentStatus.Processing && byRun == runId && byWorker == workerId && isRetry)
        {
            // Our first try committed but its answer was lost with the connection: it is ours.
            return new ClaimOutcome(attempts == 1 ? ClaimKind.New : ClaimKind.Resume, attempts, DocumentStatus.Processing);
        }

        if (status == DocumentStatus.Processing && byWorker is not null && byWorker != workerId && holderAlive)
        {
            return new ClaimOutcome(ClaimKind.Busy, attempts, status);
        }

        var outcome = await ReclaimAsync(claim, status, attempts, byRun, ct);
        return outcome.Kind == ClaimKind.Unchanged ? outcome with { Error = error } : outcome;
    }

    private async Task<ClaimOutcome> ReclaimAsync(DocumentClaim claim, DocumentStatus status, int attempts, long? byRun, CancellationToken ct)
    {
        var retry = status == DocumentStatus.Processing || (claim.RetryFailed && status == DocumentStatus.Failed) || claim.Reprocess;
        if (!retry || (status == DocumentStatus.Processing && byRun == runId))
        {
            // Final already, or the same file listed twice in one run (the first listing is doing the work).
            return new ClaimOutcome(ClaimKind.Unchanged, attempts, status);
        }

        if (claim.Reprocess && status != DocumentStatus.Processing)
        {
            attempts = 0;
        }

        if (status == DocumentStatus.Processing && attempts >= claim.MaxAttempts)
        {
            await using var fail = new NpgsqlCommand("UPDATE documents SET status = 'failed', error = @e, updated_at = @u, claimed_by_run = NULL, claimed_by_worker = NULL WHERE id = @id", c, tx);
            fail.Parameters.AddWithValue("e", $"stopped the process on {attempts} attempts (crash or kill while reading it); not tried again");
            fail.Parameters.AddWithValue("u", clock.GetUtcNow());
            fail.Parameters.AddWithValue("id", claim.Id);
            await fail.ExecuteNonQueryAsync(ct);
            return new ClaimOutcome(ClaimKind.GaveUp, attempts + 1, DocumentStatus.Failed);
        }

        await using var update = new NpgsqlCommand("UPDATE documents SET status = 'processing', attempts = @a, claimed_by_run = @r, claimed_by_worker = @w, updated_at = @u WHERE id = @id", c, tx);
        update.Parameters.AddWithValue("a", attempts + 1);
        update.Parameters.AddWithValue("r", runId);
        update.Parameters.AddWithValue("w", workerId);
        update.Parameters.AddWithValue("u", clock.GetUtcNow());
        update.Parameters.AddWithValue("id", claim.Id);
        await update.ExecuteNonQueryAsync(ct);
        return new ClaimOutcome(status == DocumentStatus.Processing ? ClaimKind.Resume : ClaimKind.New, attempts + 1, DocumentStatus.Processing);
    }

    /// <summary>Inserts the document if its id is new; true when this call inserted it.</summary>
    private async Task<bool> InsertNewAsync(DocumentClaim claim, CancellationToken ct)
    {
        // New bytes from a location that gave other bytes before are a new version of that document.
        await using var insert = new NpgsqlCommand("""
            INSERT INTO documents(id, file_name, source, status, attempts, byte_length, archive_path, previous_version_id, claimed_by_run, claimed_by_worker, created_at, updated_at)
            VALUES (@id, @f, @s, 'processing', 1, @n, @a,
                (SELECT d.id FROM documents d JOIN provenance p ON p.document_id = d.id WHERE p.location = @s AND d.id <> @id ORDER BY d.created_at DESC LIMIT 1),
                @r, @w, @t, @t)
            ON CONFLICT (id) DO NOTHING
            """, c, tx);
        insert.Parameters.AddWithValue("id", claim.Id);
        insert.Parameters.AddWithValue("f", PgText.Clean(claim.FileName)!);
        insert.Parameters.AddWithValue("s", PgText.Clean(claim.Source.Location)!);
        insert.Parameters.AddWithValue("n", claim.ByteLength);
        insert.Parameters.AddWithValue("a", PgText.Clean(claim.ArchivePath)!);
        insert.Parameters.AddWithValue("r", runId);
        insert.Parameters.AddWithValue("w", workerId);
        insert.Parameters.AddWithValue("t", clock.GetUtcNow());
        return await insert.ExecuteNonQueryAsync(ct) == 1;
    }

    private async Task AddProvenanceAsync(string id, Provenance p, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO provenance(document_id, source_kind, location, file_name, retrieved_at, note)
            VALUES (@id, @k, @l, @f, @t, @n)
            ON CONFLICT (document_id, location) DO NOTHING
            """, c, tx);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddWithValue("k", PgText.Clean(p.SourceKind)!);
        cmd.Parameters.AddWithValue("l", PgText.Clean(p.Location)!);
        cmd.Parameters.AddWithValue("f", PgText.Clean(p.FileName)!);
        cmd.Parameters.AddWithValue("t", p.RetrievedAt.ToUniversalTime());
        cmd.Parameters.Add(PostgresDocumentStore.Text("n", p.Note));
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
