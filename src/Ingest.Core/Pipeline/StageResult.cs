using Ingest.Core.Documents;

namespace Ingest.Core.Pipeline;

/// <summary>The outcome of one stage on one document.</summary>
public abstract record StageResult
{
    private StageResult()
    {
    }

    /// <summary>The stage did its work; the pipeline goes on with <see cref="Document"/>.</summary>
    public sealed record Success(IngestDocument Document) : StageResult;

    /// <summary>
    /// The document cannot go further now. <see cref="Status"/> is Failed for bad input, or NeedsOcr for a
    /// scanned document that waits for OCR; either way the document is stored with <see cref="Reason"/>.
    /// </summary>
    public sealed record Stop(IngestDocument Document, DocumentStatus Status, string Reason) : StageResult;

    public static StageResult Ok(IngestDocument document) => new Success(document);

    public static StageResult Fail(IngestDocument document, string reason) => new Stop(document, DocumentStatus.Failed, reason);
}
