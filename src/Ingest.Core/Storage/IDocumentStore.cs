using Ingest.Core.Documents;
using Ingest.Core.Pipeline;

namespace Ingest.Core.Storage;

/// <summary>What a run asks of the store when it meets a file.</summary>
/// <param name="Reprocess">Run the stages again on a document already stored (after the pipeline changed).</param>
public sealed record DocumentClaim(string Id, string FileName, Provenance Source, long ByteLength, string ArchivePath, int MaxAttempts, bool RetryFailed, bool Reprocess = false);

/// <summary>What the store answers: process it, or leave it.</summary>
public enum ClaimKind
{
    /// <summary>Never seen: process it.</summary>
    New,

    /// <summary>Claimed before by a run that did not finish it (a crash): process it again.</summary>
    Resume,

    /// <summary>Already stored in a final state: nothing to do (its provenance is recorded).</summary>
    Unchanged,

    /// <summary>It crashed the process on every earlier attempt: stored as failed instead of tried again.</summary>
    GaveUp,

    /// <summary>Another worker holds it right now.</summary>
    Busy,
}

/// <param name="Error">For an unchanged document that failed before, the stored reason.</param>
public sealed record ClaimOutcome(ClaimKind Kind, int Attempt, DocumentStatus? Status, string? Error = null);

/// <summary>A document as the store holds it (without the original bytes, which live in the archive).</summary>
public sealed record StoredDocument(
    string Id,
    string FileName,
    string Source,
    DocumentStatus Status,
    string? Error,
    int Attempts,
    string ArchivePath,
    string? PreviousVersionId,
    ExtractedText? Extracted,
    IReadOnlyList<Provenance> Provenances,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public IReadOnlyList<Section> Sections { get; init; } = [];

    public ReviewMetadata? Metadata { get; init; }

    public IReadOnlyList<Annotation> Annotations { get; init; } = [];

    public ReviewRating? Rating { get; init; }

    public ScreeningDecision? Screening { get; init; }
}

/// <summary>
/// The store contract. SQLite is the default; PostgreSQL comes behind the same contract. Every
/// write is its own transaction, so a crash loses at most the document in hand, which stays
/// claimed ("processing") and is resumed by the next run.
/// </summary>
public interface IDocumentStore : IAsyncDisposable
{
    Task MigrateAsync(CancellationToken cancellationToken);

    Task<long> StartRunAsync(DateTimeOffset startedAt, string trigger, CancellationToken cancellationToken);

    Task FinishRunAsync(long runId, RunSummary summary, CancellationToken cancellationToken);

    Task<ClaimOutcome> ClaimAsync(DocumentClaim claim, long runId, CancellationToken cancellationToken);

    Task SaveResultAsync(IngestDocument document, long runId, CancellationToken cancellationToken);

    Task RecordRunFailureAsync(long runId, string? documentId, string location, string reason, CancellationToken cancellationToken);

    Task<StoredDocument?> GetAsync(string id, CancellationToken cancellationToken);

    IAsyncEnumerable<StoredDocument> ListAsync(bool withText, CancellationToken cancellationToken);

    Task<IReadOnlyList<RunRecord>> RecentRunsAsync(int count, CancellationToken cancellationToken);
}

/// <summary>A run as recorded.</summary>
public sealed record RunRecord(long Id, string Trigger, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, RunSummary? Summary);
