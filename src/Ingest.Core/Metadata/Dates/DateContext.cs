using Ingest.Core.Documents;

namespace Ingest.Core.Metadata.Dates;

/// <summary>
/// What the candidate features are read from: the review's text and sections, and what the hand rules
/// chose (their pick is one feature among many; their completion date bounds the event), and where in the
/// text the rules read their date, so that a span they joined is weighed where it stands.
/// </summary>
public sealed record DateContext(string Text, IReadOnlyList<Section> Sections, ReviewDate? RulesIncident, ReviewDate? RulesCompleted, int? RulesAt = null);
