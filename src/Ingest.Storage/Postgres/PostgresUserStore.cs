using Ingest.Core.Review;
using Npgsql;
using static Ingest.Storage.Postgres.PostgresConnector;

namespace Ingest.Storage.Postgres;

/// <summary>
/// The analyst UI's logins on PostgreSQL, with <see cref="Sqlite.SqliteUserStore"/>'s behaviour. A failed
/// login is counted in one UPDATE, so two failures at once on two serve nodes both count.
/// </summary>
public sealed partial class PostgresUserStore : IUserStore, IUserAdminStore, IAsyncDisposable, IDisposable
{
    private readonly PostgresConnector _db;
    private readonly TimeProvider _clock;

    public PostgresUserStore(string connectionString, TimeProvider clock)
    {
        _db = new PostgresConnector(connectionString, clock);
        _clock = clock;
    }

    public Task MigrateAsync(CancellationToken cancellationToken) => _db.MigrateReviewSchemaAsync(cancellationToken);

    public Task<bool> AddAsync(string name, string passwordHash, UserRole role, CancellationToken cancellationToken) =>
        _db.RunAsync("add a login", c => InsertAsync(c, null, name, passwordHash, role, cancellationToken), cancellationToken);

    private async Task<bool> InsertAsync(NpgsqlConnection c, NpgsqlTransaction? tx, string name, string passwordHash, UserRole role, CancellationToken ct)
    {
        await using var cmd = Command(c, tx, "INSERT INTO users(name, password_hash, role, created_at) VALUES (@n, @h, @r, @t) ON CONFLICT (name) DO NOTHING");
        cmd.Parameters.AddWithValue("n", PgText.Clean(name)!);
        cmd.Parameters.AddWithValue("h", passwordHash);
        cmd.Parameters.AddWithValue("r", role.ToWire());
        cmd.Parameters.AddWithValue("t", _clock.GetUtcNow());
        return await cmd.ExecuteNonQueryAsync(ct) == 1;
    }

    public async Task<UserAccount?> FindAsync(string name, CancellationToken cancellationToken)
    {
        var all = await Read("WHERE name = @n", name, cancellationToken);
        return all.Count == 0 ? null : all[0];
    }

    public Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken) => Read("ORDER BY name COLLATE \"C\"", null, cancellationToken);

    public Task RecordFailureAsync(string name, int maxFailures, DateTimeOffset lockUntil, CancellationToken cancellationToken) =>
        _db.RunAsync("count a failed login", async c =>
        {
            // The count restarts after a lock has run out, so one old lock does not make every later slip a new lock.
            await using var cmd = Command(c, null, """
                UPDATE users SET
                    failed_logins = CASE WHEN locked_until IS NOT NULL AND locked_until <= @now THEN 1 ELSE failed_logins + 1 END,
                    locked_until = CASE
                        WHEN locked_until IS NOT NULL AND locked_until <= @now THEN NULL
                        WHEN failed_logins + 1 >= @max THEN @until
                        ELSE locked_until END
                WHERE name = @n
                """);
            cmd.Parameters.AddWithValue("n", PgText.Clean(name)!);
            cmd.Parameters.AddWithValue("max", maxFailures);
            cmd.Parameters.AddWithValue("until", lockUntil.ToUniversalTime());
            cmd.Parameters.AddWithValue("now", _clock.GetUtcNow());
            return await cmd.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    public Task RecordSuccessAsync(string name, CancellationToken cancellationToken) =>
        _db.RunAsync("clear failed logins", async c =>
        {
            await using var cmd = Command(c, null, "UPDATE users SET failed_logins = 0, locked_until = NULL WHERE name = @n");
            cmd.Parameters.AddWithValue("n", PgText.Clean(name)!);
            return await cmd.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    public Task UpdateHashAsync(string name, string passwordHash, CancellationToken cancellationToken) =>
        _db.RunAsync("update a password hash", async c =>
        {
            await using var cmd = Command(c, null, "UPDATE users SET password_hash = @h WHERE name = @n");
            cmd.Parameters.AddWithValue("n", PgText.Clean(name)!);
            cmd.Parameters.AddWithValue("h", passwordHash);
            return await cmd.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    private Task<IReadOnlyList<UserAccount>> Read(string where, string? name, CancellationToken ct) =>
        _db.RunAsync("read logins", async c =>
        {
            await using var cmd = Command(c, null, $"SELECT {UserColumns} FROM users {where}");
            if (name is not null)
            {
                cmd.Parameters.AddWithValue("n", PgText.Clean(name)!);
            }

            await using var r = await cmd.ExecuteReaderAsync(ct);
            var list = new List<UserAccount>();
            while (await r.ReadAsync(ct))
            {
                list.Add(ReadOne(r));
            }

            return (IReadOnlyList<UserAccount>)list;
        }, ct);

    private const string UserColumns = "name, password_hash, role, failed_logins, locked_until, created_at, disabled";

    private static UserAccount ReadOne(NpgsqlDataReader r)
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
            r.IsDBNull(4) ? null : r.GetFieldValue<DateTimeOffset>(4),
            r.GetFieldValue<DateTimeOffset>(5),
            r.GetBoolean(6));
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    public void Dispose() => _db.Dispose();
}
