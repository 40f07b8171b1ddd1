using Ingest.Core.Metadata.Dates;

namespace Ingest.Ml.Dates;

/// <summary>One tuned gold review for the date chooser: its candidates, the gold date (ISO, as eval compares it) and the hand rules' pick.</summary>
public sealed record DateDocument(string Id, IReadOnlyList<DateCandidate> Candidates, string? Gold, string? Rules)
{
    public bool Scored => Gold is not null;

    /// <summary>Whether any candidate is the gold date: the most any chooser of candidates can get right.</summary>
    public bool Reachable => Candidates.Any(c => c.Date.Iso == Gold);
}
