using Ingest.Core.Review;

namespace Ingest.Tests.Storage;

/// <summary>
/// An admin's changes to logins as the stores keep them: each change with its audit entry, the last enabled
/// admin kept whatever the caller does, nothing logged when nothing changed, and a log that refuses edits;
/// on SQLite and PostgreSQL.
/// </summary>
[TestFixture(ReviewStoreProvider.Sqlite)]
[TestFixture(ReviewStoreProvider.Postgres)]
[Parallelizable(ParallelScope.All)]
public sealed class UserAdminStoreTests(string provider)
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 9, 0, 0, TimeSpan.Zero);
    private static CancellationToken None => CancellationToken.None;

    private async Task<(ReviewStoreProvider Stores, IUserStore Users, IUserAdminStore Admin)> OpenAsync()
    {
        var stores = await ReviewStoreProvider.CreateAsync(provider);
        var users = await stores.UsersAsync(new DocumentStoreContractTests.SteppingClock(Now));
        Assert.That(await users.AddAsync("ada", "hash-ada", UserRole.Admin, None), Is.True);
        Assert.That(await users.AddAsync("ann", "hash-ann", UserRole.Analyst, None), Is.True);
        return (stores, users, (IUserAdminStore)users);
    }

    [Test]
    public async Task The_last_enabled_admin_can_be_neither_demoted_nor_disabled_but_one_of_two_can()
    {
        var (stores, users, admin) = await OpenAsync();
        await using var _ = stores;

        Assert.That(await admin.ChangeRoleAsync("ada", "ada", UserRole.Lead, None), Is.EqualTo(UserChangeOutcome.LastAdmin));
        Assert.That(await admin.SetDisabledAsync("zed", "ada", true, None), Is.EqualTo(UserChangeOutcome.LastAdmin));
        Assert.That(await admin.ChangeRoleAsync("ada", "ann", UserRole.Admin, None), Is.EqualTo(UserChangeOutcome.Done));
        Assert.That(await admin.SetDisabledAsync("ann", "ada", true, None), Is.EqualTo(UserChangeOutcome.Done));
        Assert.That(await admin.ChangeRoleAsync("ann", "ann", UserRole.Analyst, None), Is.EqualTo(UserChangeOutcome.LastAdmin), "ada, though an admin, is disabled");

        var ada = await users.FindAsync("ada", None);
        Assert.That((ada!.Role, ada.Disabled), Is.EqualTo((UserRole.Admin, true)));
        Assert.That((await users.FindAsync("ann", None))!.Role, Is.EqualTo(UserRole.Admin));
    }

    [Test]
    public async Task Each_change_is_logged_with_who_what_and_to_whom_and_never_the_hash()
    {
        var (stores, users, admin) = await OpenAsync();
        await using var _ = stores;
        await users.RecordFailureAsync("ann", 5, Now.AddMinutes(15), None);

        Assert.That(await admin.AddAsync("ada", "bob", "hash-bob", UserRole.Lead, None), Is.EqualTo(UserChangeOutcome.Done));
        Assert.That(await admin.AddAsync("ada", "bob", "other", UserRole.Admin, None), Is.EqualTo(UserChangeOutcome.NameTaken));
        await admin.UnlockAsync("ada", "ann", None);
        await admin.ResetPasswordAsync("ada", "ann", "hash-new", None);
        await admin.SetDisabledAsync("ada", "bob", true, None);

        var log = await admin.RecentEventsAsync(10, None);
        Assert.That(log.Select(e => (e.Actor, e.Action, e.TargetUser, e.Before, e.After)), Is.EqualTo(new[]
        {
            ("ada", "disable", "bob", (string?)"enabled", (string?)"disabled"),
            ("ada", "reset-password", "ann", null, "new password set"),
            ("ada", "unlock", "ann", "1 failed login", "unlocked, 0 failed logins"),
            ("ada", "add-user", "bob", null, "lead"),
        }));
        Assert.That(log.Select(e => e.At), Is.Ordered.Descending);
        Assert.That(log.SelectMany(e => new[] { e.Before, e.After }).OfType<string>(), Has.None.Contain("hash"));
        Assert.That((await users.FindAsync("ann", None))!.PasswordHash, Is.EqualTo("hash-new"));
    }

    [Test]
    public async Task Nothing_is_logged_when_the_login_already_is_as_asked_or_does_not_exist()
    {
        var (stores, _, admin) = await OpenAsync();
        await using var __ = stores;

        Assert.That(await admin.ChangeRoleAsync("ada", "ann", UserRole.Analyst, None), Is.EqualTo(UserChangeOutcome.Unchanged));
        Assert.That(await admin.SetDisabledAsync("ada", "ann", false, None), Is.EqualTo(UserChangeOutcome.Unchanged));
        Assert.That(await admin.UnlockAsync("ada", "ann", None), Is.EqualTo(UserChangeOutcome.Unchanged));
        Assert.That(await admin.UnlockAsync("ada", "nobody", None), Is.EqualTo(UserChangeOutcome.NotFound));

        Assert.That(await admin.RecentEventsAsync(10, None), Is.Empty);
    }

    [TestCase("UPDATE user_admin_events SET actor = 'someone else'")]
    [TestCase("DELETE FROM user_admin_events")]
    public async Task The_login_log_refuses_edits_and_deletions(string sql)
    {
        var (stores, _, admin) = await OpenAsync();
        await using var _ = stores;
        await admin.SetDisabledAsync("ada", "ann", true, None);

        Assert.That(async () => await stores.ExecuteAsync(sql), Throws.Exception.With.Message.Contain("append-only"));
        Assert.That((await admin.RecentEventsAsync(10, None)).Single().Actor, Is.EqualTo("ada"));
    }
}
