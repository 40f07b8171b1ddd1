using Npgsql;

namespace Ingest.Storage.Postgres;

/// <summary>
/// The web UI's data-protection keys (XML documents, as ASP.NET Core writes them) in the shared database,
/// so every serve node signs and reads login cookies and antiforgery tokens with the same keys. The
/// keys are as sensitive as the password hashes beside them: whoever can read this table can forge a
/// login. ASP.NET Core calls these synchronously, rarely (at start and when a key is added every 90 days).
/// </summary>
public sealed class PostgresKeyRing : IDisposable
{
    private readonly PostgresConnector _db;
    private readonly Lazy<bool> _migrated;

    public PostgresKeyRing(string connectionString, TimeProvider clock)
    {
        _db = new PostgresConnector(connectionString, clock);
        _migrated = new Lazy<bool>(() =>
        {
            _db.MigrateReviewSchemaAsync(CancellationToken.None).GetAwaiter().GetResult();
            return true;
        });
    }

    public IReadOnlyList<string> ReadAll()
    {
        _ = _migrated.Value;
        return _db.RunAsync("read the data-protection keys", async c =>
        {
            await using var cmd = new NpgsqlCommand("SELECT xml FROM data_protection_keys ORDER BY stored_at, friendly_name", c);
            await using var r = await cmd.ExecuteReaderAsync();
            var all = new List<string>();
            while (await r.ReadAsync())
            {
                all.Add(r.GetString(0));
            }

            return (IReadOnlyList<string>)all;
        }, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Adds a key; two nodes adding the same one at once both succeed (the first one's copy is kept).</summary>
    public void Store(string friendlyName, string xml)
    {
        _ = _migrated.Value;
        _db.RunAsync("store a data-protection key", async c =>
        {
            await using var cmd = new NpgsqlCommand("INSERT INTO data_protection_keys(friendly_name, xml) VALUES (@n, @x) ON CONFLICT (friendly_name) DO NOTHING", c);
            cmd.Parameters.AddWithValue("n", friendlyName);
            cmd.Parameters.AddWithValue("x", xml);
            return await cmd.ExecuteNonQueryAsync();
        }, CancellationToken.None).GetAwaiter().GetResult();
    }

    public void Dispose() => _db.Dispose();
}
