using Ingest.Core.Review;
using Ingest.Core.Storage;
using Microsoft.Data.Sqlite;
using static Ingest.Storage.Sqlite.SqliteConnector;

namespace Ingest.Storage.Sqlite;

/// <summary>
/// The audit log's rows as <see cref="DecisionRecord"/>s, and <c>decision_state</c>: which row is the
/// latest per target and track. Shared by the decision store (which writes both in one transaction)
/// and by the readers of documents, which lay the final track over what the pipeline stored.
/// </summary>
internal static class SqliteDecisionState
{
    public const string Columns = "d.id, d.document_id, d.target_kind, d.target_id, d.track, d.version, d.action, d.decided_by, d.decided_at, d.before_json, d.after_json, d.reason";

    /// <summary>
    /// Whether this store has the decision tables (the UI's migrations create them; a store only ever written
    /// by `ingest run` has none, and `ingest migrate` to PostgreSQL refuses tables it cannot carry).
    /// </summary>
    public static async Task<bool> ExistsAsync(SqliteConnection c, CancellationToken ct)
    {
        await using var cmd = Command(c, null, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'decision_state'");
        return await cmd.ExecuteScalarAsync(ct) is not null;
    }

    /// <summary>The latest decision on every target of one track of one document.</summary>
    /// <param name="withBefore">False leaves <see cref="DecisionRecord.Before"/> null: half the text to read when only the outcome matters.</param>
    public static Task<List<DecisionRecord>> LatestAsync(SqliteConnection c, SqliteTransaction? tx, string documentId, string track, CancellationToken ct, bool withBefore = true) =>
        SelectAsync(c, tx, $"SELECT {(withBefore ? Columns : Columns.Replace("d.before_json", "NULL", StringComparison.Ordinal))} FROM decision_state s JOIN decisions d ON d.id = s.decision_id WHERE s.document_id = $d AND s.track = $t",
            p => { p.AddWithValue("$d", documentId); p.AddWithValue("$t", track); }, ct);

    /// <summary>The latest decision on one target, or null when it was never decided on this track.</summary>
    public static async Task<DecisionRecord?> LatestAsync(SqliteConnection c, SqliteTransaction? tx, string documentId, string kind, string targetId, string track, CancellationToken ct)
    {
        var rows = await SelectAsync(c, tx, $"""
            SELECT {Columns} FROM decision_state s JOIN decisions d ON d.id = s.decision_id
            WHERE s.document_id = $d AND s.track = $t AND s.target_kind = $k AND s.target_id = $i
            """, p => { p.AddWithValue("$d", documentId); p.AddWithValue("$k", kind); p.AddWithValue("$i", targetId); p.AddWithValue("$t", track); }, ct);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>Makes the decision just appended (row <paramref name="decisionId"/>) the latest on its target.</summary>
    public static async Task RecordAsync(SqliteConnection c, SqliteTransaction tx, string documentId, string kind, string targetId, string track, int version, long decisionId, CancellationToken ct)
    {
        await using var cmd = Command(c, tx, """
            INSERT INTO decision_state(document_id, track, target_kind, target_id, version, decision_id) VALUES ($d, $t, $k, $i, $v, $id)
            ON CONFLICT (document_id, track, target_kind, target_id) DO UPDATE SET version = excluded.version, decision_id = excluded.decision_id
            """);
        cmd.Parameters.AddWithValue("$d", documentId);
        cmd.Parameters.AddWithValue("$t", track);
        cmd.Parameters.AddWithValue("$k", kind);
        cmd.Parameters.AddWithValue("$i", targetId);
        cmd.Parameters.AddWithValue("$v", version);
        cmd.Parameters.AddWithValue("$id", decisionId);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The stored document with its final-track decisions laid over it (see <see cref="DecisionOverlay"/>).</summary>
    public static async Task<StoredDocument> OverlayAsync(SqliteConnection c, StoredDocument document, CancellationToken ct)
    {
        var latest = await LatestAsync(c, null, document.Id, DecisionTracks.Final, ct, withBefore: false);
        if (latest.Count == 0)
        {
            return document;
        }

        var overlaid = DecisionOverlay.Apply(document.Annotations, document.Rating, document.Screening, latest);
        if (overlaid.Unmatched.Any(d => d.TargetKind == DecisionTargets.Annotation))
        {
            // A decision whose suggestion's id is gone may still match it by the label it had before an edit.
            overlaid = DecisionOverlay.Apply(document.Annotations, document.Rating, document.Screening,
                await LatestAsync(c, null, document.Id, DecisionTracks.Final, ct));
        }

        return document with { Annotations = overlaid.Annotations, Rating = overlaid.Rating, Screening = overlaid.Screening };
    }

    public static async Task<List<DecisionRecord>> SelectAsync(SqliteConnection c, SqliteTransaction? tx, string sql, Action<SqliteParameterCollection> bind, CancellationToken ct)
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
}
