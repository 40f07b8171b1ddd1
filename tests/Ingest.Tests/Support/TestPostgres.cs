using Npgsql;

namespace Ingest.Tests.Support;

/// <summary>
/// The PostgreSQL the tests use: the connection string in INGEST_TEST_POSTGRES (scripts/test.sh starts a
/// private cluster with scripts/postgres-test-cluster.sh and sets it). Without it a test is skipped
/// locally, but fails in CI (CI=true), where a missing PostgreSQL must never pass as green.
/// Each store gets a schema of its own, so tests run in parallel on one database.
/// </summary>
internal static class TestPostgres
{
    public const string Variable = "INGEST_TEST_POSTGRES";

    public static string ConnectionStringOrSkip()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        const string why = $"{Variable} is not set: no PostgreSQL to test against. Start one with: eval \"$(bash scripts/postgres-test-cluster.sh start)\"";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"{why} (CI=true: PostgreSQL tests must run in CI, not be skipped)");
        }

        Assert.Ignore(why);
        return string.Empty;
    }

    /// <summary>Creates an empty schema and returns a connection string whose search path is that schema.</summary>
    public static async Task<(string ConnectionString, string Schema)> CreateSchemaAsync()
    {
        var baseString = ConnectionStringOrSkip();
        var schema = "t_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(baseString, $"CREATE SCHEMA {schema}");
        var builder = new NpgsqlConnectionStringBuilder(baseString) { SearchPath = schema };
        return (builder.ConnectionString, schema);
    }

    /// <summary>Creates an empty database (for tests that run the CLI, whose --db URL names a database) and returns its URL.</summary>
    public static async Task<(string Url, string Database)> CreateDatabaseAsync()
    {
        var baseString = ConnectionStringOrSkip();
        var database = "e2e_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(baseString, $"CREATE DATABASE {database}");
        var b = new NpgsqlConnectionStringBuilder(baseString);
        var user = Uri.EscapeDataString(b.Username ?? "postgres") + (b.Password is null ? string.Empty : ":" + Uri.EscapeDataString(b.Password));
        return ($"postgres://{user}@{b.Host}:{b.Port}/{database}", database);
    }

    public static Task DropDatabaseAsync(string database) => ExecuteAsync(ConnectionStringOrSkip(), $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");

    /// <summary>The connection string of another database on the same server.</summary>
    public static string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder(ConnectionStringOrSkip()) { Database = database }.ConnectionString;

    public static Task DropSchemaAsync(string schema) => ExecuteAsync(ConnectionStringOrSkip(), $"DROP SCHEMA IF EXISTS {schema} CASCADE");

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>Rows of a query as arrays of values (DBNull as null), for tests that look at the tables directly.</summary>
    public static async Task<List<object?[]>> QueryAsync(string connectionString, string sql)
    {
        await using var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        await using var r = await cmd.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await r.ReadAsync())
        {
            var row = new object?[r.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = r.IsDBNull(i) ? null : r.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
