using Ingest.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Ingest.Tests.Storage;

/// <summary>The store contract on SQLite: one file in a temp folder per test.</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class SqliteDocumentStoreTests : DocumentStoreContractTests
{
    protected override async Task<StoreHarness> CreateAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "ingest-store-" + Guid.NewGuid().ToString("N"));
        var harness = new SqliteHarness(root);
        await harness.Store.MigrateAsync(CancellationToken.None);
        return harness;
    }

    private sealed class SqliteHarness : StoreHarness
    {
        private readonly string _root;

        public SqliteHarness(string root)
        {
            _root = root;
            Store = new SqliteDocumentStore(DatabasePath, new SteppingClock());
        }

        private string DatabasePath => Path.Combine(_root, "data", "ingest.db");

        public override async Task ReopenAsync()
        {
            await Store.DisposeAsync();
            Store = new SqliteDocumentStore(DatabasePath, new SteppingClock(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero)));
            await Store.MigrateAsync(CancellationToken.None);
        }

        public override async Task<List<object?[]>> QueryAsync(string sql)
        {
            await using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync();
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
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

        public override async ValueTask DisposeAsync()
        {
            await Store.DisposeAsync();
            if (Directory.Exists(_root))
            {
                Directory.Delete(_root, recursive: true);
            }
        }
    }
}
