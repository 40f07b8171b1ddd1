using Ingest.Core.Review;

namespace Ingest.Storage.Postgres;

/// <summary>A user's own password change, through the same transaction-and-log path as an admin's reset.</summary>
public sealed partial class PostgresUserStore : IOwnPasswordStore
{
    public Task<UserChangeOutcome> ChangeOwnPasswordAsync(string name, string checkedHash, string passwordHash, CancellationToken cancellationToken) =>
        ApplyAsync(name, name, u => UserChanges.ChangeOwnPassword(u, checkedHash, passwordHash), cancellationToken);
}
