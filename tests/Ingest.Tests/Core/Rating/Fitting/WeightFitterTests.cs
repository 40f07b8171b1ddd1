using Ingest.Core.Documents;
using Ingest.Core.Rating;
using Ingest.Core.Rating.Fitting;

namespace Ingest.Tests.Core.Rating.Fitting;

/// <summary>The overall weights `ingest fit-rating` proposes: the smallest change that makes the rounded weighted mean match gold.</summary>
public sealed class WeightFitterTests
{
    private static OverallFitDocument Review(string id, int gold, params (string Criterion, int Score)[] scores)
    {
        var criteria = RatingCriteria.All.ToDictionary(c => c, c => new CriterionScore(scores.FirstOrDefault(s => s.Criterion == c).Score is > 0 and var s ? s : 2, [], "test"), StringComparer.Ordinal);
        return new OverallFitDocument(id, criteria, gold);
    }

    [Test]
    public void One_weight_changes_when_that_alone_makes_the_rating_exact()
    {
        // Coverage and IMR analysis at 4, the rest at 2: the default weights give 34/13 = 2.6, rounded 3; gold says 2.
        var review = Review("r", 2, (RatingCriteria.PoliceCoverage, 4), (RatingCriteria.PoliceImrAnalysis, 4));

        var fit = WeightFitter.Fit(RateOptions.DefaultWeights, [review], []);

        Assert.That((fit.CurrentExact, fit.FittedExact), Is.EqualTo((0, 1)));
        Assert.That(RatingCriteria.All.Count(c => fit.Fitted[c] != RateOptions.DefaultWeights[c]), Is.EqualTo(1));
        Assert.That(WeightFitter.Exact(fit.Fitted, review), Is.True);
    }

    [Test]
    public void The_current_weights_stay_when_they_already_give_every_gold_rating()
    {
        var reviews = new[] { Review("a", 2), Review("b", 4, RatingCriteria.All.Select(c => (c, 4)).ToArray()) };

        var fit = WeightFitter.Fit(RateOptions.DefaultWeights, reviews, []);

        Assert.That(fit.Fitted, Is.EqualTo(RateOptions.DefaultWeights));
        Assert.That(fit.Accepted, Is.False);
        Assert.That(fit.LeaveOneOutExact, Is.EqualTo(2));
    }
}
