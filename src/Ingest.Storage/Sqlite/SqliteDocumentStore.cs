using System.Globalization;
using System.Runtime.CompilerServices;
using Ingest.Core.Documents;
using Ingest.Core.Pipeline;
using Ingest.Core.Search;
using Ingest.Core.Storage;
using Ingest.Core.Text;
using Microsoft.Data.Sqlite;
using static Ingest.Storage.Sqlite.SqliteConnector;

namespace Ingest.Storage.Sqlite;

/// <summary>
/// The default store: one SQLite file, no set-up. WAL mode lets readers (the UI, exports) work while a
/// run writes; writes go one at a time through a gate because SQLite has a single writer anyway.
/// </summary>
public sealed class SqliteDocumentStore : IDocumentStore
{
    private readonly SqliteConnector _db;
    private readonly TimeProvider _clock;

    public SqliteDocumentStore(string databasePath, TimeProvider clock)
    {
        _db = new SqliteConnector(databasePath);
        _clock = clock;
        DatabasePath = Path.GetFullPath(databasePath);
    }

    public string DatabasePath { get; }

    // Connections, pragmas and the write gate are shared with the UI's stores (SqliteConnector).
    private Task<SqliteConnection> OpenAsync(CancellationToken ct) => _db.OpenAsync(ct);

    private Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken ct) => _db.WriteAsync(work, ct);

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", cancellationToken);
        var current = Convert.ToInt32(await Scalar(connection, null, "SELECT COALESCE(MAX(version), 0) FROM schema_version", cancellationToken), CultureInfo.InvariantCulture);
        for (var v = current; v < SqliteSchema.Migrations.Length; v++)
        {
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await Execute(connection, tx, SqliteSchema.Migrations[v], cancellationToken);
            await Execute(connection, tx, $"INSERT INTO schema_version(version) VALUES ({v + 1})", cancellationToken);
            await tx.CommitAsync(cancellationToken);
        }
    }

    public async Task<long> StartRunAsync(DateTimeOffset startedAt, string trigger, CancellationToken cancellationToken)
    {
        return await WriteAsync(async (c, tx) =>
        {
            await using var cmd = Command(c, tx, "INSERT INTO runs(trig, started_at) VALUES ($t, $s); SELECT last_insert_rowid();");
            cmd.Parameters.AddWithValue("$t", trigger);
            cmd.Parameters.AddWithValue("$s", Iso(startedAt));
            return Convert.ToInt64(await cmd.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }, cancellationToken);
    }

    public async Task FinishRunAsync(long runId, RunSummary summary, CancellationToken cancellationToken)
    {
        await WriteAsync(async (c, tx) =>
        {
            await using var cmd = Command(c, tx, "UPDATE runs SET finished_at = $f, summary_json = $j WHERE id = $id");
            cmd.Parameters.AddWithValue("$f", Iso(_clock.GetUtcNow()));
            cmd.Parameters.AddWithValue("$j", StoreJson.Serialize(summary));
            cmd.Parameters.AddWithValue("$id", runId);
            return await cmd.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task<ClaimOutcome> ClaimAsync(DocumentClaim claim, long runId, CancellationToken cancellationToken)
    {
        return await WriteAsync(async (c, tx) =>
        {
            await using var find = Command(c, tx, "SELECT status, attempts, claimed_by_run, error FROM documents WHERE id = $id");
            find.Parameters.AddWithValue("$id", claim.Id);
            await using var reader = await find.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                var status = DocumentStatusNames.FromWire(reader.GetString(0));
                var attempts = reader.GetInt32(1);
                var claimedBy = reader.IsDBNull(2) ? (long?)null : reader.GetInt64(2);
                var error = reader.IsDBNull(3) ? null : reader.GetString(3);
                await reader.DisposeAsync();
                await AddProvenance(c, tx, claim.Id, claim.Source, cancellationToken);
                var outcome = await Reclaim(c, tx, claim, runId, status, attempts, claimedBy, cancellationToken);
                return outcome.Kind == ClaimKind.Unchanged ? outcome with { Error = error } : outcome;
            }

            await reader.DisposeAsync();
            await InsertNew(c, tx, claim, runId, cancellationToken);
            await AddProvenance(c, tx, claim.Id, claim.Source, cancellationToken);
            return new ClaimOutcome(ClaimKind.New, 1, DocumentStatus.Processing);
        }, cancellationToken);
    }

    private async Task<ClaimOutcome> Reclaim(SqliteConnection c, SqliteTransaction tx, DocumentClaim claim, long runId, DocumentStatus status, int attempts, long? claimedBy, CancellationToken ct)
    {
        var retry = status == DocumentStatus.Processing || (claim.RetryFailed && status == DocumentStatus.Failed) || claim.Reprocess;
        if (!retry)
        {
            return new ClaimOutcome(ClaimKind.Unchanged, attempts, status);
        }

        if (status == DocumentStatus.Processing && claimedBy == runId)
        {
            // The same file listed twice in one run: the first listing is doing the work.
            return new ClaimOutcome(ClaimKind.Unchanged, attempts, status);
        }

        if (claim.Reprocess && status != DocumentStatus.Processing)
        {
            attempts = 0;
        }

        if (status == DocumentStatus.Processing && attempts >= claim.MaxAttempts)
        {
            await using var fail = Command(c, tx, "UPDATE documents SET status = 'failed', error = $e, updated_at = $u, claimed_by_run = NULL WHERE id = $id");
            fail.Parameters.AddWithValue("$e", $"stopped the process on {attempts} attempts (crash or kill while reading it); not tried again");
            fail.Parameters.AddWithValue("$u", Iso(_clock.GetUtcNow()));
            fail.Parameters.AddWithValue("$id", claim.Id);
            await fail.ExecuteNonQueryAsync(ct);
            return new ClaimOutcome(ClaimKind.GaveUp, attempts + 1, DocumentStatus.Failed);
        }

        await using var update = Command(c, tx, "UPDATE documents SET status = 'processing', attempts = $a, claimed_by_run = $r, updated_at = $u WHERE id = $id");
        update.Parameters.AddWithValue("$a", attempts + 1);
        update.Parameters.AddWithValue("$r", runId);
        update.Parameters.AddWithValue("$u", Iso(_clock.GetUtcNow()));
        update.Parameters.AddWithValue("$id", claim.Id);
        await update.ExecuteNonQueryAsync(ct);
        return new ClaimOutcome(status == DocumentStatus.Processing ? ClaimKind.Resume : ClaimKind.New, attempts + 1, DocumentStatus.Processing);
    }

    private async Task InsertNew(SqliteConnection c, SqliteTransaction tx, DocumentClaim claim, long runId, CancellationToken ct)
    {
        // New bytes from a location that gave other bytes before are a new version of that document.
        await using var prev = Command(c, tx, "SELECT d.id FROM documents d JOIN provenance p ON p.document_id = d.id WHERE p.location = $l AND d.id <> $id ORDER BY d.created_at DESC LIMIT 1");
        prev.Parameters.AddWithValue("$l", claim.Source.Location);
        prev.Parameters.AddWithValue("$id", claim.Id);
        var previous = await prev.ExecuteScalarAsync(ct) as string;
        await using var insert = Command(c, tx, """
            INSERT INTO documents(id, file_name, source, status, attempts, byte_length, archive_path, previous_version_id, claimed_by_run, created_at, updated_at)
            VALUES ($id, $f, $s, 'processing', 1, $n, $a, $p, $r, $t, $t)
            """);
        insert.Parameters.AddWithValue("$id", claim.Id);
        insert.Parameters.AddWithValue("$f", claim.FileName);
        insert.Parameters.AddWithValue("$s", claim.Source.Location);
        insert.Parameters.AddWithValue("$n", claim.ByteLength);
        insert.Parameters.AddWithValue("$a", claim.ArchivePath);
        insert.Parameters.AddWithValue("$p", (object?)previous ?? DBNull.Value);
        insert.Parameters.AddWithValue("$r", runId);
        insert.Parameters.AddWithValue("$t", Iso(_clock.GetUtcNow()));
        await insert.ExecuteNonQueryAsync(ct);
    }

    private static async Task AddProvenance(SqliteConnection c, SqliteTransaction tx, string id, Provenance p, CancellationToken ct)
    {
        await using var cmd = Command(c, tx, """
            INSERT OR IGNORE INTO provenance(document_id, source_kind, location, file_name, retrieved_at, note)
            SELECT $id, $k, $l, $f, $t, $n;
            """);
        cmd.Parameters.AddWithValue("$id", id);
        cmd.Parameters.AddWithValue("$k", p.SourceKind);
        cmd.Parameters.AddWithValue("$l", p.Location);
        cmd.Parameters.AddWithValue("$f", p.FileName);
        cmd.Parameters.AddWithValue("$t", Iso(p.RetrievedAt));
        cmd.Parameters.AddWithValue("$n", (object?)p.Note ?? DBNull.Value);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task SaveResultAsync(IngestDocument document, long runId, CancellationToken cancellationToken)
    {
        var x = document.Extracted;
        await WriteAsync(async (c, tx) =>
        {
            await using var cmd = Command(c, tx, """
                UPDATE documents SET status = $st, error = $e, text = $tx, pages_json = $p, footnotes_json = $fn, facts_json = $fa,
                    offset_map = $m, page_count = $pc, word_count = $wc, claimed_by_run = NULL, updated_at = $u,
                    blocks_json = $bl, sections_json = $se, metadata_json = $md, annotations_json = $an,
                    rating_json = $ra, screening_json = $sc
                WHERE id = $id
                """);
            cmd.Parameters.AddWithValue("$st", document.Status.ToWire());
            cmd.Parameters.AddWithValue("$e", (object?)document.Error ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$tx", (object?)x?.Text ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$p", x is null ? DBNull.Value : StoreJson.Serialize(x.Pages));
            cmd.Parameters.AddWithValue("$fn", x is null ? DBNull.Value : StoreJson.Serialize(x.Footnotes));
            cmd.Parameters.AddWithValue("$fa", x is null ? DBNull.Value : StoreJson.Serialize(x.Facts));
            cmd.Parameters.AddWithValue("$m", x is null ? DBNull.Value : x.OffsetMap.Serialize());
            cmd.Parameters.AddWithValue("$pc", x?.Facts.PageCount ?? 0);
            cmd.Parameters.AddWithValue("$wc", x is null ? 0 : WordCount(x.Text));
            cmd.Parameters.AddWithValue("$u", Iso(_clock.GetUtcNow()));
            cmd.Parameters.AddWithValue("$bl", x is null ? DBNull.Value : StoreJson.Serialize(x.Blocks));
            cmd.Parameters.AddWithValue("$se", StoreJson.Serialize(document.Sections));
            cmd.Parameters.AddWithValue("$md", document.Metadata is null ? DBNull.Value : StoreJson.Serialize(document.Metadata));
            cmd.Parameters.AddWithValue("$an", StoreJson.Serialize(document.Annotations));
            cmd.Parameters.AddWithValue("$ra", document.Rating is null ? DBNull.Value : StoreJson.Serialize(document.Rating));
            cmd.Parameters.AddWithValue("$sc", document.Screening is null ? DBNull.Value : StoreJson.Serialize(document.Screening));
            cmd.Parameters.AddWithValue("$id", document.Id);
            var updated = await cmd.ExecuteNonQueryAsync(cancellationToken);

            // The search index follows every save in the same transaction (issue 8).
            await SqliteSentenceIndex.ReplaceAsync(c, tx, SearchDocument.From(document), cancellationToken);
            return updated;
        }, cancellationToken);
    }

    public async Task RecordRunFailureAsync(long runId, string? documentId, string location, string reason, CancellationToken cancellationToken)
    {
        await WriteAsync(async (c, tx) =>
        {
            await using var cmd = Command(c, tx, "INSERT INTO run_failures(run_id, document_id, location, reason) VALUES ($r, $d, $l, $e)");
            cmd.Parameters.AddWithValue("$r", runId);
            cmd.Parameters.AddWithValue("$d", (object?)documentId ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$l", location);
            cmd.Parameters.AddWithValue("$e", reason);
            return await cmd.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task<StoredDocument?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var c = await OpenAsync(cancellationToken);
        await foreach (var d in Query(c, "WHERE id = $id", id, true, cancellationToken))
        {
            return d;
        }

        return null;
    }

    public async IAsyncEnumerable<StoredDocument> ListAsync(bool withText, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var c = await OpenAsync(cancellationToken);
        await foreach (var d in Query(c, string.Empty, null, withText, cancellationToken))
        {
            yield return d;
        }
    }

    private static async IAsyncEnumerable<StoredDocument> Query(SqliteConnection c, string where, string? id, bool withText, [EnumeratorCancellation] CancellationToken ct)
    {
        var textColumns = withText
            ? "text, pages_json, footnotes_json, facts_json, offset_map, blocks_json, sections_json, metadata_json, annotations_json, rating_json, screening_json"
            : "NULL, NULL, NULL, facts_json, NULL, NULL, sections_json, metadata_json, annotations_json, rating_json, screening_json";
        await using var cmd = Command(c, null, $"""
            SELECT id, file_name, source, status, error, attempts, archive_path, previous_version_id, created_at, updated_at, {textColumns}
            FROM documents {where} ORDER BY id
            """);
        if (id is not null)
        {
            cmd.Parameters.AddWithValue("$id", id);
        }

        // The UI's tables exist only once `serve` (or `users add`) has run on this store; without them there is nothing to lay over.
        var withDecisions = await SqliteDecisionState.ExistsAsync(c, ct);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var docId = r.GetString(0);
            var provenances = await Provenances(c, docId, ct);
            var stored = new StoredDocument(
                docId,
                r.GetString(1),
                r.GetString(2),
                DocumentStatusNames.FromWire(r.GetString(3)),
                r.IsDBNull(4) ? null : r.GetString(4),
                r.GetInt32(5),
                r.GetString(6),
                r.IsDBNull(7) ? null : r.GetString(7),
                ReadExtracted(r),
                provenances,
                DateTimeOffset.Parse(r.GetString(8), CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(r.GetString(9), CultureInfo.InvariantCulture))
            {
                Sections = r.IsDBNull(16) ? [] : StoreJson.Deserialize<List<Section>>(r.GetString(16)) ?? [],
                Metadata = r.IsDBNull(17) ? null : StoreJson.Deserialize<ReviewMetadata>(r.GetString(17)),
                Annotations = r.IsDBNull(18) ? [] : StoreJson.Deserialize<List<Annotation>>(r.GetString(18)) ?? [],
                Rating = r.IsDBNull(19) ? null : StoreJson.Deserialize<ReviewRating>(r.GetString(19)),
                Screening = r.IsDBNull(20) ? null : StoreJson.Deserialize<ScreeningDecision>(r.GetString(20)),
            };

            // What exports, eval, search and reports see: the pipeline's output with the analysts' final decisions.
            yield return withDecisions ? await SqliteDecisionState.OverlayAsync(c, stored, ct) : stored;
        }
    }

    private static ExtractedText? ReadExtracted(SqliteDataReader r)
    {
        var facts = r.IsDBNull(13) ? null : StoreJson.Deserialize<ExtractionFacts>(r.GetString(13));
        if (facts is null)
        {
            return null;
        }

        return new ExtractedText(
            r.IsDBNull(10) ? string.Empty : r.GetString(10),
            r.IsDBNull(11) ? [] : StoreJson.Deserialize<List<PageInfo>>(r.GetString(11)) ?? [],
            r.IsDBNull(12) ? [] : StoreJson.Deserialize<List<Footnote>>(r.GetString(12)) ?? [],
            r.IsDBNull(14) ? new OffsetMap() : OffsetMap.Deserialize((byte[])r.GetValue(14)),
            facts)
        {
            Blocks = r.IsDBNull(15) ? [] : StoreJson.Deserialize<List<TextBlock>>(r.GetString(15)) ?? [],
        };
    }

    private static async Task<List<Provenance>> Provenances(SqliteConnection c, string id, CancellationToken ct)
    {
        await using var cmd = Command(c, null, "SELECT source_kind, location, file_name, retrieved_at, note FROM provenance WHERE document_id = $id ORDER BY retrieved_at, location");
        cmd.Parameters.AddWithValue("$id", id);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<Provenance>();
        while (await r.ReadAsync(ct))
        {
            list.Add(new Provenance(r.GetString(0), r.GetString(1), r.GetString(2), DateTimeOffset.Parse(r.GetString(3), CultureInfo.InvariantCulture), r.IsDBNull(4) ? null : r.GetString(4)));
        }

        return list;
    }

    public async Task<IReadOnlyList<RunRecord>> RecentRunsAsync(int count, CancellationToken cancellationToken)
    {
        await using var c = await OpenAsync(cancellationToken);
        await using var cmd = Command(c, null, "SELECT id, trig, started_at, finished_at, summary_json FROM runs ORDER BY id DESC LIMIT $n");
        cmd.Parameters.AddWithValue("$n", count);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        var list = new List<RunRecord>();
        while (await r.ReadAsync(cancellationToken))
        {
            list.Add(new RunRecord(
                r.GetInt64(0),
                r.GetString(1),
                DateTimeOffset.Parse(r.GetString(2), CultureInfo.InvariantCulture),
                r.IsDBNull(3) ? null : DateTimeOffset.Parse(r.GetString(3), CultureInfo.InvariantCulture),
                r.IsDBNull(4) ? null : StoreJson.Deserialize<RunSummary>(r.GetString(4))));
        }

        return list;
    }

    private static async Task<object?> Scalar(SqliteConnection c, SqliteTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = Command(c, tx, sql);
        return await cmd.ExecuteScalarAsync(ct);
    }

    internal static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var ch in text)
        {
            var letter = char.IsLetterOrDigit(ch);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    public ValueTask DisposeAsync()
    {
        _db.Dispose();
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }
}
