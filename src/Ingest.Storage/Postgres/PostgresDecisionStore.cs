using Ingest.Core.Documents;
using Ingest.Core.Review;
using Ingest.Storage.Sqlite;
using Npgsql;
using NpgsqlTypes;
using static Ingest.Storage.Postgres.PostgresConnector;

namespace Ingest.Storage.Postgres;

/// <summary>
/// Analysts' decisions on PostgreSQL, with <see cref="SqliteDecisionStore"/>'s behaviour. Several serve
/// nodes decide at once here, so the check-then-append is guarded twice: each decision locks its
/// document's row (FOR UPDATE) for the length of its transaction, so a second analyst's decision waits
/// and then sees the first one's version (a conflict); and the UNIQUE (document, target, track, version)
/// constraint refuses a second entry for one version whatever the application does, which is also
/// reported as a conflict. Triggers make the log append-only. The document is never written: readers lay
/// the final track over it (<see cref="PostgresDecisionOverlay"/>), so decisions survive a reprocess.
/// </summary>
public sealed class PostgresDecisionStore : IDecisionStore, IAsyncDisposable, IDisposable
{
    private const string Columns = "id, document_id, target_kind, target_id, track, version, action, decided_by, decided_at, before_json, after_json, reason";

    private readonly PostgresConnector _db;
    private readonly TimeProvider _clock;

    public PostgresDecisionStore(string connectionString, TimeProvider clock)
    {
        _db = new PostgresConnector(connectionString, clock);
        _clock = clock;
    }

    public Task MigrateAsync(CancellationToken cancellationToken) => _db.MigrateReviewSchemaAsync(cancellationToken);

    public Task<DecisionOutcome> DecideAsync(AnnotationDecision decision, CancellationToken cancellationToken) =>
        ConflictOnDuplicate(decision.DocumentId, DecisionTargets.Annotation, decision.AnnotationId, decision.Track, _db.WriteAsync("record a decision", async (c, tx) =>
        {
            var found = await LockAnnotation(c, tx, decision.DocumentId, decision.AnnotationId, cancellationToken);
            if (found is not { } hit)
            {
                return new DecisionOutcome(DecisionOutcomeKind.NotFound, 0, "no such suggestion in this document");
            }

            var stored = hit.Annotation;
            var latest = await Latest(c, tx, decision.DocumentId, DecisionTargets.Annotation, decision.AnnotationId, decision.Track, cancellationToken);
            if ((latest?.Version ?? 0) != decision.ExpectedVersion)
            {
                return Conflict(latest);
            }

            // The suggestion as the latest run made it, with this track's decisions so far laid over it.
            var before = DecisionSnapshot.Annotation(latest?.After) is { } decided ? DecisionOverlay.Annotation(stored, decided) : stored;
            var after = AnnotationDecisions.Apply(before, decision);
            if (after is null)
            {
                return new DecisionOutcome(DecisionOutcomeKind.Invalid, latest?.Version ?? 0, "an edit needs a label");
            }

            var version = decision.ExpectedVersion + 1;
            var afterJson = StoreJson.Serialize(after);
            await Append(c, tx, new DecisionRecord(0, decision.DocumentId, DecisionTargets.Annotation, decision.AnnotationId, decision.Track, version,
                Wire(decision.Action), decision.DecidedBy, _clock.GetUtcNow(), StoreJson.Serialize(before), afterJson, decision.Reason), cancellationToken);
            return new DecisionOutcome(DecisionOutcomeKind.Stored, version) { Annotation = after };
        }, cancellationToken), cancellationToken);

    public Task<DecisionOutcome> DecideAsync(RatingDecision decision, CancellationToken cancellationToken) =>
        ConflictOnDuplicate(decision.DocumentId, DecisionTargets.Rating, DecisionTargets.RatingId, decision.Track, _db.WriteAsync("record a rating decision", async (c, tx) =>
        {
            var rating = await LockJson<ReviewRating>(c, tx, "rating_json", decision.DocumentId, cancellationToken);
            if (rating is null)
            {
                return new DecisionOutcome(DecisionOutcomeKind.NotFound, 0, "this document has no proposed rating yet");
            }

            var latest = await Latest(c, tx, decision.DocumentId, DecisionTargets.Rating, DecisionTargets.RatingId, decision.Track, cancellationToken);
            if ((latest?.Version ?? 0) != decision.ExpectedVersion)
            {
                return Conflict(latest);
            }

            var problem = RatingDecisions.Problem(rating, decision);
            if (problem is not null)
            {
                return new DecisionOutcome(DecisionOutcomeKind.Invalid, latest?.Version ?? 0, problem);
            }

            var before = DecisionSnapshot.Rating(latest?.After) is { } decided ? DecisionOverlay.Rating(rating, decided) : rating;
            var after = RatingDecisions.Apply(before, decision);
            var action = decision.Rating == rating.Suggested ? DecisionAction.Confirm : DecisionAction.Override;
            var version = decision.ExpectedVersion + 1;
            var afterJson = StoreJson.Serialize(after);
            await Append(c, tx, new DecisionRecord(0, decision.DocumentId, DecisionTargets.Rating, DecisionTargets.RatingId, decision.Track, version,
                Wire(action), decision.DecidedBy, _clock.GetUtcNow(), StoreJson.Serialize(before), afterJson, after.Reason), cancellationToken);
            return new DecisionOutcome(DecisionOutcomeKind.Stored, version) { Rating = after };
        }, cancellationToken), cancellationToken);

    public Task<DecisionOutcome> DecideAsync(ScreeningConfirmation decision, CancellationToken cancellationToken) =>
        ConflictOnDuplicate(decision.DocumentId, DecisionTargets.Screening, DecisionTargets.ScreeningId, decision.Track, _db.WriteAsync("record a screening decision", async (c, tx) =>
        {
            var screening = await LockJson<ScreeningDecision>(c, tx, "screening_json", decision.DocumentId, cancellationToken);
            if (screening is null)
            {
                return new DecisionOutcome(DecisionOutcomeKind.NotFound, 0, "this document has no proposed screening yet");
            }

            var latest = await Latest(c, tx, decision.DocumentId, DecisionTargets.Screening, DecisionTargets.ScreeningId, decision.Track, cancellationToken);
            if ((latest?.Version ?? 0) != decision.ExpectedVersion)
            {
                return Conflict(latest);
            }

            var overriding = ScreeningDecisions.Overrides(screening, decision);
            if (overriding && string.IsNullOrWhiteSpace(decision.Reason))
            {
                return new DecisionOutcome(DecisionOutcomeKind.Invalid, latest?.Version ?? 0, "an override needs a reason");
            }

            var before = DecisionSnapshot.Screening(latest?.After) is { } decided ? DecisionOverlay.Screening(screening, decided) : screening;
            var after = ScreeningDecisions.Apply(before, decision);
            var version = decision.ExpectedVersion + 1;
            await Append(c, tx, new DecisionRecord(0, decision.DocumentId, DecisionTargets.Screening, DecisionTargets.ScreeningId, decision.Track, version,
                Wire(overriding ? DecisionAction.Override : DecisionAction.Confirm), decision.DecidedBy, _clock.GetUtcNow(), StoreJson.Serialize(before), StoreJson.Serialize(after), after.Reason), cancellationToken);
            return new DecisionOutcome(DecisionOutcomeKind.Stored, version) { Screening = after };
        }, cancellationToken), cancellationToken);

    /// <summary>
    /// Two decisions that both passed the version check (possible only if a row lock was skipped) meet
    /// the UNIQUE constraint; the loser's transaction is rolled back and it gets the winner as a conflict.
    /// </summary>
    private async Task<DecisionOutcome> ConflictOnDuplicate(string documentId, string kind, string targetId, string track, Task<DecisionOutcome> decide, CancellationToken ct)
    {
        try
        {
            return await decide;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            var current = await _db.RunAsync("read the latest decision", c => Latest(c, null, documentId, kind, targetId, track, ct), ct);
            return Conflict(current);
        }
    }

    private static DecisionOutcome Conflict(DecisionRecord? current) =>
        new(DecisionOutcomeKind.Conflict, current?.Version ?? 0,
            current is null ? "this changed since you loaded it" : $"{current.DecidedBy} changed this at {current.DecidedAt:yyyy-MM-dd HH:mm} since you loaded it",
            current);

    private static string Wire(DecisionAction action) => action.ToString().ToLowerInvariant();

    /// <summary>Locks the document's row and finds the annotation by id (and its place in the array) without reading the others out.</summary>
    private static async Task<(int Index, Annotation Annotation)?> LockAnnotation(NpgsqlConnection c, NpgsqlTransaction tx, string documentId, string annotationId, CancellationToken ct)
    {
        if (!await LockDocument(c, tx, documentId, ct))
        {
            return null;
        }

        await using var cmd = Command(c, tx, """
            SELECT a.value::text, a.n - 1 FROM documents d
            CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(d.annotations_json) = 'array' THEN d.annotations_json ELSE '[]'::jsonb END)
                WITH ORDINALITY AS a(value, n)
            WHERE d.id = @d AND a.value->>'id' = @a
            ORDER BY a.n LIMIT 1
            """);
        cmd.Parameters.AddWithValue("d", PgText.Clean(documentId)!);
        cmd.Parameters.AddWithValue("a", PgText.Clean(annotationId)!);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct))
        {
            return null;
        }

        var annotation = StoreJson.Deserialize<Annotation>(r.GetString(0));
        return annotation is null ? null : ((int)r.GetInt64(1), annotation);
    }

    /// <summary>Locks the document's row and reads one of its proposals (rating_json or screening_json: a constant, never user text).</summary>
    private static async Task<T?> LockJson<T>(NpgsqlConnection c, NpgsqlTransaction tx, string column, string documentId, CancellationToken ct)
        where T : class
    {
        if (!await LockDocument(c, tx, documentId, ct))
        {
            return null;
        }

        await using var cmd = Command(c, tx, $"SELECT {column}::text FROM documents WHERE id = @d");
        cmd.Parameters.AddWithValue("d", PgText.Clean(documentId)!);
        return await cmd.ExecuteScalarAsync(ct) is string json ? StoreJson.Deserialize<T>(json) : null;
    }

    /// <summary>Holds the document's row until the transaction ends: decisions on one document queue here, one at a time.</summary>
    private static async Task<bool> LockDocument(NpgsqlConnection c, NpgsqlTransaction tx, string documentId, CancellationToken ct)
    {
        await using var cmd = Command(c, tx, "SELECT 1 FROM documents WHERE id = @d FOR UPDATE");
        cmd.Parameters.AddWithValue("d", PgText.Clean(documentId)!);
        return await cmd.ExecuteScalarAsync(ct) is not null;
    }

    private static async Task<DecisionRecord?> Latest(NpgsqlConnection c, NpgsqlTransaction? tx, string documentId, string kind, string targetId, string track, CancellationToken ct)
    {
        var rows = await Select(c, tx, $"""
            SELECT {Columns} FROM decisions
            WHERE document_id = @d AND target_kind = @k AND target_id = @i AND track = @t ORDER BY version DESC LIMIT 1
            """, p => { p.AddWithValue("d", PgText.Clean(documentId)!); p.AddWithValue("k", kind); p.AddWithValue("i", PgText.Clean(targetId)!); p.AddWithValue("t", PgText.Clean(track)!); }, ct);
        return rows.Count == 0 ? null : rows[0];
    }

    private static async Task Append(NpgsqlConnection c, NpgsqlTransaction tx, DecisionRecord d, CancellationToken ct)
    {
        await using var cmd = Command(c, tx, """
            INSERT INTO decisions(document_id, target_kind, target_id, track, version, action, decided_by, decided_at, before_json, after_json, reason)
            VALUES (@d, @k, @i, @t, @v, @a, @by, @at, @b, @af, @r)
            """);
        cmd.Parameters.AddWithValue("d", PgText.Clean(d.DocumentId)!);
        cmd.Parameters.AddWithValue("k", d.TargetKind);
        cmd.Parameters.AddWithValue("i", PgText.Clean(d.TargetId)!);
        cmd.Parameters.AddWithValue("t", PgText.Clean(d.Track)!);
        cmd.Parameters.AddWithValue("v", d.Version);
        cmd.Parameters.AddWithValue("a", d.Action);
        cmd.Parameters.AddWithValue("by", PgText.Clean(d.DecidedBy)!);
        cmd.Parameters.AddWithValue("at", d.DecidedAt.ToUniversalTime());
        cmd.Parameters.Add(Text("b", PgText.CleanJson(d.Before)));
        cmd.Parameters.AddWithValue("af", PgText.CleanJson(d.After)!);
        cmd.Parameters.Add(Text("r", d.Reason));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static NpgsqlParameter Text(string name, string? value) => new(name, NpgsqlDbType.Text) { Value = (object?)PgText.Clean(value) ?? DBNull.Value };

    public Task<IReadOnlyDictionary<string, DecisionRecord>> LatestAsync(string documentId, string track, CancellationToken cancellationToken) =>
        _db.RunAsync("read the latest decisions", async c =>
            (IReadOnlyDictionary<string, DecisionRecord>)(await LatestRowsAsync(c, documentId, track, cancellationToken)).ToDictionary(r => r.TargetId, StringComparer.Ordinal),
            cancellationToken);

    /// <summary>The latest decision per target on one track of one document (also what readers lay over the document).</summary>
    internal static Task<List<DecisionRecord>> LatestRowsAsync(NpgsqlConnection c, string documentId, string track, CancellationToken ct) =>
        Select(c, null, $"""
            SELECT DISTINCT ON (target_kind, target_id) {Columns} FROM decisions
            WHERE document_id = @d AND track = @t ORDER BY target_kind, target_id, id DESC
            """, p => { p.AddWithValue("d", PgText.Clean(documentId)!); p.AddWithValue("t", PgText.Clean(track)!); }, ct);

    public Task<IReadOnlyDictionary<string, int>> VersionsAsync(string documentId, string track, CancellationToken cancellationToken) =>
        _db.RunAsync("read decision versions", async c =>
        {
            await using var cmd = Command(c, null, "SELECT target_id, MAX(version) FROM decisions WHERE document_id = @d AND track = @t GROUP BY target_kind, target_id");
            cmd.Parameters.AddWithValue("d", PgText.Clean(documentId)!);
            cmd.Parameters.AddWithValue("t", PgText.Clean(track)!);
            await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
            var versions = new Dictionary<string, int>(StringComparer.Ordinal);
            while (await r.ReadAsync(cancellationToken))
            {
                versions[r.GetString(0)] = r.GetInt32(1);
            }

            return (IReadOnlyDictionary<string, int>)versions;
        }, cancellationToken);

    public Task<IReadOnlyList<DecisionRecord>> RecentAsync(string documentId, int count, CancellationToken cancellationToken) =>
        Query($"SELECT {Columns} FROM decisions WHERE document_id = @d ORDER BY id DESC LIMIT @n",
            p => { p.AddWithValue("d", PgText.Clean(documentId)!); p.AddWithValue("n", count); }, cancellationToken);

    public Task<IReadOnlyList<DecisionRecord>> HistoryAsync(string documentId, CancellationToken cancellationToken) =>
        Query($"SELECT {Columns} FROM decisions WHERE document_id = @d ORDER BY id", p => p.AddWithValue("d", PgText.Clean(documentId)!), cancellationToken);

    public Task<IReadOnlyList<DecisionRecord>> RecentAsync(int count, CancellationToken cancellationToken) =>
        Query($"SELECT {Columns} FROM decisions ORDER BY id DESC LIMIT @n", p => p.AddWithValue("n", count), cancellationToken);

    private Task<IReadOnlyList<DecisionRecord>> Query(string sql, Action<NpgsqlParameterCollection> bind, CancellationToken ct) =>
        _db.RunAsync("read decisions", async c => (IReadOnlyList<DecisionRecord>)await Select(c, null, sql, bind, ct), ct);

    public Task AssignAsync(CodingAssignment assignment, CancellationToken cancellationToken) =>
        _db.RunAsync("record a coding assignment", async c =>
        {
            // Kept as a history too: the latest assignment of a document is the one in force.
            await using var cmd = Command(c, null, "INSERT INTO coding_assignments(document_id, first_coder, second_coder, assigned_by, assigned_at) VALUES (@d, @a, @b, @by, @t)");
            cmd.Parameters.AddWithValue("d", PgText.Clean(assignment.DocumentId)!);
            cmd.Parameters.AddWithValue("a", PgText.Clean(assignment.FirstCoder)!);
            cmd.Parameters.AddWithValue("b", PgText.Clean(assignment.SecondCoder)!);
            cmd.Parameters.AddWithValue("by", PgText.Clean(assignment.AssignedBy)!);
            cmd.Parameters.AddWithValue("t", assignment.AssignedAt.ToUniversalTime());
            return await cmd.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    public async Task<CodingAssignment?> AssignmentAsync(string documentId, CancellationToken cancellationToken)
    {
        var all = await Assignments("WHERE document_id = @d", documentId, cancellationToken);
        return all.Count == 0 ? null : all[0];
    }

    public Task<IReadOnlyList<CodingAssignment>> AssignmentsAsync(CancellationToken cancellationToken) => Assignments(string.Empty, null, cancellationToken);

    private Task<IReadOnlyList<CodingAssignment>> Assignments(string where, string? documentId, CancellationToken ct) =>
        _db.RunAsync("read coding assignments", async c =>
        {
            await using var cmd = Command(c, null, $"""
                SELECT document_id, first_coder, second_coder, assigned_by, assigned_at FROM coding_assignments
                WHERE id IN (SELECT MAX(id) FROM coding_assignments {where} GROUP BY document_id) ORDER BY id DESC
                """);
            if (documentId is not null)
            {
                cmd.Parameters.AddWithValue("d", PgText.Clean(documentId)!);
            }

            await using var r = await cmd.ExecuteReaderAsync(ct);
            var list = new List<CodingAssignment>();
            while (await r.ReadAsync(ct))
            {
                list.Add(new CodingAssignment(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetFieldValue<DateTimeOffset>(4)));
            }

            return (IReadOnlyList<CodingAssignment>)list;
        }, ct);

    private static async Task<List<DecisionRecord>> Select(NpgsqlConnection c, NpgsqlTransaction? tx, string sql, Action<NpgsqlParameterCollection> bind, CancellationToken ct)
    {
        await using var cmd = Command(c, tx, sql);
        bind(cmd.Parameters);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<DecisionRecord>();
        while (await r.ReadAsync(ct))
        {
            list.Add(new DecisionRecord(
                r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
                r.GetInt32(5), r.GetString(6), r.GetString(7), r.GetFieldValue<DateTimeOffset>(8),
                r.IsDBNull(9) ? null : r.GetString(9), r.GetString(10), r.IsDBNull(11) ? null : r.GetString(11)));
        }

        return list;
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    public void Dispose() => _db.Dispose();
}
