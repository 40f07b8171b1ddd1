using Ingest.Cli.Hosting;
using Ingest.Core.Configuration;
using Ingest.Storage.Postgres;
using Ingest.Worker.Scheduling;
using Ingest.Worker.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Ingest.Cli.Commands;

/// <summary>
/// `ingest serve`: the hosted worker. Runs until SIGTERM or Ctrl+C, then lets the documents in flight
/// finish (or leaves them to be recovered at the next start). Exit 0 after a clean stop, 2 for bad
/// configuration (nothing started).
/// </summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(ArgReader args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var configPath = args.Option("--config");
        var db = args.Option("--db");
        var urls = args.Option("--urls");
        var watch = args.Options("--watch");
        var runNow = args.Flag("--run-now");
        args.RejectUnknown();
        if (args.Positional.Count > 0)
        {
            throw new ConfigurationException("command line", $"serve takes no file or folder ('{args.Positional[0]}'); give a drop folder with --watch <folder>");
        }

        var missing = watch.FirstOrDefault(f => !Directory.Exists(f));
        if (missing is not null)
        {
            throw new ConfigurationException("--watch", $"folder not found: {missing}");
        }

        // Every section is checked before the store is opened or a port is taken.
        var worker = WorkerConfig.Read(IngestEnvironment.LoadConfig(configPath, db)).WithWatchedFolders(watch);
        if (urls is not null)
        {
            worker = worker with { Serve = worker.Serve.WithUrls(urls) };
        }

        // Quartz's SQLite store is one process only: a second node on the same file is refused before it opens anything.
        var storage = IngestEnvironment.LoadConfig(configPath, db).Storage;
        using var sqliteLock = storage.Provider == "postgres" ? null : SqliteNodeLock.TryAcquire(storage.Database);
        if (storage.Provider != "postgres" && sqliteLock is null)
        {
            error.WriteLine($"ingest: another `ingest serve` is already running on {Path.GetFullPath(storage.Database)} (it holds {SqliteNodeLock.PathFor(storage.Database)}). " +
                "Quartz's SQLite job store serves one process only; to run several nodes, use PostgreSQL (Storage.Provider \"postgres\", see docs/deployment.md).");
            return ExitCodes.BadUsage;
        }

        var clock = TimeProvider.System;
        await using var env = await IngestEnvironment.OpenAsync(configPath, db, clock, cancellationToken);
        await using var app = ServeHost.Build(env, worker, runNow, clock);
        try
        {
            // In a cluster, nodes start one at a time: the Quartz tables and the nightly trigger are made once.
            await using var startLock = storage.Provider == "postgres"
                ? await ClusterStartLock.AcquireAsync(PostgresConnectionString.ToNpgsql(storage.ConnectionString!), cancellationToken)
                : null;
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            error.WriteLine($"ingest: cannot listen on {string.Join(", ", worker.Serve.Urls)}: {e.Message}");
            return ExitCodes.BadUsage;
        }

        output.WriteLine($"serve: listening on {string.Join(", ", app.Urls)}; {worker.Sources.Count} source(s); store {(storage.Provider == "postgres" ? "PostgreSQL (Quartz cluster)" : Path.GetFullPath(env.Config.Storage.Database))}");
        await app.WaitForShutdownAsync(cancellationToken);
        output.WriteLine("serve: stopped");
        return ExitCodes.Ok;
    }
}
