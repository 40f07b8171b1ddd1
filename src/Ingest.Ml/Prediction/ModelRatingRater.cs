using Ingest.Core.Documents;
using Ingest.Core.Rating;
using Ingest.Ml.Data;
using Ingest.Ml.Training;

namespace Ingest.Ml.Prediction;

/// <summary>
/// The overall rating proposed by the trained model; its confidence is how near the raw score lies to a whole point.
/// <paramref name="weights"/> are the rate stage's, the ones the model was trained with (its card's notes name them).
/// </summary>
public sealed class ModelRatingRater(EnginePool<RatingRow, RatingPrediction> pool, int version, IReadOnlyDictionary<string, double> weights) : IOverallRater
{
    public OverallProposal Propose(IReadOnlyDictionary<string, CriterionScore> criteria)
    {
        var score = pool.Predict(new RatingRow { Features = RatingFeatures.Of(criteria, weights) }).Score;
        var rating = RatingTrainer.Round(score);
        return new OverallProposal(rating, Math.Round(1 - Math.Min(0.5, Math.Abs(score - rating)), 3), $"rating-model@{version}");
    }
}
