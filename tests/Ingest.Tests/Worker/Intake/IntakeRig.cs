using Ingest.Storage;
using Ingest.Storage.Sqlite;
using Ingest.Worker.Intake;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Quartz;

namespace Ingest.Tests.Worker.Intake;

/// <summary>
/// A temp SQLite store, archive and intake whose Quartz scheduler (in memory) is never started: tests
/// look at the jobs that were queued, nothing runs.
/// </summary>
internal sealed class IntakeRig : IAsyncDisposable
{
    private IntakeRig(string root, SqliteDocumentStore store, FileContentArchive archive, SqliteSourceLedger ledger, IScheduler scheduler)
    {
        Root = root;
        Store = store;
        Archive = archive;
        Ledger = ledger;
        Scheduler = scheduler;
        Intake = new DocumentIntake(archive, ledger, new OneScheduler(scheduler), NullLogger<DocumentIntake>.Instance);
    }

    public string Root { get; }

    public string DatabasePath => Path.Combine(Root, "ingest.db");

    public SqliteDocumentStore Store { get; }

    public FileContentArchive Archive { get; }

    public SqliteSourceLedger Ledger { get; }

    public IScheduler Scheduler { get; }

    public DocumentIntake Intake { get; }

    public static async Task<IntakeRig> CreateAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "ingest-intake-" + Guid.NewGuid().ToString("N"));
        var db = Path.Combine(root, "ingest.db");
        var store = new SqliteDocumentStore(db, TimeProvider.System);
        await store.MigrateAsync(CancellationToken.None);
        var scheduler = await QuartzSchedulerBuilder.Create(q => q.UseInMemoryStore()).BuildScheduler();
        return new IntakeRig(root, store, new FileContentArchive(Path.Combine(root, "archive")), new SqliteSourceLedger(db), scheduler);
    }

    /// <summary>The document jobs waiting in the scheduler, with their data.</summary>
    public async Task<List<DocumentJobData>> QueuedJobsAsync()
    {
        var keys = await Scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(DocumentJobData.Group));
        var jobs = new List<DocumentJobData>();
        foreach (var key in keys)
        {
            jobs.Add(DocumentJobData.From((await Scheduler.GetJobDetail(key))!.JobDataMap));
        }

        return jobs;
    }

    public async ValueTask DisposeAsync()
    {
        await Scheduler.Shutdown(false);
        await Store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Root, recursive: true);
    }

    /// <summary>Hands the intake the rig's scheduler.</summary>
    private sealed class OneScheduler(IScheduler scheduler) : ISchedulerFactory
    {
        public ValueTask<List<IScheduler>> GetAllSchedulers(CancellationToken cancellationToken = default) => ValueTask.FromResult<List<IScheduler>>([scheduler]);

        public ValueTask<IScheduler> GetScheduler(CancellationToken cancellationToken = default) => ValueTask.FromResult(scheduler);

        public ValueTask<IScheduler?> LookupScheduler(string name, CancellationToken cancellationToken = default) => ValueTask.FromResult<IScheduler?>(scheduler);
    }
}
