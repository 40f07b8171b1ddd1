using Ingest.Core.Review;
using Microsoft.Data.Sqlite;
using static Ingest.Storage.Sqlite.SqliteConnector;

namespace Ingest.Storage.Sqlite;

/// <summary>The analyst UI's logins in the same SQLite file as the documents.</summary>
public sealed partial class SqliteUserStore : IUserStore, IUserAdminStore, IDisposable
{
    private readonly SqliteConnector _db;
    private readonly TimeProvider _clock;

    public SqliteUserStore(string databasePath, TimeProvider clock)
    {
        _db = new SqliteConnector(databasePath);
        _clock = clock;
    }

    public Task MigrateAsync(CancellationToken cancellationToken) =>
        _db.MigrateAsync(SqliteReviewSchema.VersionTable, SqliteReviewSchema.Migrations, cancellationToken);

    public Task<bool> AddAsync(string name, string passwordHash, UserRole role, CancellationToken cancellationToken) =>
        _db.WriteAsync((c, tx) => InsertAsync(c, tx, name, passwordHash, role, cancellationToken), cancellationToken);

    private async Task<bool> InsertAsync(SqliteConnection c, SqliteTransaction tx, string name, string passwordHash, UserRole role, CancellationToken ct)
    {
        await using var cmd = Command(c, tx, "INSERT OR IGNORE INTO users(name, password_hash, role, created_at) VALUES ($n, $h, $r, $t)");
        cmd.Parameters.AddWithValue("$n", name);
        cmd.Parameters.AddWithValue("$h", passwordHash);
        cmd.Parameters.AddWithValue("$r", role.ToWire());
        cmd.Parameters.AddWithValue("$t", Iso(_clock.GetUtcNow()));
        return await cmd.ExecuteNonQueryAsync(ct) == 1;
    }

    public async Task<UserAccount?> FindAsync(string name, CancellationToken cancellationToken)
    {
        var all = await Read("WHERE name = $n", name, cancellationToken);
        return all.Count == 0 ? null : all[0];
    }

    public Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken) => Read("ORDER BY name", null, cancellationToken);

    public Task RecordFailureAsync(string name, int maxFailures, DateTimeOffset lockUntil, CancellationToken cancellationToken) =>
        _db.WriteAsync(async (c, tx) =>
        {
            // The count restarts after a lock has run out, so one old lock does not make every later slip a new lock.
            await using var cmd = Command(c, tx, """
                UPDATE users SET
                    failed_logins = CASE WHEN locked_until IS NOT NULL AND locked_until <= $now THEN 1 ELSE failed_logins + 1 END,
                    locked_until = CASE
                        WHEN locked_until IS NOT NULL AND locked_until <= $now THEN NULL
                        WHEN failed_logins + 1 >= $max THEN $until
                        ELSE locked_until END
                WHERE name = $n
                """);
            cmd.Parameters.AddWithValue("$n", name);
            cmd.Parameters.AddWithValue("$max", maxFailures);
            cmd.Parameters.AddWithValue("$until", Iso(lockUntil));
            cmd.Parameters.AddWithValue("$now", Iso(_clock.GetUtcNow()));
            return await cmd.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    public Task RecordSuccessAsync(string name, CancellationToken cancellationToken) =>
        _db.WriteAsync(async (c, tx) =>
        {
            await using var cmd = Command(c, tx, "UPDATE users SET failed_logins = 0, locked_until = NULL WHERE name = $n");
            cmd.Parameters.AddWithValue("$n", name);
            return await cmd.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    public Task UpdateHashAsync(string name, string passwordHash, CancellationToken cancellationToken) =>
        _db.WriteAsync(async (c, tx) =>
        {
            await using var cmd = Command(c, tx, "UPDATE users SET password_hash = $h WHERE name = $n");
            cmd.Parameters.AddWithValue("$n", name);
            cmd.Parameters.AddWithValue("$h", passwordHash);
            return await cmd.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    private async Task<IReadOnlyList<UserAccount>> Read(string where, string? name, CancellationToken ct)
    {
        await using var c = await _db.OpenAsync(ct);
        await using var cmd = Command(c, null, $"SELECT {UserColumns} FROM users {where}");
        if (name is not null)
        {
            cmd.Parameters.AddWithValue("$n", name);
        }

        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<UserAccount>();
        while (await r.ReadAsync(ct))
        {
            list.Add(ReadOne(r));
        }

        return list;
    }

    private const string UserColumns = "name, password_hash, role, failed_logins, locked_until, created_at, disabled";

    private static UserAccount ReadOne(SqliteDataReader r)
    {
        if (!UserRoleNames.TryParse(r.GetString(2), out var role))
        {
            throw new InvalidOperationException($"user '{r.GetString(0)}' has an unknown role '{r.GetString(2)}'");
        }

        return new UserAccount(
            r.GetString(0),
            r.GetString(1),
            role,
            r.GetInt32(3),
            r.IsDBNull(4) ? null : ParseIso(r.GetString(4)),
            ParseIso(r.GetString(5)),
            r.GetInt64(6) != 0);
    }

    public void Dispose() => _db.Dispose();
}
