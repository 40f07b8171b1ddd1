using Ingest.Core.Documents;

namespace Ingest.Core.Rating;

/// <summary>One criterion of CONTRACT §6: its name and how it is scored from a document.</summary>
public interface ICriterion
{
    string Name { get; }

    CriterionScore Score(RatingInput input);
}
