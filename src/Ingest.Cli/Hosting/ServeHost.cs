using Ingest.Core.Configuration;
using Ingest.Core.Pipeline;
using Ingest.Core.Storage;
using Ingest.Storage;
using Ingest.Storage.Postgres;
using Ingest.Storage.Sqlite;
using Ingest.Worker;
using Ingest.Worker.Configuration;
using Ingest.Web;
using Ingest.Worker.Health;
using Ingest.Worker.Scheduling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ingest.Cli.Hosting;

/// <summary>
/// Builds the `ingest serve` host: one ASP.NET Core application that runs the worker (Quartz scheduler,
/// sources, intake) and answers HTTP (/health and the analyst web UI, on either store).
/// </summary>
internal static class ServeHost
{
    /// <summary>How long SIGTERM waits for documents in flight; one still running after that is recovered at the next start.</summary>
    private static readonly TimeSpan MaxShutdownWait = TimeSpan.FromSeconds(90);

    public static WebApplication Build(IngestEnvironment env, WorkerConfig worker, bool runNow, TimeProvider clock)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls([.. worker.Serve.Urls]);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "yyyy-MM-dd HH:mm:ss ";
            o.UseUtcTimestamp = true;
        });
        builder.Logging.AddFilter("Quartz", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = env.Config.Run.DocumentTimeout < MaxShutdownWait ? env.Config.Run.DocumentTimeout + TimeSpan.FromSeconds(5) : MaxShutdownWait);

        AddCoreServices(builder.Services, env, clock);
        builder.Services.AddIngestWorker(worker, SchedulerStoreOf(env.Config.Storage), env.Config.Run.MaxParallelDocuments, runNow, clock);

        // The analyst web UI shares the store, the intake (its upload) and the clock registered above; its
        // logins and decisions live beside the documents (SQLite tables in the same file, or the same
        // PostgreSQL database, where several serve nodes share them).
        builder.Services.AddIngestWebUiStores(env.Config.Storage);
        builder.Services.AddIngestWebUi(o =>
        {
            builder.Configuration.GetSection(WebUiOptions.SectionName).Bind(o);
            o.Database = env.Config.Storage.Database;
            if (env.Config.Storage.Provider == "postgres")
            {
                // No database file to sit beside: rendered pages go beside the archive of originals.
                o.PageImageCache ??= Path.Combine(Path.GetDirectoryName(Path.GetFullPath(env.Config.Storage.ArchivePath ?? StoreFactory.DefaultPostgresArchive)) ?? ".", "page-images");
            }
        });

        var app = builder.Build();
        app.MapIngestWebUi();
        app.MapIngestHealth();

        return app;
    }

    /// <summary>Quartz's job store lives beside the documents: SQLite for one node, PostgreSQL for a cluster.</summary>
    internal static SchedulerStore SchedulerStoreOf(StorageOptions storage) => storage.Provider == "postgres"
        ? SchedulerStore.Postgres(PostgresConnectionString.ToNpgsql(storage.ConnectionString!))
        : SchedulerStore.Sqlite(storage.Database);

    /// <summary>What the worker runs on, from the environment every verb opens (config, stages, store, archive).</summary>
    private static void AddCoreServices(IServiceCollection services, IngestEnvironment env, TimeProvider clock)
    {
        services.AddSingleton(clock);
        services.AddSingleton<PipelineConfig>(env.Config);
        services.AddSingleton(env.Store);
        services.AddSingleton(env.Archive);
        services.AddSingleton<ISourceLedger>(env.Config.Storage.Provider == "postgres"
            ? new PostgresSourceLedger(PostgresConnectionString.ToNpgsql(env.Config.Storage.ConnectionString!))
            : new SqliteSourceLedger(env.Config.Storage.Database));
        services.AddSingleton(new PipelineRunner(env.Stages, env.Store, env.Archive, env.Config.Run, clock));
    }
}
