using Microsoft.AspNetCore.Authorization;
using Ingest.Core.Storage;
using Ingest.Worker.Scheduling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Quartz;

namespace Ingest.Worker.Health;

/// <summary>`GET /health`: 200 while the host is up, with the scheduler's state, the next scan and the last run.</summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapIngestHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", async (ISchedulerFactory schedulers, IDocumentStore store, CancellationToken ct) =>
        {
            var scheduler = await schedulers.GetScheduler(ct);
            var next = (await scheduler.GetTrigger(ScanSchedule.CronTriggerKey, ct))?.NextFireTimeUtc;
            var last = await store.RecentRunsAsync(1, ct) is [var run, ..] ? run : null;
            return Results.Json(new
            {
                status = "up",
                scheduler = new { name = scheduler.SchedulerName, state = scheduler.Status.ToString(), nextScan = next },
                lastRun = last is null ? null : new
                {
                    id = last.Id,
                    trigger = last.Trigger,
                    startedAt = last.StartedAt,
                    finishedAt = last.FinishedAt,
                    seen = last.Summary?.Seen,
                    @new = last.Summary?.Ingested,
                    unchanged = last.Summary?.Unchanged,
                    failed = last.Summary?.Failed,
                    seconds = last.Summary?.Seconds,
                },
            });
        }).AllowAnonymous(); // monitoring probes have no login; the answer holds no case data
        return endpoints;
    }
}
