using Ingest.Worker.Configuration;
using Quartz;

namespace Ingest.Worker.Scheduling;

/// <summary>The "scan sources" job and the cron trigger that starts it, as stored in Quartz's job store.</summary>
public static class ScanSchedule
{
    public static readonly JobKey ScanJobKey = new("scan-sources", "ingest");

    public static readonly TriggerKey CronTriggerKey = new("scan-sources-cron", "ingest");

    /// <summary>The job data key saying what started a scan (schedule, run-now, ui), recorded with its run.</summary>
    public const string TriggerNameKey = "trigger";

    /// <summary>The job data key naming the one source to scan (a watched folder that changed); absent means all.</summary>
    public const string OnlySourceKey = "only";

    public static IJobDetail ScanJob() => JobBuilder.Create<ScanSourcesJob>()
        .WithIdentity(ScanJobKey)
        .WithDescription("Scan every configured source for new documents")
        .StoreDurably()
        .RequestRecovery()
        .Build();

    /// <summary>
    /// The cron trigger in the configured time zone. A night missed while the machine was off is made
    /// up once at the next start (fire and proceed), not once per missed night.
    /// </summary>
    public static ITrigger CronTrigger(ScheduleOptions options, TimeProvider clock) => TriggerBuilder.Create(clock)
        .WithIdentity(CronTriggerKey)
        .ForJob(ScanJobKey)
        .UsingJobData(TriggerNameKey, "schedule")
        .WithCronSchedule(options.Cron, b => b.InTimeZone(options.TimeZone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
        .Build();
}
