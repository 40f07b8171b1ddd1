using Ingest.Core.Configuration;
using Ingest.Storage;
using Ingest.Storage.Migration;
using Ingest.Storage.Postgres;

namespace Ingest.Cli.Commands;

/// <summary>
/// `ingest migrate --from &lt;sqlite path&gt; --to postgres://...`: copies a SQLite store into an empty
/// PostgreSQL store with nothing lost. The archive folder stays where it is (the paths are copied).
/// </summary>
internal static class MigrateCommand
{
    public static async Task<int> RunAsync(ArgReader args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var from = args.Option("--from") ?? throw new ConfigurationException("command line", "--from <sqlite path> is required");
        var to = args.Option("--to") ?? throw new ConfigurationException("command line", "--to postgres://user:password@host:port/database is required");
        args.RejectUnknown();
        string connectionString;
        try
        {
            connectionString = PostgresConnectionString.ToNpgsql(to);
        }
        catch (FormatException e)
        {
            throw new ConfigurationException("--to", $"the PostgreSQL connection string {e.Message}");
        }

        if (!File.Exists(from))
        {
            throw new ConfigurationException("--from", $"no SQLite store at {from}");
        }

        await using var target = new PostgresDocumentStore(connectionString, TimeProvider.System, onRetry: m => error.WriteLine($"ingest: {m}"));
        try
        {
            var counts = await SqliteToPostgres.CopyAsync(from, target, cancellationToken);
            output.WriteLine($"migrated {Path.GetFullPath(from)} to {target.Description}: {counts.Documents} documents, {counts.Provenances} provenances, {counts.Runs} runs, {counts.RunFailures} run failures, {counts.Users} users, {counts.Decisions} decisions, {counts.CodingAssignments} coding assignments");
            output.WriteLine("the archive of originals was not moved: its paths are copied as they are, so keep the folder where it is (or set Storage.ArchivePath)");
            return ExitCodes.Ok;
        }
        catch (InvalidOperationException e)
        {
            error.WriteLine($"ingest: migrate: {e.Message}");
            return ExitCodes.BadUsage;
        }
    }
}
