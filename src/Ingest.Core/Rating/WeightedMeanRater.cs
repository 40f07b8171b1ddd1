using Ingest.Core.Documents;

namespace Ingest.Core.Rating;

/// <summary>
/// The rules' overall rating: the weighted mean of the criterion scores, rounded up once its fraction
/// reaches <c>roundUpFrom</c> (0.5 is ordinary rounding; the sample writers round up only from about
/// two thirds, see RateOptions.RoundUpFrom). Its confidence is how far the mean lies from the nearest
/// rounding boundary: 0.5 on a boundary, 1.0 half a point or more away from one.
/// </summary>
public sealed class WeightedMeanRater(IReadOnlyDictionary<string, double> weights, double roundUpFrom = RateOptions.DefaultRoundUpFrom) : IOverallRater
{
    public const string ProducerName = "rating-rules@1";

    public OverallProposal Propose(IReadOnlyDictionary<string, CriterionScore> criteria)
    {
        var mean = Mean(criteria, weights);
        var rating = Math.Clamp((int)Math.Floor(mean + 1 - roundUpFrom + 1e-9), 1, 4);
        var below = Math.Floor(mean) + roundUpFrom;
        var toBoundary = new[] { below - 1, below, below + 1 }.Min(b => Math.Abs(mean - b));
        var confidence = 0.5 + Math.Min(0.5, toBoundary);
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
