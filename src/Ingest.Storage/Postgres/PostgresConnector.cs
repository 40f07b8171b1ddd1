using Npgsql;

namespace Ingest.Storage.Postgres;

/// <summary>
/// What the analyst UI's PostgreSQL stores share: one pooled data source, the retry on a lost connection
/// (<see cref="TransientRetry"/>: each call is one transaction, so a retry repeats it whole) and the
/// migration of the UI's own tables.
/// </summary>
internal sealed class PostgresConnector : IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _source;
    private readonly TransientRetry _retry;

    public PostgresConnector(string connectionString, TimeProvider clock)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.ApplicationName ??= "ingest-ui";
        _source = NpgsqlDataSource.Create(builder.ConnectionString);
        _retry = new TransientRetry(4, TimeSpan.FromMilliseconds(500), clock);
    }

    public Task MigrateReviewSchemaAsync(CancellationToken ct) =>
        RunAsync("bring the analyst UI's tables up to date", async c =>
        {
            await PostgresMigrator.MigrateAsync(c, PostgresReviewSchema.VersionTable, PostgresReviewSchema.Migrations, ct);
            return 0;
        }, ct);

    /// <summary>One call on a fresh pooled connection, retried whole when the connection is lost.</summary>
    public Task<T> RunAsync<T>(string what, Func<NpgsqlConnection, Task<T>> work, CancellationToken ct) =>
        _retry.RunAsync(what, async _ =>
        {
            await using var c = await _source.OpenConnectionAsync(ct);
            return await work(c);
        }, ct);

    /// <summary>One transaction (read committed; the work takes the row locks it needs), committed when the work returns.</summary>
    public Task<T> WriteAsync<T>(string what, Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken ct) =>
        RunAsync(what, async c =>
        {
            await using var tx = await c.BeginTransactionAsync(ct);
            var result = await work(c, tx);
            await tx.CommitAsync(ct);
            return result;
        }, ct);

    public static NpgsqlCommand Command(NpgsqlConnection c, NpgsqlTransaction? tx, string sql) => new(sql, c, tx);

    public ValueTask DisposeAsync() => _source.DisposeAsync();

    public void Dispose() => _source.Dispose();
}
