using Ingest.Core.Documents;

namespace Ingest.Core.Pipeline;

/// <summary>
/// The one way a new original enters Ingest outside a `run` over files: the worker's sources (drop
/// folder, HTTP index pages) and the web UI's upload all hand their bytes here, so every path archives
/// the original by SHA-256, records its provenance and goes through the same pipeline.
/// </summary>
public interface IDocumentIntake
{
    /// <summary>Archives the bytes and queues the document for the pipeline; returns its id (SHA-256 hex).</summary>
    Task<IntakeReceipt> SubmitAsync(Stream content, string fileName, Provenance provenance, CancellationToken cancellationToken);
}

/// <summary>What the intake did with a submission.</summary>
/// <param name="AlreadyKnown">The same bytes were stored before (this provenance is added to that document).</param>
public sealed record IntakeReceipt(string DocumentId, bool AlreadyKnown);
