using Ingest.Core.Storage;
using Ingest.Core.Text;

namespace Ingest.Core.Review;

/// <summary>
/// What the review page reads, cheaper than <see cref="IDocumentStore.GetAsync"/>: the document without
/// its offset map, blocks, footnotes or provenance (the offset map alone is megabytes for a long review),
/// and the offset map on its own when the page asks where a suggestion lies on the PDF page.
/// </summary>
public interface IReviewReader
{
    /// <summary>The document with text, pages, sections, metadata, annotations and rating; its offset map is empty.</summary>
    Task<StoredDocument?> GetForReviewAsync(string id, CancellationToken cancellationToken);

    Task<OffsetMap?> OffsetMapAsync(string id, CancellationToken cancellationToken);
}
