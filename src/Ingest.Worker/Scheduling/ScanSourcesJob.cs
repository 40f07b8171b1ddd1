using System.Diagnostics;
using Ingest.Core.Storage;
using Ingest.Worker.Intake;
using Ingest.Worker.Sources;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Ingest.Worker.Scheduling;

/// <summary>
/// Scans every source once, as one recorded run: new documents are queued as jobs of their own (so a
/// long night of reading is resumable document by document), the run keeps seen/new/unchanged/failed.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ScanSourcesJob(
    IEnumerable<IDocumentSource> sources,
    DocumentIntake intake,
    IDocumentStore store,
    TimeProvider clock,
    ILogger<ScanSourcesJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var trigger = context.MergedJobDataMap.TryGetValue(ScanSchedule.TriggerNameKey, out var t) ? t?.ToString() ?? "manual" : "manual";
        var started = Stopwatch.GetTimestamp();
        var runId = await store.StartRunAsync(clock.GetUtcNow(), $"serve:{trigger}", cancellationToken);
        log.LogInformation("Scan {RunId} started ({Trigger}{Recovering})", runId, trigger, context.Recovering ? ", recovering an interrupted scan" : string.Empty);
        var scan = new SourceScan(intake, store, runId);
        var only = context.MergedJobDataMap.TryGetValue(ScanSchedule.OnlySourceKey, out var o) ? o?.ToString() : null;
        foreach (var source in sources.Where(s => only is null || s.Name == only))
        {
            try
            {
                await source.ScanAsync(scan, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Source {Source} failed", source.Name);
                await scan.SourceFailedAsync(source.Name, $"the source failed: {e.GetType().Name}: {e.Message}", cancellationToken);
            }
        }

        var summary = scan.Summary(Stopwatch.GetElapsedTime(started));
        await store.FinishRunAsync(runId, summary, CancellationToken.None);
        log.LogInformation(
            "Scan {RunId} finished: {Seen} seen, {New} new, {Unchanged} unchanged, {Failed} failed in {Seconds:0.0} s",
            runId,
            summary.Seen,
            summary.Ingested,
            summary.Unchanged,
            summary.Failed,
            summary.Seconds);
    }
}
