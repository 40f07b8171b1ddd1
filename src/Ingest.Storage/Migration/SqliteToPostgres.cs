using System.Globalization;
using Ingest.Storage.Postgres;
using Ingest.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Ingest.Storage.Migration;

/// <summary>What was copied.</summary>
public sealed record MigrationCounts(int Documents, int Provenances, int Runs, int RunFailures);

/// <summary>
/// Copies a SQLite store into an empty PostgreSQL store, row by row and column by column (not through
/// the document model, so nothing the model does not carry is dropped), in one transaction: it all
/// arrives or nothing does. Run ids are kept, so run failures and claims still point at their runs.
/// A table or column the copy does not know (a newer SQLite migration) stops it before anything is
/// written, rather than silently leaving data behind. The archive of originals is a folder and is not
/// moved: archive paths are copied as they are.
/// </summary>
public static class SqliteToPostgres
{
    private enum Kind { Text, Json, Bytes, Int, Long, Time }

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
    };

    /// <summary>
    /// Tables whose rows need no copying: the schema record, SQLite's own bookkeeping, the sentence
    /// search index (rebuilt from the documents; PostgreSQL has no search yet).
    /// The web UI's logins and decisions are NOT here: a store holding them is refused until the copy
    /// carries them, so no analyst decision is lost.
    /// </summary>
    private static readonly HashSet<string> Ignored =
    [
        "schema_version", "sqlite_sequence",
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

        await target.MigrateAsync(ct);
        await using var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(sqlitePath), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await from.OpenAsync(ct);
        await CheckEverythingIsKnownAsync(from, ct);
        await using var to = await target.OpenConnectionAsync(ct);
        await CheckEmptyAsync(to, ct);
        await using var tx = await to.BeginTransactionAsync(ct);
        var counts = new Dictionary<string, int>();
        foreach (var table in new[] { "runs", "documents", "provenance", "run_failures", "http_validators" })
        {
            counts[table] = await CopyTableAsync(from, to, tx, table, ct);
        }

        await using (var sequence = new NpgsqlCommand("SELECT setval(pg_get_serial_sequence('runs', 'id'), GREATEST((SELECT MAX(id) FROM runs), 1))", to, tx))
        {
            await sequence.ExecuteNonQueryAsync(ct);
        }

        await tx.CommitAsync(ct);
        return new MigrationCounts(counts["documents"], counts["provenance"], counts["runs"], counts["run_failures"]);
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
        _ => DateTimeOffset.Parse(r.GetString(i), CultureInfo.InvariantCulture).ToUniversalTime(),
    };

    private static NpgsqlDbType TypeOf(Kind kind) => kind switch
    {
        Kind.Text => NpgsqlDbType.Text,
        Kind.Json => NpgsqlDbType.Jsonb,
        Kind.Bytes => NpgsqlDbType.Bytea,
        Kind.Int => NpgsqlDbType.Integer,
        Kind.Long => NpgsqlDbType.Bigint,
        _ => NpgsqlDbType.TimestampTz,
    };

    private static async Task CheckEverythingIsKnownAsync(SqliteConnection from, CancellationToken ct)
    {
        var unknown = new List<string>();
        foreach (var table in await ListAsync(from, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", ct))
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
    }

    private static async Task CheckEmptyAsync(NpgsqlConnection to, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("SELECT (SELECT COUNT(*) FROM documents) + (SELECT COUNT(*) FROM runs)", to);
        if ((long)(await cmd.ExecuteScalarAsync(ct))! > 0)
        {
            throw new InvalidOperationException("the PostgreSQL store already holds documents or runs; migrate copies into an empty store only (nothing was copied)");
        }
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
