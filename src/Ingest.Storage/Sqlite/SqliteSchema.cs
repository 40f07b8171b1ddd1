namespace Ingest.Storage.Sqlite;

/// <summary>
/// The schema as numbered migrations. A migration never changes once released: a new change is a new
/// step, so any older database can be brought up to date.
/// </summary>
internal static class SqliteSchema
{
    public static readonly string[] Migrations =
    [
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            file_name TEXT NOT NULL,
            source TEXT NOT NULL,
            status TEXT NOT NULL,
            error TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            byte_length INTEGER NOT NULL,
            archive_path TEXT NOT NULL,
            previous_version_id TEXT,
            text TEXT,
            pages_json TEXT,
            footnotes_json TEXT,
            facts_json TEXT,
            offset_map BLOB,
            page_count INTEGER NOT NULL DEFAULT 0,
            word_count INTEGER NOT NULL DEFAULT 0,
            claimed_by_run INTEGER,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE provenance (
            document_id TEXT NOT NULL REFERENCES documents(id),
            source_kind TEXT NOT NULL,
            location TEXT NOT NULL,
            file_name TEXT NOT NULL,
            retrieved_at TEXT NOT NULL,
            note TEXT,
            UNIQUE (document_id, location)
        );
        CREATE INDEX provenance_location ON provenance(location);
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            trig TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            summary_json TEXT
        );
        CREATE TABLE run_failures (
            run_id INTEGER NOT NULL REFERENCES runs(id),
            document_id TEXT,
            location TEXT NOT NULL,
            reason TEXT NOT NULL
        );
        """,
        """
        ALTER TABLE documents ADD COLUMN blocks_json TEXT;
        ALTER TABLE documents ADD COLUMN sections_json TEXT;
        ALTER TABLE documents ADD COLUMN metadata_json TEXT;
        """,
        """
        ALTER TABLE documents ADD COLUMN annotations_json TEXT;
        """,
        """
        ALTER TABLE documents ADD COLUMN rating_json TEXT;
        ALTER TABLE documents ADD COLUMN screening_json TEXT;
        """,
        """
        CREATE TABLE http_validators (
            url TEXT PRIMARY KEY,
            etag TEXT,
            last_modified TEXT,
            document_id TEXT,
            checked_at TEXT NOT NULL
        );
        """,
        // Full-text search over sentences (issue 8): the sentences with what filters need, and an FTS5
        // index of their text (Porter stemming over unicode61 words) keyed by the same row id.
        """
        CREATE TABLE search_sentences (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            page INTEGER,
            labels TEXT NOT NULL,
            review_types TEXT NOT NULL,
            file_name TEXT NOT NULL,
            title TEXT
        );
        CREATE INDEX search_sentences_document ON search_sentences(document_id);
        CREATE VIRTUAL TABLE search_text USING fts5(text, tokenize = 'porter unicode61');
        """,
    ];
}
