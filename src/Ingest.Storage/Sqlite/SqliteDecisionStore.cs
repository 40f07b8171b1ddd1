using System.Globalization;
using Ingest.Core.Documents;
using Ingest.Core.Review;
using Microsoft.Data.Sqlite;
using static Ingest.Storage.Sqlite.SqliteConnector;

namespace Ingest.Storage.Sqlite;

/// <summary>
/// Analysts' decisions in SQLite: appended to <c>decisions</c> (triggers refuse updates and deletes),
/// versioned per target and track so that a stale decision is a conflict rather than a silent overwrite,
/// with <c>decision_state</c> pointing at the latest per target in the same transaction. The document
/// itself is not written: readers lay the final track over it (<see cref="DecisionOverlay"/>), so a
/// decision costs two small rows however long the review, and survives a reprocess.
/// </summary>
public sealed class SqliteDecisionStore : IDecisionStore, IDisposable
{
    private const string Columns = SqliteDecisionState.Columns;

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
            var suggestion = await StoredSuggestion.FindAsync(c, tx, decision.DocumentId, decision.AnnotationId, cancellationToken);
            if (suggestion is null)
            {
                return new DecisionOutcome(DecisionOutcomeKind.NotFound, 0, "no such suggestion in this document");
            }

            var latest = await SqliteDecisionState.LatestAsync(c, tx, decision.DocumentId, DecisionTargets.Annotation, decision.AnnotationId, decision.Track, cancellationToken);
            if ((latest?.Version ?? 0) != decision.ExpectedVersion)
            {
                return Conflict(latest);
            }

            // The suggestion as the latest run made it, with this track's decisions so far laid over it.
            var before = DecisionSnapshot.Annotation(latest?.After) is { } decided ? DecisionOverlay.Annotation(suggestion, decided) : suggestion;
            var after = AnnotationDecisions.Apply(before, decision);
            if (after is null)
            {
                return new DecisionOutcome(DecisionOutcomeKind.Invalid, latest?.Version ?? 0, "an edit needs a label");
            }

            var version = decision.ExpectedVersion + 1;
            await Append(c, tx, decision.DocumentId, DecisionTargets.Annotation, decision.AnnotationId, decision.Track, version,
                decision.Action, decision.DecidedBy, StoreJson.Serialize(before), StoreJson.Serialize(after), decision.Reason, cancellationToken);
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

            var latest = await SqliteDecisionState.LatestAsync(c, tx, decision.DocumentId, DecisionTargets.Rating, DecisionTargets.RatingId, decision.Track, cancellationToken);
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
            await Append(c, tx, decision.DocumentId, DecisionTargets.Rating, DecisionTargets.RatingId, decision.Track, version,
                action, decision.DecidedBy, StoreJson.Serialize(before), StoreJson.Serialize(after), after.Reason, cancellationToken);
            return new DecisionOutcome(DecisionOutcomeKind.Stored, version) { Rating = after };
        }, cancellationToken);

    public Task<DecisionOutcome> DecideAsync(ScreeningConfirmation decision, CancellationToken cancellationToken) =>
        _db.WriteAsync(async (c, tx) =>
        {
            var screening = await ReadJson<ScreeningDecision>(c, tx, "screening_json", decision.DocumentId, cancellationToken);
            if (screening is null)
            {
                return new DecisionOutcome(DecisionOutcomeKind.NotFound, 0, "this document has no proposed screening yet");
            }

            var latest = await SqliteDecisionState.LatestAsync(c, tx, decision.DocumentId, DecisionTargets.Screening, DecisionTargets.ScreeningId, decision.Track, cancellationToken);
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
            await Append(c, tx, decision.DocumentId, DecisionTargets.Screening, DecisionTargets.ScreeningId, decision.Track, version,
                overriding ? DecisionAction.Override : DecisionAction.Confirm, decision.DecidedBy, StoreJson.Serialize(before), StoreJson.Serialize(after), after.Reason, cancellationToken);
            return new DecisionOutcome(DecisionOutcomeKind.Stored, version) { Screening = after };
        }, cancellationToken);

    private static DecisionOutcome Conflict(DecisionRecord? current) =>
        new(DecisionOutcomeKind.Conflict, current?.Version ?? 0,
            current is null ? "this changed since you loaded it" : $"{current.DecidedBy} changed this at {current.DecidedAt:yyyy-MM-dd HH:mm} since you loaded it",
            current);

    public async Task<IReadOnlyDictionary<string, DecisionRecord>> LatestAsync(string documentId, string track, CancellationToken cancellationToken)
    {
        await using var c = await _db.OpenAsync(cancellationToken);
        var rows = await SqliteDecisionState.LatestAsync(c, null, documentId, track, cancellationToken);
        return rows.ToDictionary(r => r.TargetId, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, int>> VersionsAsync(string documentId, string track, CancellationToken cancellationToken)
    {
        await using var c = await _db.OpenAsync(cancellationToken);
        await using var cmd = Command(c, null, "SELECT target_id, version FROM decision_state WHERE document_id = $d AND track = $t");
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
        return await Select(c, null, $"SELECT {Columns} FROM decisions d WHERE d.document_id = $d ORDER BY d.id DESC LIMIT $n",
            p => { p.AddWithValue("$d", documentId); p.AddWithValue("$n", count); }, cancellationToken);
    }

    public async Task<IReadOnlyList<DecisionRecord>> HistoryAsync(string documentId, CancellationToken cancellationToken)
    {
        await using var c = await _db.OpenAsync(cancellationToken);
        return await Select(c, null, $"SELECT {Columns} FROM decisions d WHERE d.document_id = $d ORDER BY d.id", p => p.AddWithValue("$d", documentId), cancellationToken);
    }

    public async Task<IReadOnlyList<DecisionRecord>> RecentAsync(int count, CancellationToken cancellationToken)
    {
        await using var c = await _db.OpenAsync(cancellationToken);
        return await Select(c, null, $"SELECT {Columns} FROM decisions d ORDER BY d.id DESC LIMIT $n", p => p.AddWithValue("$n", count), cancellationToken);
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

    /// <summary>Appends one decision to the log and makes it the latest on its target.</summary>
    private async Task Append(SqliteConnection c, SqliteTransaction tx, string documentId, string kind, string targetId, string track, int version,
        DecisionAction action, string by, string? before, string after, string? reason, CancellationToken ct)
    {
        await using var cmd = Command(c, tx, """
            INSERT INTO decisions(document_id, target_kind, target_id, track, version, action, decided_by, decided_at, before_json, after_json, reason)
            VALUES ($d, $k, $i, $t, $v, $a, $by, $at, $b, $af, $r) RETURNING id
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
        var id = Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        await SqliteDecisionState.RecordAsync(c, tx, documentId, kind, targetId, track, version, id, ct);
    }

    private static Task<List<DecisionRecord>> Select(SqliteConnection c, SqliteTransaction? tx, string sql, Action<SqliteParameterCollection> bind, CancellationToken ct) =>
        SqliteDecisionState.SelectAsync(c, tx, sql, bind, ct);

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
        return current with { Label = decision.NewLabel!, Attributes = attributes, Status = "edited", Source = DecisionOverlay.AnalystSource };
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

    /// <summary>The rating as confirmed: the analyst's score, name and (trimmed) reason over what was there.</summary>
    public static ReviewRating Apply(ReviewRating before, RatingDecision decision) =>
        before with { Confirmed = decision.Rating, ConfirmedBy = decision.DecidedBy, Reason = Trimmed(decision.Reason) };

    internal static string? Trimmed(string? reason) => string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
}

/// <summary>The rules of a screening decision: confirming the proposal needs nothing, overriding it a reason.</summary>
internal static class ScreeningDecisions
{
    public static bool Overrides(ScreeningDecision proposed, ScreeningConfirmation decision) => decision.PoliceEngagement != proposed.PoliceEngagement;

    public static ScreeningDecision Apply(ScreeningDecision before, ScreeningConfirmation decision) =>
        before with { Confirmed = decision.PoliceEngagement, ConfirmedBy = decision.DecidedBy, Reason = RatingDecisions.Trimmed(decision.Reason) };
}
