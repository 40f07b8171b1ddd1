using System.Globalization;

namespace Ingest.Core.Review;

/// <summary>
/// A planned change to one login: the account as it will be stored, and what the audit log says it was
/// before and after (in words, never a password or hash).
/// </summary>
public sealed record UserChange(UserAdminAction Action, UserAccount Account, string? Before, string? After);

/// <summary>
/// The rules of each administrator's change, shared by the SQLite and PostgreSQL stores so that both
/// change and log a login the same way. Each returns null when the login already is as asked.
/// </summary>
public static class UserChanges
{
    /// <summary>An admin who can log in: the team must always keep at least one.</summary>
    public static bool IsEnabledAdmin(UserAccount user) => user.Role == UserRole.Admin && !user.Disabled;

    /// <summary>True when the change would leave <paramref name="before"/> no longer an enabled admin.</summary>
    public static bool RemovesAnAdmin(UserAccount before, UserChange change) => IsEnabledAdmin(before) && !IsEnabledAdmin(change.Account);

    public static UserChange? ChangeRole(UserAccount user, UserRole role) =>
        user.Role == role ? null : new UserChange(UserAdminAction.ChangeRole, user with { Role = role }, user.Role.ToWire(), role.ToWire());

    public static UserChange? Unlock(UserAccount user) =>
        user.FailedLogins == 0 && user.LockedUntil is null
            ? null
            : new UserChange(UserAdminAction.Unlock, user with { FailedLogins = 0, LockedUntil = null }, LockState(user), "unlocked, 0 failed logins");

    /// <summary>A new password also clears any lock, so the user can log in with it at once.</summary>
    public static UserChange ResetPassword(UserAccount user, string passwordHash) =>
        new(UserAdminAction.ResetPassword, user with { PasswordHash = passwordHash, FailedLogins = 0, LockedUntil = null }, null, "new password set");

    /// <summary>
    /// The user's own new password, only if the stored hash is still the one their current password was
    /// checked against (null otherwise: an admin reset it in between, and that reset must win). Giving the
    /// current password proved who they are, so like a successful login it also clears the failed-login count.
    /// </summary>
    public static UserChange? ChangeOwnPassword(UserAccount user, string checkedHash, string passwordHash) =>
        user.PasswordHash != checkedHash
            ? null
            : new(UserAdminAction.ChangeOwnPassword, user with { PasswordHash = passwordHash, FailedLogins = 0, LockedUntil = null }, null, "new password set");

    public static UserChange? SetDisabled(UserAccount user, bool disabled) =>
        user.Disabled == disabled
            ? null
            : new UserChange(disabled ? UserAdminAction.Disable : UserAdminAction.Enable, user with { Disabled = disabled }, Enabled(user.Disabled), Enabled(disabled));

    private static string Enabled(bool disabled) => disabled ? "disabled" : "enabled";

    private static string LockState(UserAccount user)
    {
        var failures = user.FailedLogins == 1 ? "1 failed login" : $"{user.FailedLogins.ToString(CultureInfo.InvariantCulture)} failed logins";
        return user.LockedUntil is { } until ? $"{failures}, locked until {until.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC" : failures;
    }
}
