using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Ingest.EndToEnd.Support;

internal sealed record StoredRow(string Id, string FileName, string Source, string Status, string? Error, int Attempts, string ArchivePath, int TextLength, int PageCount);

internal sealed record ProvenanceRow(string DocumentId, string SourceKind, string Location, string FileName);

/// <summary>Reads the SQLite store the way an outside tool would: read-only, one short connection per question.</summary>
internal sealed class StoreReader(string databasePath)
{
    public string DatabasePath { get; } = databasePath;

    public IReadOnlyList<StoredRow> Documents() => Query(
        "SELECT id, file_name, source, status, error, attempts, archive_path, COALESCE(length(text), 0), page_count FROM documents ORDER BY id",
        r => new StoredRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.GetInt32(5), r.GetString(6), r.GetInt32(7), r.GetInt32(8)));

    public IReadOnlyList<ProvenanceRow> Provenance() => Query(
        "SELECT document_id, source_kind, location, file_name FROM provenance ORDER BY document_id, location",
        r => new ProvenanceRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)));

    /// <summary>What started each recorded run, oldest first (cli, serve:run-now, serve:recovery ...).</summary>
    public IReadOnlyList<string> RunTriggers() => Query("SELECT trig FROM runs ORDER BY id", r => r.GetString(0));

    public StoredRow? Document(string id) => Documents().SingleOrDefault(d => d.Id == id);

    /// <summary>
    /// How many documents have the status, for polling a store a running process is writing: 0 while
    /// the file or its tables do not exist yet, or while the database is busy.
    /// </summary>
    public int TryCount(string status)
    {
        if (!File.Exists(DatabasePath))
        {
            return 0;
        }

        try
        {
            return Query("SELECT COUNT(*) FROM documents WHERE status = $s", r => r.GetInt32(0), ("$s", status)).Single();
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    public static string Sha256Of(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        var cs = new SqliteConnectionStringBuilder { DataSource = DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = 30 }.ToString();
        using var connection = new SqliteConnection(cs);
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value);
        }

        using var reader = cmd.ExecuteReader();
        var list = new List<T>();
        while (reader.Read())
        {
            list.Add(read(reader));
        }

        return list;
    }
}
