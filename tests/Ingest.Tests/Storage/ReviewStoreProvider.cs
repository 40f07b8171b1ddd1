using Ingest.Core.Review;
using Ingest.Core.Storage;
using Ingest.Storage.Postgres;
using Ingest.Storage.Sqlite;
using Ingest.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Ingest.Tests.Storage;

/// <summary>
/// The analyst UI's stores on one provider, fresh for one test: "sqlite" (a file in a temp folder) or
/// "postgres" (a schema of its own on INGEST_TEST_POSTGRES), for fixtures parametrised by provider name.
/// </summary>
internal sealed class ReviewStoreProvider : IAsyncDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly Func<TimeProvider, IDocumentStore> _documents;
    private readonly Func<TimeProvider, IDecisionStore> _decisions;
    private readonly Func<TimeProvider, IUserStore> _users;
    private readonly Func<TimeProvider, IReviewReader> _reader;
    private readonly Func<string, Task> _execute;
    private readonly Func<Task> _cleanUp;
    private readonly List<object> _opened = [];

    private ReviewStoreProvider(string name, Func<TimeProvider, IDocumentStore> documents, Func<TimeProvider, IDecisionStore> decisions,
        Func<TimeProvider, IUserStore> users, Func<TimeProvider, IReviewReader> reader, Func<string, Task> execute, Func<Task> cleanUp)
    {
        _reader = reader;
        Name = name;
        _documents = documents;
        _decisions = decisions;
        _users = users;
        _execute = execute;
        _cleanUp = cleanUp;
    }

    public string Name { get; }

    /// <summary>The Npgsql connection string of the test's schema (null on SQLite).</summary>
    public string? ConnectionString { get; private init; }

    public static async Task<ReviewStoreProvider> CreateAsync(string provider)
    {
        if (provider == Postgres)
        {
            var (cs, schema) = await TestPostgres.CreateSchemaAsync();
            return new ReviewStoreProvider(provider,
                clock => new PostgresDocumentStore(cs, clock, "test"),
                clock => new PostgresDecisionStore(cs, clock),
                clock => new PostgresUserStore(cs, clock),
                clock => new PostgresReviewReader(cs, clock),
                sql => TestPostgres.ExecuteAsync(cs, sql),
                () => TestPostgres.DropSchemaAsync(schema)) { ConnectionString = cs };
        }

        var root = Path.Combine(Path.GetTempPath(), "ingest-review-" + Guid.NewGuid().ToString("N"));
        var db = Path.Combine(root, "ingest.db");
        return new ReviewStoreProvider(provider,
            clock => new SqliteDocumentStore(db, clock),
            clock => new SqliteDecisionStore(db, clock),
            clock => new SqliteUserStore(db, clock),
            _ => new SqliteReviewReader(db),
            async sql =>
            {
                await using var c = new SqliteConnection($"Data Source={db};Pooling=False");
                await c.OpenAsync();
                await using var cmd = c.CreateCommand();
                cmd.CommandText = sql;
                await cmd.ExecuteNonQueryAsync();
            },
            () =>
            {
                SqliteConnection.ClearAllPools();
                if (Directory.Exists(root))
                {
                    Directory.Delete(root, recursive: true);
                }

                return Task.CompletedTask;
            });
    }

    /// <summary>A migrated document store, closed with the provider.</summary>
    public async Task<IDocumentStore> DocumentsAsync(TimeProvider clock)
    {
        var store = Track(_documents(clock));
        await store.MigrateAsync(CancellationToken.None);
        return store;
    }

    /// <summary>A migrated decision store (each call is another connection pool, as another serve node would have).</summary>
    public async Task<IDecisionStore> DecisionsAsync(TimeProvider clock)
    {
        var store = Track(_decisions(clock));
        await store.MigrateAsync(CancellationToken.None);
        return store;
    }

    public async Task<IUserStore> UsersAsync(TimeProvider clock)
    {
        var store = Track(_users(clock));
        await store.MigrateAsync(CancellationToken.None);
        return store;
    }

    public IReviewReader Reader(TimeProvider clock) => Track(_reader(clock));

    /// <summary>Runs SQL directly on the store's tables, as someone with a database client would.</summary>
    public Task ExecuteAsync(string sql) => _execute(sql);

    private T Track<T>(T store)
        where T : notnull
    {
        _opened.Add(store);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in Enumerable.Reverse(_opened))
        {
            switch (store)
            {
                case IAsyncDisposable a:
                    await a.DisposeAsync();
                    break;
                case IDisposable d:
                    d.Dispose();
                    break;
            }
        }

        await _cleanUp();
    }
}
