using System.Net;
using Ingest.Core.Review;
using Ingest.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Web.Tests.Pages;

/// <summary>
/// A logged-in user changing their own password on /account/password: the current one is checked (a wrong
/// one counts towards the lock-out), the new one follows the admin page's rules and must be typed twice, the
/// other sessions end and this one stays, and the audit log names the user as actor and target without the
/// password. On SQLite and PostgreSQL. Each test works on a login of its own, so they share one host.
/// </summary>
[TestFixture(WebUiHost.Sqlite)]
[TestFixture(WebUiHost.Postgres)]
[NonParallelizable]
public sealed class AccountPageTests(string provider)
{
    private const string Page = "/account/password";
    private const string NewPassword = "my own new long secret";
    private WebUiHost _host = null!;

    [OneTimeSetUp]
    public async Task Start() => _host = await WebUiHost.StartAsync(provider: provider);

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    /// <summary>A login of the test's own, added as the admin page would, and logged in.</summary>
    private async Task<HttpClient> AddAndLogInAsync(string name, UserRole role = UserRole.Analyst)
    {
        var admin = _host.Services.GetRequiredService<IUserAdminStore>();
        var hasher = _host.Services.GetRequiredService<IPasswordHasher<string>>();
        var problem = await Ingest.Web.Security.UserAdmin.AddAsync(admin, hasher, "ada", name, role, WebUiHost.Password, CancellationToken.None);
        Assert.That(problem, Is.Null);
        return await _host.LoggedInAsync(name);
    }

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string next, string repeat) =>
        Forms.PostAsync(client, Page, Page, ("current", current), ("new", next), ("repeat", repeat));

    private async Task<UserAccount> StoredAsync(string name) =>
        (await _host.Services.GetRequiredService<IUserStore>().FindAsync(name, CancellationToken.None))!;

    private async Task<IReadOnlyList<UserAdminEvent>> EventsAboutAsync(string name) =>
        [.. (await _host.Services.GetRequiredService<IUserAdminStore>().RecentEventsAsync(1000, CancellationToken.None)).Where(e => e.TargetUser == name)];

    [Test]
    public async Task A_changed_password_replaces_the_old_one_ends_other_sessions_keeps_this_one_and_is_audited()
    {
        using var here = await AddAndLogInAsync("kim");
        using var elsewhere = await _host.LoggedInAsync("kim");

        using var response = await ChangeAsync(here, WebUiHost.Password, NewPassword, NewPassword);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo(Page + "?done=password"));
        Assert.That(await here.GetStringAsync(Page + "?done=password"), Does.Contain("Password changed. Your other sessions have ended."));
        Assert.That((await here.GetAsync("/")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "this session stays");
        Assert.That((await elsewhere.GetAsync("/")).Headers.Location?.ToString(), Does.Contain("/login?ReturnUrl="), "the other session ended");
        using var client = _host.Client();
        Assert.That((await WebUiHost.LogInAsync(client, "kim", WebUiHost.Password)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "old password");
        Assert.That((await WebUiHost.LogInAsync(client, "kim", NewPassword)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "new password");

        var change = (await EventsAboutAsync("kim"))[0];
        Assert.That((change.Actor, change.Action, change.TargetUser, change.Before, change.After), Is.EqualTo(("kim", "change-own-password", "kim", (string?)null, "new password set")));
        using var ada = await _host.LoggedInAsync("ada");
        var audit = await ada.GetStringAsync("/audit");
        Assert.That(audit, Does.Contain("change-own-password <a href=\"/admin/users\">kim</a>"));
        Assert.That(audit, Does.Not.Contain(NewPassword).And.Not.Contain((await StoredAsync("kim")).PasswordHash));
    }

    [Test]
    public async Task A_wrong_current_password_changes_nothing_and_counts_as_a_failed_login()
    {
        using var client = await AddAndLogInAsync("lou");
        var before = (await StoredAsync("lou")).PasswordHash;

        using var response = await ChangeAsync(client, "not my password", NewPassword, NewPassword);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Password not changed. The current password is wrong."));
        var stored = await StoredAsync("lou");
        Assert.That((stored.PasswordHash, stored.FailedLogins), Is.EqualTo((before, 1)));
        Assert.That((await EventsAboutAsync("lou")).Select(e => e.Action), Is.EqualTo(new[] { "add-user" }));
    }

    [Test]
    public async Task Five_wrong_current_passwords_lock_the_login_as_failed_logins_do()
    {
        using var client = await AddAndLogInAsync("mo");
        for (var i = 0; i < 5; i++)
        {
            (await ChangeAsync(client, "guess " + i, NewPassword, NewPassword)).Dispose();
        }

        using var refused = await ChangeAsync(client, WebUiHost.Password, NewPassword, NewPassword);

        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("this login is locked until"));
        using var login = await WebUiHost.LogInAsync(_host.Client(), "mo", WebUiHost.Password);
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await login.Content.ReadAsStringAsync(), Does.Contain("locked"));
    }

    [TestCase("a long new password one", "a long new password two", "The new password and its repetition differ.")]
    [TestCase("short", "short", "The password must be at least 10 characters.")]
    public async Task A_new_password_that_breaks_the_rules_is_refused_and_the_old_one_still_works(string next, string repeat, string reason)
    {
        var name = "nat" + next.Length;
        using var client = await AddAndLogInAsync(name);
        var before = (await StoredAsync(name)).PasswordHash;

        using var response = await ChangeAsync(client, WebUiHost.Password, next, repeat);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Password not changed. " + reason));
        Assert.That((await StoredAsync(name)).PasswordHash, Is.EqualTo(before));
        Assert.That((await WebUiHost.LogInAsync(_host.Client(), name, WebUiHost.Password)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task The_store_sets_nothing_when_the_password_was_changed_after_the_current_one_was_checked()
    {
        (await AddAndLogInAsync("pat")).Dispose();
        var store = _host.Services.GetRequiredService<IOwnPasswordStore>();
        var checkedHash = (await StoredAsync("pat")).PasswordHash;

        var stale = await store.ChangeOwnPasswordAsync("pat", "the hash before an admin's reset", "new hash", CancellationToken.None);
        var current = await store.ChangeOwnPasswordAsync("pat", checkedHash, "new hash", CancellationToken.None);

        Assert.That((stale, current), Is.EqualTo((UserChangeOutcome.Unchanged, UserChangeOutcome.Done)));
        Assert.That((await StoredAsync("pat")).PasswordHash, Is.EqualTo("new hash"));
        Assert.That((await EventsAboutAsync("pat")).Select(e => e.Action), Is.EqualTo(new[] { "change-own-password", "add-user" }), "one entry, for the change made");
    }

    [Test]
    public async Task A_post_without_its_antiforgery_token_is_refused_and_changes_nothing()
    {
        using var client = await AddAndLogInAsync("oli");
        var before = (await StoredAsync("oli")).PasswordHash;

        using var response = await Forms.PostAsync(client, Page, tokenFrom: null, ("current", WebUiHost.Password), ("new", NewPassword), ("repeat", NewPassword));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Form expired"));
        Assert.That((await StoredAsync("oli")).PasswordHash, Is.EqualTo(before));
    }

    [Test]
    public async Task An_anonymous_visitor_is_sent_to_the_login_page()
    {
        using var client = _host.Client();

        using var response = await client.GetAsync(Page);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.Contain("/login?ReturnUrl=%2Faccount%2Fpassword"));
    }

    [TestCase("ann")]
    [TestCase("lee")]
    [TestCase("ada")]
    public async Task Every_role_finds_the_page_from_the_user_menu(string name)
    {
        using var client = await _host.LoggedInAsync(name);

        var home = await client.GetStringAsync("/");
        var page = await client.GetStringAsync(Page);

        Assert.That(home, Does.Contain("<a href=\"/account/password\">Change password</a>"));
        Assert.That(page, Does.Contain("name=\"current\"").And.Contain("name=\"new\"").And.Contain("name=\"repeat\""));
    }

    [Test]
    public async Task The_notice_is_chosen_by_code_and_never_taken_from_the_query()
    {
        using var client = await _host.LoggedInAsync("bob");

        var html = await client.GetStringAsync(Page + "?done=%3Cscript%3EPay%20here");

        Assert.That(html, Does.Not.Contain("Pay here").And.Not.Contain("Password changed"));
    }
}
