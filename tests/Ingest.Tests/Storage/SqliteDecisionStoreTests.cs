using Ingest.Core.Documents;
using Ingest.Core.Review;
using Ingest.Core.Storage;
using Ingest.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using static Ingest.Tests.Storage.SqliteDocumentStoreTests;

namespace Ingest.Tests.Storage;

/// <summary>
/// Decisions as the review page makes them: appended to the audit log with before and after, applied
/// to the document on the final track only, refused when stale (a second analyst's change is a
/// conflict, not an overwrite), and the log itself cannot be changed.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class SqliteDecisionStoreTests
{
    private static readonly DateTimeOffset Found = new(2025, 3, 4, 10, 0, 0, TimeSpan.Zero);
    private static CancellationToken None => CancellationToken.None;

    private sealed class Fixture : IAsyncDisposable
    {
        public required string Root { get; init; }
        public required SqliteDocumentStore Documents { get; init; }
        public required SqliteDecisionStore Decisions { get; init; }
        public string Db => Path.Combine(Root, "ingest.db");

        public static async Task<Fixture> CreateAsync()
        {
            var root = Path.Combine(Path.GetTempPath(), "ingest-decisions-" + Guid.NewGuid().ToString("N"));
            var db = Path.Combine(root, "ingest.db");
            var clock = new DocumentStoreContractTests.SteppingClock();
            var f = new Fixture { Root = root, Documents = new SqliteDocumentStore(db, clock), Decisions = new SqliteDecisionStore(db, clock) };
            await f.Documents.MigrateAsync(None);
            await f.Decisions.MigrateAsync(None);
            var run = await f.Documents.StartRunAsync(Found, "test", None);
            await f.Documents.ClaimAsync(new DocumentClaim("doc1", "r.pdf", new Provenance("file", "/in/r.pdf", "r.pdf", Found), 10, "/a/doc1.pdf", 3, false), run, None);
            await f.Documents.SaveResultAsync(Document(), run, None);
            return f;
        }

        public async ValueTask DisposeAsync()
        {
            Decisions.Dispose();
            await Documents.DisposeAsync();
            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, recursive: true);
            }
        }
    }

    private static IngestDocument Document() =>
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
        await using var f = await Fixture.CreateAsync();

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
        await using var f = await Fixture.CreateAsync();
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
        await using var f = await Fixture.CreateAsync();
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
        await using var f = await Fixture.CreateAsync();

        await f.Decisions.DecideAsync(new AnnotationDecision("doc1", "ann2", DecisionTracks.Final, 0, DecisionAction.Edit, "ann", Labels.MissedOpportunity, ["health"]), None);

        var a = (await f.Documents.GetAsync("doc1", None))!.Annotations.Single(x => x.Id == "ann2");
        Assert.That((a.Label, a.Status, a.Source, a.Attributes.Agency), Is.EqualTo((Labels.MissedOpportunity, "edited", "analyst", "health")));
    }

    [Test]
    public async Task A_coder_track_is_kept_apart_from_the_document()
    {
        await using var f = await Fixture.CreateAsync();

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
        await using var f = await Fixture.CreateAsync();

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
        await using var f = await Fixture.CreateAsync();

        var outcome = await f.Decisions.DecideAsync(new RatingDecision("doc1", DecisionTracks.Final, 0, 2, "ann", null), None);

        Assert.That(outcome.Kind, Is.EqualTo(DecisionOutcomeKind.Stored));
        Assert.That((await f.Decisions.HistoryAsync("doc1", None)).Single().Action, Is.EqualTo("confirm"));
    }

    [Test]
    public async Task A_suggestion_whose_id_and_text_hold_quotes_and_braces_is_changed_alone()
    {
        await using var f = await Fixture.CreateAsync();

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
        await using var f = await Fixture.CreateAsync();

        Assert.That((await f.Decisions.DecideAsync(Accept("nope", 0), None)).Kind, Is.EqualTo(DecisionOutcomeKind.NotFound));
    }

    [Test]
    public async Task The_audit_log_refuses_updates_and_deletes()
    {
        await using var f = await Fixture.CreateAsync();
        await f.Decisions.DecideAsync(Accept("ann1", 0), None);
        await using var c = new SqliteConnection($"Data Source={f.Db}");
        await c.OpenAsync();
        await using var update = c.CreateCommand();
        update.CommandText = "UPDATE decisions SET decided_by = 'someone else'";
        await using var delete = c.CreateCommand();
        delete.CommandText = "DELETE FROM decisions";

        Assert.That(async () => await update.ExecuteNonQueryAsync(), Throws.InstanceOf<SqliteException>().With.Message.Contains("append-only"));
        Assert.That(async () => await delete.ExecuteNonQueryAsync(), Throws.InstanceOf<SqliteException>().With.Message.Contains("append-only"));
    }

    [Test]
    public async Task The_latest_assignment_of_a_document_is_in_force()
    {
        await using var f = await Fixture.CreateAsync();
        await f.Decisions.AssignAsync(new CodingAssignment("doc1", "ann", "bob", "lee", Found), None);
        await f.Decisions.AssignAsync(new CodingAssignment("doc1", "ann", "cat", "lee", Found.AddHours(1)), None);

        var current = await f.Decisions.AssignmentAsync("doc1", None);

        Assert.That((current!.FirstCoder, current.SecondCoder), Is.EqualTo(("ann", "cat")));
        Assert.That(await f.Decisions.AssignmentsAsync(None), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_decision_leaves_the_pipelines_stored_output_as_it_was()
    {
        await using var f = await Fixture.CreateAsync();

        await f.Decisions.DecideAsync(Accept("ann1", 0), None);
        await f.Decisions.DecideAsync(new RatingDecision("doc1", DecisionTracks.Final, 0, 3, "ann", "more than it says"), None);

        await using var c = new SqliteConnection($"Data Source={f.Db}");
        await c.OpenAsync();
        await using var raw = c.CreateCommand();
        raw.CommandText = "SELECT annotations_json, rating_json FROM documents WHERE id = 'doc1'";
        await using var r = await raw.ExecuteReaderAsync();
        Assert.That(await r.ReadAsync(), Is.True);
        Assert.That(r.GetString(0), Does.Not.Contain("accepted"), "the suggestions stay as the pipeline made them");
        Assert.That(r.GetString(1), Does.Not.Contain("more than it says"));
        var read = (await f.Documents.GetAsync("doc1", None))!;
        Assert.That((read.Annotations[0].Status, read.Rating!.Confirmed), Is.EqualTo(("accepted", (int?)3)), "and are read with the decisions laid over them");
    }

    [Test]
    public async Task Decisions_apply_again_after_the_document_is_reprocessed()
    {
        await using var f = await Fixture.CreateAsync();
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
        await using var f = await Fixture.CreateAsync();
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
        await using var f = await Fixture.CreateAsync();
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
        await using var f = await Fixture.CreateAsync();

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

    [Test]
    public async Task A_store_whose_decisions_predate_the_state_table_gets_it_filled_from_the_log()
    {
        await using var f = await Fixture.CreateAsync();
        await f.Decisions.DecideAsync(Accept("ann1", 0), None);
        await f.Decisions.DecideAsync(new AnnotationDecision("doc1", "ann1", DecisionTracks.Final, 1, DecisionAction.Reject, "ann"), None);
        await using (var c = new SqliteConnection($"Data Source={f.Db}"))
        {
            await c.OpenAsync();
            await using var undo = c.CreateCommand();
            undo.CommandText = "DROP TABLE decision_state; DELETE FROM review_schema_version WHERE version > 1;";
            await undo.ExecuteNonQueryAsync();
        }

        await f.Decisions.MigrateAsync(None);

        Assert.That((await f.Documents.GetAsync("doc1", None))!.Annotations[0].Status, Is.EqualTo("rejected"));
        Assert.That((await f.Decisions.VersionsAsync("doc1", DecisionTracks.Final, None))["ann1"], Is.EqualTo(2));
    }

    [Test]
    public async Task A_store_only_the_pipeline_wrote_gets_no_decision_tables_and_reads_as_stored()
    {
        var root = Path.Combine(Path.GetTempPath(), "ingest-decisions-" + Guid.NewGuid().ToString("N"));
        var db = Path.Combine(root, "ingest.db");
        try
        {
            await using (var store = new SqliteDocumentStore(db, new DocumentStoreContractTests.SteppingClock()))
            {
                await store.MigrateAsync(None);
                var run = await store.StartRunAsync(Found, "test", None);
                await store.ClaimAsync(new DocumentClaim("doc1", "r.pdf", new Provenance("file", "/in/r.pdf", "r.pdf", Found), 10, "/a/doc1.pdf", 3, false), run, None);
                await store.SaveResultAsync(Document(), run, None);
                Assert.That((await store.GetAsync("doc1", None))!.Annotations, Has.Count.EqualTo(4));
            }

            // `ingest migrate` to PostgreSQL refuses tables it cannot carry, so reading must not create them.
            await using var c = new SqliteConnection($"Data Source={db}");
            await c.OpenAsync();
            await using var tables = c.CreateCommand();
            tables.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('decisions', 'decision_state', 'users')";
            Assert.That(await tables.ExecuteScalarAsync(), Is.EqualTo(0L));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }
}
