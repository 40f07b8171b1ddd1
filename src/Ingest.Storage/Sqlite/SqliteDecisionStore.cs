using System.Globalization;
using Ingest.Core.Documents;
using Ingest.Core.Review;
using Microsoft.Data.Sqlite;
using static Ingest.Storage.Sqlite.SqliteConnector;

namespace Ingest.Storage.Sqlite;

/// <summary>
/// Analysts' decisions in SQLite: appended to <c>decisions</c> (triggers refuse updates and deletes),
/// versioned per target and track so that a stale decision is a conflict rather than a silent overwrite,
/// and, on the final track, applied to the document's annotations or rating in the same transaction.
/// </summary>
public sealed class SqliteDecisionStore : IDecisionStore, IDisposable
{
    private const string Columns = "id, document_id, target_kind, target_id, track, version, action, decided_by, decided_at, before_json, after_json, reason";

    private readonly SqliteConnector _db;
    private readonly TimeProvider _clock;

    public SqliteDecisionStore(string databasePath, TimeProvider clock)
    {
        _db = new SqliteConnector(databasePath);
        _clock = clock;
    }

    public Task MigrateAsync(CancellationToken cancellationToken) =>
        _db.MigrateAsync(SqliteReviewSchema.VersionTable, SqliteReviewSchema.Migrations, cancellationToken);

    public Task<DecisionOutcome> DecideAsync(AnnotationDecision decision, CancellationToken cancellationToken) =>
        _db.WriteAsync(async (c, tx) =>
        {
            var found = await FindAnnotation(c, tx, decision.DocumentId, decision.AnnotationId, cancellationToken);
            if (found is not { } stored)
            {
                return new DecisionOutcome(DecisionOutcomeKind.NotFound, 0, "no such suggestion in this document");
            }

            var latest = await Latest(c, tx, decision.DocumentId, DecisionTargets.Annotation, decision.AnnotationId, decision.Track, cancellationToken);
            if ((latest?.Version ?? 0) != decision.ExpectedVersion)
            {
                return Conflict(latest);
            }

            var before = latest is null ? stored.Annotation : StoreJson.Deserialize<Annotation>(latest.After)!;
            var after = AnnotationDecisions.Apply(before, decision);
            if (after is null)
            {
                return new DecisionOutcome(DecisionOutcomeKind.Invalid, latest?.Version ?? 0, "an edit needs a label");
            }

            var version = decision.ExpectedVersion + 1;
            await Append(c, tx, decision.DocumentId, DecisionTargets.Annotation, decision.AnnotationId, decision.Track, version,
                decision.Action, decision.DecidedBy, StoreJson.Serialize(before), StoreJson.Serialize(after), decision.Reason, cancellationToken);
            if (decision.Track == DecisionTracks.Final)
            {
                await ReplaceAnnotation(c, tx, decision.DocumentId, stored, StoreJson.Serialize(after), cancellationToken);
            }

            return new DecisionOutcome(DecisionOutcomeKind.Stored, version) { Annotation = after };
        }, cancellationToken);

    public Task<DecisionOutcome> DecideAsync(RatingDecision decision, CancellationToken cancellationToken) =>
        _db.WriteAsync(async (c, tx) =>
        {
            var rating = await ReadJson<ReviewRating>(c, tx, "rating_json", decision.DocumentId, cancellationToken);
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

            var before = latest is null ? rating : StoreJson.Deserialize<ReviewRating>(latest.After)!;
            var after = before with { Confirmed = decision.Rating, ConfirmedBy = decision.DecidedBy, Reason = string.IsNullOrWhiteSpace(decision.Reason) ? null : decision.Reason.Trim() };
            var action = decision.Rating == rating.Suggested ? DecisionAction.Confirm : DecisionAction.Override;
            var version = decision.ExpectedVersion + 1;
            await Append(c, tx, decision.DocumentId, DecisionTargets.Rating, DecisionTargets.RatingId, decision.Track, version,
                action, decision.DecidedBy, StoreJson.Serialize(before), StoreJson.Serialize(after), after.Reason, cancellationToken);
            if (decision.Track == DecisionTracks.Final)
            {
                await WriteJson(c, tx, "rating_json", decision.DocumentId, StoreJson.Serialize(after), cancellationToken);
            }

            return new DecisionOutcome(DecisionOutcomeKind.Stored, version) { Rating = after };
        }, cancellationToken);

    private static DecisionOutcome Conflict(DecisionRecord? current) =>
        new(DecisionOutcomeKind.Conflict, current?.Version ?? 0,
            current is null ? "this changed since you loaded it" : $"{current.DecidedBy} changed this at {current.DecidedAt:yyyy-MM-dd HH:mm} since you loaded it",
            current);

    public async Task<IReadOnlyDictionary<string, DecisionRecord>> LatestAsync(string documentId, string track, CancellationToken cancellationToken)
    {
        await using var c = await _db.OpenAsync(cancellationToken);
        var rows = await Select(c, null, $"""
            SELECT {Columns} FROM decisions WHERE id IN (
                SELECT MAX(id) FROM decisions WHERE document_id = $d AND track = $t GROUP BY target_kind, target_id)
            """, p => { p.AddWithValue("$d", documentId); p.AddWithValue("$t", track); }, cancellationToken);
        return rows.ToDictionary(r => r.TargetId, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, int>> VersionsAsync(string documentId, string track, CancellationToken cancellationToken)
    {
        await using var c = await _db.OpenAsync(cancellationToken);
        await using var cmd = Command(c, null, "SELECT target_id, MAX(version) FROM decisions WHERE document_id = $d AND track = $t GROUP BY target_kind, target_id");
        cmd.Parameters.AddWithValue("$d", documentId);
        cmd.Parameters.AddWithValue("$t", track);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        var versions = new Dictionary<string, int>(StringComparer.Ordinal);
        while (await r.ReadAsync(cancellationToken))
        {
            versions[r.GetString(0)] = r.GetInt32(1);
        }

        return versions;
    }

    public async Task<IReadOnlyList<DecisionRecord>> RecentAsync(string documentId, int count, CancellationToken cancellationToken)
    {
        await using var c = await _db.OpenAsync(cancellationToken);
        return await Select(c, null, $"SELECT {Columns} FROM decisions WHERE document_id = $d ORDER BY id DESC LIMIT $n",
            p => { p.AddWithValue("$d", documentId); p.AddWithValue("$n", count); }, cancellationToken);
    }

    public async Task<IReadOnlyList<DecisionRecord>> HistoryAsync(string documentId, CancellationToken cancellationToken)
    {
        await using var c = await _db.OpenAsync(cancellationToken);
        return await Select(c, null, $"SELECT {Columns} FROM decisions WHERE document_id = $d ORDER BY id", p => p.AddWithValue("$d", documentId), cancellationToken);
    }

    public async Task<IReadOnlyList<DecisionRecord>> RecentAsync(int count, CancellationToken cancellationToken)
    {
        await using var c = await _db.OpenAsync(cancellationToken);
        return await Select(c, null, $"SELECT {Columns} FROM decisions ORDER BY id DESC LIMIT $n", p => p.AddWithValue("$n", count), cancellationToken);
    }

    public Task AssignAsync(CodingAssignment assignment, CancellationToken cancellationToken) =>
        _db.WriteAsync(async (c, tx) =>
        {
            // Kept as a history too: the latest assignment of a document is the one in force.
            await using var cmd = Command(c, tx, "INSERT INTO coding_assignments(document_id, first_coder, second_coder, assigned_by, assigned_at) VALUES ($d, $a, $b, $by, $t)");
            cmd.Parameters.AddWithValue("$d", assignment.DocumentId);
            cmd.Parameters.AddWithValue("$a", assignment.FirstCoder);
            cmd.Parameters.AddWithValue("$b", assignment.SecondCoder);
            cmd.Parameters.AddWithValue("$by", assignment.AssignedBy);
            cmd.Parameters.AddWithValue("$t", Iso(assignment.AssignedAt));
            return await cmd.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    public async Task<CodingAssignment?> AssignmentAsync(string documentId, CancellationToken cancellationToken)
    {
        var all = await Assignments("WHERE document_id = $d", documentId, cancellationToken);
        return all.Count == 0 ? null : all[0];
    }

    public Task<IReadOnlyList<CodingAssignment>> AssignmentsAsync(CancellationToken cancellationToken) => Assignments(string.Empty, null, cancellationToken);

    private async Task<IReadOnlyList<CodingAssignment>> Assignments(string where, string? documentId, CancellationToken ct)
    {
        await using var c = await _db.OpenAsync(ct);
        await using var cmd = Command(c, null, $"""
            SELECT document_id, first_coder, second_coder, assigned_by, assigned_at FROM coding_assignments
            WHERE id IN (SELECT MAX(id) FROM coding_assignments {where} GROUP BY document_id) ORDER BY id DESC
            """);
        if (documentId is not null)
        {
            cmd.Parameters.AddWithValue("$d", documentId);
        }

        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<CodingAssignment>();
        while (await r.ReadAsync(ct))
        {
            list.Add(new CodingAssignment(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), ParseIso(r.GetString(4))));
        }

        return list;
    }

    private static async Task<T?> ReadJson<T>(SqliteConnection c, SqliteTransaction tx, string column, string documentId, CancellationToken ct)
        where T : class
    {
        await using var cmd = Command(c, tx, $"SELECT {column} FROM documents WHERE id = $id");
        cmd.Parameters.AddWithValue("$id", documentId);
        return await cmd.ExecuteScalarAsync(ct) is string json ? StoreJson.Deserialize<T>(json) : null;
    }

    /// <summary>
    /// Finds one annotation inside the document's stored JSON array by its serialized id and cuts out just
    /// that object, so a decision on a review with thousands of suggestions parses one annotation, not all.
    /// (SQLite's json_each/json_extract parse the whole array on every call: 15-20 ms for 2,000 suggestions.)
    /// </summary>
    private static async Task<StoredAnnotation?> FindAnnotation(SqliteConnection c, SqliteTransaction tx, string documentId, string annotationId, CancellationToken ct)
    {
        await using var cmd = Command(c, tx, "SELECT annotations_json FROM documents WHERE id = $id");
        cmd.Parameters.AddWithValue("$id", documentId);
        if (await cmd.ExecuteScalarAsync(ct) is not string json)
        {
            return null;
        }

        var at = json.IndexOf("{\"id\":" + StoreJson.Serialize(annotationId) + ",", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var length = JsonObjectLength(json, at);
        var annotation = StoreJson.Deserialize<Annotation>(json.Substring(at, length));
        return annotation?.Id == annotationId ? new StoredAnnotation(json, at, length, annotation) : null;
    }

    /// <summary>The length of the JSON object starting at <paramref name="start"/>, braces inside strings ignored.</summary>
    private static int JsonObjectLength(string json, int start)
    {
        var depth = 0;
        var inString = false;
        for (var i = start; i < json.Length; i++)
        {
            var ch = json[i];
            if (inString)
            {
                if (ch == '\\')
                {
                    i++;
                }
                else if (ch == '"')
                {
                    inString = false;
                }
            }
            else if (ch == '"')
            {
                inString = true;
            }
            else if (ch == '{')
            {
                depth++;
            }
            else if (ch == '}' && --depth == 0)
            {
                return i - start + 1;
            }
        }

        throw new InvalidOperationException("the stored annotations are not valid JSON");
    }

    private static async Task ReplaceAnnotation(SqliteConnection c, SqliteTransaction tx, string documentId, StoredAnnotation stored, string json, CancellationToken ct)
    {
        var updated = string.Concat(stored.Json.AsSpan(0, stored.Start), json, stored.Json.AsSpan(stored.Start + stored.Length));
        await using var cmd = Command(c, tx, "UPDATE documents SET annotations_json = $j WHERE id = $id");
        cmd.Parameters.AddWithValue("$j", updated);
        cmd.Parameters.AddWithValue("$id", documentId);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private sealed record StoredAnnotation(string Json, int Start, int Length, Annotation Annotation);

    private static async Task WriteJson(SqliteConnection c, SqliteTransaction tx, string column, string documentId, string json, CancellationToken ct)
    {
        await using var cmd = Command(c, tx, $"UPDATE documents SET {column} = $j WHERE id = $id");
        cmd.Parameters.AddWithValue("$j", json);
        cmd.Parameters.AddWithValue("$id", documentId);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task<DecisionRecord?> Latest(SqliteConnection c, SqliteTransaction tx, string documentId, string kind, string targetId, string track, CancellationToken ct)
    {
        var rows = await Select(c, tx, $"""
            SELECT {Columns} FROM decisions
            WHERE document_id = $d AND target_kind = $k AND target_id = $i AND track = $t ORDER BY version DESC LIMIT 1
            """, p => { p.AddWithValue("$d", documentId); p.AddWithValue("$k", kind); p.AddWithValue("$i", targetId); p.AddWithValue("$t", track); }, ct);
        return rows.Count == 0 ? null : rows[0];
    }

    private async Task Append(SqliteConnection c, SqliteTransaction tx, string documentId, string kind, string targetId, string track, int version,
        DecisionAction action, string by, string? before, string after, string? reason, CancellationToken ct)
    {
        await using var cmd = Command(c, tx, """
            INSERT INTO decisions(document_id, target_kind, target_id, track, version, action, decided_by, decided_at, before_json, after_json, reason)
            VALUES ($d, $k, $i, $t, $v, $a, $by, $at, $b, $af, $r)
            """);
        cmd.Parameters.AddWithValue("$d", documentId);
        cmd.Parameters.AddWithValue("$k", kind);
        cmd.Parameters.AddWithValue("$i", targetId);
        cmd.Parameters.AddWithValue("$t", track);
        cmd.Parameters.AddWithValue("$v", version);
        cmd.Parameters.AddWithValue("$a", action.ToString().ToLowerInvariant());
        cmd.Parameters.AddWithValue("$by", by);
        cmd.Parameters.AddWithValue("$at", Iso(_clock.GetUtcNow()));
        cmd.Parameters.AddWithValue("$b", (object?)before ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$af", after);
        cmd.Parameters.AddWithValue("$r", (object?)reason ?? DBNull.Value);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task<List<DecisionRecord>> Select(SqliteConnection c, SqliteTransaction? tx, string sql, Action<SqliteParameterCollection> bind, CancellationToken ct)
    {
        await using var cmd = Command(c, tx, sql);
        bind(cmd.Parameters);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<DecisionRecord>();
        while (await r.ReadAsync(ct))
        {
            list.Add(new DecisionRecord(
                r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
                r.GetInt32(5), r.GetString(6), r.GetString(7), ParseIso(r.GetString(8)),
                r.IsDBNull(9) ? null : r.GetString(9), r.GetString(10), r.IsDBNull(11) ? null : r.GetString(11)));
        }

        return list;
    }

    public void Dispose() => _db.Dispose();
}

/// <summary>What a decision makes of an annotation: the status changes, the suggestion's own fields stay unless edited.</summary>
internal static class AnnotationDecisions
{
    public static Annotation? Apply(Annotation current, AnnotationDecision decision) => decision.Action switch
    {
        DecisionAction.Accept => current with { Status = "accepted" },
        DecisionAction.Reject => current with { Status = "rejected" },
        DecisionAction.Edit when !string.IsNullOrWhiteSpace(decision.NewLabel) => Edited(current, decision),
        _ => null,
    };

    private static Annotation Edited(Annotation current, AnnotationDecision decision)
    {
        var agencies = decision.NewAgencies ?? current.Attributes.Agencies ?? (current.Attributes.Agency is { } a ? [a] : []);
        var attributes = current.Attributes with
        {
            Agencies = decision.NewLabel == Labels.Recommendation ? agencies : current.Attributes.Agencies,
            Agency = decision.NewLabel == Labels.Recommendation ? current.Attributes.Agency : (agencies.Count > 0 ? agencies[0] : null),
        };
        return current with { Label = decision.NewLabel!, Attributes = attributes, Status = "edited", Source = "analyst" };
    }
}

/// <summary>The rules of a rating decision (CONTRACT §6): 1-4, and an override carries a reason.</summary>
internal static class RatingDecisions
{
    public static string? Problem(ReviewRating proposed, RatingDecision decision)
    {
        if (decision.Rating is < 1 or > 4)
        {
            return string.Create(CultureInfo.InvariantCulture, $"a rating is 1 to 4, not {decision.Rating}");
        }

        return decision.Rating != proposed.Suggested && string.IsNullOrWhiteSpace(decision.Reason)
            ? "an override needs a reason"
            : null;
    }
}
