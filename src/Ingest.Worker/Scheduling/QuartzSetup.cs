using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Ingest.Worker.Scheduling;

/// <summary>
/// The one place Quartz is configured. Today: one process, the ADO.NET job store in the same SQLite
/// file as the documents (so a document's job and its stored state live and die together). The
/// scale-out issue switches the persistent store here to PostgreSQL with UseClustering; nothing else
/// in the worker knows which store Quartz uses.
/// </summary>
public static class QuartzSetup
{
    /// <summary>The execution group of the per-document jobs, limited to Run.MaxParallelDocuments at a time.</summary>
    public const string DocumentsExecutionGroup = "documents";

    public static IServiceCollection AddIngestScheduler(this IServiceCollection services, string sqliteDatabasePath, int maxParallelDocuments, TimeProvider clock)
    {
        var connectionString = $"Data Source={Path.GetFullPath(sqliteDatabasePath)};Cache=Private;Default Timeout=30";
        services.AddQuartz(q =>
        {
            q.UseTimeProvider(clock);
            // A thread for the scan beside the documents, which are held to their own limit.
            q.UseDefaultThreadPool(maxParallelDocuments + 1);
            q.UseExecutionLimits(l => l.ForGroup(DocumentsExecutionGroup, maxParallelDocuments));
            q.UsePersistentStore(store =>
            {
                store.UseSqlite(connectionString);
                store.ProvisionSchema();
            });
        });

        // SIGTERM: the host stops the scheduler and waits for the jobs in flight; one that is still
        // running when the host's shutdown time-out ends is recovered (RequestRecovery) at the next start.
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
