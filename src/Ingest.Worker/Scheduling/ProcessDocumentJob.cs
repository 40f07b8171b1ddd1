using Ingest.Core.Pipeline;
using Ingest.Core.Storage;
using Ingest.Worker.Intake;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Ingest.Worker.Scheduling;

/// <summary>
/// One document through the pipeline, as a durable Quartz job that requests recovery: if the process
/// dies while it runs, Quartz fires it again at the next start with <c>Recovering</c> set, and the
/// store's claim (attempts, status "processing") makes the re-run finish the document exactly once.
/// The job key is the document id, so "no concurrent execution" means one document is never read by
/// two executions at once (a recovery and a fresh trigger queue behind each other; the later one finds it stored).
/// </summary>
[DisallowConcurrentExecution]
public sealed class ProcessDocumentJob(PipelineRunner runner, IDocumentStore store, TimeProvider clock, ILogger<ProcessDocumentJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = DocumentJobData.From(context.MergedJobDataMap);

        // A recovered job gets a run of its own: the store treats a claim by the same run as a
        // duplicate listing, and the run it was first queued by has finished anyway. So does an upload.
        long? ownRun = null;
        if (context.Recovering || data.RunId is null)
        {
            ownRun = await store.StartRunAsync(clock.GetUtcNow(), context.Recovering ? "serve:recovery" : "serve:upload", cancellationToken);
            if (context.Recovering)
            {
                log.LogWarning("Document {DocumentId} from {Location}: re-running after an interrupted attempt (recovery)", data.DocumentId, data.Source.Location);
            }
        }

        var input = new InputFile(data.ArchivePath, data.Source);
        var outcome = await runner.ProcessAsync(input, ownRun ?? data.RunId!.Value, cancellationToken);
        log.LogInformation(
            "Document {DocumentId} from {Location}: {Outcome}, {Pages} pages in {Seconds:0.00} s{Resumed}{Reason}",
            data.DocumentId,
            data.Source.Location,
            outcome.Kind,
            outcome.Pages,
            outcome.Elapsed.TotalSeconds,
            outcome.Resumed ? " (resumed)" : string.Empty,
            outcome.Reason is null ? string.Empty : $": {outcome.Reason}");
        if (ownRun is { } run)
        {
            await store.FinishRunAsync(run, Summary(outcome), CancellationToken.None);
        }
    }

    private static RunSummary Summary(DocumentOutcome o) => new(
        1,
        o.Kind == OutcomeKind.Ingested ? 1 : 0,
        o.Kind == OutcomeKind.Unchanged ? 1 : 0,
        o.Kind == OutcomeKind.Failed ? 1 : 0,
        o.Kind == OutcomeKind.NeedsOcr ? 1 : 0,
        o.Pages,
        o.Elapsed.TotalSeconds,
        o.Kind == OutcomeKind.Failed ? [new RunFailure(o.Input.Source.Location, o.DocumentId, o.Reason ?? "failed")] : []);
}
