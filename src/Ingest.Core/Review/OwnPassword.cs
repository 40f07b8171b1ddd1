namespace Ingest.Core.Review;

/// <summary>
/// A user changing their own password. Kept apart from <see cref="IUserAdminStore"/> because it is not an
/// administrator's change, though it is written the same way: the new hash and its entry in the
/// user-administration log (actor and target both the user, never the password or hash) in one transaction.
/// </summary>
public interface IOwnPasswordStore
{
    /// <summary>Stores the new hash for <paramref name="name"/>; the caller has already checked the current password.</summary>
    Task<UserChangeOutcome> ChangeOwnPasswordAsync(string name, string passwordHash, CancellationToken cancellationToken);
}
