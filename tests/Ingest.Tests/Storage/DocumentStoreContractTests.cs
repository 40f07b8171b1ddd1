using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ingest.Core.Documents;
using Ingest.Core.Pipeline;
using Ingest.Core.Storage;
using Ingest.Core.Text;

namespace Ingest.Tests.Storage;

/// <summary>
/// The store contract as a run uses it, for every store: claims (new, unchanged, resumed after a crash,
/// given up), provenance, versions, results read back intact, runs and their failures, migrations.
/// Each store has a fixture deriving from this one (SQLite, PostgreSQL) that says how to make a fresh
/// store, reopen it as a new process would, and read its tables directly.
/// </summary>
public abstract class DocumentStoreContractTests
{
    private static readonly DateTimeOffset Found = new(2025, 3, 4, 10, 0, 0, TimeSpan.Zero);

    /// <summary>A fresh, migrated store (in its own file or schema), removed afterwards.</summary>
    protected abstract Task<StoreHarness> CreateAsync();

    /// <summary>A clock that moves on one second at every reading, so that "newer" is well defined.</summary>
    internal sealed class SteppingClock(DateTimeOffset? start = null) : TimeProvider
    {
        private long _ticks = (start ?? new DateTimeOffset(2025, 1, 1, 9, 0, 0, TimeSpan.Zero)).UtcTicks;

        public override DateTimeOffset GetUtcNow() => new(Interlocked.Add(ref _ticks, TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    private static string IdOf(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    private static DocumentClaim Claim(string id, string location, int maxAttempts = 3, bool retryFailed = false) =>
        new(id, Path.GetFileName(location), new Provenance("file", location, Path.GetFileName(location), Found), 1234, $"/archive/{id[..2]}/{id}.pdf", maxAttempts, retryFailed);

    private static IngestDocument Result(string id, string location, DocumentStatus status, string? error = null, ExtractedText? extracted = null) =>
        new IngestDocument(id, Path.GetFileName(location), new Provenance("file", location, Path.GetFileName(location), Found), ReadOnlyMemory<byte>.Empty)
        {
            Status = status,
            Error = error,
            Extracted = extracted,
        };

    private static async Task<List<StoredDocument>> AllAsync(IDocumentStore store)
    {
        var list = new List<StoredDocument>();
        await foreach (var d in store.ListAsync(withText: false, CancellationToken.None))
        {
            list.Add(d);
        }

        return list;
    }

    private static CancellationToken None => CancellationToken.None;

    [Test]
    public async Task The_first_claim_of_an_id_is_New_and_leaves_it_processing()
    {
        await using var f = await CreateAsync();
        var id = IdOf("review one");
        var run = await f.Store.StartRunAsync(Found, "test", None);

        var outcome = await f.Store.ClaimAsync(Claim(id, "/in/review-one.pdf"), run, None);

        Assert.That(outcome, Is.EqualTo(new ClaimOutcome(ClaimKind.New, 1, DocumentStatus.Processing)));
        var stored = await f.Store.GetAsync(id, None);
        Assert.That(stored, Is.Not.Null);
        Assert.That(stored!.Status, Is.EqualTo(DocumentStatus.Processing));
        Assert.That(stored.Attempts, Is.EqualTo(1));
        Assert.That(stored.FileName, Is.EqualTo("review-one.pdf"));
        Assert.That(stored.Source, Is.EqualTo("/in/review-one.pdf"));
        Assert.That(stored.ArchivePath, Is.EqualTo($"/archive/{id[..2]}/{id}.pdf"));
        Assert.That(stored.PreviousVersionId, Is.Null);
        Assert.That(stored.Provenances.Select(p => p.Location), Is.EqualTo(new[] { "/in/review-one.pdf" }));
    }

    [Test]
    public async Task An_unknown_id_is_not_found()
    {
        await using var f = await CreateAsync();

        Assert.That(await f.Store.GetAsync(IdOf("nothing"), None), Is.Null);
    }

    [Test]
    public async Task The_same_bytes_from_two_paths_are_one_document_with_two_provenances()
    {
        await using var f = await CreateAsync();
        var id = IdOf("review");
        var run1 = await f.Store.StartRunAsync(Found, "test", None);
        await f.Store.ClaimAsync(Claim(id, "/in/a/review.pdf"), run1, None);
        await f.Store.SaveResultAsync(Result(id, "/in/a/review.pdf", DocumentStatus.Ingested), run1, None);

        var run2 = await f.Store.StartRunAsync(Found, "test", None);
        var second = await f.Store.ClaimAsync(Claim(id, "/in/b/copy-of-review.pdf"), run2, None);
        var again = await f.Store.ClaimAsync(Claim(id, "/in/a/review.pdf"), run2, None);

        Assert.That(second.Kind, Is.EqualTo(ClaimKind.Unchanged));
        Assert.That(second.Status, Is.EqualTo(DocumentStatus.Ingested));
        Assert.That(again.Kind, Is.EqualTo(ClaimKind.Unchanged));
        var all = await AllAsync(f.Store);
        Assert.That(all, Has.Count.EqualTo(1));
        var stored = await f.Store.GetAsync(id, None);
        Assert.That(stored!.Provenances.Select(p => p.Location), Is.EquivalentTo(new[] { "/in/a/review.pdf", "/in/b/copy-of-review.pdf" }));
        Assert.That(stored.Source, Is.EqualTo("/in/a/review.pdf"), "the source is where it was first found");
        Assert.That(stored.Status, Is.EqualTo(DocumentStatus.Ingested));
        Assert.That(stored.Attempts, Is.EqualTo(1));
    }

    [Test]
    public async Task The_same_file_listed_twice_in_one_run_is_claimed_once()
    {
        await using var f = await CreateAsync();
        var id = IdOf("review");
        var run = await f.Store.StartRunAsync(Found, "test", None);

        var first = await f.Store.ClaimAsync(Claim(id, "/in/review.pdf"), run, None);
        var second = await f.Store.ClaimAsync(Claim(id, "/in/review.pdf"), run, None);

        Assert.That(first.Kind, Is.EqualTo(ClaimKind.New));
        Assert.That(second.Kind, Is.EqualTo(ClaimKind.Unchanged), "the first listing is doing the work");
        Assert.That((await f.Store.GetAsync(id, None))!.Attempts, Is.EqualTo(1));
    }

    [Test]
    public async Task A_document_left_processing_by_a_crashed_run_is_resumed_and_then_given_up()
    {
        await using var f = await CreateAsync();
        var id = IdOf("poison");
        const int maxAttempts = 3;

        // Each run claims it and "crashes" before saving a result.
        var kinds = new List<(ClaimKind Kind, int Attempt)>();
        for (var i = 0; i < maxAttempts + 1; i++)
        {
            var run = await f.Store.StartRunAsync(Found, "test", None);
            var outcome = await f.Store.ClaimAsync(Claim(id, "/in/poison.pdf", maxAttempts), run, None);
            kinds.Add((outcome.Kind, outcome.Attempt));
            if (i < maxAttempts)
            {
                Assert.That((await f.Store.GetAsync(id, None))!.Attempts, Is.EqualTo(i + 1), "the attempt count rises with each claim");
            }
        }

        Assert.That(kinds, Is.EqualTo(new[] { (ClaimKind.New, 1), (ClaimKind.Resume, 2), (ClaimKind.Resume, 3), (ClaimKind.GaveUp, 4) }));
        var stored = await f.Store.GetAsync(id, None);
        Assert.That(stored!.Status, Is.EqualTo(DocumentStatus.Failed));
        Assert.That(stored.Error, Does.Contain("3 attempts").And.Contain("not tried again"));

        var later = await f.Store.StartRunAsync(Found, "test", None);
        var next = await f.Store.ClaimAsync(Claim(id, "/in/poison.pdf", maxAttempts), later, None);
        Assert.That(next.Kind, Is.EqualTo(ClaimKind.Unchanged), "a document given up stays failed");
        Assert.That(next.Status, Is.EqualTo(DocumentStatus.Failed));
    }

    [Test]
    public async Task A_crash_survives_closing_and_reopening_the_store()
    {
        await using var f = await CreateAsync();
        var id = IdOf("interrupted");
        var runA = await f.Store.StartRunAsync(Found, "test", None);
        await f.Store.ClaimAsync(Claim(id, "/in/interrupted.pdf"), runA, None);

        await f.ReopenAsync();
        var runB = await f.Store.StartRunAsync(Found, "test", None);
        var outcome = await f.Store.ClaimAsync(Claim(id, "/in/interrupted.pdf"), runB, None);

        Assert.That(outcome.Kind, Is.EqualTo(ClaimKind.Resume));
        Assert.That(outcome.Attempt, Is.EqualTo(2));
    }

    [Test]
    public async Task RetryFailed_claims_a_failed_document_again()
    {
        await using var f = await CreateAsync();
        var id = IdOf("broken");
        var run1 = await f.Store.StartRunAsync(Found, "test", None);
        await f.Store.ClaimAsync(Claim(id, "/in/broken.pdf"), run1, None);
        await f.Store.SaveResultAsync(Result(id, "/in/broken.pdf", DocumentStatus.Failed, "damaged or unreadable PDF: boom"), run1, None);

        var run2 = await f.Store.StartRunAsync(Found, "test", None);
        var plain = await f.Store.ClaimAsync(Claim(id, "/in/broken.pdf"), run2, None);
        var retry = await f.Store.ClaimAsync(Claim(id, "/in/broken.pdf", retryFailed: true), run2, None);

        Assert.That(plain.Kind, Is.EqualTo(ClaimKind.Unchanged));
        Assert.That(plain.Status, Is.EqualTo(DocumentStatus.Failed));
        Assert.That(retry.Kind, Is.EqualTo(ClaimKind.New), "a retry is a fresh try, not the resumption of a crash");
        Assert.That(retry.Attempt, Is.EqualTo(2));
        Assert.That((await f.Store.GetAsync(id, None))!.Status, Is.EqualTo(DocumentStatus.Processing));

        await f.Store.SaveResultAsync(Result(id, "/in/broken.pdf", DocumentStatus.Ingested), run2, None);
        var stored = await f.Store.GetAsync(id, None);
        Assert.That(stored!.Status, Is.EqualTo(DocumentStatus.Ingested));
        Assert.That(stored.Error, Is.Null, "the old failure reason goes once it succeeds");
    }

    [Test]
    public async Task RetryFailed_leaves_ingested_documents_alone()
    {
        await using var f = await CreateAsync();
        var id = IdOf("fine");
        var run1 = await f.Store.StartRunAsync(Found, "test", None);
        await f.Store.ClaimAsync(Claim(id, "/in/fine.pdf"), run1, None);
        await f.Store.SaveResultAsync(Result(id, "/in/fine.pdf", DocumentStatus.Ingested), run1, None);

        var run2 = await f.Store.StartRunAsync(Found, "test", None);
        var outcome = await f.Store.ClaimAsync(Claim(id, "/in/fine.pdf", retryFailed: true), run2, None);

        Assert.That(outcome.Kind, Is.EqualTo(ClaimKind.Unchanged));
    }

    [Test]
    public async Task New_bytes_from_the_same_location_are_a_new_version_of_the_older_document()
    {
        await using var f = await CreateAsync();
        const string location = "https://example.org/reviews/sar-adult-b.pdf";
        var v1 = IdOf("version 1");
        var v2 = IdOf("version 2");
        var v3 = IdOf("version 3");
        var other = IdOf("another review");
        foreach (var (id, where) in new[] { (v1, location), (other, "https://example.org/reviews/other.pdf"), (v2, location), (v3, location) })
        {
            var run = await f.Store.StartRunAsync(Found, "test", None);
            Assert.That((await f.Store.ClaimAsync(Claim(id, where), run, None)).Kind, Is.EqualTo(ClaimKind.New));
            await f.Store.SaveResultAsync(Result(id, where, DocumentStatus.Ingested), run, None);
        }

        Assert.That((await f.Store.GetAsync(v1, None))!.PreviousVersionId, Is.Null);
        Assert.That((await f.Store.GetAsync(other, None))!.PreviousVersionId, Is.Null, "another location is another document");
        Assert.That((await f.Store.GetAsync(v2, None))!.PreviousVersionId, Is.EqualTo(v1));
        Assert.That((await f.Store.GetAsync(v3, None))!.PreviousVersionId, Is.EqualTo(v2), "the newest older version");
    }

    private static ExtractedText MakeExtracted()
    {
        var b = new TracedTextBuilder();
        b.AppendGlyph("Café", 1, new PageBox(72, 700, 100, 712));
        b.AppendInserted(" ");
        b.AppendGlyph("“naïve” – 😀", 1, new PageBox(104, 700, 160, 712.5f));
        b.AppendInserted("\n\n");
        b.SetPageForInserted(2);
        b.AppendGlyph("Page two.", 2, new PageBox(72.125f, 650.25f, 130, 662));
        var (text, map) = b.Build();
        var split = text.IndexOf("Page", StringComparison.Ordinal);
        return new ExtractedText(
            text,
            [
                new PageInfo(1, 0, split - 2, 595.3f, 841.9f, ["OFFICIAL", "SAR Adult B"], ["Page 1 of 2"], false),
                new PageInfo(2, split, text.Length, 595.3f, 841.9f, [], [], true),
            ],
            [new Footnote("1", "Working Together to Safeguard Children, 2018.", 1, 4), new Footnote("*", "No mark found.", 2, -1)],
            map,
            new ExtractionFacts(2, 1, "LibreOffice 7.4", null, "SAR Adult B", "Board", false, false));
    }

    [Test]
    public async Task A_saved_result_reads_back_intact()
    {
        await using var f = await CreateAsync();
        var id = IdOf("full");
        var run = await f.Store.StartRunAsync(Found, "test", None);
        await f.Store.ClaimAsync(Claim(id, "/in/full.pdf"), run, None);
        var x = MakeExtracted();

        await f.Store.SaveResultAsync(Result(id, "/in/full.pdf", DocumentStatus.Ingested, extracted: x), run, None);
        await f.ReopenAsync();
        var stored = await f.Store.GetAsync(id, None);

        Assert.That(stored, Is.Not.Null);
        Assert.That(stored!.Status, Is.EqualTo(DocumentStatus.Ingested));
        Assert.That(stored.Error, Is.Null);
        var back = stored.Extracted;
        Assert.That(back, Is.Not.Null);
        Assert.That(back!.Text, Is.EqualTo(x.Text));
        Assert.That(back.Facts, Is.EqualTo(x.Facts));
        Assert.That(back.Footnotes, Is.EqualTo(x.Footnotes));
        Assert.That(back.Pages, Has.Count.EqualTo(x.Pages.Count));
        for (var i = 0; i < x.Pages.Count; i++)
        {
            var (want, got) = (x.Pages[i], back.Pages[i]);
            Assert.That(got with { Headers = [], Footers = [] }, Is.EqualTo(want with { Headers = [], Footers = [] }), $"page {i + 1}");
            Assert.That(got.Headers, Is.EqualTo(want.Headers), $"page {i + 1} headers");
            Assert.That(got.Footers, Is.EqualTo(want.Footers), $"page {i + 1} footers");
        }

        Assert.That(back.OffsetMap.Count, Is.EqualTo(x.Text.Length));
        for (var i = 0; i < x.Text.Length; i++)
        {
            Assert.That(back.OffsetMap[i], Is.EqualTo(x.OffsetMap[i]), $"offset {i}");
        }
    }

    [Test]
    public async Task A_rating_and_screening_read_back_with_their_evidence_and_confirmation()
    {
        await using var f = await CreateAsync();
        var id = IdOf("rated");
        var run = await f.Store.StartRunAsync(Found, "test", None);
        await f.Store.ClaimAsync(Claim(id, "/in/rated.pdf"), run, None);
        var rating = new ReviewRating(
            2,
            0.71,
            new Dictionary<string, CriterionScore>
            {
                [RatingCriteria.PoliceCoverage] = new(1, ["a1", "a2"], "3 of 210 sentences mention the police"),
                [RatingCriteria.Timeliness] = new(3, ["metadata.dates"], "published 240 days after completion"),
            },
            "rating@1") { Confirmed = 3, ConfirmedBy = "analyst1", Reason = "police chronology is detailed" };
        var screening = new ScreeningDecision(true, 0.97, ["a1"], "screening@1");

        await f.Store.SaveResultAsync(Result(id, "/in/rated.pdf", DocumentStatus.Ingested) with { Rating = rating, Screening = screening }, run, None);
        await f.ReopenAsync();
        var stored = await f.Store.GetAsync(id, None);

        Assert.That(stored!.Rating, Is.Not.Null);
        Assert.That(stored.Rating!.Suggested, Is.EqualTo(2));
        Assert.That(stored.Rating.Confirmed, Is.EqualTo(3));
        Assert.That(stored.Rating.Reason, Is.EqualTo("police chronology is detailed"));
        Assert.That(stored.Rating.Criteria[RatingCriteria.PoliceCoverage].Evidence, Is.EqualTo(new[] { "a1", "a2" }));
        Assert.That(stored.Screening, Is.EqualTo(screening).Using<ScreeningDecision>((a, b) => a.PoliceEngagement == b.PoliceEngagement && a.Confidence == b.Confidence && a.Evidence.SequenceEqual(b.Evidence)));
    }

    [Test]
    public async Task A_failure_without_any_text_reads_back_with_its_reason()
    {
        await using var f = await CreateAsync();
        var id = IdOf("empty");
        var run = await f.Store.StartRunAsync(Found, "test", None);
        await f.Store.ClaimAsync(Claim(id, "/in/empty.pdf"), run, None);

        await f.Store.SaveResultAsync(Result(id, "/in/empty.pdf", DocumentStatus.Failed, "empty file (0 bytes)"), run, None);
        var stored = await f.Store.GetAsync(id, None);

        Assert.That(stored!.Status, Is.EqualTo(DocumentStatus.Failed));
        Assert.That(stored.Error, Is.EqualTo("empty file (0 bytes)"));
        Assert.That(stored.Extracted, Is.Null);
    }

    [Test]
    public async Task A_document_that_needs_OCR_keeps_its_status_and_facts()
    {
        await using var f = await CreateAsync();
        var id = IdOf("scan");
        var run = await f.Store.StartRunAsync(Found, "test", None);
        await f.Store.ClaimAsync(Claim(id, "/in/scan.pdf"), run, None);
        var x = MakeExtracted();

        await f.Store.SaveResultAsync(Result(id, "/in/scan.pdf", DocumentStatus.NeedsOcr, "2 of 2 pages are images: the document needs OCR", x), run, None);
        var stored = await f.Store.GetAsync(id, None);

        Assert.That(stored!.Status, Is.EqualTo(DocumentStatus.NeedsOcr));
        Assert.That(stored.Error, Does.Contain("OCR"));
        Assert.That(stored.Extracted!.Facts.PageCount, Is.EqualTo(2));
    }

    [Test]
    public async Task Runs_and_their_failures_are_recorded()
    {
        await using var f = await CreateAsync();
        var started = new DateTimeOffset(2025, 3, 4, 10, 0, 0, TimeSpan.Zero);
        var run1 = await f.Store.StartRunAsync(started, "cli", None);
        var run2 = await f.Store.StartRunAsync(started.AddMinutes(5), "schedule", None);
        var failures = new List<RunFailure>
        {
            new("/in/a.pdf", IdOf("a"), "empty file (0 bytes)"),
            new("/in/unreadable.pdf", null, "cannot read the file: permission denied"),
        };
        var summary = new RunSummary(5, 2, 1, 2, 0, 37, 4.5, failures);
        await f.Store.RecordRunFailureAsync(run1, IdOf("a"), "/in/a.pdf", "empty file (0 bytes)", None);
        await f.Store.RecordRunFailureAsync(run1, null, "/in/unreadable.pdf", "cannot read the file: permission denied", None);
        await f.Store.FinishRunAsync(run1, summary, None);

        var runs = await f.Store.RecentRunsAsync(10, None);

        Assert.That(run2, Is.GreaterThan(run1));
        Assert.That(runs.Select(r => r.Id), Is.EqualTo(new[] { run2, run1 }), "newest first");
        var (open, done) = (runs[0], runs[1]);
        Assert.That(open.Trigger, Is.EqualTo("schedule"));
        Assert.That(open.StartedAt, Is.EqualTo(started.AddMinutes(5)));
        Assert.That(open.FinishedAt, Is.Null, "a run that has not finished (or crashed) shows no end");
        Assert.That(open.Summary, Is.Null);
        Assert.That(done.Trigger, Is.EqualTo("cli"));
        Assert.That(done.StartedAt, Is.EqualTo(started));
        Assert.That(done.FinishedAt, Is.Not.Null);
        Assert.That(done.Summary, Is.Not.Null);
        Assert.That(done.Summary! with { Failures = [] }, Is.EqualTo(summary with { Failures = [] }));
        Assert.That(done.Summary.Failures, Is.EqualTo(failures));
        Assert.That(await f.Store.RecentRunsAsync(1, None), Has.Count.EqualTo(1));

        var rows = (await f.QueryAsync("SELECT run_id, document_id, location, reason FROM run_failures ORDER BY location"))
            .Select(r => (Convert.ToInt64(r[0], CultureInfo.InvariantCulture), (string?)r[1], (string)r[2]!, (string)r[3]!))
            .ToList();

        Assert.That(rows, Is.EqualTo(new[]
        {
            (run1, (string?)IdOf("a"), "/in/a.pdf", "empty file (0 bytes)"),
            (run1, (string?)null, "/in/unreadable.pdf", "cannot read the file: permission denied"),
        }));
    }

    [Test]
    public async Task Migrations_run_twice_without_error_and_keep_the_data()
    {
        await using var f = await CreateAsync();
        var id = IdOf("kept");
        var run = await f.Store.StartRunAsync(Found, "test", None);
        await f.Store.ClaimAsync(Claim(id, "/in/kept.pdf"), run, None);

        await f.Store.MigrateAsync(None);
        await f.ReopenAsync();
        await f.Store.MigrateAsync(None);

        Assert.That(await f.Store.GetAsync(id, None), Is.Not.Null);
        var counts = (await f.QueryAsync("SELECT COUNT(*), COUNT(DISTINCT version) FROM schema_version")).Single();
        var (recorded, distinct) = (Convert.ToInt32(counts[0], CultureInfo.InvariantCulture), Convert.ToInt32(counts[1], CultureInfo.InvariantCulture));
        Assert.That(recorded, Is.EqualTo(distinct), "each migration recorded once");
        Assert.That(recorded, Is.GreaterThanOrEqualTo(1));
    }
}
