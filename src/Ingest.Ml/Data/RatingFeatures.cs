using Ingest.Core.Documents;
using Ingest.Core.Rating;

namespace Ingest.Ml.Data;

/// <summary>
/// The rating model's features: the nine criterion scores in rubric order, then their weighted mean with the
/// weights of the rate stage that ships (pipeline.json), so that training and prediction read the same mean
/// as the rules do. A model trained with one set of weights is retrained when pipeline.json's weights change.
/// </summary>
public static class RatingFeatures
{
    public static float[] Of(IReadOnlyDictionary<string, CriterionScore> criteria, IReadOnlyDictionary<string, double> weights)
    {
        var features = RatingCriteria.All.Select(c => (float)(criteria.TryGetValue(c, out var s) ? s.Score : 1)).ToList();
        features.Add((float)WeightedMeanRater.Mean(criteria, weights));
        return [.. features];
    }

    public static RatingRow Row(IReadOnlyDictionary<string, CriterionScore> criteria, IReadOnlyDictionary<string, double> weights, int rating) =>
        new() { Features = Of(criteria, weights), Label = rating };
}
