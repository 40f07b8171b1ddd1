using System.Diagnostics;
using System.Security.Cryptography;
using Ingest.Core.Configuration;
using Ingest.Core.Documents;
using Ingest.Core.Storage;

namespace Ingest.Core.Pipeline;

/// <summary>
/// Runs every input through the stages, one try/catch per document: a bad file is stored as failed
/// with its reason and the run goes on. The original bytes are archived and the document claimed in
/// the store before any stage runs, so a crash leaves a claim that the next run resumes.
/// </summary>
public sealed class PipelineRunner(
    IReadOnlyList<IPipelineStage> stages,
    IDocumentStore store,
    IContentArchive archive,
    RunOptions options,
    TimeProvider clock)
{
    public bool RetryFailed { get; init; }

    /// <summary>Run the stages again on documents already stored (after the pipeline or its models changed).</summary>
    public bool Reprocess { get; init; }

    public async Task<RunSummary> RunAsync(IReadOnlyList<InputFile> inputs, string trigger, IRunObserver observer, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var runId = await store.StartRunAsync(clock.GetUtcNow(), trigger, cancellationToken);
        observer.Started(inputs.Count);
        var outcomes = new List<DocumentOutcome>();
        var gate = new object();
        await Parallel.ForEachAsync(
            inputs,
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelDocuments, CancellationToken = cancellationToken },
            async (input, ct) =>
            {
                var outcome = await ProcessAsync(input, runId, ct);
                HeapRelease.AfterDocument();
                lock (gate)
                {
                    outcomes.Add(outcome);
                    observer.Finished(outcome);
                }
            });

        var summary = Summarise(outcomes, Stopwatch.GetElapsedTime(started));
        await store.FinishRunAsync(runId, summary, CancellationToken.None);
        return summary;
    }

    public async Task<DocumentOutcome> ProcessAsync(InputFile input, long runId, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        DocumentOutcome Done(string? id, OutcomeKind kind, int pages, string? reason, bool resumed = false) =>
            new(input, id, kind, pages, reason, Stopwatch.GetElapsedTime(started), resumed);

        var loaded = await LoadAsync(input, cancellationToken);
        if (loaded.Error is not null)
        {
            await store.RecordRunFailureAsync(runId, null, input.Path, loaded.Error, cancellationToken);
            return Done(null, OutcomeKind.Failed, 0, loaded.Error);
        }

        var claim = new DocumentClaim(loaded.Id, input.Source.FileName, input.Source, loaded.Length, loaded.ArchivePath, options.MaxAttempts, RetryFailed, Reprocess);
        var outcome = await store.ClaimAsync(claim, runId, cancellationToken);
        switch (outcome.Kind)
        {
            case ClaimKind.Unchanged when outcome.Status == DocumentStatus.Failed:
                // Still failed from an earlier run: not tried again (--retry-failed does), but not
                // hidden either, so that the exit code keeps saying something needs attention.
                return Done(loaded.Id, OutcomeKind.Failed, 0, $"failed in an earlier run, not retried (use --retry-failed): {outcome.Error}");
            case ClaimKind.Unchanged:
                return Done(loaded.Id, OutcomeKind.Unchanged, 0, null);
            case ClaimKind.Busy:
                return Done(loaded.Id, OutcomeKind.Skipped, 0, "being processed by another worker");
            case ClaimKind.GaveUp:
                var gaveUp = $"stopped the process on {outcome.Attempt - 1} earlier attempts; not tried again";
                await store.RecordRunFailureAsync(runId, loaded.Id, input.Path, gaveUp, cancellationToken);
                return Done(loaded.Id, OutcomeKind.Failed, 0, gaveUp);
        }

        var resumed = outcome.Kind == ClaimKind.Resume;
        if (loaded.Bytes is null)
        {
            var tooLarge = $"file is {loaded.Length / (1024.0 * 1024):0.0} MB, over the limit of {options.MaxFileBytes / (1024.0 * 1024):0.#} MB (archived, not read)";
            return await FinishAsync(new IngestDocument(loaded.Id, input.Source.FileName, input.Source, ReadOnlyMemory<byte>.Empty) { Status = DocumentStatus.Failed, Error = tooLarge }, runId, input, Done, resumed, cancellationToken);
        }

        var document = new IngestDocument(loaded.Id, input.Source.FileName, input.Source, loaded.Bytes);
        var result = await StageGuard.RunAllAsync(stages, document, options.DocumentTimeout, cancellationToken);
        return await FinishAsync(result, runId, input, Done, resumed, cancellationToken);
    }

    private async Task<DocumentOutcome> FinishAsync(
        IngestDocument result,
        long runId,
        InputFile input,
        Func<string?, OutcomeKind, int, string?, bool, DocumentOutcome> done,
        bool resumed,
        CancellationToken cancellationToken)
    {
        try
        {
            await store.SaveResultAsync(result, runId, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // What the stages produced cannot be stored (e.g. a NaN that JSON cannot hold): this
            // document fails with the reason and the run goes on, as for any other per-document error.
            result = new IngestDocument(result.Id, result.FileName, result.Source, result.Bytes)
            {
                Status = DocumentStatus.Failed,
                Error = $"could not store the result: {e.GetType().Name}: {e.Message.Split('\n')[0].Trim()}",
            };
            await store.SaveResultAsync(result, runId, cancellationToken);
        }

        var pages = result.Extracted?.Facts.PageCount ?? 0;
        switch (result.Status)
        {
            case DocumentStatus.Failed:
                await store.RecordRunFailureAsync(runId, result.Id, input.Path, result.Error ?? "failed", cancellationToken);
                return done(result.Id, OutcomeKind.Failed, pages, result.Error, resumed) with { Timings = result.Timings };
            case DocumentStatus.NeedsOcr:
                return done(result.Id, OutcomeKind.NeedsOcr, pages, result.Error, resumed) with { Timings = result.Timings };
            default:
                return done(result.Id, OutcomeKind.Ingested, pages, null, resumed) with { Timings = result.Timings };
        }
    }

    private sealed record Loaded(string Id, long Length, string ArchivePath, byte[]? Bytes, string? Error);

    /// <summary>Reads, hashes and archives the file. Files over the size limit are hashed and archived as a stream.</summary>
    private async Task<Loaded> LoadAsync(InputFile input, CancellationToken cancellationToken)
    {
        try
        {
            var info = new FileInfo(input.Path);
            if (info.Length > options.MaxFileBytes)
            {
                string bigId;
                await using (var stream = File.OpenRead(input.Path))
                {
                    bigId = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
                }

                var bigPath = await archive.StoreFileAsync(bigId, input.Path, cancellationToken);
                return new Loaded(bigId, info.Length, bigPath, null, null);
            }

            var bytes = await File.ReadAllBytesAsync(input.Path, cancellationToken);
            var id = Convert.ToHexStringLower(SHA256.HashData(bytes));
            var path = await archive.StoreAsync(id, bytes, cancellationToken);
            return new Loaded(id, bytes.Length, path, bytes, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Loaded(string.Empty, 0, string.Empty, null, $"cannot read the file: {e.Message}");
        }
    }

    private static RunSummary Summarise(List<DocumentOutcome> outcomes, TimeSpan elapsed) => new(
        outcomes.Count,
        outcomes.Count(o => o.Kind == OutcomeKind.Ingested),
        outcomes.Count(o => o.Kind == OutcomeKind.Unchanged),
        outcomes.Count(o => o.Kind == OutcomeKind.Failed),
        outcomes.Count(o => o.Kind == OutcomeKind.NeedsOcr),
        outcomes.Sum(o => o.Pages),
        elapsed.TotalSeconds,
        outcomes.Where(o => o.Kind == OutcomeKind.Failed)
            .Select(o => new RunFailure(o.Input.Path, o.DocumentId, o.Reason ?? "failed"))
            .OrderBy(f => f.Location, StringComparer.Ordinal)
            .ToList());
}
