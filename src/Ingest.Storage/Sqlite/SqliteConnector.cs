using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Ingest.Storage.Sqlite;

/// <summary>
/// Connections to one SQLite file with the pragmas every store here uses, and a write gate so that one
/// process writes one transaction at a time (SQLite has one writer; the busy timeout covers other processes).
/// </summary>
internal sealed class SqliteConnector : IDisposable
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    public SqliteConnector(string databasePath)
    {
        var full = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = full, Cache = SqliteCacheMode.Private, Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";
        await pragma.ExecuteNonQueryAsync(ct);
        return connection;
    }

    public async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken ct)
    {
        await _writeGate.WaitAsync(ct);
        try
        {
            await using var c = await OpenAsync(ct);
            // BEGIN IMMEDIATE: take the write lock before reading, so a read-check-write cannot interleave with another process.
            await using var tx = (SqliteTransaction)await c.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, ct);
            var result = await work(c, tx);
            await tx.CommitAsync(ct);
            return result;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Applies the numbered migrations of one feature, tracked in its own version table.</summary>
    public async Task MigrateAsync(string versionTable, IReadOnlyList<string> migrations, CancellationToken ct)
    {
        await WriteAsync(async (c, tx) =>
        {
            await Execute(c, tx, $"CREATE TABLE IF NOT EXISTS {versionTable} (version INTEGER NOT NULL)", ct);
            await using var read = Command(c, tx, $"SELECT COALESCE(MAX(version), 0) FROM {versionTable}");
            var current = Convert.ToInt32(await read.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
            for (var v = current; v < migrations.Count; v++)
            {
                await Execute(c, tx, migrations[v], ct);
                await Execute(c, tx, $"INSERT INTO {versionTable}(version) VALUES ({v + 1})", ct);
            }

            return current;
        }, ct);
    }

    public static SqliteCommand Command(SqliteConnection c, SqliteTransaction? tx, string sql)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    public static async Task Execute(SqliteConnection c, SqliteTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = Command(c, tx, sql);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public static string Iso(DateTimeOffset t) => t.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseIso(string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture);

    public void Dispose() => _writeGate.Dispose();
}
