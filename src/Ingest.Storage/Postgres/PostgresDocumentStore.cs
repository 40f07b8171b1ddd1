using System.Runtime.CompilerServices;
using Ingest.Core.Documents;
using Ingest.Core.Pipeline;
using Ingest.Core.Search;
using Ingest.Core.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Ingest.Storage.Postgres;

/// <summary>
/// The store for teams: one PostgreSQL database shared by several workers (processes or machines),
/// with the same behaviour as <see cref="Sqlite.SqliteDocumentStore"/>. A claim is one transaction that
/// inserts the row (ON CONFLICT DO NOTHING) or locks it (FOR UPDATE), so two workers never both get to
/// process one document; a document "processing" under a live worker is Busy, under a dead one it is
/// resumed (see <see cref="WorkerPresence"/>). JSON columns are jsonb, the offset map bytea, times
/// timestamptz (microseconds: .NET's last decimal of a tick is not kept).
/// </summary>
public sealed class PostgresDocumentStore : IDocumentStore
{
    private readonly NpgsqlDataSource _source;
    private readonly NpgsqlDataSource _unpooled;
    private readonly TimeProvider _clock;
    private readonly WorkerPresence _presence;
    private readonly TransientRetry _retry;

    /// <param name="workerName">Who this worker is, for people reading the workers table; defaults to host:pid.</param>
    public PostgresDocumentStore(string connectionString, TimeProvider clock, string? workerName = null, Action<string>? onRetry = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.ApplicationName ??= "ingest";
        _source = NpgsqlDataSource.Create(builder.ConnectionString);

        // The presence connection must really close when the worker goes (a pooled one would keep its lock).
        _unpooled = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Pooling = false, KeepAlive = 15 }.ConnectionString);
        _clock = clock;
        _presence = new WorkerPresence(_unpooled, workerName ?? $"{Environment.MachineName}:{Environment.ProcessId}", clock);
        _retry = new TransientRetry(4, TimeSpan.FromMilliseconds(500), clock) { OnRetry = onRetry };
        Description = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
    }

    /// <summary>Where the store is, for messages (never the password).</summary>
    public string Description { get; }

    /// <summary>This worker's id in the workers table (0 before its first claim).</summary>
    public long WorkerId => _presence.WorkerId;

    public Task MigrateAsync(CancellationToken cancellationToken) =>
        _retry.RunAsync("bring the schema up to date", async _ =>
        {
            await using var c = await _source.OpenConnectionAsync(cancellationToken);
            await PostgresMigrator.MigrateAsync(c, cancellationToken);
            return 0;
        }, cancellationToken);

    public Task<long> StartRunAsync(DateTimeOffset startedAt, string trigger, CancellationToken cancellationToken) =>
        _retry.RunAsync("start a run", async _ =>
        {
            await using var c = await _source.OpenConnectionAsync(cancellationToken);
            await using var cmd = new NpgsqlCommand("INSERT INTO runs(trig, started_at) VALUES (@t, @s) RETURNING id", c);
            cmd.Parameters.AddWithValue("t", PgText.Clean(trigger)!);
            cmd.Parameters.AddWithValue("s", startedAt.ToUniversalTime());
            return (long)(await cmd.ExecuteScalarAsync(cancellationToken))!;
        }, cancellationToken);

    public Task FinishRunAsync(long runId, RunSummary summary, CancellationToken cancellationToken) =>
        _retry.RunAsync("record the end of a run", async _ =>
        {
            await using var c = await _source.OpenConnectionAsync(cancellationToken);
            await using var cmd = new NpgsqlCommand("UPDATE runs SET finished_at = @f, summary_json = @j WHERE id = @id", c);
            cmd.Parameters.AddWithValue("f", _clock.GetUtcNow());
            cmd.Parameters.Add(Json("j", StoreJson.Serialize(summary)));
            cmd.Parameters.AddWithValue("id", runId);
            return await cmd.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    public Task<ClaimOutcome> ClaimAsync(DocumentClaim claim, long runId, CancellationToken cancellationToken) =>
        _retry.RunAsync("claim a document", async isRetry =>
        {
            var worker = await _presence.EnsureAsync(cancellationToken);
            await using var c = await _source.OpenConnectionAsync(cancellationToken);
            await using var tx = await c.BeginTransactionAsync(cancellationToken);
            var outcome = await new PostgresClaim(c, tx, _clock, worker, runId, isRetry).RunAsync(claim, cancellationToken);
            await tx.CommitAsync(cancellationToken);
            return outcome;
        }, cancellationToken);

    public Task SaveResultAsync(IngestDocument document, long runId, CancellationToken cancellationToken) =>
        _retry.RunAsync("save a result", async _ =>
        {
            await using var c = await _source.OpenConnectionAsync(cancellationToken);
            await using var tx = await c.BeginTransactionAsync(cancellationToken);
            await using var cmd = new NpgsqlCommand("""
                UPDATE documents SET status = @st, error = @e, text = @tx, pages_json = @p, footnotes_json = @fn, facts_json = @fa,
                    offset_map = @m, page_count = @pc, word_count = @wc, claimed_by_run = NULL, claimed_by_worker = NULL, updated_at = @u,
                    blocks_json = @bl, sections_json = @se, metadata_json = @md, annotations_json = @an,
                    rating_json = @ra, screening_json = @sc
                WHERE id = @id
                """, c, tx);
            AddResult(cmd.Parameters, document);
            cmd.Parameters.AddWithValue("u", _clock.GetUtcNow());
            cmd.Parameters.AddWithValue("id", document.Id);
            var updated = await cmd.ExecuteNonQueryAsync(cancellationToken);

            // The search index follows every save in the same transaction, as on SQLite.
            if (updated > 0)
            {
                await PostgresSentenceIndex.ReplaceAsync(c, tx, SearchDocument.From(document), cancellationToken);
            }

            await tx.CommitAsync(cancellationToken);
            return updated;
        }, cancellationToken);

    /// <summary>The result columns of a document, shared with the migration from SQLite.</summary>
    internal static void AddResult(NpgsqlParameterCollection p, IngestDocument document)
    {
        var x = document.Extracted;
        p.AddWithValue("st", document.Status.ToWire());
        p.Add(Text("e", document.Error));
        p.Add(Text("tx", x?.Text));
        p.Add(Json("p", x is null ? null : StoreJson.Serialize(x.Pages)));
        p.Add(Json("fn", x is null ? null : StoreJson.Serialize(x.Footnotes)));
        p.Add(Json("fa", x is null ? null : StoreJson.Serialize(x.Facts)));
        p.Add(new NpgsqlParameter("m", NpgsqlDbType.Bytea) { Value = x is null ? DBNull.Value : x.OffsetMap.Serialize() });
        p.AddWithValue("pc", x?.Facts.PageCount ?? 0);
        p.AddWithValue("wc", x is null ? 0 : Sqlite.SqliteDocumentStore.WordCount(x.Text));
        p.Add(Json("bl", x is null ? null : StoreJson.Serialize(x.Blocks)));
        p.Add(Json("se", StoreJson.Serialize(document.Sections)));
        p.Add(Json("md", document.Metadata is null ? null : StoreJson.Serialize(document.Metadata)));
        p.Add(Json("an", StoreJson.Serialize(document.Annotations)));
        p.Add(Json("ra", document.Rating is null ? null : StoreJson.Serialize(document.Rating)));
        p.Add(Json("sc", document.Screening is null ? null : StoreJson.Serialize(document.Screening)));
    }

    public Task RecordRunFailureAsync(long runId, string? documentId, string location, string reason, CancellationToken cancellationToken) =>
        _retry.RunAsync("record a failure", async _ =>
        {
            await using var c = await _source.OpenConnectionAsync(cancellationToken);
            await using var cmd = new NpgsqlCommand("INSERT INTO run_failures(run_id, document_id, location, reason) VALUES (@r, @d, @l, @e)", c);
            cmd.Parameters.AddWithValue("r", runId);
            cmd.Parameters.Add(Text("d", documentId));
            cmd.Parameters.AddWithValue("l", PgText.Clean(location)!);
            cmd.Parameters.AddWithValue("e", PgText.Clean(reason)!);
            return await cmd.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    public Task<StoredDocument?> GetAsync(string id, CancellationToken cancellationToken) =>
        _retry.RunAsync("read a document", async _ =>
        {
            await using var c = await _source.OpenConnectionAsync(cancellationToken);
            await foreach (var d in PostgresDocumentReader.QueryAsync(c, id, withText: true, cancellationToken))
            {
                return d;
            }

            return (StoredDocument?)null;
        }, cancellationToken);

    public async IAsyncEnumerable<StoredDocument> ListAsync(bool withText, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Only opening is retried: a stream half read cannot be repeated without yielding documents twice.
        await using var c = await _retry.RunAsync("open a connection", _ => _source.OpenConnectionAsync(cancellationToken).AsTask(), cancellationToken);
        await foreach (var d in PostgresDocumentReader.QueryAsync(c, null, withText, cancellationToken))
        {
            yield return d;
        }
    }

    public Task<IReadOnlyList<RunRecord>> RecentRunsAsync(int count, CancellationToken cancellationToken) =>
        _retry.RunAsync("list runs", async _ =>
        {
            await using var c = await _source.OpenConnectionAsync(cancellationToken);
            return await PostgresDocumentReader.RecentRunsAsync(c, count, cancellationToken);
        }, cancellationToken);

    internal static NpgsqlParameter Json(string name, string? json) =>
        new(name, NpgsqlDbType.Jsonb) { Value = (object?)PgText.CleanJson(json) ?? DBNull.Value };

    internal static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlDbType.Text) { Value = (object?)PgText.Clean(value) ?? DBNull.Value };

    /// <summary>A connection for the migration from SQLite (same data source, same retries are the caller's).</summary>
    internal ValueTask<NpgsqlConnection> OpenConnectionAsync(CancellationToken ct) => _source.OpenConnectionAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await _presence.DisposeAsync();
        await _source.DisposeAsync();
        await _unpooled.DisposeAsync();
    }
}
