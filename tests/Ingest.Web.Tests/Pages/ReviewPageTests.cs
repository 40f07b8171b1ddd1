using System.Net;
using System.Text.Json;
using Ingest.Core.Review;
using Ingest.Core.Storage;
using Ingest.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Web.Tests.Pages;

/// <summary>The review page and its decisions as an analyst uses them, over the real store (SQLite and PostgreSQL).</summary>
[TestFixture(WebUiHost.Sqlite)]
[TestFixture(WebUiHost.Postgres)]
[NonParallelizable]
public sealed class ReviewPageTests(string provider)
{
    private const int Copies = 14;
    private int _next;
    private WebUiHost _host = null!;

    /// <summary>Each test works on its own copy of the review, so one host serves them all.</summary>
    private string Doc { get; set; } = null!;

    [OneTimeSetUp]
    public async Task Start() =>
        _host = await WebUiHost.StartAsync(async store =>
        {
            for (var i = 0; i < Copies; i++)
            {
                await TestDocuments.SaveAsync(store, TestDocuments.Small($"doc-{i}", "<img src=x onerror=alert(1)>.pdf"), Repo.Sample("s01"));
            }
        }, provider);

    [SetUp]
    public void NextCopy()
    {
        Doc = $"doc-{_next++}";
        Assert.That(_next, Is.LessThanOrEqualTo(Copies), "add copies for the new test");
    }

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    private Task<HttpResponseMessage> Decide(HttpClient client, string annotation, string action, int version, params (string, string)[] extra) =>
        Forms.PostAsync(client, $"/review/{Doc}/annotations/{annotation}", $"/review/{Doc}",
            [("action", action), ("version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)), .. extra]);

    [Test]
    public async Task A_review_whose_text_holds_a_script_renders_it_as_text()
    {
        using var client = await _host.LoggedInAsync("ann");

        var review = await client.GetStringAsync($"/review/{Doc}");
        var queue = await client.GetStringAsync("/");

        Assert.That(review, Does.Not.Contain(TestDocuments.HostileText));
        Assert.That(review, Does.Contain("&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;"));
        Assert.That(queue, Does.Not.Contain("<img src=x"));
        Assert.That(queue, Does.Contain($"href=\"/review/{Doc}\""));
        Assert.That(queue, Does.Contain("&lt;img src=x onerror=alert(1)&gt;.pdf"));
    }

    [Test]
    public async Task The_page_highlights_each_suggestion_by_label_with_a_legend_and_sections()
    {
        using var client = await _host.LoggedInAsync("ann");

        var html = await client.GetStringAsync($"/review/{Doc}");

        Assert.That(html, Does.Contain("id=\"a-a-force\"").And.Contain("class=\"ann l-police_mention s-suggested\""));
        Assert.That(html, Does.Contain("class=\"ann l-recommendation s-suggested\""));
        Assert.That(html, Does.Contain("Missed opportunity").And.Contain("Protected characteristic"), "legend");
        Assert.That(html, Does.Contain("href=\"#sec-1\">2. Recommendations</a>"));
        Assert.That(html, Does.Contain("id=\"sec-1\""));
        Assert.That(html, Does.Contain("data-page=\"1\"").And.Contain("data-s=\""));
        Assert.That(html, Does.Contain("Keyboard shortcuts"));
    }

    [Test]
    public async Task An_accepted_suggestion_is_stored_and_shows_in_the_audit_trail()
    {
        using var client = await _host.LoggedInAsync("ann");

        using var response = await Decide(client, "a-force", "accept", 0);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.That((body.GetProperty("version").GetInt32(), body.GetProperty("status").GetString()), Is.EqualTo((1, "accepted")));
        var store = _host.Services.GetRequiredService<IDocumentStore>();
        Assert.That((await store.GetAsync(Doc, CancellationToken.None))!.Annotations.Single(a => a.Id == "a-force").Status, Is.EqualTo("accepted"));
        var page = await client.GetStringAsync($"/review/{Doc}");
        Assert.That(page, Does.Contain("<td>ann</td><td>final</td><td>accept suggestion a-force (v1)</td><td>police_mention, suggested</td><td>police_mention, accepted</td>"));
    }

    [Test]
    public async Task A_second_analyst_on_a_stale_version_gets_409_and_the_first_decision_stands()
    {
        using var ann = await _host.LoggedInAsync("ann");
        using var bob = await _host.LoggedInAsync("bob");
        await Decide(ann, "a-force", "accept", 0);

        using var late = await Decide(bob, "a-force", "reject", 0);

        Assert.That(late.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await late.Content.ReadAsStringAsync(), Does.Contain("ann changed this"));
        var store = _host.Services.GetRequiredService<IDocumentStore>();
        Assert.That((await store.GetAsync(Doc, CancellationToken.None))!.Annotations.Single(a => a.Id == "a-force").Status, Is.EqualTo("accepted"));
    }

    [Test]
    public async Task An_edit_sets_label_and_agencies_and_an_unknown_label_is_refused()
    {
        using var client = await _host.LoggedInAsync("ann");

        using var bad = await Decide(client, "a-script", "edit", 0, ("label", "<b>nonsense</b>"));
        using var good = await Decide(client, "a-script", "edit", 0, ("label", "good_practice"), ("agencies", "police"), ("agencies", "not-an-agency"));

        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(good.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var a = (await _host.Services.GetRequiredService<IDocumentStore>().GetAsync(Doc, CancellationToken.None))!.Annotations.Single(x => x.Id == "a-script");
        Assert.That((a.Label, a.Status, a.Source, a.Attributes.Agency), Is.EqualTo(("good_practice", "edited", "analyst", "police")));
    }

    [Test]
    public async Task Accept_all_accepts_every_waiting_suggestion_of_one_label_only()
    {
        using var client = await _host.LoggedInAsync("ann");
        await Decide(client, "a-officers", "reject", 0);

        using var response = await Forms.PostAsync(client, $"/review/{Doc}/accept-all", $"/review/{Doc}", ("label", "police_mention"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var doc = (await _host.Services.GetRequiredService<IDocumentStore>().GetAsync(Doc, CancellationToken.None))!;
        Assert.That(doc.Annotations.ToDictionary(a => a.Id, a => a.Status), Is.EqualTo(new Dictionary<string, string>
        {
            ["a-officers"] = "rejected", ["a-force"] = "accepted", ["a-dash"] = "accepted", ["a-script"] = "suggested", ["a-rec"] = "suggested",
        }));
    }

    [Test]
    public async Task A_rating_override_needs_a_reason_and_is_stored_with_who_and_why()
    {
        using var client = await _host.LoggedInAsync("ann");

        using var bare = await Forms.PostAsync(client, $"/review/{Doc}/rating", $"/review/{Doc}", ("rating", "4"), ("version", "0"), ("reason", ""));
        using var reasoned = await Forms.PostAsync(client, $"/review/{Doc}/rating", $"/review/{Doc}", ("rating", "4"), ("version", "0"), ("reason", "The police IMR analyses its decisions."));

        Assert.That(bare.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await bare.Content.ReadAsStringAsync(), Does.Contain("an override needs a reason"));
        Assert.That(reasoned.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var rating = (await _host.Services.GetRequiredService<IDocumentStore>().GetAsync(Doc, CancellationToken.None))!.Rating!;
        Assert.That((rating.Suggested, rating.Confirmed, rating.ConfirmedBy, rating.Reason), Is.EqualTo((2, (int?)4, "ann", "The police IMR analyses its decisions.")));
        var page = await client.GetStringAsync($"/review/{Doc}");
        Assert.That(page, Does.Contain("Overridden: <strong>4 Good</strong> by ann"));
    }

    [Test]
    public async Task Double_coding_keeps_each_coders_decisions_apart_and_the_lead_sees_agreement_and_adjudicates()
    {
        using var lee = await _host.LoggedInAsync("lee");
        using var ann = await _host.LoggedInAsync("ann");
        using var bob = await _host.LoggedInAsync("bob");
        using var cat = await _host.LoggedInAsync("cat");
        using var assign = await Forms.PostAsync(lee, $"/review/{Doc}/assign", $"/review/{Doc}", ("first", "ann"), ("second", "bob"));
        Assert.That(assign.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        foreach (var (id, annAction, bobAction) in new[] { ("a-force", "accept", "accept"), ("a-officers", "accept", "reject"), ("a-dash", "reject", "reject"), ("a-rec", "accept", "accept") })
        {
            Assert.That((await Decide(ann, id, annAction, 0)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await Decide(bob, id, bobAction, 0)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "bob's version is his own");
        }

        Assert.That((await Decide(cat, "a-force", "accept", 0)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "not a coder");
        var store = _host.Services.GetRequiredService<IDocumentStore>();
        Assert.That((await store.GetAsync(Doc, CancellationToken.None))!.Annotations.All(a => a.Status == "suggested"), Is.True, "coders do not change the final record");

        // Categories ann: police, police, none, rec; bob: police, none, none, rec -> p_o 0.75, p_e 0.3125, kappa 0.636.
        var agreement = await lee.GetStringAsync("/agreement");
        Assert.That(agreement, Does.Contain("<td>4</td><td>75%</td><td>0.64</td>"));
        var adjudication = await lee.GetStringAsync($"/review/{Doc}");
        Assert.That(adjudication, Does.Contain("Adjudication").And.Contain("data-coders=\"police_mention, accepted | police_mention, rejected\""));
        Assert.That((await Decide(lee, "a-officers", "reject", 0)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await store.GetAsync(Doc, CancellationToken.None))!.Annotations.Single(a => a.Id == "a-officers").Status, Is.EqualTo("rejected"));
    }

    [Test]
    public async Task The_evidence_of_a_suggestion_is_its_page_and_line_boxes_in_pdf_points()
    {
        using var client = await _host.LoggedInAsync("ann");
        var officers = TestDocuments.Small().Annotations.Single(a => a.Id == "a-officers");

        var json = JsonDocument.Parse(await client.GetStringAsync($"/review/{Doc}/evidence?start={officers.Start}&end={officers.End}")).RootElement;
        using var outside = await client.GetAsync($"/review/{Doc}/evidence?start=100000&end=100010");

        Assert.That(json.GetProperty("page").GetInt32(), Is.EqualTo(1));
        var box = json.GetProperty("boxes")[0].EnumerateArray().Select(v => v.GetSingle()).ToArray();
        Assert.That(box[0], Is.EqualTo(56f + (officers.Start % 90 * 6f)), "left edge of the first character");
        Assert.That(box[2] - box[0], Is.EqualTo(officers.Text.Length * 6f), "one line, as wide as the word");
        Assert.That(outside.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_page_image_of_the_evidence_is_rendered_from_the_archived_pdf()
    {
        if (!File.Exists("/usr/bin/pdftoppm"))
        {
            Assert.Ignore("pdftoppm is not installed (apt-get install poppler-utils)");
        }

        using var client = await _host.LoggedInAsync("ann");

        using var response = await client.GetAsync($"/review/{Doc}/page/1");
        using var missing = await client.GetAsync($"/review/{Doc}/page/99");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/png"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.That(bytes[..4], Is.EqualTo(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }));
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_screening_override_needs_a_reason_and_is_audited_and_filterable_in_the_queue()
    {
        using var client = await _host.LoggedInAsync("ann");
        var before = await client.GetStringAsync("/?screening=awaiting");

        using var bare = await Forms.PostAsync(client, $"/review/{Doc}/screening", $"/review/{Doc}", ("engagement", "no"), ("version", "0"), ("reason", " "));
        using var reasoned = await Forms.PostAsync(client, $"/review/{Doc}/screening", $"/review/{Doc}", ("engagement", "no"), ("version", "0"), ("reason", "Officers are only named in the chronology."));
        using var stale = await Forms.PostAsync(client, $"/review/{Doc}/screening", $"/review/{Doc}", ("engagement", "yes"), ("version", "0"), ("reason", ""));

        Assert.That(bare.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await bare.Content.ReadAsStringAsync(), Does.Contain("an override needs a reason"));
        Assert.That(reasoned.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var screening = (await _host.Services.GetRequiredService<IDocumentStore>().GetAsync(Doc, CancellationToken.None))!.Screening!;
        Assert.That((screening.PoliceEngagement, screening.Confirmed, screening.ConfirmedBy, screening.Reason),
            Is.EqualTo((true, (bool?)false, "ann", "Officers are only named in the chronology.")));
        var page = await client.GetStringAsync($"/review/{Doc}");
        Assert.That(page, Does.Contain("Overridden: <strong>no police engagement</strong> by ann"));
        Assert.That(page, Does.Contain("<td>override screening (v1)</td><td>proposed police engaged in the case, not confirmed</td><td>no police engagement (proposed: police engaged in the case)</td>"));
        Assert.That(before, Does.Contain($"href=\"/review/{Doc}\""));
        Assert.That(await client.GetStringAsync("/?screening=awaiting"), Does.Not.Contain($"href=\"/review/{Doc}\""));
        Assert.That(await client.GetStringAsync("/?screening=not_engaged"), Does.Contain($"href=\"/review/{Doc}\""));
    }

    [Test]
    public async Task After_a_reprocess_decisions_stay_applied_and_one_whose_suggestion_is_gone_is_shown_as_such()
    {
        using var client = await _host.LoggedInAsync("ann");
        Assert.That((await Decide(client, "a-force", "accept", 0)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Decide(client, "a-dash", "reject", 0)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        // The run finds the force again but no longer suggests "DASH risk assessment".
        var fresh = TestDocuments.Small(Doc, "<img src=x onerror=alert(1)>.pdf");
        fresh = fresh with { Annotations = [.. fresh.Annotations.Where(a => a.Id != "a-dash")] };
        await TestDocuments.SaveAsync(_host.Services.GetRequiredService<IDocumentStore>(), fresh, Repo.Sample("s01"), reprocess: true);

        var page = await client.GetStringAsync($"/review/{Doc}");
        Assert.That(page, Does.Contain("class=\"ann l-police_mention s-accepted\" id=\"a-a-force\""));
        Assert.That(page, Does.Contain("Decisions on suggestions that no longer exist"));
        Assert.That(page, Does.Contain("<td>reject (v1)</td><td>police_mention “DASH risk assessment”"));
        Assert.That((await Decide(client, "a-dash", "accept", 1)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
