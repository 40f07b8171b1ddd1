using Ingest.Core.Storage;
using Ingest.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ingest.Web.Tests.Browser;

/// <summary>
/// The analyst's day in real Chromium (Debian's <c>chromium</c>, driven by Playwright): log in, accept
/// a suggestion with the keyboard, see the evidence on the PDF page, override the rating with a
/// reason, see the audit entry, see a decision whose suggestion a reprocess dropped listed apart.
/// Skipped locally without Chromium; in CI (CI=true) a missing browser fails.
/// Set INGEST_SCREENSHOTS=&lt;folder&gt; to save screenshots of the main pages there (docs/screenshots is made
/// that way: <c>INGEST_SCREENSHOTS=$PWD/docs/screenshots dotnet test tests/Ingest.Web.Tests --filter FullyQualifiedName~ReviewInChromiumTests</c>).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ReviewInChromiumTests
{
    private const string Chromium = "/usr/bin/chromium";
    private const string Doc = "doc-small";
    private WebUiHost _host = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        if (!File.Exists(Chromium))
        {
            const string Message = "Chromium is not installed: apt-get install chromium (scripts/test.sh installs it)";
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail(Message);
            }

            Assert.Ignore(Message);
        }

        _host = await WebUiHost.StartAsync(async store =>
        {
            await TestDocuments.SaveAsync(store, TestDocuments.Small(Doc), Repo.Sample("s01"));
            await PipelineSeed.RunAsync(((Ingest.Storage.Sqlite.SqliteDocumentStore)store).DatabasePath, "s01", "s05");
        });
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    private async Task<IPage> LogInAsync(string name)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _host.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        Assert.That(page.Url, Does.Contain("/login"), "anonymous users land on the login page");
        await Screenshot(page, "login");
        await page.GetByLabel("User name").FillAsync(name);
        await page.GetByLabel("Password").FillAsync(WebUiHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Review queue" })).ToBeVisibleAsync();
        return page;
    }

    /// <param name="fullPage">The whole page rather than the 1600 x 1000 window (the report, whose charts run down the page).</param>
    private static async Task Screenshot(IPage page, string name, bool fullPage = false)
    {
        var folder = Environment.GetEnvironmentVariable("INGEST_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = fullPage });
        }
    }

    [Test]
    public async Task An_analyst_accepts_with_the_keyboard_overrides_the_rating_and_sees_both_in_the_audit_trail()
    {
        var page = await LogInAsync("ann");
        await Screenshot(page, "queue");
        await page.GotoAsync($"/review/{Doc}");

        await page.Keyboard.PressAsync("j");
        await Assertions.Expect(page.Locator("#current")).ToContainTextAsync("Police mention");
        await Assertions.Expect(page.Locator("#a-a-officers")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("selected"));
        await page.Keyboard.PressAsync("a");
        await Assertions.Expect(page.Locator("#message")).ToHaveTextAsync("Saved: Police mention accepted.");
        await Assertions.Expect(page.Locator("#a-a-officers")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("s-accepted"));
        var stored = await _host.Services.GetRequiredService<IDocumentStore>().GetAsync(Doc, CancellationToken.None);
        Assert.That(stored!.Annotations.Single(a => a.Id == "a-officers").Status, Is.EqualTo("accepted"));

        // The evidence is boxed on the rendered PDF page.
        await Assertions.Expect(page.Locator("#page-img")).ToHaveAttributeAsync("src", $"/review/{Doc}/page/1");
        await Assertions.Expect(page.Locator("#boxes .box").First).ToBeAttachedAsync();

        // An override without a reason is stopped in the page; with one it is saved.
        await page.SelectOptionAsync("#rating-select", "4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm rating" }).ClickAsync();
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("Give a reason");
        await page.FillAsync("#rating-reason", "The police IMR reflects on its own decisions.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm rating" }).ClickAsync();
        await Assertions.Expect(page.Locator("#rating .confirmed")).ToContainTextAsync("Overridden: 4 Good by ann");

        // The proposed screening is overridden the same way.
        await page.CheckAsync("#screening-form input[value=no]");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save screening" }).ClickAsync();
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("Give a reason for overriding the proposed screening");
        await page.FillAsync("#screening-reason", "Officers only appear in the chronology.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save screening" }).ClickAsync();
        await Assertions.Expect(page.Locator("#screening .confirmed")).ToContainTextAsync("Overridden: no police engagement by ann");

        var audit = page.Locator("#history table");
        await Assertions.Expect(audit).ToContainTextAsync("override rating");
        await Assertions.Expect(audit).ToContainTextAsync("override screening");
        await Assertions.Expect(audit).ToContainTextAsync("The police IMR reflects on its own decisions.");
        await Assertions.Expect(audit).ToContainTextAsync("accept suggestion a-office");
        await Assertions.Expect(audit).ToContainTextAsync("police_mention, suggested");
    }

    [Test]
    public async Task Help_opens_with_the_question_mark_and_edit_changes_the_label()
    {
        var page = await LogInAsync("bob");
        await page.GotoAsync($"/review/{Doc}");

        await page.Keyboard.PressAsync("?");
        await Assertions.Expect(page.Locator("#help-dialog")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        await Assertions.Expect(page.Locator("#current")).ToContainTextAsync("Missed opportunity");
        await page.Keyboard.PressAsync("e");
        await page.SelectOptionAsync("#edit-label", "good_practice");
        await page.CheckAsync("#edit-dialog input[value=police]");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save (Enter)" }).ClickAsync();
        await Assertions.Expect(page.Locator("#message")).ToHaveTextAsync("Saved: Good practice edited.");
        await Assertions.Expect(page.Locator("#a-a-script")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("l-good_practice s-edited"));
    }

    [Test]
    public async Task A_decision_whose_suggestion_a_reprocess_dropped_is_listed_apart_and_not_applied()
    {
        const string Gone = "doc-gone";
        var store = _host.Services.GetRequiredService<IDocumentStore>();
        await TestDocuments.SaveAsync(store, TestDocuments.Small(Gone, "sar-adult-c.pdf"), Repo.Sample("s01"));
        var page = await LogInAsync("cat");
        await page.GotoAsync($"/review/{Gone}");
        await page.ClickAsync("#a-a-dash");
        await page.Keyboard.PressAsync("r");
        await Assertions.Expect(page.Locator("#message")).ToHaveTextAsync("Saved: Police mention rejected.");

        // The pipeline runs again and no longer suggests "DASH risk assessment".
        var fresh = TestDocuments.Small(Gone, "sar-adult-c.pdf");
        await TestDocuments.SaveAsync(store, fresh with { Annotations = [.. fresh.Annotations.Where(a => a.Id != "a-dash")] }, Repo.Sample("s01"), reprocess: true);
        await page.ReloadAsync();

        await Assertions.Expect(page.Locator("#a-a-dash")).ToHaveCountAsync(0);
        var gone = page.Locator("#gone");
        await Assertions.Expect(gone).ToContainTextAsync("Decisions on suggestions that no longer exist");
        await Assertions.Expect(gone).ToContainTextAsync("reject (v1)");
        await Assertions.Expect(gone).ToContainTextAsync("DASH risk assessment");
        await page.SetViewportSizeAsync(1600, 1750);
        await gone.ScrollIntoViewIfNeededAsync();
        await Screenshot(page, "review-gone");
    }

    [Test]
    public async Task The_main_pages_of_a_real_review_render_and_can_be_captured()
    {
        var page = await LogInAsync("lee");
        var real = (await _host.Services.GetRequiredService<IDocumentStore>().ListAsync(false, CancellationToken.None).ToListAsync())
            .First(d => d.FileName == "s01.pdf");
        await page.GotoAsync($"/review/{real.Id}");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        await Assertions.Expect(page.Locator("#page-img")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("/page/\\d+$"));
        await page.WaitForFunctionAsync("() => document.getElementById('page-img').complete && document.getElementById('page-img').naturalWidth > 0");
        Assert.That(await page.Locator("mark.ann").CountAsync(), Is.GreaterThan(10), "the pipeline's suggestions are highlighted");
        await Assertions.Expect(page.Locator("#screening .proposed")).ToContainTextAsync("Proposed:");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save screening" })).ToBeVisibleAsync();

        // The side column scrolled down to the screening panel (below the PDF page and the rating's evidence) for the capture.
        await page.Locator("#screening").EvaluateAsync("e => e.scrollIntoView({ block: 'end' })");
        await Screenshot(page, "review");
        await page.GotoAsync("/dashboard");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        await Screenshot(page, "dashboard");

        // The report's inline SVG charts render under the content security policy: no violation is reported.
        var refused = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.Ordinal)) { refused.Add(m.Text); } };
        await page.GotoAsync("/report");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Share of sentences naming each agency: All reviews" })).ToBeVisibleAsync();
        Assert.That(await page.Locator("svg.chart rect.bar").CountAsync(), Is.GreaterThan(20));
        Assert.That(refused, Is.Empty);
        await Screenshot(page, "report", fullPage: true);
        await page.GotoAsync("/agreement");
        await Screenshot(page, "agreement");
        await page.GotoAsync("/audit");
        await Screenshot(page, "audit");
    }
}
