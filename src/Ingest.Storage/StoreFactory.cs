using Ingest.Core.Configuration;
using Ingest.Core.Storage;
using Ingest.Storage.Postgres;
using Ingest.Storage.Sqlite;

namespace Ingest.Storage;

/// <summary>The store and archive a configuration names, opened and migrated.</summary>
public sealed record OpenedStore(IDocumentStore Store, IContentArchive Archive, string Description);

/// <summary>
/// Chooses the store from <c>Storage.Provider</c>: "sqlite" (a file, the default) or "postgres" (a shared
/// server, from <c>Storage.ConnectionString</c> or <c>--db postgres://...</c>). The archive of originals
/// stays a folder in both cases (<c>Storage.ArchivePath</c>; for PostgreSQL by default <c>data/archive</c>):
/// several workers on several machines must point it at one shared folder (e.g. an NFS mount).
/// </summary>
public static class StoreFactory
{
    public const string DefaultPostgresArchive = "data/archive";

    /// <summary>Checks the storage options without opening anything; a bad value throws with its JSON path.</summary>
    public static void Validate(StorageOptions storage, string connectionStringPath = "$.Storage.ConnectionString")
    {
        if (storage.Provider == "postgres")
        {
            NpgsqlConnectionString(storage, connectionStringPath);
        }
    }

    public static async Task<OpenedStore> OpenAsync(StorageOptions storage, TimeProvider clock, Action<string>? onRetry, CancellationToken cancellationToken, string connectionStringPath = "$.Storage.ConnectionString")
    {
        if (storage.Provider == "postgres")
        {
            var postgres = new PostgresDocumentStore(NpgsqlConnectionString(storage, connectionStringPath), clock, onRetry: onRetry);
            try
            {
                await postgres.MigrateAsync(cancellationToken);
            }
            catch
            {
                await postgres.DisposeAsync();
                throw;
            }

            return new OpenedStore(postgres, new FileContentArchive(storage.ArchivePath ?? DefaultPostgresArchive), postgres.Description);
        }

        var sqlite = new SqliteDocumentStore(storage.Database, clock);
        await sqlite.MigrateAsync(cancellationToken);
        return new OpenedStore(sqlite, new FileContentArchive(storage.ResolveArchivePath()), $"SQLite {sqlite.DatabasePath}");
    }

    private static string NpgsqlConnectionString(StorageOptions storage, string path)
    {
        try
        {
            return PostgresConnectionString.ToNpgsql(storage.ConnectionString ?? string.Empty);
        }
        catch (FormatException e)
        {
            throw new ConfigurationException(path, $"the PostgreSQL connection string {e.Message}");
        }
    }
}
