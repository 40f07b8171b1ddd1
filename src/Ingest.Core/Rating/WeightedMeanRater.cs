using Ingest.Core.Documents;

namespace Ingest.Core.Rating;

/// <summary>
/// The rules' overall rating: the weighted mean of the criterion scores, rounded half up. Its confidence
/// is how far the mean lies from the nearest rounding boundary (0.5 on a boundary, 1.0 on a whole score).
/// </summary>
public sealed class WeightedMeanRater(IReadOnlyDictionary<string, double> weights) : IOverallRater
{
    public const string ProducerName = "rating-rules@1";

    public OverallProposal Propose(IReadOnlyDictionary<string, CriterionScore> criteria)
    {
        var mean = Mean(criteria, weights);
        var rating = Math.Clamp((int)Math.Floor(mean + 0.5), 1, 4);
        var confidence = 1 - Math.Min(0.5, Math.Abs(mean - rating));
        return new OverallProposal(rating, Math.Round(confidence, 3), ProducerName);
    }

    public static double Mean(IReadOnlyDictionary<string, CriterionScore> criteria, IReadOnlyDictionary<string, double> weights)
    {
        double sum = 0, total = 0;
        foreach (var (name, score) in criteria)
        {
            var w = weights.GetValueOrDefault(name, 1);
            sum += w * score.Score;
            total += w;
        }

        return total == 0 ? 1 : sum / total;
    }
}
