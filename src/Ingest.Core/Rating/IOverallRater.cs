using Ingest.Core.Documents;

namespace Ingest.Core.Rating;

/// <summary>An overall 1-4 rating proposed from the nine criterion scores, with how sure the proposer is.</summary>
public sealed record OverallProposal(int Rating, double Confidence, string Producer);

/// <summary>Proposes the overall rating from the criteria: the weighted rule below, or a trained model (Ingest.Ml).</summary>
public interface IOverallRater
{
    OverallProposal Propose(IReadOnlyDictionary<string, CriterionScore> criteria);
}
