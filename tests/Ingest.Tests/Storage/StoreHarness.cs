using Ingest.Core.Storage;

namespace Ingest.Tests.Storage;

/// <summary>A store under test with what the contract tests need around it.</summary>
public abstract class StoreHarness : IAsyncDisposable
{
    public IDocumentStore Store { get; protected set; } = null!;

    /// <summary>Closes the store and opens a new one on the same data, as a new process would.</summary>
    public abstract Task ReopenAsync();

    /// <summary>Rows of a query run directly on the store's tables (values as the driver gives them).</summary>
    public abstract Task<List<object?[]>> QueryAsync(string sql);

    public abstract ValueTask DisposeAsync();
}
