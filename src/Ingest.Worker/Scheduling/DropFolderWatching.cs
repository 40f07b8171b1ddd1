using Ingest.Worker.Configuration;
using Ingest.Worker.Sources.Folder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Ingest.Worker.Scheduling;

/// <summary>
/// One <see cref="DropFolderWatcher"/> per drop folder while the host runs; each starts a scan of its
/// own folder only (the HTTP sources keep to their schedule) through the same Quartz job as the nightly scan.
/// </summary>
public sealed class DropFolderWatching(WorkerConfig config, ISchedulerFactory schedulers, TimeProvider clock, ILogger<DropFolderWatcher> log) : IHostedService, IDisposable
{
    /// <summary>How long a folder must be quiet before it is scanned: a copy in progress raises many events.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(3);

    private readonly List<DropFolderWatcher> _watchers = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var folder in config.Sources.OfType<FolderSourceOptions>().Where(f => Directory.Exists(f.Folder)))
        {
            _watchers.Add(new DropFolderWatcher(folder.Folder, Quiet, clock, ct => TriggerAsync(folder.Folder, ct), log));
            log.LogInformation("Watching drop folder {Folder}", folder.Folder);
        }

        return Task.CompletedTask;
    }

    private async Task TriggerAsync(string folder, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.TriggerJob(
            ScanSchedule.ScanJobKey,
            new JobDataMap { [ScanSchedule.TriggerNameKey] = "watch", [ScanSchedule.OnlySourceKey] = folder },
            cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _watchers.Clear();
    }
}
