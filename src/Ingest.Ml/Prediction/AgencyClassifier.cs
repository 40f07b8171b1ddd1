using Ingest.Ml.Data;

namespace Ingest.Ml.Prediction;

/// <summary>The recommendation-agency model: each agency's score for a recommendation text, highest first.</summary>
public sealed class AgencyClassifier(EnginePool<AgencyRow, AgencyPrediction> pool, IReadOnlyList<string> agencies)
{
    public IReadOnlyList<(string Agency, double Score)> Scores(string recommendation)
    {
        var scores = pool.Predict(new AgencyRow { Text = recommendation }).Score;
        return agencies.Select((a, i) => (a, i < scores.Length ? (double)scores[i] : 0)).OrderByDescending(p => p.Item2).ToList();
    }

    /// <summary>The agencies scoring at least <paramref name="share"/> of the best one's score.</summary>
    public IReadOnlyList<string> Agencies(string recommendation, double share = 0.5)
    {
        var scores = Scores(recommendation);
        var best = scores.Count > 0 ? scores[0].Score : 0;
        return scores.Where(s => s.Score >= best * share).Select(s => s.Agency).Order(StringComparer.Ordinal).ToList();
    }
}
