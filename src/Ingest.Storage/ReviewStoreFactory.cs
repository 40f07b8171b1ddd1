using Ingest.Core.Configuration;
using Ingest.Core.Review;
using Ingest.Storage.Postgres;
using Ingest.Storage.Sqlite;

namespace Ingest.Storage;

/// <summary>
/// The analyst UI's stores (logins, decisions, the review page's reader) on the provider that
/// <c>Storage.Provider</c> names, beside the documents: the SQLite file or the PostgreSQL database.
/// Each store is disposable; the caller (or the DI container) disposes it.
/// </summary>
public static class ReviewStoreFactory
{
    public static IUserStore Users(StorageOptions storage, TimeProvider clock) => storage.Provider == "postgres"
        ? new PostgresUserStore(Npgsql(storage), clock)
        : new SqliteUserStore(storage.Database, clock);

    public static IDecisionStore Decisions(StorageOptions storage, TimeProvider clock) => storage.Provider == "postgres"
        ? new PostgresDecisionStore(Npgsql(storage), clock)
        : new SqliteDecisionStore(storage.Database, clock);

    public static IReviewReader Reader(StorageOptions storage, TimeProvider clock) => storage.Provider == "postgres"
        ? new PostgresReviewReader(Npgsql(storage), clock)
        : new SqliteReviewReader(storage.Database);

    private static string Npgsql(StorageOptions storage)
    {
        StoreFactory.Validate(storage);
        return PostgresConnectionString.ToNpgsql(storage.ConnectionString!);
    }
}
