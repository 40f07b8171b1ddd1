using System.Net;
using Ingest.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Web.Tests.Pages;

/// <summary>
/// Every endpoint of the UI: anonymous users are sent to the login page (GET) or refused with 401
/// (POST); analysts are refused (403) what is for leads and admins; a post without its antiforgery
/// token is refused (400); every answer carries the security headers.
/// </summary>
[TestFixture(WebUiHost.Sqlite)]
[TestFixture(WebUiHost.Postgres)]
[NonParallelizable]
public sealed class EndpointSecurityTests(string provider)
{
    private const string Doc = "doc-small";
    private WebUiHost _host = null!;

    private static readonly string[] AnalystPages = ["/", "/review/doc-small", "/dashboard", "/report", "/report.csv", "/annotations?label=police_mention", "/upload", "/search?q=officers", "/review/doc-small/page/1", "/review/doc-small/evidence?start=16&end=24", "/account/password"];
    private static readonly string[] LeadPages = ["/agreement", "/audit"];
    private static readonly string[] AdminPages = ["/admin/users"];
    private static readonly string[] AnalystPosts = ["/review/doc-small/annotations/a-force", "/review/doc-small/accept-all", "/review/doc-small/rating", "/review/doc-small/screening", "/upload", "/account/password", "/logout"];
    private static readonly string[] LeadPosts = ["/review/doc-small/assign"];
    private static readonly string[] AdminPosts = ["/admin/users/add", "/admin/users/role", "/admin/users/unlock", "/admin/users/password", "/admin/users/disable", "/admin/users/enable"];

    /// <summary>Fields that would make every admin post a real change to bob, were it let through.</summary>
    private static readonly (string, string)[] AdminFields = [("user", "bob"), ("name", "intruder"), ("role", "admin"), ("password", "a long enough password")];

    [OneTimeSetUp]
    public async Task Start() =>
        _host = await WebUiHost.StartAsync(store => TestDocuments.SaveAsync(store, TestDocuments.Small(Doc), Repo.Sample("s01")), provider);

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task Anonymous_page_requests_are_sent_to_the_login_page()
    {
        using var client = _host.Client();
        foreach (var path in AnalystPages.Concat(LeadPages).Concat(AdminPages))
        {
            using var response = await client.GetAsync(path);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), path);
            Assert.That(response.Headers.Location!.ToString(), Does.Contain("/login?ReturnUrl="), path);
        }
    }

    [Test]
    public async Task Anonymous_posts_are_refused_with_401_even_with_a_valid_token()
    {
        using var client = _host.Client();
        foreach (var path in AnalystPosts.Concat(LeadPosts).Concat(AdminPosts))
        {
            using var response = await Forms.PostAsync(client, path, "/login", ("action", "accept"), ("version", "0"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), path);
        }
    }

    [Test]
    public async Task An_analyst_is_refused_lead_and_admin_pages_and_posts_with_403()
    {
        using var client = await _host.LoggedInAsync("ann");
        foreach (var path in LeadPages.Concat(AdminPages))
        {
            using var response = await client.GetAsync(path);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), path);
        }

        using var post = await Forms.PostAsync(client, $"/review/{Doc}/assign", "/", ("first", "ann"), ("second", "bob"));
        Assert.That(post.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        await AssertAdminPostsForbiddenAsync(client);
    }

    private async Task AssertAdminPostsForbiddenAsync(HttpClient client)
    {
        foreach (var path in AdminPosts)
        {
            using var response = await Forms.PostAsync(client, path, "/", AdminFields);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), path);
        }

        await AssertBobUntouchedAsync();
    }

    private async Task AssertBobUntouchedAsync()
    {
        var users = _host.Services.GetRequiredService<Ingest.Core.Review.IUserStore>();
        var bob = await users.FindAsync("bob", CancellationToken.None);
        Assert.That((bob!.Role, bob.Disabled), Is.EqualTo((Ingest.Core.Review.UserRole.Analyst, false)));
        Assert.That(await users.FindAsync("intruder", CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task A_lead_is_refused_admin_pages_and_an_admin_gets_everything()
    {
        using var lead = await _host.LoggedInAsync("lee");
        using var admin = await _host.LoggedInAsync("ada");
        foreach (var path in AdminPages)
        {
            Assert.That((await lead.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), path);
        }

        await AssertAdminPostsForbiddenAsync(lead);

        foreach (var path in AnalystPages.Concat(LeadPages).Concat(AdminPages).Where(p => !p.Contains("/page/", StringComparison.Ordinal)))
        {
            Assert.That((await admin.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        }
    }

    [Test]
    public async Task An_analyst_gets_every_analyst_page()
    {
        using var client = await _host.LoggedInAsync("ann");
        foreach (var path in AnalystPages.Where(p => !p.Contains("/page/", StringComparison.Ordinal)))
        {
            using var response = await client.GetAsync(path);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        }
    }

    [Test]
    public async Task Every_post_without_its_antiforgery_token_is_refused_with_400_and_changes_nothing()
    {
        using var lead = await _host.LoggedInAsync("lee");
        foreach (var path in AnalystPosts.Concat(LeadPosts))
        {
            using var response = await Forms.PostAsync(lead, path, tokenFrom: null, ("action", "accept"), ("version", "0"), ("label", "police_mention"), ("rating", "2"), ("engagement", "yes"), ("first", "ann"), ("second", "bob"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), path);
        }

        var page = await lead.GetStringAsync("/audit");
        Assert.That(page, Does.Not.Contain("a-force"));
        Assert.That(page, Does.Not.Contain("#screening\""));
    }

    [Test]
    public async Task Every_admin_post_without_its_antiforgery_token_is_refused_with_400_and_changes_nothing()
    {
        using var admin = await _host.LoggedInAsync("ada");
        foreach (var path in AdminPosts)
        {
            using var response = await Forms.PostAsync(admin, path, tokenFrom: null, AdminFields);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), path);
        }

        await AssertBobUntouchedAsync();
    }

    [Test]
    public async Task The_login_form_itself_needs_its_token()
    {
        using var client = _host.Client();

        using var response = await Forms.PostAsync(client, "/login", tokenFrom: null, ("name", "ann"), ("password", WebUiHost.Password));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Pages_carry_a_content_security_policy_without_inline_script_and_no_inline_script_is_served()
    {
        using var client = await _host.LoggedInAsync("lee");
        foreach (var path in new[] { "/", $"/review/{Doc}", "/dashboard", "/report", "/agreement", "/login" })
        {
            using var response = await client.GetAsync(path);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.That(csp, Does.Contain("script-src 'self'").And.Not.Contain("unsafe-inline"), path);
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }), path);
            Assert.That(response.Headers.GetValues("X-Frame-Options"), Is.EqualTo(new[] { "DENY" }), path);
            var html = await response.Content.ReadAsStringAsync();
            Assert.That(System.Text.RegularExpressions.Regex.IsMatch(html, "<script(?![^>]*\\bsrc=)"), Is.False, $"inline script on {path}");
            Assert.That(html, Does.Not.Contain(" style=\""), $"inline style on {path}");
        }
    }

    [Test]
    public async Task The_login_cookie_is_http_only_and_same_site_strict()
    {
        using var client = _host.Client();

        using var response = await WebUiHost.LogInAsync(client, "ann", WebUiHost.Password);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ingest.auth=", StringComparison.Ordinal));
        Assert.That(cookie, Does.Contain("httponly").IgnoreCase.And.Contain("samesite=strict").IgnoreCase);
    }
}
