namespace Ingest.Storage.Sqlite;

/// <summary>
/// The analyst UI's tables (logins, decisions, double-coding assignments) as their own numbered
/// migrations, tracked in <c>review_schema_version</c>, apart from the document schema so that the
/// two can grow independently. Like <see cref="SqliteSchema"/>, a released step never changes.
/// </summary>
internal static class SqliteReviewSchema
{
    public const string VersionTable = "review_schema_version";

    public static readonly string[] Migrations =
    [
        """
        CREATE TABLE IF NOT EXISTS users (
            name TEXT PRIMARY KEY,
            password_hash TEXT NOT NULL,
            role TEXT NOT NULL,
            failed_logins INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            created_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS decisions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id TEXT NOT NULL,
            target_kind TEXT NOT NULL,
            target_id TEXT NOT NULL,
            track TEXT NOT NULL,
            version INTEGER NOT NULL,
            action TEXT NOT NULL,
            decided_by TEXT NOT NULL,
            decided_at TEXT NOT NULL,
            before_json TEXT,
            after_json TEXT NOT NULL,
            reason TEXT,
            UNIQUE (document_id, target_kind, target_id, track, version)
        );
        CREATE INDEX IF NOT EXISTS decisions_document ON decisions(document_id, track);
        -- The audit log is append-only: the database itself refuses changes and deletions.
        CREATE TRIGGER IF NOT EXISTS decisions_no_update BEFORE UPDATE ON decisions
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS decisions_no_delete BEFORE DELETE ON decisions
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TABLE IF NOT EXISTS coding_assignments (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id TEXT NOT NULL,
            first_coder TEXT NOT NULL,
            second_coder TEXT NOT NULL,
            assigned_by TEXT NOT NULL,
            assigned_at TEXT NOT NULL
        );
        """,
        // The latest decision per target and track, kept beside the append-only log in the same transaction:
        // documents are read with the final track's decisions laid over them (DecisionOverlay) instead of each
        // decision rewriting the document's annotations (a megabyte row for a long review). Backfilled from the log.
        """
        CREATE TABLE IF NOT EXISTS decision_state (
            document_id TEXT NOT NULL,
            track TEXT NOT NULL,
            target_kind TEXT NOT NULL,
            target_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            decision_id INTEGER NOT NULL REFERENCES decisions(id),
            PRIMARY KEY (document_id, track, target_kind, target_id)
        ) WITHOUT ROWID;
        INSERT OR REPLACE INTO decision_state(document_id, track, target_kind, target_id, version, decision_id)
            SELECT document_id, track, target_kind, target_id, version, id FROM decisions
            WHERE id IN (SELECT MAX(id) FROM decisions GROUP BY document_id, track, target_kind, target_id);
        """,
        // 3: logins managed on the web: a login can be disabled, and every change an admin makes to a login
        // goes to its own append-only log (the decisions log is keyed by document and version, which a login has not).
        """
        ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE IF NOT EXISTS user_admin_events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            target_user TEXT NOT NULL,
            before_value TEXT,
            after_value TEXT
        );
        CREATE TRIGGER IF NOT EXISTS user_admin_events_no_update BEFORE UPDATE ON user_admin_events
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS user_admin_events_no_delete BEFORE DELETE ON user_admin_events
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """,
    ];
}
