using Ingest.Worker.Configuration;
using Ingest.Worker.Scheduling;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace Ingest.Tests.Worker.Scheduling;

/// <summary>
/// A running Quartz scheduler on a fake clock: nothing fires before 02:00 London time, the scan job
/// fires when the clock passes it, with "schedule" as what started it.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ScanFiringTests
{
    [Test]
    public async Task Scan_job_fires_when_the_fake_clock_passes_02_00_London_time()
    {
        // 01:58 BST on 1 June 2026.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 0, 58, 0, TimeSpan.Zero));
        var scheduler = await QuartzSchedulerBuilder.Create(q =>
        {
            q.UseTimeProvider(clock);
            q.UseInMemoryStore();
        }).BuildScheduler();
        RecordingJob.Reset();
        try
        {
            var job = JobBuilder.Create<RecordingJob>().WithIdentity(ScanSchedule.ScanJobKey).StoreDurably().Build();
            await scheduler.AddJob(job, AddJobOptions.Replacing);
            var schedule = new ScheduleOptions(ScheduleOptions.DefaultCron, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
            await scheduler.ScheduleJob(ScanSchedule.CronTrigger(schedule, clock));
            await scheduler.Start();

            clock.Advance(TimeSpan.FromMinutes(1)); // 01:59 BST
            var early = await Task.WhenAny(RecordingJob.Fired.Task, Task.Delay(TimeSpan.FromMilliseconds(500)));
            Assert.That(early, Is.Not.SameAs(RecordingJob.Fired.Task), "fired before 02:00");

            clock.Advance(TimeSpan.FromMinutes(1)); // 02:00 BST
            var fired = await Task.WhenAny(RecordingJob.Fired.Task, Task.Delay(TimeSpan.FromSeconds(20)));
            Assert.That(fired, Is.SameAs(RecordingJob.Fired.Task), "the scan did not fire at 02:00");
            var (scheduledAt, trigger) = await RecordingJob.Fired.Task;
            Assert.That(scheduledAt, Is.EqualTo(new DateTimeOffset(2026, 6, 1, 1, 0, 0, TimeSpan.Zero)));
            Assert.That(trigger, Is.EqualTo("schedule"));
        }
        finally
        {
            await scheduler.Shutdown(false);
        }
    }

    public sealed class RecordingJob : IJob
    {
        public static TaskCompletionSource<(DateTimeOffset? ScheduledAt, string? Trigger)> Fired { get; private set; } = new();

        public static void Reset() => Fired = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
        {
            Fired.TrySetResult((context.ScheduledFireTimeUtc, context.MergedJobDataMap.TryGetValue(ScanSchedule.TriggerNameKey, out var t) ? t?.ToString() : null));
            return ValueTask.CompletedTask;
        }
    }
}
