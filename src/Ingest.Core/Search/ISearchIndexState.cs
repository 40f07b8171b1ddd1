namespace Ingest.Core.Search;

/// <summary>
/// Whether a store's search index was ever built: a store older than its index, or one copied by
/// `ingest migrate`, holds text but no indexed sentence, so every search finds nothing until a reindex.
/// The CLI builds it then; the web page, whose GET must change nothing, says so instead.
/// </summary>
public interface ISearchIndexState
{
    Task<bool> NeedsBuildingAsync(CancellationToken cancellationToken);
}
