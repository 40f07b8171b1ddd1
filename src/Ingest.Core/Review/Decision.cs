using Ingest.Core.Documents;

namespace Ingest.Core.Review;

/// <summary>What an analyst does to one suggestion.</summary>
public enum DecisionAction
{
    Accept,
    Reject,
    Edit,
    Confirm,
    Override,
}

/// <summary>The kind of thing a decision is about.</summary>
public static class DecisionTargets
{
    public const string Annotation = "annotation";
    public const string Rating = "rating";

    /// <summary>The target id used for a document's rating (there is one rating per document).</summary>
    public const string RatingId = "rating";

    /// <summary>The police-engagement screening decision (CONTRACT §3 <c>screening</c>), one per document.</summary>
    public const string Screening = "screening";

    public const string ScreeningId = "screening";
}

/// <summary>
/// Whose decisions these are. <see cref="Final"/> is the document's own record (applied to its annotations
/// and rating); a double-coded document also has one track per assigned coder, kept apart until the lead adjudicates.
/// </summary>
public static class DecisionTracks
{
    public const string Final = "final";

    public static string Coder(string userName) => "coder:" + userName;
}

/// <summary>An analyst's decision on one annotation. <paramref name="ExpectedVersion"/> is the version the analyst saw (0 = never decided).</summary>
public sealed record AnnotationDecision(
    string DocumentId,
    string AnnotationId,
    string Track,
    int ExpectedVersion,
    DecisionAction Action,
    string DecidedBy,
    string? NewLabel = null,
    IReadOnlyList<string>? NewAgencies = null,
    string? Reason = null);

/// <summary>An analyst's confirmation or override of the proposed rating; an override needs a reason.</summary>
public sealed record RatingDecision(string DocumentId, string Track, int ExpectedVersion, int Rating, string DecidedBy, string? Reason);

/// <summary>An analyst's confirmation or override of the proposed screening (police engagement or not); an override needs a reason.</summary>
public sealed record ScreeningConfirmation(string DocumentId, string Track, int ExpectedVersion, bool PoliceEngagement, string DecidedBy, string? Reason);

/// <summary>One entry of the append-only audit log: who, when, what it was before and after.</summary>
public sealed record DecisionRecord(
    long Id,
    string DocumentId,
    string TargetKind,
    string TargetId,
    string Track,
    int Version,
    string Action,
    string DecidedBy,
    DateTimeOffset DecidedAt,
    string? Before,
    string After,
    string? Reason);

public enum DecisionOutcomeKind
{
    Stored,

    /// <summary>Someone else decided on the same thing since the analyst loaded it: nothing was written.</summary>
    Conflict,

    /// <summary>The document or the suggestion does not exist.</summary>
    NotFound,

    /// <summary>The decision itself is not valid (e.g. an override without a reason).</summary>
    Invalid,
}

/// <summary>What became of a decision; on a conflict <see cref="Current"/> is what is stored now.</summary>
public sealed record DecisionOutcome(DecisionOutcomeKind Kind, int Version, string? Message = null, DecisionRecord? Current = null)
{
    public Annotation? Annotation { get; init; }

    public ReviewRating? Rating { get; init; }

    public ScreeningDecision? Screening { get; init; }
}

/// <summary>A double-coding assignment: two analysts code the same review independently.</summary>
public sealed record CodingAssignment(string DocumentId, string FirstCoder, string SecondCoder, string AssignedBy, DateTimeOffset AssignedAt);

/// <summary>
/// Decisions on suggestions and ratings. Every decision is appended to the audit log (nothing is
/// updated or deleted there). What the pipeline stored is never rewritten by a decision: a document is
/// read with the latest final-track decisions laid over it (<see cref="DecisionOverlay"/>), which is what
/// keeps decisions cheap to store and lets them survive a reprocess.
/// </summary>
public interface IDecisionStore
{
    Task MigrateAsync(CancellationToken cancellationToken);

    Task<DecisionOutcome> DecideAsync(AnnotationDecision decision, CancellationToken cancellationToken);

    Task<DecisionOutcome> DecideAsync(RatingDecision decision, CancellationToken cancellationToken);

    Task<DecisionOutcome> DecideAsync(ScreeningConfirmation decision, CancellationToken cancellationToken);

    /// <summary>The latest decision per target on one track of one document.</summary>
    Task<IReadOnlyDictionary<string, DecisionRecord>> LatestAsync(string documentId, string track, CancellationToken cancellationToken);

    /// <summary>The current version of every target decided on one track (cheap: no snapshots read).</summary>
    Task<IReadOnlyDictionary<string, int>> VersionsAsync(string documentId, string track, CancellationToken cancellationToken);

    /// <summary>Every decision on one document, oldest first (all tracks).</summary>
    Task<IReadOnlyList<DecisionRecord>> HistoryAsync(string documentId, CancellationToken cancellationToken);

    /// <summary>The latest <paramref name="count"/> decisions on one document, newest first (all tracks).</summary>
    Task<IReadOnlyList<DecisionRecord>> RecentAsync(string documentId, int count, CancellationToken cancellationToken);

    /// <summary>The most recent decisions across documents, newest first.</summary>
    Task<IReadOnlyList<DecisionRecord>> RecentAsync(int count, CancellationToken cancellationToken);

    Task AssignAsync(CodingAssignment assignment, CancellationToken cancellationToken);

    Task<CodingAssignment?> AssignmentAsync(string documentId, CancellationToken cancellationToken);

    Task<IReadOnlyList<CodingAssignment>> AssignmentsAsync(CancellationToken cancellationToken);
}
