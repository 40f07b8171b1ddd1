using Ingest.Core.Documents;

namespace Ingest.Core.Storage;

/// <summary>What an HTTP server said about a URL last time, for a conditional request (ETag, Last-Modified).</summary>
public sealed record HttpValidators(string Url, string? ETag, DateTimeOffset? LastModified, string? DocumentId);

/// <summary>
/// What the worker's sources and the intake need from the store beside the document contract: whether
/// a document is known, adding a provenance to a known one, and the validators remembered per URL.
/// Kept apart from <see cref="IDocumentStore"/> so the PostgreSQL store can add it on its own.
/// </summary>
public interface ISourceLedger
{
    /// <summary>The stored status of a document, or null when the store has never seen its bytes.</summary>
    Task<DocumentStatus?> StatusOfAsync(string documentId, CancellationToken cancellationToken);

    /// <summary>
    /// Records one more place the same bytes were found (ignored when that place is already recorded).
    /// Allowed before the document itself is stored: the intake records it when the bytes arrive, the
    /// document's row follows when its job claims it.
    /// </summary>
    Task AddProvenanceAsync(string documentId, Provenance provenance, CancellationToken cancellationToken);

    Task<HttpValidators?> ValidatorsAsync(string url, CancellationToken cancellationToken);

    Task SaveValidatorsAsync(HttpValidators validators, DateTimeOffset checkedAt, CancellationToken cancellationToken);
}
