using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Ingest.Worker.Scheduling;

/// <summary>
/// The one place Quartz is configured: the ADO.NET job store in the same database as the documents (so
/// a document's job and its stored state live and die together). On SQLite that is one process (a
/// second node is refused, see <see cref="SqliteNodeLock"/>); on PostgreSQL the nodes sharing the
/// database form a Quartz cluster: a trigger fires on one node, and a node that stops checking in is
/// declared dead by the others, which recover its jobs that requested recovery.
/// </summary>
public static class QuartzSetup
{
    /// <summary>The execution group of the per-document jobs, limited to Run.MaxParallelDocuments at a time.</summary>
    public const string DocumentsExecutionGroup = "documents";

    /// <summary>How often a node tells the cluster it is alive.</summary>
    public static readonly TimeSpan CheckinInterval = TimeSpan.FromSeconds(5);

    /// <summary>How late a node's check-in may be before another node takes over its jobs.</summary>
    public static readonly TimeSpan CheckinMisfireThreshold = TimeSpan.FromSeconds(15);

    public static IServiceCollection AddIngestScheduler(this IServiceCollection services, SchedulerStore store, int maxParallelDocuments, TimeProvider clock)
    {
        services.AddQuartz(q =>
        {
            q.UseTimeProvider(clock);

            // Every node of a cluster has the same scheduler name (it names the rows they share) and an
            // instance id of its own (AUTO: host name and a time stamp).
            // (The generated id is only asked for when the store is clustered.)
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "ingest";
                o.GenerateInstanceId = true;
            });

            // A thread for the scan beside the documents, which are held to their own limit.
            q.UseDefaultThreadPool(maxParallelDocuments + 1);
            q.UseExecutionLimits(l => l.ForGroup(DocumentsExecutionGroup, maxParallelDocuments));
            q.UsePersistentStore(persistent =>
            {
                if (store.Clustered)
                {
                    persistent.UsePostgres(store.ConnectionString);
                    persistent.UseClustering(c =>
                    {
                        c.CheckinInterval = CheckinInterval;
                        c.CheckinMisfireThreshold = CheckinMisfireThreshold;
                    });
                }
                else
                {
                    persistent.UseSqlite(store.ConnectionString);
                }

                // Creates the missing tables; on PostgreSQL nodes start one at a time (ClusterStartLock).
                persistent.ProvisionSchema();
            });
        });

        // SIGTERM: the host stops the scheduler and waits for the jobs in flight; one that is still
        // running when the host's shutdown time-out ends is recovered (RequestRecovery) at the next
        // start, or, in a cluster, by another node once this one misses its check-in.
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
