using System.Security.Cryptography;
using System.Text;
using Ingest.Cli.Commands;
using Ingest.Core.Configuration;
using Ingest.Core.Documents;
using Ingest.Core.Pipeline;
using Ingest.Core.Storage;
using Ingest.Pdf;
using Ingest.Storage;
using Ingest.Storage.Sqlite;
using Ingest.Tests.Support;

namespace Ingest.Tests.Core.Pipeline;

/// <summary>
/// A run as a user sees it: a folder of good and bad files goes in; good ones are ingested, every bad
/// one is stored as failed with a plain reason, every original is archived, the summary adds up, a
/// second run changes nothing, and one bad document (hung, throwing, crashed) never stops the rest.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class PipelineRunnerTests
{
    private static readonly RunOptions Generous = new(TimeSpan.FromMinutes(2), MaxParallelDocuments: 2, MaxAttempts: 3, MaxFileBytes: 200L * 1024 * 1024);

    private static IReadOnlyList<IPipelineStage> Extract => [new ExtractStage(new ExtractOptions())];

    private static string Sample(string id) => Path.Combine(Repo.Samples, id, id + ".pdf");

    private static string IdOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>A temp folder holding the input folder, the store and the archive; deleted afterwards.</summary>
    private sealed class Workspace : IAsyncDisposable
    {
        public Workspace()
        {
            Directory.CreateDirectory(Input);
            Store = new SqliteDocumentStore(Path.Combine(Root, "data", "ingest.db"), TimeProvider.System);
            Archive = new FileContentArchive(Path.Combine(Root, "data", "archive"));
        }

        public string Root { get; } = Path.Combine(Path.GetTempPath(), "ingest-run-" + Guid.NewGuid().ToString("N"));

        public string Input => Path.Combine(Root, "in");

        public SqliteDocumentStore Store { get; }

        public FileContentArchive Archive { get; }

        public string Add(string name, byte[] bytes)
        {
            var path = Path.Combine(Input, name);
            File.WriteAllBytes(path, bytes);
            return path;
        }

        public string Copy(string name, string from) => Add(name, File.ReadAllBytes(from));

        public IReadOnlyList<InputFile> Inputs() => InputCollector.Collect([Input], DateTimeOffset.UtcNow);

        public async Task<(RunSummary Summary, RecordingObserver Observer)> RunAsync(IReadOnlyList<IPipelineStage> stages, RunOptions? options = null, bool retryFailed = false)
        {
            await Store.MigrateAsync(CancellationToken.None);
            var runner = new PipelineRunner(stages, Store, Archive, options ?? Generous, TimeProvider.System) { RetryFailed = retryFailed };
            var observer = new RecordingObserver();
            var summary = await runner.RunAsync(Inputs(), "test", observer, CancellationToken.None);
            return (summary, observer);
        }

        public async Task<StoredDocument> StoredAsync(string path)
        {
            var stored = await Store.GetAsync(IdOf(File.ReadAllBytes(path)), CancellationToken.None);
            Assert.That(stored, Is.Not.Null, $"{Path.GetFileName(path)} is in the store");
            return stored!;
        }

        public async Task<List<StoredDocument>> AllAsync()
        {
            var list = new List<StoredDocument>();
            await foreach (var d in Store.ListAsync(withText: false, CancellationToken.None))
            {
                list.Add(d);
            }

            return list;
        }

        public async ValueTask DisposeAsync()
        {
            await Store.DisposeAsync();
            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, recursive: true);
            }
        }
    }

    internal sealed class RecordingObserver : IRunObserver
    {
        private readonly List<DocumentOutcome> _outcomes = [];

        public int? Total { get; private set; }

        public IReadOnlyList<DocumentOutcome> Outcomes
        {
            get
            {
                lock (_outcomes)
                {
                    return [.. _outcomes];
                }
            }
        }

        public DocumentOutcome For(string path) => Outcomes.Single(o => o.Input.Path == Path.GetFullPath(path));

        public void Started(int total) => Total = total;

        public void Finished(DocumentOutcome outcome)
        {
            lock (_outcomes)
            {
                _outcomes.Add(outcome);
            }
        }
    }

    /// <summary>A stage that passes every document through, except the one it was told to trouble.</summary>
    private sealed class TroubleStage(string fileName, Action<CancellationToken> trouble) : IPipelineStage
    {
        public string Name => "trouble";

        public StageResult Run(IngestDocument document, CancellationToken cancellationToken)
        {
            if (document.FileName == fileName)
            {
                trouble(cancellationToken);
            }

            return StageResult.Ok(document);
        }
    }

    private sealed class FolderOfTroubles
    {
        public required string Good { get; init; }

        public required string CopyOfGood { get; init; }

        public required string Empty { get; init; }

        public required string Text { get; init; }

        public required string Html { get; init; }

        public required string Truncated { get; init; }

        public required string Encrypted { get; init; }

        public required string Scanned { get; init; }

        public IEnumerable<string> All => [Good, CopyOfGood, Empty, Text, Html, Truncated, Encrypted, Scanned];
    }

    private static FolderOfTroubles MakeFolderOfTroubles(Workspace w)
    {
        var shared = Repo.Shared;
        Assume.That(shared, Is.Not.Null, "the shared pdf-robustness folder is not beside the repository");
        var robustness = Path.Combine(shared!, "pdf-robustness");
        var sample = File.ReadAllBytes(Sample("s01"));
        return new FolderOfTroubles
        {
            Good = w.Copy("good.pdf", Sample("s05")),
            CopyOfGood = w.Copy(Path.Combine("again", "same-as-good.pdf"), Sample("s05")),
            Empty = w.Add("empty.pdf", []),
            Text = w.Add("notes.pdf", Encoding.UTF8.GetBytes("Panel meeting notes\n\n1. Chronology agreed.\n2. Police IMR awaited.\n")),
            Html = w.Add("page.pdf", Encoding.UTF8.GetBytes("<!DOCTYPE html>\n<html lang=\"en\"><head><title>404 Not Found</title></head><body><h1>Page not found</h1></body></html>\n")),
            Truncated = w.Add("truncated.pdf", sample[..(sample.Length * 4 / 10)]),
            Encrypted = w.Copy("encrypted.pdf", Path.Combine(robustness, "Integration__SpecificTestDocuments__r4_aes_empty_string.pdf")),
            Scanned = w.Copy("scanned.pdf", Path.Combine(robustness, "Integration__SpecificTestDocuments__xref-with-no-whitespace.pdf")),
        };
    }

    [Test]
    public async Task A_folder_of_good_and_bad_files_is_ingested_with_every_failure_stored_and_explained()
    {
        await using var w = new Workspace();
        Directory.CreateDirectory(Path.Combine(w.Input, "again"));
        var f = MakeFolderOfTroubles(w);

        var (summary, observer) = await w.RunAsync(Extract);

        // Every file was seen and reported once.
        Assert.That(observer.Total, Is.EqualTo(8));
        Assert.That(observer.Outcomes.Select(o => o.Input.Path), Is.EquivalentTo(f.All.Select(Path.GetFullPath)));

        var good = await w.StoredAsync(f.Good);
        Assert.That(good.Status, Is.EqualTo(DocumentStatus.Ingested), good.Error);
        Assert.That(good.Error, Is.Null);
        Assert.That(good.Provenances.Select(p => p.Location), Is.EquivalentTo(new[] { f.Good, f.CopyOfGood }), "the same bytes twice are one document found in two places");
        var goodText = (await w.Store.GetAsync(good.Id, CancellationToken.None))!.Extracted;
        Assert.That(goodText, Is.Not.Null);
        Assert.That(goodText!.Text, Has.Length.GreaterThan(1000));
        Assert.That(goodText.Facts.PageCount, Is.GreaterThan(1));

        var expectations = new (string Path, DocumentStatus Status, string[] AnyOf)[]
        {
            (f.Empty, DocumentStatus.Failed, ["empty"]),
            (f.Text, DocumentStatus.Failed, ["not a PDF"]),
            (f.Html, DocumentStatus.Failed, ["HTML"]),
            (f.Truncated, DocumentStatus.Failed, ["damaged", "unreadable"]),
            (f.Encrypted, DocumentStatus.Failed, ["encrypted"]),
            (f.Scanned, DocumentStatus.NeedsOcr, ["OCR"]),
        };
        foreach (var (path, status, anyOf) in expectations)
        {
            var name = Path.GetFileName(path);
            var stored = await w.StoredAsync(path);
            Assert.That(stored.Status, Is.EqualTo(status), $"{name}: {stored.Error}");
            Assert.That(anyOf.Any(word => stored.Error?.Contains(word, StringComparison.Ordinal) == true), Is.True, $"{name}: the reason '{stored.Error}' says {string.Join(" or ", anyOf)}");
            var outcome = observer.For(path);
            Assert.That(outcome.Kind, Is.EqualTo(status == DocumentStatus.NeedsOcr ? OutcomeKind.NeedsOcr : OutcomeKind.Failed), name);
            Assert.That(outcome.Reason, Is.EqualTo(stored.Error), $"{name}: the run reports the stored reason");
        }

        // Every original is kept, failed ones too.
        foreach (var path in f.All)
        {
            var bytes = File.ReadAllBytes(path);
            Assert.That(await w.Archive.ReadAsync(IdOf(bytes), CancellationToken.None), Is.EqualTo(bytes), $"{Path.GetFileName(path)} archived");
        }

        // The summary adds up, and is what the store recorded for the run.
        var all = await w.AllAsync();
        Assert.That(all, Has.Count.EqualTo(7), "one row per distinct file");
        Assert.That(summary.Seen, Is.EqualTo(8));
        Assert.That(summary.Ingested, Is.EqualTo(1));
        Assert.That(summary.Unchanged, Is.EqualTo(1), "the second copy of the good file");
        Assert.That(summary.Failed, Is.EqualTo(5));
        Assert.That(summary.NeedsOcr, Is.EqualTo(1));
        Assert.That(summary.Ingested + summary.Unchanged + summary.Failed + summary.NeedsOcr, Is.EqualTo(summary.Seen));
        Assert.That(summary.Failures.Select(x => x.Location), Is.EquivalentTo(new[] { f.Empty, f.Text, f.Html, f.Truncated, f.Encrypted }.Select(Path.GetFullPath)));
        Assert.That(summary.Failures.Select(x => x.Reason), Has.None.Empty);
        var pages = 0;
        foreach (var d in all)
        {
            pages += (await w.Store.GetAsync(d.Id, CancellationToken.None))!.Extracted?.Facts.PageCount ?? 0;
        }

        Assert.That(summary.Pages, Is.EqualTo(pages), "pages counted over the documents read");
        var run = (await w.Store.RecentRunsAsync(1, CancellationToken.None)).Single();
        Assert.That(run.FinishedAt, Is.Not.Null);
        Assert.That(run.Summary, Is.Not.Null);
        Assert.That(
            (run.Summary!.Seen, run.Summary.Ingested, run.Summary.Unchanged, run.Summary.Failed, run.Summary.NeedsOcr, run.Summary.Pages),
            Is.EqualTo((summary.Seen, summary.Ingested, summary.Unchanged, summary.Failed, summary.NeedsOcr, summary.Pages)));
        Assert.That(run.Summary.Failures, Has.Count.EqualTo(5));

        // A second run over the same folder changes nothing, but still reports the earlier failures
        // (not retried) so that its exit code keeps asking for attention.
        var (again, againObserver) = await w.RunAsync(Extract);

        Assert.That(again.Seen, Is.EqualTo(8));
        Assert.That(again.Unchanged, Is.EqualTo(3), string.Join("; ", againObserver.Outcomes.Where(o => o.Kind != OutcomeKind.Unchanged).Select(o => $"{o.Input.Path}: {o.Kind} {o.Reason}")));
        Assert.That((again.Ingested, again.Failed, again.NeedsOcr), Is.EqualTo((0, 5, 0)));
        Assert.That(again.Failures.Select(f => f.Reason), Is.All.StartsWith("failed in an earlier run, not retried"));
        var afterwards = await w.AllAsync();
        Assert.That(afterwards, Has.Count.EqualTo(7));
        Assert.That(afterwards.Select(d => (d.Id, d.Status, d.Error, d.Attempts)), Is.EqualTo(all.Select(d => (d.Id, d.Status, d.Error, d.Attempts))), "nothing was redone");
        Assert.That((await w.StoredAsync(f.Good)).Provenances, Has.Count.EqualTo(2), "no duplicate provenance");
    }

    [Test]
    public async Task RetryFailed_reads_the_failed_documents_again_and_leaves_the_rest()
    {
        await using var w = new Workspace();
        var good = w.Copy("good.pdf", Sample("s05"));
        var empty = w.Add("empty.pdf", []);
        await w.RunAsync(Extract);

        var (summary, observer) = await w.RunAsync(Extract, retryFailed: true);

        Assert.That(observer.For(good).Kind, Is.EqualTo(OutcomeKind.Unchanged));
        Assert.That(observer.For(empty).Kind, Is.EqualTo(OutcomeKind.Failed));
        Assert.That(observer.For(empty).Reason, Does.Contain("empty"));
        Assert.That((summary.Unchanged, summary.Failed), Is.EqualTo((1, 1)));
        Assert.That((await w.StoredAsync(empty)).Attempts, Is.EqualTo(2));
        Assert.That(await w.AllAsync(), Has.Count.EqualTo(2));
    }

    /// <summary>How a hung stage behaves: waiting on its token (cooperative), or busy without looking at it until released, then checking it as a page loop does.</summary>
    public enum HangKind
    {
        WaitsOnToken,
        SpinsThenChecksToken,
    }

    [TestCase(HangKind.WaitsOnToken)]
    [TestCase(HangKind.SpinsThenChecksToken)]
    public async Task A_hung_document_times_out_and_the_others_are_ingested(HangKind kind)
    {
        await using var w = new Workspace();
        w.Add("first.pdf", Encoding.ASCII.GetBytes("%PDF-1.4 first"));
        var hung = w.Add("hang.pdf", Encoding.ASCII.GetBytes("%PDF-1.4 hangs"));
        w.Add("last.pdf", Encoding.ASCII.GetBytes("%PDF-1.4 last"));
        using var release = new ManualResetEventSlim();
        Thread? stuck = null;
        var stage = new TroubleStage("hang.pdf", token =>
        {
            stuck = Thread.CurrentThread;
            if (kind == HangKind.WaitsOnToken)
            {
                token.WaitHandle.WaitOne(TimeSpan.FromMinutes(2));
            }
            else
            {
                while (!release.IsSet)
                {
                    Thread.SpinWait(1000);
                }
            }

            token.ThrowIfCancellationRequested();
        });

        RunSummary summary;
        RecordingObserver observer;
        try
        {
            (summary, observer) = await w.RunAsync([stage], Generous with { DocumentTimeout = TimeSpan.FromSeconds(1) });
        }
        finally
        {
            release.Set();
        }

        // The abandoned thread ends once it is let go: that must not disturb the process.
        Assert.That(stuck, Is.Not.Null);
        Assert.That(stuck!.Join(TimeSpan.FromSeconds(30)), Is.True, "the abandoned stage thread ended");

        var stored = await w.StoredAsync(hung);
        Assert.That(stored.Status, Is.EqualTo(DocumentStatus.Failed));
        Assert.That(stored.Error, Does.Contain("timed out").And.Contain("trouble"));
        Assert.That(observer.For(hung).Kind, Is.EqualTo(OutcomeKind.Failed));
        Assert.That((summary.Seen, summary.Ingested, summary.Failed), Is.EqualTo((3, 2, 1)));
        Assert.That((await w.AllAsync()).Where(d => d.Id != stored.Id).Select(d => d.Status), Is.All.EqualTo(DocumentStatus.Ingested));
        Assert.That(summary.Failures.Single().Reason, Does.Contain("timed out"));
    }

    [Test]
    public async Task A_stage_that_throws_fails_that_document_with_the_message_and_the_run_goes_on()
    {
        await using var w = new Workspace();
        var good = w.Copy("good.pdf", Sample("s05"));
        var bad = w.Copy("bad.pdf", Sample("s01"));
        var stage = new TroubleStage("bad.pdf", _ => throw new InvalidOperationException("the table has a cell outside every column"));

        var (summary, observer) = await w.RunAsync([.. Extract, stage]);

        var stored = await w.StoredAsync(bad);
        Assert.That(stored.Status, Is.EqualTo(DocumentStatus.Failed));
        Assert.That(stored.Error, Does.Contain("the table has a cell outside every column"));
        Assert.That(stored.Error, Does.Contain("trouble"), "the reason names the stage");
        Assert.That(observer.For(bad).Reason, Is.EqualTo(stored.Error));
        Assert.That((await w.StoredAsync(good)).Status, Is.EqualTo(DocumentStatus.Ingested));
        Assert.That((summary.Ingested, summary.Failed), Is.EqualTo((1, 1)));
        Assert.That(await w.Archive.ReadAsync(stored.Id, CancellationToken.None), Is.EqualTo(File.ReadAllBytes(bad)));
    }

    [Test]
    public async Task A_document_left_claimed_by_a_crashed_run_is_resumed_and_stored_once()
    {
        await using var w = new Workspace();
        var path = w.Copy("interrupted.pdf", Sample("s05"));
        var bytes = File.ReadAllBytes(path);
        var id = IdOf(bytes);
        var input = w.Inputs().Single();

        // Run A archived and claimed it, then the process died before any result was saved.
        await w.Store.MigrateAsync(CancellationToken.None);
        var runA = await w.Store.StartRunAsync(DateTimeOffset.UtcNow, "crashed", CancellationToken.None);
        var archived = await w.Archive.StoreAsync(id, bytes, CancellationToken.None);
        var claim = await w.Store.ClaimAsync(new DocumentClaim(id, input.Source.FileName, input.Source, bytes.Length, archived, Generous.MaxAttempts, false), runA, CancellationToken.None);
        Assert.That(claim.Kind, Is.EqualTo(ClaimKind.New));

        var (summary, observer) = await w.RunAsync(Extract);

        var outcome = observer.For(path);
        Assert.That(outcome.Kind, Is.EqualTo(OutcomeKind.Ingested), outcome.Reason);
        Assert.That(outcome.Resumed, Is.True);
        Assert.That(summary.Ingested, Is.EqualTo(1));
        var all = await w.AllAsync();
        Assert.That(all.Select(d => d.Id), Is.EqualTo(new[] { id }), "stored once");
        Assert.That(all[0].Status, Is.EqualTo(DocumentStatus.Ingested));
        Assert.That(all[0].Attempts, Is.EqualTo(2));
        Assert.That(all[0].Provenances, Has.Count.EqualTo(1));
        var runs = await w.Store.RecentRunsAsync(10, CancellationToken.None);
        Assert.That(runs.Single(r => r.Id == runA).FinishedAt, Is.Null, "the crashed run stays unfinished");
        Assert.That(runs[0].Summary?.Ingested, Is.EqualTo(1));

        var (next, _) = await w.RunAsync(Extract);
        Assert.That(next.Unchanged, Is.EqualTo(1));
    }

    [Test]
    public async Task A_document_that_crashed_every_earlier_attempt_is_given_up_with_a_reason()
    {
        await using var w = new Workspace();
        var path = w.Copy("poison.pdf", Sample("s05"));
        var bytes = File.ReadAllBytes(path);
        var id = IdOf(bytes);
        var input = w.Inputs().Single();
        await w.Store.MigrateAsync(CancellationToken.None);
        for (var i = 0; i < Generous.MaxAttempts; i++)
        {
            var crashed = await w.Store.StartRunAsync(DateTimeOffset.UtcNow, "crashed", CancellationToken.None);
            await w.Store.ClaimAsync(new DocumentClaim(id, input.Source.FileName, input.Source, bytes.Length, w.Archive.PathFor(id), Generous.MaxAttempts, false), crashed, CancellationToken.None);
        }

        var (summary, observer) = await w.RunAsync(Extract);

        var outcome = observer.For(path);
        Assert.That(outcome.Kind, Is.EqualTo(OutcomeKind.Failed));
        Assert.That(outcome.Reason, Does.Contain($"{Generous.MaxAttempts} earlier attempts").And.Contain("not tried again"));
        Assert.That(summary.Failed, Is.EqualTo(1));
        var stored = await w.StoredAsync(path);
        Assert.That(stored.Status, Is.EqualTo(DocumentStatus.Failed));
        Assert.That(stored.Error, Does.Contain("not tried again"));
    }

    [Test]
    public async Task A_file_over_the_size_limit_is_archived_and_failed_with_its_size()
    {
        await using var w = new Workspace();
        var big = w.Add("big.pdf", [.. File.ReadAllBytes(Sample("s05")), .. new byte[1536 * 1024]]);
        var bytes = File.ReadAllBytes(big);

        var (summary, observer) = await w.RunAsync(Extract, Generous with { MaxFileBytes = 1024 * 1024 });

        var stored = await w.StoredAsync(big);
        Assert.That(stored.Status, Is.EqualTo(DocumentStatus.Failed));
        Assert.That(stored.Error, Does.Contain("over the limit of 1"));
        var megabytes = bytes.Length / (1024.0 * 1024);
        Assert.That(stored.Error, Does.Contain($"{megabytes:0.0} MB"), "the reason gives the size, not a rounded-down figure equal to the limit");
        Assert.That(observer.For(big).Kind, Is.EqualTo(OutcomeKind.Failed));
        Assert.That(summary.Failed, Is.EqualTo(1));
        Assert.That(await w.Archive.ReadAsync(stored.Id, CancellationToken.None), Is.EqualTo(bytes));
    }
}
