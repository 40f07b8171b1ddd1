using Ingest.Core.Documents;
using Ingest.Core.Storage;

namespace Ingest.Web.Review;

/// <summary>What the queue and dashboard show of a stored document.</summary>
internal sealed record DocumentSummary(StoredDocument Document)
{
    public string Title => Document.Metadata?.Title?.Value ?? Document.FileName;

    public IReadOnlyList<string> Types => Document.Metadata?.ReviewTypes.Select(t => t.Value).ToList() ?? [];

    public string? Board => Document.Metadata?.Board?.Value;

    public IReadOnlyList<string> Forces => Document.Metadata?.PoliceForces.Select(f => f.Value).ToList() ?? [];

    /// <summary>The publication date, or the completion date where publication is not stated.</summary>
    public ReviewDate? Date => Document.Metadata?.Published?.Value ?? Document.Metadata?.Completed?.Value;

    public int Pending => Document.Annotations.Count(a => a.Status == "suggested");

    /// <summary>The least confidence among suggestions still waiting for a decision (null when none wait).</summary>
    public double? LeastCertain => Document.Annotations.Where(a => a.Status == "suggested").Select(a => (double?)a.Confidence).Min();

    /// <summary>The confirmed rating where an analyst gave one, otherwise the proposed one.</summary>
    public int? Rating => Document.Rating is { } r ? r.Confirmed ?? r.Suggested : null;

    /// <summary>
    /// Where the screening stands: "awaiting" an analyst, "confirmed" or "overridden" by one; null without a proposal.
    /// </summary>
    public string? ScreeningState => Document.Screening is not { } s ? null
        : s.Confirmed is not { } c ? "awaiting"
        : c == s.PoliceEngagement ? "confirmed" : "overridden";

    /// <summary>Police engagement as it stands: the analyst's answer where given, otherwise the proposal.</summary>
    public bool? PoliceEngaged => Document.Screening is { } s ? s.Confirmed ?? s.PoliceEngagement : null;

    public string Progress => Document.Annotations.Count == 0 || Pending == Document.Annotations.Count
        ? (Document.Rating?.Confirmed is null ? "pending" : "in_progress")
        : Pending == 0 && (Document.Rating is null || Document.Rating.Confirmed is not null) ? "reviewed" : "in_progress";
}
