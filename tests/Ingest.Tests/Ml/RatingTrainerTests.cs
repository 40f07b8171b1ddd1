using Ingest.Core.Documents;
using Ingest.Core.Rating;
using Ingest.Ml.Data;
using Ingest.Ml.Models;
using Ingest.Ml.Prediction;
using Ingest.Ml.Training;
using Microsoft.ML;

namespace Ingest.Tests.Ml;

public sealed class RatingTrainerTests
{
    private static Dictionary<string, CriterionScore> Criteria(params int[] scores) =>
        RatingCriteria.All.Select((c, i) => (c, scores[i % scores.Length])).ToDictionary(p => p.c, p => new CriterionScore(p.Item2, [], "x"));

    [Test]
    public void The_rating_model_learns_from_criteria_and_its_card_sets_it_beside_the_rules()
    {
        var rows = new List<RatingRow>();
        for (var r = 1; r <= 4; r++)
        {
            rows.Add(RatingFeatures.Row(Criteria(r), RateOptions.DefaultWeights, r));
            rows.Add(RatingFeatures.Row(Criteria(r, Math.Min(4, r + 1), r), RateOptions.DefaultWeights, r));
            rows.Add(RatingFeatures.Row(Criteria(r, Math.Max(1, r - 1), r), RateOptions.DefaultWeights, r));
        }

        var trained = RatingTrainer.Train(rows, new TrainingContext(3, TimeProvider.System, [], 0));
        var rater = new ModelRatingRater(new EnginePool<RatingRow, RatingPrediction>(new MLContext(3), trained.Model), 1, RateOptions.DefaultWeights);

        Assert.That(rater.Propose(Criteria(4)).Rating, Is.EqualTo(4));
        Assert.That(rater.Propose(Criteria(1)).Rating, Is.EqualTo(1));
        Assert.That(rater.Propose(Criteria(3)).Producer, Is.EqualTo("rating-model@1"));
        Assert.That(trained.Card.Metrics.Keys, Is.SupersetOf(new[] { "loo_exact", "loo_within_one", "rules_exact_same_reviews" }));
        Assert.That(trained.Card.Metrics["loo_within_one"], Is.EqualTo(1.0));
    }

    [Test]
    public void Fewer_than_three_rated_reviews_is_a_clear_error()
    {
        Assert.That(() => RatingTrainer.Train([RatingFeatures.Row(Criteria(2), RateOptions.DefaultWeights, 2)], new TrainingContext(3, TimeProvider.System, [], 0)),
            Throws.InvalidOperationException.With.Message.Contains("too few"));
    }
}
