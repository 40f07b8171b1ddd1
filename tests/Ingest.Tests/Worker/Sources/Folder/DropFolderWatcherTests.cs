using Ingest.Worker.Sources.Folder;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Ingest.Tests.Worker.Sources.Folder;

/// <summary>
/// A PDF dropped into a watched folder starts one scan of that folder once it has been quiet for the
/// set time (measured on a fake clock); other files start nothing.
/// </summary>
[TestFixture]
public sealed class DropFolderWatcherTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan EventWait = TimeSpan.FromSeconds(20);

    private string _folder = null!;

    [SetUp]
    public void SetUp() => _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "ingest-watch-" + Guid.NewGuid().ToString("N"))).FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task A_dropped_pdf_starts_one_scan_after_the_folder_is_quiet()
    {
        var clock = new FakeTimeProvider();
        var scans = 0;
        var scanned = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var noticed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watcher = new DropFolderWatcher(_folder, Quiet, clock, _ =>
        {
            Interlocked.Increment(ref scans);
            scanned.TrySetResult();
            return Task.CompletedTask;
        }, NullLogger.Instance);
        watcher.Noticed += path => noticed.TrySetResult(path);

        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "not a review");
        // Written beside the folder and moved in, as a finished copy arrives: one event, so none comes late.
        var outside = _folder + "-sar-adult-c.pdf";
        File.WriteAllBytes(outside, "%PDF-1.7\n"u8.ToArray());
        File.Move(outside, Path.Combine(_folder, "sar-adult-c.pdf"));
        Assert.That(await noticed.Task.WaitAsync(EventWait), Does.EndWith("sar-adult-c.pdf"));

        clock.Advance(Quiet - TimeSpan.FromMilliseconds(1));
        Assert.That(scans, Is.Zero, "scanned before the folder was quiet");
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await scanned.Task.WaitAsync(EventWait);
        Assert.That(scans, Is.EqualTo(1));
    }

    [Test]
    public async Task Other_files_start_no_scan()
    {
        var clock = new FakeTimeProvider();
        var noticed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var scans = 0;
        using var watcher = new DropFolderWatcher(_folder, Quiet, clock, _ =>
        {
            Interlocked.Increment(ref scans);
            return Task.CompletedTask;
        }, NullLogger.Instance);
        watcher.Noticed += path => noticed.TrySetResult(path);

        File.WriteAllText(Path.Combine(_folder, "minutes.docx"), "x");
        File.WriteAllText(Path.Combine(_folder, "zz-marker.pdf"), "%PDF-");
        Assert.That(await noticed.Task.WaitAsync(EventWait), Does.EndWith("zz-marker.pdf"), "the first file noticed is the PDF, not the .docx before it");
        Assert.That(scans, Is.Zero);
    }
}
