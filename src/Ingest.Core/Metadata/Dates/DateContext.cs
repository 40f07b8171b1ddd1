using Ingest.Core.Documents;

namespace Ingest.Core.Metadata.Dates;

/// <summary>
/// What the candidate features are read from: the review's text and sections, and what the hand rules
/// chose (their pick is one feature among many; their completion date bounds the event).
/// </summary>
public sealed record DateContext(string Text, IReadOnlyList<Section> Sections, ReviewDate? RulesIncident, ReviewDate? RulesCompleted);
