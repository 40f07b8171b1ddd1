using Npgsql;

namespace Ingest.Storage.Postgres;

/// <summary>
/// Lets the `ingest serve` nodes of one PostgreSQL database start one at a time: while a node holds it,
/// it creates the Quartz tables if missing and stores the nightly trigger, so several nodes started
/// together neither race on CREATE TABLE nor on the trigger row. A session advisory lock on a
/// connection of its own: released when disposed, or by PostgreSQL when the process dies.
/// </summary>
public sealed class ClusterStartLock : IAsyncDisposable
{
    private const string Key = "hashtext('ingest-serve-start:' || current_schema())";

    private readonly NpgsqlConnection _connection;

    private ClusterStartLock(NpgsqlConnection connection) => _connection = connection;

    public static async Task<ClusterStartLock> AcquireAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var cmd = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", connection);
            await cmd.ExecuteNonQueryAsync(cancellationToken);
            return new ClusterStartLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Closing the unpooled session ends it, and the lock with it.
        await _connection.DisposeAsync();
    }
}
