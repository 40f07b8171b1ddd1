using Ingest.Core.Review;

namespace Ingest.Tests.Storage;

/// <summary>Logins: unique names, roles read back, failures counted into a lock that runs out; on SQLite and PostgreSQL.</summary>
[TestFixture(ReviewStoreProvider.Sqlite)]
[TestFixture(ReviewStoreProvider.Postgres)]
[Parallelizable(ParallelScope.All)]
public sealed class UserStoreTests(string provider)
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 9, 0, 0, TimeSpan.Zero);
    private static CancellationToken None => CancellationToken.None;

    [Test]
    public async Task A_name_can_be_added_once()
    {
        await using var stores = await ReviewStoreProvider.CreateAsync(provider);
        var store = await stores.UsersAsync(new DocumentStoreContractTests.SteppingClock(Now));

        Assert.That(await store.AddAsync("ann", "hash", UserRole.Lead, None), Is.True);
        Assert.That(await store.AddAsync("ann", "other", UserRole.Admin, None), Is.False);
        var ann = await store.FindAsync("ann", None);
        Assert.That((ann!.PasswordHash, ann.Role), Is.EqualTo(("hash", UserRole.Lead)));
        Assert.That((await store.ListAsync(None)).Select(u => u.Name), Is.EqualTo(new[] { "ann" }));
    }

    [Test]
    public async Task The_fifth_failure_locks_and_a_success_clears_the_count()
    {
        await using var stores = await ReviewStoreProvider.CreateAsync(provider);
        var store = await stores.UsersAsync(new DocumentStoreContractTests.SteppingClock(Now));
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
    }

    [Test]
    public async Task A_failure_after_the_lock_ran_out_starts_the_count_again()
    {
        await using var stores = await ReviewStoreProvider.CreateAsync(provider);
        var store = await stores.UsersAsync(new DocumentStoreContractTests.SteppingClock(Now));
        await store.AddAsync("ann", "hash", UserRole.Analyst, None);

        // The clock moves one second per reading: a lock until Now+2s has run out by the next failure.
        await store.RecordFailureAsync("ann", 1, Now.AddSeconds(2), None);
        Assert.That((await store.FindAsync("ann", None))!.LockedUntil, Is.EqualTo(Now.AddSeconds(2)));
        await store.RecordFailureAsync("ann", 5, Now.AddMinutes(15), None);

        var after = await store.FindAsync("ann", None);
        Assert.That((after!.FailedLogins, after.LockedUntil), Is.EqualTo((1, (DateTimeOffset?)null)));
    }

    [Test]
    public async Task Concurrent_failures_from_two_nodes_all_count()
    {
        await using var stores = await ReviewStoreProvider.CreateAsync(provider);
        var clock = new DocumentStoreContractTests.SteppingClock(Now);
        var nodeA = await stores.UsersAsync(clock);
        var nodeB = await stores.UsersAsync(clock);
        await nodeA.AddAsync("ann", "hash", UserRole.Analyst, None);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => (i % 2 == 0 ? nodeA : nodeB).RecordFailureAsync("ann", 100, Now.AddHours(1), None))));

        Assert.That((await nodeB.FindAsync("ann", None))!.FailedLogins, Is.EqualTo(6));
    }
}
