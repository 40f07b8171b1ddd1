using Npgsql;

namespace Ingest.Storage.Postgres;

/// <summary>
/// Applies <see cref="PostgresSchema.Migrations"/> in order, each with its schema_version row in one
/// transaction. Several workers may start at once: a transaction-scoped advisory lock (per schema)
/// lets one migrate while the others wait and then find nothing left to do.
/// </summary>
internal static class PostgresMigrator
{
    public static async Task MigrateAsync(NpgsqlConnection c, CancellationToken ct)
    {
        await using var tx = await c.BeginTransactionAsync(ct);
        await Execute(c, tx, "SELECT pg_advisory_xact_lock(hashtext('ingest-migrate:' || current_schema()))", ct);
        await Execute(c, tx, "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())", ct);
        await using var current = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version", c, tx);
        var version = (int)(await current.ExecuteScalarAsync(ct))!;
        for (var v = version; v < PostgresSchema.Migrations.Length; v++)
        {
            await Execute(c, tx, PostgresSchema.Migrations[v], ct);
            await Execute(c, tx, $"INSERT INTO schema_version(version) VALUES ({v + 1})", ct);
        }

        await tx.CommitAsync(ct);
    }

    private static async Task Execute(NpgsqlConnection c, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, c, tx);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
