using Ingest.Core.Configuration;
using Ingest.Core.Search;
using Ingest.Storage.Postgres;
using Ingest.Storage.Sqlite;

namespace Ingest.Storage;

/// <summary>The sentence search on the configured store, with its check for an index that was never built.</summary>
public sealed class OpenedSearch(ISentenceSearch search, Func<CancellationToken, Task<bool>> needsBuilding) : IAsyncDisposable
{
    public ISentenceSearch Search { get; } = search;

    /// <summary>True when the store holds text but the index nothing (a store older than its index, or one copied by `ingest migrate`).</summary>
    public Task<bool> NeedsBuildingAsync(CancellationToken cancellationToken) => needsBuilding(cancellationToken);

    public ValueTask DisposeAsync() => Search is IAsyncDisposable d ? d.DisposeAsync() : ValueTask.CompletedTask;
}

/// <summary>SQLite FTS5 or PostgreSQL full-text search, after <c>Storage.Provider</c>.</summary>
public static class SentenceSearchFactory
{
    public static OpenedSearch Open(StorageOptions storage)
    {
        if (storage.Provider == "postgres")
        {
            StoreFactory.Validate(storage);
            var postgres = new PostgresSentenceSearch(PostgresConnectionString.ToNpgsql(storage.ConnectionString!));
            return new OpenedSearch(postgres, postgres.NeedsBuildingAsync);
        }

        var sqlite = new SqliteSentenceSearch(storage.Database);
        return new OpenedSearch(sqlite, sqlite.NeedsBuildingAsync);
    }
}
