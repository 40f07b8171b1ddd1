using Ingest.Core.Documents;
using Ingest.Core.Rating;

namespace Ingest.Ml.Data;

/// <summary>The rating model's features: the nine criterion scores in rubric order, then their weighted mean.</summary>
public static class RatingFeatures
{
    public static float[] Of(IReadOnlyDictionary<string, CriterionScore> criteria)
    {
        var features = RatingCriteria.All.Select(c => (float)(criteria.TryGetValue(c, out var s) ? s.Score : 1)).ToList();
        features.Add((float)WeightedMeanRater.Mean(criteria, RateOptions.DefaultWeights));
        return [.. features];
    }

    public static RatingRow Row(IReadOnlyDictionary<string, CriterionScore> criteria, int rating) => new() { Features = Of(criteria), Label = rating };
}
