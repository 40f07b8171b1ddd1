using System.Net;
using Ingest.Core.Review;
using Ingest.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Web.Tests.Pages;

/// <summary>
/// Managing logins on /admin/users as the admin (ada) does it: add, change a role, unlock, set a new password,
/// disable and enable; the last admin and one's own login are protected; names are shown encoded; every change
/// is in the audit log with who made it and never the password. On SQLite and PostgreSQL. Each test works on
/// logins of its own, so they share one host.
/// </summary>
[TestFixture(WebUiHost.Sqlite)]
[TestFixture(WebUiHost.Postgres)]
[NonParallelizable]
public sealed class UsersPageTests(string provider)
{
    private const string Page = "/admin/users";
    private const string NewPassword = "a different long secret";
    private WebUiHost _host = null!;
    private HttpClient _ada = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await WebUiHost.StartAsync(provider: provider);
        _ada = await _host.LoggedInAsync("ada");
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _ada.Dispose();
        await _host.DisposeAsync();
    }

    private Task<HttpResponseMessage> AdaPosts(string action, params (string, string)[] fields) => Forms.PostAsync(_ada, $"{Page}/{action}", Page, fields);

    private async Task AddAsync(string name, string role = "analyst")
    {
        using var response = await AdaPosts("add", ("name", name), ("role", role), ("password", WebUiHost.Password));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"add {name}: {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<UserAccount> StoredAsync(string name) =>
        (await _host.Services.GetRequiredService<IUserStore>().FindAsync(name, CancellationToken.None))!;

    private async Task<IReadOnlyList<UserAdminEvent>> EventsAboutAsync(string name) =>
        [.. (await _host.Services.GetRequiredService<IUserAdminStore>().RecentEventsAsync(1000, CancellationToken.None)).Where(e => e.TargetUser == name)];

    [Test]
    public async Task An_added_login_can_log_in_with_its_role_and_the_audit_names_who_added_it()
    {
        using var response = await AdaPosts("add", ("name", "dee"), ("role", "lead"), ("password", WebUiHost.Password));

        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo("/admin/users?done=add&user=dee"));
        Assert.That(await _ada.GetStringAsync(response.Headers.Location.ToString()), Does.Contain("Login added: dee."));
        using var dee = await _host.LoggedInAsync("dee");
        Assert.That((await dee.GetAsync("/agreement")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "a lead");
        var added = (await EventsAboutAsync("dee")).Single();
        Assert.That((added.Actor, added.Action, added.After), Is.EqualTo(("ada", "add-user", "lead")));
        var audit = await _ada.GetStringAsync("/audit");
        Assert.That(audit, Does.Contain("add-user <a href=\"/admin/users\">dee</a>"));
    }

    [TestCase("two words", "without spaces")]
    [TestCase("shorty", "at least 10 characters")]
    [TestCase("ann", "already exists")]
    public async Task A_login_is_refused_by_the_command_line_rules_and_nothing_is_added(string name, string reason)
    {
        var password = name == "shorty" ? "short" : WebUiHost.Password;

        using var response = await AdaPosts("add", ("name", name), ("role", "analyst"), ("password", password));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(reason));
        Assert.That(await EventsAboutAsync(name), Is.Empty);
        Assert.That((await StoredAsync("ann")).Role, Is.EqualTo(UserRole.Analyst));
    }

    [Test]
    public async Task A_role_change_takes_effect_on_the_users_open_session_and_is_audited()
    {
        await AddAsync("eve");
        using var eve = await _host.LoggedInAsync("eve");
        Assert.That((await eve.GetAsync("/agreement")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        using var response = await AdaPosts("role", ("user", "eve"), ("role", "lead"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await eve.GetAsync("/agreement")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "same cookie, new role");
        var change = (await EventsAboutAsync("eve"))[0];
        Assert.That((change.Actor, change.Action, change.Before, change.After), Is.EqualTo(("ada", "change-role", "analyst", "lead")));
    }

    [Test]
    public async Task A_locked_out_user_is_unlocked_and_can_log_in_at_once()
    {
        await AddAsync("fay");
        using var client = _host.Client();
        for (var i = 0; i < 5; i++)
        {
            await WebUiHost.LogInAsync(client, "fay", "guess " + i);
        }

        Assert.That((await WebUiHost.LogInAsync(client, "fay", WebUiHost.Password)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "locked");

        using var response = await AdaPosts("unlock", ("user", "fay"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await WebUiHost.LogInAsync(client, "fay", WebUiHost.Password)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var unlock = (await EventsAboutAsync("fay"))[0];
        Assert.That((unlock.Action, unlock.Before, unlock.After), Is.EqualTo(("unlock", "5 failed logins, locked until 2026-01-05 09:15 UTC", "unlocked, 0 failed logins")));
    }

    [Test]
    public async Task A_new_password_replaces_the_old_one_ends_open_sessions_and_is_never_logged()
    {
        await AddAsync("gil");
        using var gil = await _host.LoggedInAsync("gil");

        using var response = await AdaPosts("password", ("user", "gil"), ("password", NewPassword));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await gil.GetAsync("/")).Headers.Location?.ToString(), Does.Contain("/login?ReturnUrl="), "the open session ended");
        using var client = _host.Client();
        Assert.That((await WebUiHost.LogInAsync(client, "gil", WebUiHost.Password)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await WebUiHost.LogInAsync(client, "gil", NewPassword)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var reset = (await EventsAboutAsync("gil"))[0];
        Assert.That((reset.Actor, reset.Action, reset.After), Is.EqualTo(("ada", "reset-password", "new password set")));
        Assert.That(await _ada.GetStringAsync("/audit"), Does.Not.Contain(NewPassword).And.Not.Contain((await StoredAsync("gil")).PasswordHash));
    }

    [Test]
    public async Task An_admin_who_sets_their_own_password_stays_logged_in_here()
    {
        var before = (await StoredAsync("ada")).PasswordHash;

        // The same words, hashed again with a new salt: the stored hash changes as it would for a new password.
        using var response = await AdaPosts("password", ("user", "ada"), ("password", WebUiHost.Password));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await StoredAsync("ada")).PasswordHash, Is.Not.EqualTo(before));
        Assert.That((await _ada.GetAsync(Page)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_short_new_password_is_refused_and_the_old_one_still_works()
    {
        await AddAsync("ida");

        using var response = await AdaPosts("password", ("user", "ida"), ("password", "short"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("at least 10 characters"));
        using var ida = await _host.LoggedInAsync("ida");
    }

    [Test]
    public async Task A_disabled_login_is_refused_and_its_session_ends_until_it_is_enabled_again()
    {
        await AddAsync("hal");
        using var hal = await _host.LoggedInAsync("hal");

        using var disable = await AdaPosts("disable", ("user", "hal"));

        Assert.That(disable.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await hal.GetAsync("/")).Headers.Location?.ToString(), Does.Contain("/login?ReturnUrl="), "the open session ended");
        using var client = _host.Client();
        using var refused = await WebUiHost.LogInAsync(client, "hal", WebUiHost.Password);
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("This login is disabled"));
        Assert.That(await _ada.GetStringAsync(Page), Does.Contain("<td>hal</td><td>analyst</td><td>disabled</td>"));

        using var enable = await AdaPosts("enable", ("user", "hal"));

        Assert.That(enable.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await WebUiHost.LogInAsync(client, "hal", WebUiHost.Password)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await EventsAboutAsync("hal")).Select(e => (e.Action, e.After)), Is.EqualTo(new[] { ("enable", "enabled"), ("disable", "disabled"), ("add-user", "analyst") }));
    }

    [Test]
    public async Task A_wrong_password_for_a_disabled_login_gets_the_usual_answer()
    {
        await AddAsync("jon");
        (await AdaPosts("disable", ("user", "jon"))).Dispose();

        using var response = await WebUiHost.LogInAsync(_host.Client(), "jon", "not the password");

        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Wrong name or password.").And.Not.Contain("disabled"));
    }

    [Test]
    public async Task The_last_enabled_admin_cannot_be_demoted()
    {
        using var response = await AdaPosts("role", ("user", "ada"), ("role", "lead"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("last enabled admin"));
        Assert.That((await StoredAsync("ada")).Role, Is.EqualTo(UserRole.Admin));
        Assert.That((await _ada.GetAsync(Page)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task An_admin_cannot_disable_their_own_login()
    {
        Assert.That(await _ada.GetStringAsync(Page), Does.Not.Contain("name=\"user\" value=\"ada\"><button type=\"submit\" class=\"reject\">Disable"), "no button offered");

        using var response = await AdaPosts("disable", ("user", "ada"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("cannot disable your own login"));
        Assert.That((await StoredAsync("ada")).Disabled, Is.False);
        Assert.That(await EventsAboutAsync("ada"), Is.Empty);
    }

    [Test]
    public async Task A_change_to_a_login_that_does_not_exist_is_answered_404()
    {
        using var response = await AdaPosts("unlock", ("user", "nobody"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_hostile_user_name_is_shown_as_text_on_the_users_and_audit_pages()
    {
        const string hostile = "<script>alert(\"x\")</script>&amp;";
        await AddAsync(hostile);

        var users = await _ada.GetStringAsync(Page);
        var audit = await _ada.GetStringAsync("/audit");
        var notice = await _ada.GetStringAsync($"{Page}?done=add&user={Uri.EscapeDataString(hostile)}");

        foreach (var html in new[] { users, audit, notice })
        {
            Assert.That(html, Does.Not.Contain("<script>alert"));
            Assert.That(html, Does.Contain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;amp;"));
        }

        using var hostileLogin = await _host.LoggedInAsync(hostile);
        Assert.That(await hostileLogin.GetStringAsync("/"), Does.Not.Contain("<script>alert"));
    }

    [Test]
    public async Task An_unknown_notice_code_shows_nothing_from_the_query()
    {
        var html = await _ada.GetStringAsync($"{Page}?done=anything&user=Pay%20here");

        Assert.That(html, Does.Not.Contain("Pay here"));
    }
}
