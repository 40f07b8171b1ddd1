using System.Data.Common;
using Ingest.Core.Documents;
using Ingest.Core.Review;
using Ingest.Core.Storage;

namespace Ingest.Tests.Storage;

/// <summary>
/// Decisions as the review page makes them: appended to the audit log with before and after, laid
/// over the document on the final track only (and again after a reprocess), refused when stale (a second analyst's change is a
/// conflict, not an overwrite), and the log itself cannot be changed. Every test runs on SQLite and
/// on PostgreSQL (see <see cref="ReviewStoreProvider"/>).
/// </summary>
[TestFixture(ReviewStoreProvider.Sqlite)]
[TestFixture(ReviewStoreProvider.Postgres)]
[Parallelizable(ParallelScope.All)]
public sealed class DecisionStoreTests(string provider)
{
    private static readonly DateTimeOffset Found = new(2025, 3, 4, 10, 0, 0, TimeSpan.Zero);
    private static CancellationToken None => CancellationToken.None;

    private sealed class Fixture : IAsyncDisposable
    {
        public required ReviewStoreProvider Provider { get; init; }
        public required TimeProvider Clock { get; init; }
        public required IDocumentStore Documents { get; init; }
        public required IDecisionStore Decisions { get; init; }

        public static async Task<Fixture> CreateAsync(string provider)
        {
            var stores = await ReviewStoreProvider.CreateAsync(provider);
            var clock = new DocumentStoreContractTests.SteppingClock();
            var f = new Fixture { Provider = stores, Clock = clock, Documents = await stores.DocumentsAsync(clock), Decisions = await stores.DecisionsAsync(clock) };
            var run = await f.Documents.StartRunAsync(Found, "test", None);
            await f.Documents.ClaimAsync(new DocumentClaim("doc1", "r.pdf", new Provenance("file", "/in/r.pdf", "r.pdf", Found), 10, "/a/doc1.pdf", 3, false), run, None);
            await f.Documents.SaveResultAsync(Document(), run, None);
            return f;
        }

        public ValueTask DisposeAsync() => Provider.DisposeAsync();
    }

    /// <summary>The stored review every decision test starts from (SqliteDecisionStateTests uses it too).</summary>
    internal static IngestDocument Document() =>
        new IngestDocument("doc1", "r.pdf", new Provenance("file", "/in/r.pdf", "r.pdf", Found), ReadOnlyMemory<byte>.Empty)
        {
            Status = DocumentStatus.Ingested,
            Annotations =
            [
                new Annotation("ann1", Labels.PoliceMention, 0, 8, "Officers", AnnotationAttributes.None, "rule", "suggested", 0.6, "police-tagger@1"),
                new Annotation("ann2", Labels.GoodPractice, 10, 40, "The officer acted quickly.", new AnnotationAttributes { Agency = "police" }, "rule", "suggested", 0.7, "practice-tagger@1"),
                new Annotation("ann3+\"x\"", Labels.MissedOpportunity, 41, 60, "He wrote \"}{\\\" in the log }", AnnotationAttributes.None, "rule", "suggested", 0.4, "practice-tagger@1"),
                new Annotation("ann4", Labels.PoliceMention, 61, 70, "PC Smith", AnnotationAttributes.None, "rule", "suggested", 0.9, "police-tagger@1"),
            ],
            Rating = new ReviewRating(2, 0.7, new Dictionary<string, CriterionScore> { [RatingCriteria.PoliceCoverage] = new(2, ["ann1"], "little space") }, "rating@1"),
            Screening = new ScreeningDecision(true, 0.9, ["ann1"], "screening@1"),
        };

    /// <summary>What <c>ingest run --reprocess</c> does to a stored document: claims it again and saves the stages' fresh output.</summary>
    private static async Task ReprocessAsync(Fixture f, IngestDocument fresh)
    {
        var run = await f.Documents.StartRunAsync(Found.AddDays(1), "test", None);
        var claim = await f.Documents.ClaimAsync(new DocumentClaim("doc1", "r.pdf", new Provenance("file", "/in/r.pdf", "r.pdf", Found), 10, "/a/doc1.pdf", 3, false, Reprocess: true), run, None);
        Assert.That(claim.Kind, Is.EqualTo(ClaimKind.New), "the reprocess claims the document again");
        await f.Documents.SaveResultAsync(fresh, run, None);
    }

    private static AnnotationDecision Accept(string id, int version, string by = "ann", string track = DecisionTracks.Final) =>
        new("doc1", id, track, version, DecisionAction.Accept, by);

    [Test]
    public async Task An_accepted_suggestion_is_accepted_in_the_document_and_logged_with_before_and_after()
    {
        await using var f = await Fixture.CreateAsync(provider);

        var outcome = await f.Decisions.DecideAsync(Accept("ann1", 0), None);

        Assert.That(outcome.Kind, Is.EqualTo(DecisionOutcomeKind.Stored));
        Assert.That(outcome.Version, Is.EqualTo(1));
        var stored = await f.Documents.GetAsync("doc1", None);
        Assert.That(stored!.Annotations.Single(a => a.Id == "ann1").Status, Is.EqualTo("accepted"));
        Assert.That(stored.Annotations.Single(a => a.Id == "ann2").Status, Is.EqualTo("suggested"));
        var log = await f.Decisions.HistoryAsync("doc1", None);
        Assert.That(log, Has.Count.EqualTo(1));
        Assert.That(log[0].DecidedBy, Is.EqualTo("ann"));
        Assert.That(log[0].Action, Is.EqualTo("accept"));
        Assert.That(log[0].Before, Does.Contain("\"status\":\"suggested\""));
        Assert.That(log[0].After, Does.Contain("\"status\":\"accepted\""));
    }

    [Test]
    public async Task A_second_analyst_deciding_on_a_stale_version_gets_a_conflict_and_nothing_is_overwritten()
    {
        await using var f = await Fixture.CreateAsync(provider);
        await f.Decisions.DecideAsync(Accept("ann1", 0, "first"), None);

        var late = await f.Decisions.DecideAsync(new AnnotationDecision("doc1", "ann1", DecisionTracks.Final, 0, DecisionAction.Reject, "second"), None);

        Assert.That(late.Kind, Is.EqualTo(DecisionOutcomeKind.Conflict));
        Assert.That(late.Current!.DecidedBy, Is.EqualTo("first"));
        var stored = await f.Documents.GetAsync("doc1", None);
        Assert.That(stored!.Annotations.Single(a => a.Id == "ann1").Status, Is.EqualTo("accepted"));
        Assert.That(await f.Decisions.HistoryAsync("doc1", None), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_change_of_mind_is_a_new_entry_and_the_first_stays_in_the_log()
    {
        await using var f = await Fixture.CreateAsync(provider);
        await f.Decisions.DecideAsync(Accept("ann1", 0), None);

        var again = await f.Decisions.DecideAsync(new AnnotationDecision("doc1", "ann1", DecisionTracks.Final, 1, DecisionAction.Reject, "ann"), None);

        Assert.That(again.Version, Is.EqualTo(2));
        var log = await f.Decisions.HistoryAsync("doc1", None);
        Assert.That(log.Select(d => d.Action), Is.EqualTo(new[] { "accept", "reject" }));
        Assert.That(log[1].Before, Does.Contain("\"status\":\"accepted\""));
    }

    [Test]
    public async Task An_edit_changes_label_and_agencies_and_marks_the_analyst_as_source()
    {
        await using var f = await Fixture.CreateAsync(provider);

        await f.Decisions.DecideAsync(new AnnotationDecision("doc1", "ann2", DecisionTracks.Final, 0, DecisionAction.Edit, "ann", Labels.MissedOpportunity, ["health"]), None);

        var a = (await f.Documents.GetAsync("doc1", None))!.Annotations.Single(x => x.Id == "ann2");
        Assert.That((a.Label, a.Status, a.Source, a.Attributes.Agency), Is.EqualTo((Labels.MissedOpportunity, "edited", "analyst", "health")));
    }

    [Test]
    public async Task A_coder_track_is_kept_apart_from_the_document()
    {
        await using var f = await Fixture.CreateAsync(provider);

        await f.Decisions.DecideAsync(Accept("ann1", 0, "ann", DecisionTracks.Coder("ann")), None);
        await f.Decisions.DecideAsync(new AnnotationDecision("doc1", "ann1", DecisionTracks.Coder("bob"), 0, DecisionAction.Reject, "bob"), None);

        var stored = await f.Documents.GetAsync("doc1", None);
        Assert.That(stored!.Annotations.Single(a => a.Id == "ann1").Status, Is.EqualTo("suggested"));
        var ann = await f.Decisions.LatestAsync("doc1", DecisionTracks.Coder("ann"), None);
        var bob = await f.Decisions.LatestAsync("doc1", DecisionTracks.Coder("bob"), None);
        Assert.That(ann["ann1"].After, Does.Contain("accepted"));
        Assert.That(bob["ann1"].After, Does.Contain("rejected"));
    }

    [Test]
    public async Task An_override_without_a_reason_is_refused_and_with_one_is_stored_beside_the_suggestion()
    {
        await using var f = await Fixture.CreateAsync(provider);

        var bare = await f.Decisions.DecideAsync(new RatingDecision("doc1", DecisionTracks.Final, 0, 4, "ann", "  "), None);
        var reasoned = await f.Decisions.DecideAsync(new RatingDecision("doc1", DecisionTracks.Final, 0, 4, "ann", "Police IMR is analytical"), None);

        Assert.That(bare.Kind, Is.EqualTo(DecisionOutcomeKind.Invalid));
        Assert.That(reasoned.Kind, Is.EqualTo(DecisionOutcomeKind.Stored));
        var rating = (await f.Documents.GetAsync("doc1", None))!.Rating!;
        Assert.That((rating.Suggested, rating.Confirmed, rating.ConfirmedBy, rating.Reason), Is.EqualTo((2, (int?)4, "ann", "Police IMR is analytical")));
        Assert.That((await f.Decisions.HistoryAsync("doc1", None)).Single().Action, Is.EqualTo("override"));
    }

    [Test]
    public async Task Confirming_the_proposed_rating_needs_no_reason()
    {
        await using var f = await Fixture.CreateAsync(provider);

        var outcome = await f.Decisions.DecideAsync(new RatingDecision("doc1", DecisionTracks.Final, 0, 2, "ann", null), None);

        Assert.That(outcome.Kind, Is.EqualTo(DecisionOutcomeKind.Stored));
        Assert.That((await f.Decisions.HistoryAsync("doc1", None)).Single().Action, Is.EqualTo("confirm"));
    }

    [Test]
    public async Task A_suggestion_whose_id_and_text_hold_quotes_and_braces_is_changed_alone()
    {
        await using var f = await Fixture.CreateAsync(provider);

        var outcome = await f.Decisions.DecideAsync(Accept("ann3+\"x\"", 0), None);

        Assert.That(outcome.Kind, Is.EqualTo(DecisionOutcomeKind.Stored));
        var annotations = (await f.Documents.GetAsync("doc1", None))!.Annotations;
        Assert.That(annotations.Select(a => (a.Id, a.Status)), Is.EqualTo(new[]
        {
            ("ann1", "suggested"), ("ann2", "suggested"), ("ann3+\"x\"", "accepted"), ("ann4", "suggested"),
        }));
        Assert.That(annotations[2].Text, Is.EqualTo("He wrote \"}{\\\" in the log }"));
    }

    [Test]
    public async Task An_unknown_suggestion_is_not_found()
    {
        await using var f = await Fixture.CreateAsync(provider);

        Assert.That((await f.Decisions.DecideAsync(Accept("nope", 0), None)).Kind, Is.EqualTo(DecisionOutcomeKind.NotFound));
    }

    [Test]
    public async Task The_audit_log_refuses_updates_and_deletes()
    {
        await using var f = await Fixture.CreateAsync(provider);
        await f.Decisions.DecideAsync(Accept("ann1", 0), None);

        Assert.That(async () => await f.Provider.ExecuteAsync("UPDATE decisions SET decided_by = 'someone else'"), Throws.InstanceOf<DbException>().With.Message.Contains("append-only"));
        Assert.That(async () => await f.Provider.ExecuteAsync("DELETE FROM decisions"), Throws.InstanceOf<DbException>().With.Message.Contains("append-only"));
        Assert.That((await f.Decisions.HistoryAsync("doc1", None)).Single().DecidedBy, Is.EqualTo("ann"));
    }

    [Test]
    public async Task The_latest_assignment_of_a_document_is_in_force()
    {
        await using var f = await Fixture.CreateAsync(provider);
        await f.Decisions.AssignAsync(new CodingAssignment("doc1", "ann", "bob", "lee", Found), None);
        await f.Decisions.AssignAsync(new CodingAssignment("doc1", "ann", "cat", "lee", Found.AddHours(1)), None);

        var current = await f.Decisions.AssignmentAsync("doc1", None);

        Assert.That((current!.FirstCoder, current.SecondCoder), Is.EqualTo(("ann", "cat")));
        Assert.That(await f.Decisions.AssignmentsAsync(None), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Two_analysts_on_two_nodes_deciding_the_same_suggestions_at_once_get_one_stored_and_one_conflict_each()
    {
        await using var f = await Fixture.CreateAsync(provider);
        var nodeA = await f.Provider.DecisionsAsync(f.Clock);
        var nodeB = await f.Provider.DecisionsAsync(f.Clock);
        string[] targets = ["ann1", "ann2", "ann3+\"x\"", "ann4"];

        var pairs = await Task.WhenAll(targets.Select(async id =>
        {
            var both = await Task.WhenAll(
                Task.Run(() => nodeA.DecideAsync(Accept(id, 0, "amy"), None)),
                Task.Run(() => nodeB.DecideAsync(new AnnotationDecision("doc1", id, DecisionTracks.Final, 0, DecisionAction.Reject, "ben"), None)));
            return (Id: id, Amy: both[0], Ben: both[1]);
        }));

        var annotations = (await f.Documents.GetAsync("doc1", None))!.Annotations;
        var log = await f.Decisions.HistoryAsync("doc1", None);
        foreach (var (id, amy, ben) in pairs)
        {
            Assert.That(new[] { amy.Kind, ben.Kind }, Is.EquivalentTo(new[] { DecisionOutcomeKind.Stored, DecisionOutcomeKind.Conflict }), id);
            var winner = amy.Kind == DecisionOutcomeKind.Stored ? ("amy", "accepted") : ("ben", "rejected");
            var loser = amy.Kind == DecisionOutcomeKind.Stored ? ben : amy;
            Assert.That(loser.Current!.DecidedBy, Is.EqualTo(winner.Item1), id);
            Assert.That(annotations.Single(a => a.Id == id).Status, Is.EqualTo(winner.Item2), id);
            Assert.That(log.Where(d => d.TargetId == id).Select(d => (d.DecidedBy, d.Version)), Is.EqualTo(new[] { (winner.Item1, 1) }), id);
        }
    }

    [Test]
    public async Task The_database_refuses_a_second_entry_for_the_same_version_of_a_target()
    {
        await using var f = await Fixture.CreateAsync(provider);
        await f.Decisions.DecideAsync(Accept("ann1", 0, "amy"), None);

        var duplicate = """
            INSERT INTO decisions(document_id, target_kind, target_id, track, version, action, decided_by, decided_at, after_json)
            VALUES ('doc1', 'annotation', 'ann1', 'final', 1, 'reject', 'ben', '2025-01-01T00:00:00Z', '{}')
            """;

        Assert.That(async () => await f.Provider.ExecuteAsync(duplicate), Throws.InstanceOf<DbException>());
        Assert.That((await f.Decisions.HistoryAsync("doc1", None)).Single().DecidedBy, Is.EqualTo("amy"));
    }

    [Test]
    public async Task Decisions_apply_again_after_the_document_is_reprocessed()
    {
        await using var f = await Fixture.CreateAsync(provider);
        await f.Decisions.DecideAsync(Accept("ann1", 0), None);
        await f.Decisions.DecideAsync(new AnnotationDecision("doc1", "ann2", DecisionTracks.Final, 0, DecisionAction.Edit, "ann", Labels.MissedOpportunity, ["health"]), None);
        await f.Decisions.DecideAsync(new AnnotationDecision("doc1", "ann4", DecisionTracks.Final, 0, DecisionAction.Reject, "ann"), None);
        await f.Decisions.DecideAsync(new RatingDecision("doc1", DecisionTracks.Final, 0, 4, "ann", "the IMR is analytical"), None);
        await f.Decisions.DecideAsync(new ScreeningConfirmation("doc1", DecisionTracks.Final, 0, true, "ann", null), None);

        // The new run finds the same suggestions (same ids) with new confidences, a force it missed before, and a new rating.
        var fresh = Document() with
        {
            Annotations = [.. Document().Annotations.Select(a => a with { Confidence = 0.99, Attributes = a.Id == "ann1" ? new AnnotationAttributes { Force = "Avon and Somerset" } : a.Attributes })],
            Rating = Document().Rating! with { Suggested = 3 },
        };
        await ReprocessAsync(f, fresh);

        var read = (await f.Documents.GetAsync("doc1", None))!;
        var byId = read.Annotations.ToDictionary(a => a.Id);
        Assert.That((byId["ann1"].Status, byId["ann1"].Attributes.Force, byId["ann1"].Confidence), Is.EqualTo(("accepted", "Avon and Somerset", 0.99)));
        Assert.That((byId["ann2"].Status, byId["ann2"].Label, byId["ann2"].Attributes.Agency), Is.EqualTo(("edited", Labels.MissedOpportunity, "health")));
        Assert.That(byId["ann4"].Status, Is.EqualTo("rejected"));
        Assert.That(byId["ann3+\"x\""].Status, Is.EqualTo("suggested"));
        Assert.That((read.Rating!.Suggested, read.Rating.Confirmed, read.Rating.Reason), Is.EqualTo((3, (int?)4, "the IMR is analytical")));
        Assert.That(read.Screening!.Confirmed, Is.True);
        Assert.That(DecisionOverlay.Unmatched(read, (await f.Decisions.LatestAsync("doc1", DecisionTracks.Final, None)).Values), Is.Empty);
    }

    [Test]
    public async Task After_a_reprocess_a_decision_follows_its_suggestion_by_label_and_span_and_one_whose_suggestion_is_gone_is_reported()
    {
        await using var f = await Fixture.CreateAsync(provider);
        await f.Decisions.DecideAsync(Accept("ann1", 0), None);
        await f.Decisions.DecideAsync(new AnnotationDecision("doc1", "ann4", DecisionTracks.Final, 0, DecisionAction.Reject, "ann"), None);

        // ann1's span is now suggested by a model (another id); ann4 is no longer suggested at all.
        var fresh = Document() with
        {
            Annotations = [.. Document().Annotations.Where(a => a.Id != "ann4").Select(a => a.Id == "ann1" ? a with { Id = "model-1", Source = "model", Producer = "police-model@2" } : a)],
        };
        await ReprocessAsync(f, fresh);

        var read = (await f.Documents.GetAsync("doc1", None))!;
        Assert.That(read.Annotations.Single(a => a.Id == "model-1").Status, Is.EqualTo("accepted"));
        var gone = DecisionOverlay.Unmatched(read, (await f.Decisions.LatestAsync("doc1", DecisionTracks.Final, None)).Values);
        Assert.That(gone.Select(d => (d.TargetId, d.Action)), Is.EqualTo(new[] { ("ann4", "reject") }));
        Assert.That((await f.Decisions.DecideAsync(Accept("ann4", 1), None)).Kind, Is.EqualTo(DecisionOutcomeKind.NotFound), "a gone suggestion cannot be decided on");
    }

    [Test]
    public async Task After_a_reprocess_an_edited_suggestion_under_a_new_id_is_found_by_the_label_it_was_suggested_with()
    {
        await using var f = await Fixture.CreateAsync(provider);
        await f.Decisions.DecideAsync(new AnnotationDecision("doc1", "ann2", DecisionTracks.Final, 0, DecisionAction.Edit, "ann", Labels.MissedOpportunity, ["health"]), None);

        var fresh = Document() with
        {
            Annotations = [.. Document().Annotations.Select(a => a.Id == "ann2" ? a with { Id = "model-2", Source = "model" } : a)],
        };
        await ReprocessAsync(f, fresh);

        var read = (await f.Documents.GetAsync("doc1", None))!;
        var now = read.Annotations.Single(a => a.Id == "model-2");
        Assert.That((now.Label, now.Status, now.Attributes.Agency), Is.EqualTo((Labels.MissedOpportunity, "edited", "health")));
    }

    [Test]
    public async Task The_screening_is_confirmed_or_overridden_with_a_reason_and_a_stale_one_is_a_conflict()
    {
        await using var f = await Fixture.CreateAsync(provider);

        var bare = await f.Decisions.DecideAsync(new ScreeningConfirmation("doc1", DecisionTracks.Final, 0, false, "ann", " "), None);
        var overridden = await f.Decisions.DecideAsync(new ScreeningConfirmation("doc1", DecisionTracks.Final, 0, false, "ann", "police only named in the chronology"), None);
        var stale = await f.Decisions.DecideAsync(new ScreeningConfirmation("doc1", DecisionTracks.Final, 0, true, "bob", null), None);
        var confirmed = await f.Decisions.DecideAsync(new ScreeningConfirmation("doc1", DecisionTracks.Final, 1, true, "bob", null), None);

        Assert.That((bare.Kind, overridden.Kind, stale.Kind, confirmed.Kind),
            Is.EqualTo((DecisionOutcomeKind.Invalid, DecisionOutcomeKind.Stored, DecisionOutcomeKind.Conflict, DecisionOutcomeKind.Stored)));
        var log = await f.Decisions.HistoryAsync("doc1", None);
        Assert.That(log.Select(d => (d.TargetKind, d.Action, d.DecidedBy, d.Reason)), Is.EqualTo(new[]
        {
            (DecisionTargets.Screening, "override", "ann", (string?)"police only named in the chronology"),
            (DecisionTargets.Screening, "confirm", "bob", (string?)null),
        }));
        var screening = (await f.Documents.GetAsync("doc1", None))!.Screening!;
        Assert.That((screening.PoliceEngagement, screening.Confirmed, screening.ConfirmedBy), Is.EqualTo((true, (bool?)true, "bob")));
    }
}
