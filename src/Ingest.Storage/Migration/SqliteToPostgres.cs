using System.Globalization;
using Ingest.Storage.Postgres;
using Ingest.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Ingest.Storage.Migration;

/// <summary>What was copied.</summary>
public sealed record MigrationCounts(int Documents, int Provenances, int Runs, int RunFailures, int Users = 0, int Decisions = 0, int CodingAssignments = 0);

/// <summary>
/// Copies a SQLite store into an empty PostgreSQL store, row by row and column by column (not through
/// the document model, so nothing the model does not carry is dropped), in one transaction: it all
/// arrives or nothing does. Run ids are kept, so run failures and claims still point at their runs; the
/// analyst UI's logins (with their password hashes and lock-outs), decisions (in id order, ids kept) and
/// double-coding assignments come too.
/// A table or column the copy does not know (a newer SQLite migration) stops it before anything is
/// written, rather than silently leaving data behind. The archive of originals is a folder and is not
/// moved: archive paths are copied as they are.
/// </summary>
public static class SqliteToPostgres
{
    private enum Kind { Text, Json, Bytes, Int, Long, Time, Bool }

    private static readonly Dictionary<string, (string Column, Kind Kind)[]> Tables = new()
    {
        ["documents"] =
        [
            ("id", Kind.Text), ("file_name", Kind.Text), ("source", Kind.Text), ("status", Kind.Text), ("error", Kind.Text),
            ("attempts", Kind.Int), ("byte_length", Kind.Long), ("archive_path", Kind.Text), ("previous_version_id", Kind.Text),
            ("text", Kind.Text), ("pages_json", Kind.Json), ("footnotes_json", Kind.Json), ("facts_json", Kind.Json),
            ("offset_map", Kind.Bytes), ("page_count", Kind.Int), ("word_count", Kind.Int), ("claimed_by_run", Kind.Long),
            ("created_at", Kind.Time), ("updated_at", Kind.Time), ("blocks_json", Kind.Json), ("sections_json", Kind.Json),
            ("metadata_json", Kind.Json), ("annotations_json", Kind.Json), ("rating_json", Kind.Json), ("screening_json", Kind.Json),
        ],
        ["runs"] = [("id", Kind.Long), ("trig", Kind.Text), ("started_at", Kind.Time), ("finished_at", Kind.Time), ("summary_json", Kind.Json)],
        ["provenance"] = [("document_id", Kind.Text), ("source_kind", Kind.Text), ("location", Kind.Text), ("file_name", Kind.Text), ("retrieved_at", Kind.Time), ("note", Kind.Text)],
        ["run_failures"] = [("run_id", Kind.Long), ("document_id", Kind.Text), ("location", Kind.Text), ("reason", Kind.Text)],
        ["http_validators"] = [("url", Kind.Text), ("etag", Kind.Text), ("last_modified", Kind.Time), ("document_id", Kind.Text), ("checked_at", Kind.Time)],

        // The analyst UI's tables (present once the UI or `ingest users add` has been used). Ids are kept:
        // decisions arrive in id order, so the audit log reads the same and its versions carry on.
        ["users"] = [("name", Kind.Text), ("password_hash", Kind.Text), ("role", Kind.Text), ("failed_logins", Kind.Int), ("locked_until", Kind.Time), ("created_at", Kind.Time), ("disabled", Kind.Bool)],
        ["decisions"] =
        [
            ("id", Kind.Long), ("document_id", Kind.Text), ("target_kind", Kind.Text), ("target_id", Kind.Text), ("track", Kind.Text), ("version", Kind.Int),
            ("action", Kind.Text), ("decided_by", Kind.Text), ("decided_at", Kind.Time), ("before_json", Kind.Text), ("after_json", Kind.Text), ("reason", Kind.Text),
        ],
        ["coding_assignments"] = [("id", Kind.Long), ("document_id", Kind.Text), ("first_coder", Kind.Text), ("second_coder", Kind.Text), ("assigned_by", Kind.Text), ("assigned_at", Kind.Time)],
        ["user_admin_events"] =
        [
            ("id", Kind.Long), ("at", Kind.Time), ("actor", Kind.Text), ("action", Kind.Text), ("target_user", Kind.Text), ("before_value", Kind.Text), ("after_value", Kind.Text),
        ],
    };

    /// <summary>The order of the copy: runs before what points at them; the UI's tables only when the SQLite file has them.</summary>
    private static readonly string[] CopyOrder = ["runs", "documents", "provenance", "run_failures", "http_validators", "users", "decisions", "coding_assignments", "user_admin_events"];

    /// <summary>Tables whose ids come from an identity sequence that must carry on after the copied ids.</summary>
    private static readonly string[] Sequenced = ["runs", "decisions", "coding_assignments", "user_admin_events"];

    /// <summary>
    /// Tables whose rows need no copying: the schema records, SQLite's own bookkeeping, the sentence
    /// search index (rebuilt from the copied documents once they are in), and decision_state (SQLite's
    /// pointer to the latest decision per target; PostgreSQL reads the latest from the copied log itself).
    /// </summary>
    private static readonly HashSet<string> Ignored =
    [
        "schema_version", "review_schema_version", "sqlite_sequence", "decision_state",
        "search_sentences", "search_text", "search_text_data", "search_text_idx", "search_text_content", "search_text_docsize", "search_text_config",
    ];

    public static async Task<MigrationCounts> CopyAsync(string sqlitePath, PostgresDocumentStore target, CancellationToken ct)
    {
        if (!File.Exists(sqlitePath))
        {
            throw new FileNotFoundException($"no SQLite store at {sqlitePath}", sqlitePath);
        }

        // Brings an older SQLite file up to the schema this copy knows (as any ingest command would).
        await using (var source = new SqliteDocumentStore(sqlitePath, TimeProvider.System))
        {
            await source.MigrateAsync(ct);
        }

        // The UI's tables too, when the file has them, so an older file's logins carry the columns the copy reads.
        if (await HasTableAsync(sqlitePath, SqliteReviewSchema.VersionTable, ct))
        {
            using var users = new SqliteUserStore(sqlitePath, TimeProvider.System);
            await users.MigrateAsync(ct);
        }

        await target.MigrateAsync(ct);
        await using var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(sqlitePath), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await from.OpenAsync(ct);
        var present = (await CheckEverythingIsKnownAsync(from, ct)).ToHashSet();
        await using var to = await target.OpenConnectionAsync(ct);
        await PostgresMigrator.MigrateAsync(to, PostgresReviewSchema.VersionTable, PostgresReviewSchema.Migrations, ct);
        await CheckEmptyAsync(to, ct);
        await using var tx = await to.BeginTransactionAsync(ct);
        var counts = new Dictionary<string, int>();
        foreach (var table in CopyOrder)
        {
            counts[table] = present.Contains(table) ? await CopyTableAsync(from, to, tx, table, ct) : 0;
        }

        foreach (var table in Sequenced)
        {
            await using var sequence = new NpgsqlCommand($"SELECT setval(pg_get_serial_sequence('{table}', 'id'), GREATEST((SELECT MAX(id) FROM {table}), 1))", to, tx);
            await sequence.ExecuteNonQueryAsync(ct);
        }

        await tx.CommitAsync(ct);

        // The search index is rebuilt from the copied documents (SQLite's FTS5 tables do not carry over).
        await using var indexing = await to.BeginTransactionAsync(ct);
        await foreach (var document in target.ListAsync(withText: true, ct))
        {
            await PostgresSentenceIndex.ReplaceAsync(to, indexing, Core.Search.SearchDocument.From(document), ct);
        }

        await indexing.CommitAsync(ct);

        return new MigrationCounts(counts["documents"], counts["provenance"], counts["runs"], counts["run_failures"], counts["users"], counts["decisions"], counts["coding_assignments"]);
    }

    private static async Task<int> CopyTableAsync(SqliteConnection from, NpgsqlConnection to, NpgsqlTransaction tx, string table, CancellationToken ct)
    {
        var columns = Tables[table];
        var names = string.Join(", ", columns.Select(c => c.Column));
        await using var read = from.CreateCommand();
        read.CommandText = $"SELECT {names} FROM {table} ORDER BY rowid";
        await using var r = await read.ExecuteReaderAsync(ct);
        await using var insert = new NpgsqlCommand($"INSERT INTO {table} ({names}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})", to, tx);
        for (var i = 0; i < columns.Length; i++)
        {
            insert.Parameters.Add(new NpgsqlParameter("p" + i, TypeOf(columns[i].Kind)));
        }

        var rows = 0;
        while (await r.ReadAsync(ct))
        {
            for (var i = 0; i < columns.Length; i++)
            {
                insert.Parameters[i].Value = r.IsDBNull(i) ? DBNull.Value : Convert(r, i, columns[i].Kind);
            }

            await insert.ExecuteNonQueryAsync(ct);
            rows++;
        }

        return rows;
    }

    private static object Convert(SqliteDataReader r, int i, Kind kind) => kind switch
    {
        Kind.Text => PgText.Clean(r.GetString(i))!,
        Kind.Json => PgText.CleanJson(r.GetString(i))!,
        Kind.Bytes => (byte[])r.GetValue(i),
        Kind.Int => r.GetInt32(i),
        Kind.Long => r.GetInt64(i),
        Kind.Bool => r.GetInt64(i) != 0,
        _ => DateTimeOffset.Parse(r.GetString(i), CultureInfo.InvariantCulture).ToUniversalTime(),
    };

    private static NpgsqlDbType TypeOf(Kind kind) => kind switch
    {
        Kind.Text => NpgsqlDbType.Text,
        Kind.Json => NpgsqlDbType.Jsonb,
        Kind.Bytes => NpgsqlDbType.Bytea,
        Kind.Int => NpgsqlDbType.Integer,
        Kind.Long => NpgsqlDbType.Bigint,
        Kind.Bool => NpgsqlDbType.Boolean,
        _ => NpgsqlDbType.TimestampTz,
    };

    /// <summary>Returns the tables the SQLite file has; throws when one of them (or a column) is unknown.</summary>
    private static async Task<List<string>> CheckEverythingIsKnownAsync(SqliteConnection from, CancellationToken ct)
    {
        var unknown = new List<string>();
        var tables = await ListAsync(from, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", ct);
        foreach (var table in tables)
        {
            if (Ignored.Contains(table))
            {
                continue;
            }

            if (!Tables.TryGetValue(table, out var known))
            {
                unknown.Add($"table {table}");
                continue;
            }

            var columns = await ListAsync(from, $"SELECT name FROM pragma_table_info('{table}')", ct);
            unknown.AddRange(columns.Where(c => !known.Any(k => k.Column == c)).Select(c => $"column {table}.{c}"));
        }

        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"the SQLite store has data this copy does not know how to carry over ({string.Join(", ", unknown)}); nothing was copied. Update Ingest.Storage.Migration.SqliteToPostgres for the newer schema.");
        }

        return tables;
    }

    private static async Task CheckEmptyAsync(NpgsqlConnection to, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            SELECT (SELECT COUNT(*) FROM documents) + (SELECT COUNT(*) FROM runs)
                 + (SELECT COUNT(*) FROM users) + (SELECT COUNT(*) FROM decisions) + (SELECT COUNT(*) FROM coding_assignments)
            """, to);
        if ((long)(await cmd.ExecuteScalarAsync(ct))! > 0)
        {
            throw new InvalidOperationException("the PostgreSQL store already holds documents, runs, logins or decisions; migrate copies into an empty store only (nothing was copied)");
        }
    }

    private static async Task<bool> HasTableAsync(string sqlitePath, string table, CancellationToken ct)
    {
        await using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(sqlitePath), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await c.OpenAsync(ct);
        return (await ListAsync(c, $"SELECT name FROM sqlite_master WHERE type = 'table' AND name = '{table}'", ct)).Count == 1;
    }

    private static async Task<List<string>> ListAsync(SqliteConnection c, string sql, CancellationToken ct)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<string>();
        while (await r.ReadAsync(ct))
        {
            list.Add(r.GetString(0));
        }

        return list;
    }
}
