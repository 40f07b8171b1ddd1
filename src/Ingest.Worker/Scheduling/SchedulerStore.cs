namespace Ingest.Worker.Scheduling;

/// <summary>
/// Where Quartz keeps its jobs and triggers: always beside the documents. SQLite is one process only;
/// PostgreSQL is a cluster of as many `ingest serve` nodes as share the database.
/// </summary>
public sealed record SchedulerStore(bool Clustered, string ConnectionString)
{
    public static SchedulerStore Sqlite(string databasePath) =>
        new(false, $"Data Source={Path.GetFullPath(databasePath)};Cache=Private;Default Timeout=30");

    /// <param name="npgsqlConnectionString">The store's own connection string (Npgsql keywords).</param>
    public static SchedulerStore Postgres(string npgsqlConnectionString) => new(true, npgsqlConnectionString);
}
