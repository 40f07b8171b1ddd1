using Ingest.Core.Documents;

namespace Ingest.Core.Metadata.Dates;

/// <summary>
/// One date a review mentions, as a candidate for the incident date: where it stands and the features the
/// learned chooser weighs (<see cref="IncidentDateFeatures.Names"/>, in that order, each between 0 and 1).
/// </summary>
public sealed record DateCandidate(ReviewDate Date, int Start, int End, IReadOnlyList<float> Features);
