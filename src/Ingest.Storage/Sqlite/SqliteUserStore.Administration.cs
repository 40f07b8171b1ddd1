using Ingest.Core.Review;
using Microsoft.Data.Sqlite;
using static Ingest.Storage.Sqlite.SqliteConnector;

namespace Ingest.Storage.Sqlite;

/// <summary>
/// Changes an administrator makes on the web: each one and its entry in <c>user_admin_events</c> in one
/// write transaction (SQLite's single writer), after the last-enabled-admin check made in that same transaction.
/// </summary>
public sealed partial class SqliteUserStore
{
    public Task<UserChangeOutcome> AddAsync(string actor, string name, string passwordHash, UserRole role, CancellationToken cancellationToken) =>
        _db.WriteAsync(async (c, tx) =>
        {
            if (!await InsertAsync(c, tx, name, passwordHash, role, cancellationToken))
            {
                return UserChangeOutcome.NameTaken;
            }

            await LogAsync(c, tx, actor, UserAdminAction.Add, name, null, role.ToWire(), cancellationToken);
            return UserChangeOutcome.Done;
        }, cancellationToken);

    public Task<UserChangeOutcome> ChangeRoleAsync(string actor, string name, UserRole role, CancellationToken cancellationToken) =>
        ApplyAsync(actor, name, u => UserChanges.ChangeRole(u, role), cancellationToken);

    public Task<UserChangeOutcome> UnlockAsync(string actor, string name, CancellationToken cancellationToken) =>
        ApplyAsync(actor, name, UserChanges.Unlock, cancellationToken);

    public Task<UserChangeOutcome> ResetPasswordAsync(string actor, string name, string passwordHash, CancellationToken cancellationToken) =>
        ApplyAsync(actor, name, u => UserChanges.ResetPassword(u, passwordHash), cancellationToken);

    public Task<UserChangeOutcome> SetDisabledAsync(string actor, string name, bool disabled, CancellationToken cancellationToken) =>
        ApplyAsync(actor, name, u => UserChanges.SetDisabled(u, disabled), cancellationToken);

    public async Task<IReadOnlyList<UserAdminEvent>> RecentEventsAsync(int count, CancellationToken cancellationToken)
    {
        await using var c = await _db.OpenAsync(cancellationToken);
        await using var cmd = Command(c, null, "SELECT id, at, actor, action, target_user, before_value, after_value FROM user_admin_events ORDER BY id DESC LIMIT $n");
        cmd.Parameters.AddWithValue("$n", count);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        var list = new List<UserAdminEvent>();
        while (await r.ReadAsync(cancellationToken))
        {
            list.Add(new UserAdminEvent(r.GetInt64(0), ParseIso(r.GetString(1)), r.GetString(2), r.GetString(3), r.GetString(4),
                r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6)));
        }

        return list;
    }

    private Task<UserChangeOutcome> ApplyAsync(string actor, string name, Func<UserAccount, UserChange?> plan, CancellationToken ct) =>
        _db.WriteAsync(async (c, tx) =>
        {
            var current = await FindInAsync(c, tx, name, ct);
            if (current is null)
            {
                return UserChangeOutcome.NotFound;
            }

            var change = plan(current);
            if (change is null)
            {
                return UserChangeOutcome.Unchanged;
            }

            if (UserChanges.RemovesAnAdmin(current, change) && await EnabledAdminsAsync(c, tx, ct) <= 1)
            {
                return UserChangeOutcome.LastAdmin;
            }

            await using var cmd = Command(c, tx, "UPDATE users SET password_hash = $h, role = $r, failed_logins = $f, locked_until = $l, disabled = $d WHERE name = $n");
            var a = change.Account;
            cmd.Parameters.AddWithValue("$n", name);
            cmd.Parameters.AddWithValue("$h", a.PasswordHash);
            cmd.Parameters.AddWithValue("$r", a.Role.ToWire());
            cmd.Parameters.AddWithValue("$f", a.FailedLogins);
            cmd.Parameters.AddWithValue("$l", a.LockedUntil is { } l ? Iso(l) : DBNull.Value);
            cmd.Parameters.AddWithValue("$d", a.Disabled ? 1 : 0);
            await cmd.ExecuteNonQueryAsync(ct);
            await LogAsync(c, tx, actor, change.Action, name, change.Before, change.After, ct);
            return UserChangeOutcome.Done;
        }, ct);

    private static async Task<UserAccount?> FindInAsync(SqliteConnection c, SqliteTransaction tx, string name, CancellationToken ct)
    {
        await using var cmd = Command(c, tx, $"SELECT {UserColumns} FROM users WHERE name = $n");
        cmd.Parameters.AddWithValue("$n", name);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? ReadOne(r) : null;
    }

    private static async Task<long> EnabledAdminsAsync(SqliteConnection c, SqliteTransaction tx, CancellationToken ct)
    {
        await using var cmd = Command(c, tx, "SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled = 0");
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    private async Task LogAsync(SqliteConnection c, SqliteTransaction tx, string actor, UserAdminAction action, string target, string? before, string? after, CancellationToken ct)
    {
        await using var cmd = Command(c, tx, "INSERT INTO user_admin_events(at, actor, action, target_user, before_value, after_value) VALUES ($t, $a, $x, $u, $b, $f)");
        cmd.Parameters.AddWithValue("$t", Iso(_clock.GetUtcNow()));
        cmd.Parameters.AddWithValue("$a", actor);
        cmd.Parameters.AddWithValue("$x", action.ToWire());
        cmd.Parameters.AddWithValue("$u", target);
        cmd.Parameters.AddWithValue("$b", (object?)before ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$f", (object?)after ?? DBNull.Value);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
