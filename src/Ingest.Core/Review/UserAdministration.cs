namespace Ingest.Core.Review;

/// <summary>What an administrator can do to a login on the web (and what a user can do to their own).</summary>
public enum UserAdminAction
{
    Add,
    ChangeRole,
    Unlock,
    ResetPassword,
    Disable,
    Enable,

    /// <summary>A user changed their own password (after giving the current one): actor and target are the same.</summary>
    ChangeOwnPassword,
}

public static class UserAdminActionNames
{
    /// <summary>The action as the audit log stores it.</summary>
    public static string ToWire(this UserAdminAction action) => action switch
    {
        UserAdminAction.Add => "add-user",
        UserAdminAction.ChangeRole => "change-role",
        UserAdminAction.Unlock => "unlock",
        UserAdminAction.ResetPassword => "reset-password",
        UserAdminAction.Disable => "disable",
        UserAdminAction.Enable => "enable",
        UserAdminAction.ChangeOwnPassword => "change-own-password",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}

/// <summary>
/// One entry of the append-only user-administration log: who did what to which login, and when, with the
/// state before and after in words (a role, "enabled"); never a password or its hash.
/// </summary>
public sealed record UserAdminEvent(long Id, DateTimeOffset At, string Actor, string Action, string TargetUser, string? Before, string? After);

public enum UserChangeOutcome
{
    /// <summary>Changed, and the change is in the audit log.</summary>
    Done,

    /// <summary>No login of that name.</summary>
    NotFound,

    /// <summary>A login of that name already exists (on add).</summary>
    NameTaken,

    /// <summary>Refused: the change would leave no enabled admin.</summary>
    LastAdmin,

    /// <summary>The login already was as asked (nothing written, nothing logged).</summary>
    Unchanged,
}

/// <summary>
/// Changes to logins made by an administrator. Each change and its audit entry are written in one
/// transaction, and the store itself refuses to demote or disable the last enabled admin, so two admins
/// acting at once cannot leave the team without one.
/// </summary>
public interface IUserAdminStore
{
    Task<UserChangeOutcome> AddAsync(string actor, string name, string passwordHash, UserRole role, CancellationToken cancellationToken);

    Task<UserChangeOutcome> ChangeRoleAsync(string actor, string name, UserRole role, CancellationToken cancellationToken);

    /// <summary>Clears the failed-login count and any lock.</summary>
    Task<UserChangeOutcome> UnlockAsync(string actor, string name, CancellationToken cancellationToken);

    /// <summary>Stores a new hash (the admin chose the password) and clears any lock.</summary>
    Task<UserChangeOutcome> ResetPasswordAsync(string actor, string name, string passwordHash, CancellationToken cancellationToken);

    Task<UserChangeOutcome> SetDisabledAsync(string actor, string name, bool disabled, CancellationToken cancellationToken);

    /// <summary>The latest entries of the user-administration log, newest first.</summary>
    Task<IReadOnlyList<UserAdminEvent>> RecentEventsAsync(int count, CancellationToken cancellationToken);
}
