using Ingest.Core.Review;
using Ingest.Storage.Sqlite;
using static Ingest.Tests.Storage.SqliteDocumentStoreTests;

namespace Ingest.Tests.Storage;

/// <summary>Logins: unique names, roles read back, failures counted into a lock that runs out.</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class SqliteUserStoreTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 9, 0, 0, TimeSpan.Zero);
    private static CancellationToken None => CancellationToken.None;

    private static async Task<(SqliteUserStore Store, string Root)> CreateAsync(TimeProvider clock)
    {
        var root = Path.Combine(Path.GetTempPath(), "ingest-users-" + Guid.NewGuid().ToString("N"));
        var store = new SqliteUserStore(Path.Combine(root, "ingest.db"), clock);
        await store.MigrateAsync(None);
        return (store, root);
    }

    [Test]
    public async Task A_name_can_be_added_once()
    {
        var (store, root) = await CreateAsync(new DocumentStoreContractTests.SteppingClock(Now));
        using var _ = store;

        Assert.That(await store.AddAsync("ann", "hash", UserRole.Lead, None), Is.True);
        Assert.That(await store.AddAsync("ann", "other", UserRole.Admin, None), Is.False);
        var ann = await store.FindAsync("ann", None);
        Assert.That((ann!.PasswordHash, ann.Role), Is.EqualTo(("hash", UserRole.Lead)));
        Directory.Delete(root, true);
    }

    [Test]
    public async Task The_fifth_failure_locks_and_a_success_clears_the_count()
    {
        var (store, root) = await CreateAsync(new DocumentStoreContractTests.SteppingClock(Now));
        using var _ = store;
        await store.AddAsync("ann", "hash", UserRole.Analyst, None);
        var until = Now.AddMinutes(15);

        for (var i = 0; i < 4; i++)
        {
            await store.RecordFailureAsync("ann", 5, until, None);
        }

        Assert.That((await store.FindAsync("ann", None))!.LockedUntil, Is.Null);
        await store.RecordFailureAsync("ann", 5, until, None);
        Assert.That((await store.FindAsync("ann", None))!.LockedUntil, Is.EqualTo(until));
        await store.RecordSuccessAsync("ann", None);
        var cleared = await store.FindAsync("ann", None);
        Assert.That((cleared!.FailedLogins, cleared.LockedUntil), Is.EqualTo((0, (DateTimeOffset?)null)));
        Directory.Delete(root, true);
    }
}
