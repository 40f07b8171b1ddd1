using Ingest.Core.Pipeline;
using Ingest.Core.Storage;
using Ingest.Worker.Configuration;
using Ingest.Worker.Intake;
using Ingest.Worker.Scheduling;
using Ingest.Worker.Sources;
using Ingest.Worker.Sources.Folder;
using Ingest.Worker.Sources.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ingest.Worker;

/// <summary>
/// Registers the hosted worker: the scheduler, the jobs, the sources of pipeline.json, the intake.
/// The host registers what the worker runs on beforehand: the store (IDocumentStore, ISourceLedger),
/// the archive, the PipelineRunner and a TimeProvider.
/// </summary>
public static class WorkerServices
{
    public static IServiceCollection AddIngestWorker(this IServiceCollection services, WorkerConfig config, SchedulerStore schedulerStore, int maxParallelDocuments, bool runNow, TimeProvider clock)
    {
        services.AddIngestScheduler(schedulerStore, maxParallelDocuments, clock);
        services.AddSingleton(config);
        services.AddSingleton(config.Schedule);
        services.AddSingleton(new RunNowRequest(runNow));
        services.AddSingleton<DocumentIntake>();
        services.AddSingleton<IDocumentIntake>(sp => sp.GetRequiredService<DocumentIntake>());
        services.AddSingleton<SourceHttpClient>();
        services.AddTransient<ScanSourcesJob>();
        services.AddTransient<ProcessDocumentJob>();
        foreach (var source in config.Sources)
        {
            switch (source)
            {
                case FolderSourceOptions folder:
                    services.AddSingleton<IDocumentSource>(sp => new FolderSource(folder, clock));
                    break;
                case HttpSourceOptions http:
                    services.AddSingleton<IDocumentSource>(sp => new HttpIndexSource(
                        http, sp.GetRequiredService<SourceHttpClient>().Client, sp.GetRequiredService<ISourceLedger>(), clock, sp.GetRequiredService<ILogger<HttpIndexSource>>()));
                    break;
            }
        }

        services.AddHostedService<ScheduleRegistrar>();
        services.AddHostedService<DropFolderWatching>();
        return services;
    }
}
