namespace Ingest.Core.Review;

/// <summary>
/// A user changing their own password. Kept apart from <see cref="IUserAdminStore"/> because it is not an
/// administrator's change, though it is written the same way: the new hash and its entry in the
/// user-administration log (actor and target both the user, never the password or hash) in one transaction.
/// </summary>
public interface IOwnPasswordStore
{
    /// <summary>
    /// Stores the new hash for <paramref name="name"/> if its stored hash is still <paramref name="checkedHash"/>
    /// (the one the caller checked the current password against); <see cref="UserChangeOutcome.Unchanged"/> when it is not.
    /// </summary>
    Task<UserChangeOutcome> ChangeOwnPasswordAsync(string name, string checkedHash, string passwordHash, CancellationToken cancellationToken);
}
