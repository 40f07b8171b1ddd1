using Npgsql;

namespace Ingest.Storage.Postgres;

/// <summary>
/// Applies one feature's numbered migrations in order (the documents' <see cref="PostgresSchema.Migrations"/>,
/// the analyst UI's <see cref="PostgresReviewSchema.Migrations"/>), each with its version row in one
/// transaction and in its own version table. Several workers may start at once: a transaction-scoped
/// advisory lock (per schema) lets one migrate while the others wait and then find nothing left to do.
/// </summary>
internal static class PostgresMigrator
{
    public static Task MigrateAsync(NpgsqlConnection c, CancellationToken ct) =>
        MigrateAsync(c, "schema_version", PostgresSchema.Migrations, ct);

    public static async Task MigrateAsync(NpgsqlConnection c, string versionTable, IReadOnlyList<string> migrations, CancellationToken ct)
    {
        await using var tx = await c.BeginTransactionAsync(ct);
        await Execute(c, tx, "SELECT pg_advisory_xact_lock(hashtext('ingest-migrate:' || current_schema()))", ct);
        await Execute(c, tx, $"CREATE TABLE IF NOT EXISTS {versionTable} (version integer NOT NULL PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())", ct);
        await using var current = new NpgsqlCommand($"SELECT COALESCE(MAX(version), 0) FROM {versionTable}", c, tx);
        var version = (int)(await current.ExecuteScalarAsync(ct))!;
        for (var v = version; v < migrations.Count; v++)
        {
            await Execute(c, tx, migrations[v], ct);
            await Execute(c, tx, $"INSERT INTO {versionTable}(version) VALUES ({v + 1})", ct);
        }

        await tx.CommitAsync(ct);
    }

    private static async Task Execute(NpgsqlConnection c, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, c, tx);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
