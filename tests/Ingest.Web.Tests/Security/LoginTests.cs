using System.Net;
using Ingest.Web.Tests.Support;

namespace Ingest.Web.Tests.Security;

/// <summary>Logging in: wrong passwords, lock-out after five failures for fifteen minutes, redirects only to this site; on SQLite and PostgreSQL.</summary>
[TestFixture(WebUiHost.Sqlite)]
[TestFixture(WebUiHost.Postgres)]
[NonParallelizable]
public sealed class LoginTests(string provider)
{
    private WebUiHost _host = null!;

    [OneTimeSetUp]
    public async Task Start() => _host = await WebUiHost.StartAsync(provider: provider);

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task A_wrong_password_and_an_unknown_name_get_the_same_answer()
    {
        using var client = _host.Client();

        using var wrong = await WebUiHost.LogInAsync(client, "cat", "not the password");
        using var unknown = await WebUiHost.LogInAsync(client, "nobody", "not the password");

        Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await wrong.Content.ReadAsStringAsync(), Does.Contain("Wrong name or password."));
        Assert.That(await unknown.Content.ReadAsStringAsync(), Does.Contain("Wrong name or password."));
        using var good = await WebUiHost.LogInAsync(client, "cat", WebUiHost.Password);
        Assert.That(good.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "one slip does not lock");
    }

    [Test]
    public async Task Five_failures_lock_the_login_for_fifteen_minutes_even_against_the_right_password()
    {
        using var client = _host.Client();
        for (var i = 0; i < 5; i++)
        {
            await WebUiHost.LogInAsync(client, "bob", "guess " + i);
        }

        using var locked = await WebUiHost.LogInAsync(client, "bob", WebUiHost.Password);
        Assert.That(locked.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await locked.Content.ReadAsStringAsync(), Does.Contain("locked until"));

        _host.Clock.Advance(TimeSpan.FromMinutes(14));
        using var stillLocked = await WebUiHost.LogInAsync(client, "bob", WebUiHost.Password);
        Assert.That(stillLocked.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));

        _host.Clock.Advance(TimeSpan.FromMinutes(2));
        using var open = await WebUiHost.LogInAsync(client, "bob", WebUiHost.Password);
        Assert.That(open.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [TestCase("/dashboard", "/dashboard")]
    [TestCase("//evil.example/", "/")]
    [TestCase("/\\evil.example/", "/")]
    [TestCase("https://evil.example/", "/")]
    public async Task After_login_the_user_goes_back_only_to_a_page_of_this_site(string returnUrl, string expected)
    {
        using var client = _host.Client();
        var token = await WebUiHost.TokenAsync(client, "/login");

        using var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["name"] = "ann", ["password"] = WebUiHost.Password, ["returnUrl"] = returnUrl,
        }));

        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo(expected));
    }

    [Test]
    public async Task Logging_out_ends_the_session()
    {
        using var client = await _host.LoggedInAsync("ann");

        using var logout = await Forms.PostAsync(client, "/logout", "/");
        using var after = await client.GetAsync("/");

        Assert.That(logout.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }
}
