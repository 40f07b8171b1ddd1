using System.Data;
using Npgsql;

namespace Ingest.Storage.Postgres;

/// <summary>
/// How a worker tells the others it is alive: it registers a row in <c>workers</c> and holds a session
/// advisory lock keyed by (the schema, its row id) on a connection of its own for as long as it lives.
/// When the process dies, PostgreSQL ends the session and the lock goes with it, so a document still
/// marked "processing" by that worker is known to be abandoned (resumed) rather than busy.
/// </summary>
internal sealed class WorkerPresence(NpgsqlDataSource unpooled, string name, TimeProvider clock) : IAsyncDisposable
{
    /// <summary>True when the worker holding that key is alive (its lock is held) in this database and schema.</summary>
    public const string IsAliveSql = """
        EXISTS (SELECT 1 FROM pg_locks l
                WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
                  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                  AND l.classid = hashtext(current_schema())::oid AND l.objid = {0}::int::oid)
        """;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private NpgsqlConnection? _connection;

    public string Name { get; } = name;

    /// <summary>The worker's row id (0 until first used).</summary>
    public long WorkerId { get; private set; }

    /// <summary>
    /// Registers (once), checks the lock's connection is still there (a round trip: a session ended by the
    /// server is otherwise only noticed by the keep-alive) and retakes the lock if it is not; returns the worker id.
    /// </summary>
    public async Task<long> EnsureAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (_connection is not null && await StillThereAsync(_connection, ct))
            {
                return WorkerId;
            }

            if (_connection is not null)
            {
                await _connection.DisposeAsync();
                _connection = null;
            }

            var connection = await unpooled.OpenConnectionAsync(ct);
            try
            {
                if (WorkerId == 0)
                {
                    await using var register = new NpgsqlCommand("INSERT INTO workers(name, started_at) VALUES (@n, @t) RETURNING id", connection);
                    register.Parameters.AddWithValue("n", Name);
                    register.Parameters.AddWithValue("t", clock.GetUtcNow());
                    WorkerId = (long)(await register.ExecuteScalarAsync(ct))!;
                }

                // After a lost connection the server may still hold the old session's lock for a while:
                // wait for it (bounded), never run without it.
                await using var take = new NpgsqlCommand("SET lock_timeout = '60s'; SELECT pg_advisory_lock(hashtext(current_schema()), @w::int)", connection);
                take.Parameters.AddWithValue("w", WorkerId);
                await take.ExecuteNonQueryAsync(ct);
                _connection = connection;
                return WorkerId;
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task<bool> StillThereAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        if (connection.State != ConnectionState.Open)
        {
            return false;
        }

        try
        {
            await using var ping = new NpgsqlCommand("SELECT 1", connection);
            await ping.ExecuteScalarAsync(ct);
            return true;
        }
        catch (Exception e) when (TransientRetry.IsTransient(e) || e is NpgsqlException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            // Released at once on a clean stop, so the next worker need not wait for the server to notice.
            try
            {
                await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock_all()", _connection);
                await release.ExecuteNonQueryAsync();
            }
            catch (NpgsqlException)
            {
                // The connection is gone already, and the lock with it.
            }

            await _connection.DisposeAsync();
        }

        _gate.Dispose();
    }
}
