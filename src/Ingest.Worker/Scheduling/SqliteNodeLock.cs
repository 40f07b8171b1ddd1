namespace Ingest.Worker.Scheduling;

/// <summary>
/// Quartz's SQLite job store serves one process: two schedulers on one file would both fire every
/// trigger. So `ingest serve` on SQLite holds an exclusive lock file beside the database for its
/// whole life; a second node finds it taken and is refused. The operating system releases the lock
/// when the process dies, however it dies, so a killed node never blocks the next start.
/// </summary>
public sealed class SqliteNodeLock : IDisposable
{
    private readonly FileStream _file;

    private SqliteNodeLock(FileStream file) => _file = file;

    public static string PathFor(string databasePath) => Path.GetFullPath(databasePath) + ".serve.lock";

    /// <summary>The lock, or null when another `ingest serve` holds it.</summary>
    public static SqliteNodeLock? TryAcquire(string databasePath)
    {
        var path = PathFor(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            file.SetLength(0);
            using (var writer = new StreamWriter(file, leaveOpen: true))
            {
                writer.Write($"{Environment.MachineName} pid {Environment.ProcessId}\n");
            }

            file.Flush(true);
            return new SqliteNodeLock(file);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _file.Dispose();
}
