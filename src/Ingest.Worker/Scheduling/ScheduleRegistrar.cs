using Ingest.Worker.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Ingest.Worker.Scheduling;

/// <summary>
/// At start-up: stores the "scan sources" job and its cron trigger in the job store (kept as it is when
/// the schedule did not change, so a night missed while the machine was off is still made up), and
/// fires one scan at once for `--run-now`.
/// </summary>
public sealed class ScheduleRegistrar(
    ISchedulerFactory schedulers,
    ScheduleOptions schedule,
    RunNowRequest runNow,
    ILogger<ScheduleRegistrar> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.AddJob(ScanSchedule.ScanJob(), AddJobOptions.Replacing, cancellationToken);
        var stored = await scheduler.GetTrigger(ScanSchedule.CronTriggerKey, cancellationToken) as ICronTrigger;
        if (stored is null || stored.CronExpressionString != schedule.Cron || stored.TimeZone.Id != schedule.TimeZone.Id)
        {
            await scheduler.ScheduleJob(ScanSchedule.CronTrigger(schedule, scheduler.TimeProvider), ScheduleJobOptions.Replacing, cancellationToken);
        }

        var next = (await scheduler.GetTrigger(ScanSchedule.CronTriggerKey, cancellationToken))?.NextFireTimeUtc;
        log.LogInformation("Sources are scanned on {Cron} ({TimeZone}); next scan at {NextScan:u}", schedule.Cron, schedule.TimeZone.Id, next);
        if (runNow.Requested)
        {
            await TriggerScanAsync(scheduler, "run-now", cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Starts one scan now (the CLI's --run-now, the UI's "run now" button).</summary>
    public static async Task TriggerScanAsync(IScheduler scheduler, string trigger, CancellationToken cancellationToken) =>
        await scheduler.TriggerJob(ScanSchedule.ScanJobKey, new JobDataMap { [ScanSchedule.TriggerNameKey] = trigger }, cancellationToken);
}

/// <summary>Whether `ingest serve --run-now` asked for a scan at start.</summary>
public sealed record RunNowRequest(bool Requested);
