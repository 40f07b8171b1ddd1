using Microsoft.Extensions.Logging;

namespace Ingest.Worker.Sources.Folder;

/// <summary>
/// Watches a drop folder while the host runs, so a PDF dropped in is taken in minutes rather than at the
/// next nightly scan. Events are gathered until the folder has been quiet for <paramref name="quiet"/>
/// (a large file is written in many pieces), then <paramref name="scan"/> runs once. The scheduled scan
/// still covers anything a watcher misses (network shares do not always report changes).
/// </summary>
public sealed class DropFolderWatcher : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly ITimer _timer;
    private readonly TimeSpan _quiet;
    private readonly Func<CancellationToken, Task> _scan;
    private readonly ILogger _log;

    public DropFolderWatcher(string folder, TimeSpan quiet, TimeProvider clock, Func<CancellationToken, Task> scan, ILogger log)
    {
        Folder = folder;
        _quiet = quiet;
        _scan = scan;
        _log = log;
        _timer = clock.CreateTimer(_ => _ = ScanAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Created += OnChange;
        _watcher.Changed += OnChange;
        _watcher.Renamed += OnChange;
        _watcher.EnableRaisingEvents = true;
    }

    public string Folder { get; }

    /// <summary>Raised when a PDF event arrived and a scan is pending (for tests and logs).</summary>
    public event Action<string>? Noticed;

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        if (!string.Equals(Path.GetExtension(e.FullPath), ".pdf", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        // Every event moves the scan back until the folder is quiet.
        _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
        Noticed?.Invoke(e.FullPath);
    }

    private async Task ScanAsync()
    {
        try
        {
            _log.LogInformation("Drop folder {Folder} changed: scanning it", Folder);
            await _scan(CancellationToken.None);
        }
        catch (Exception e)
        {
            _log.LogError(e, "Drop folder {Folder}: the scan could not be started", Folder);
        }
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _timer.Dispose();
    }
}
