using Ingest.Core.Documents;
using Ingest.Core.Rating;
using Ingest.Core.Rating.Criteria;

namespace Ingest.Tests.Core.Rating;

/// <summary>
/// police_recommendations: a police recommendation that names a change but carries no timescale or measure
/// scores 3; in a review that writes at length about the police (1,600 words or more in its police
/// sentences) it comes out of an analysis of police practice and scores 4.
/// </summary>
public sealed class PoliceRecommendationsPoliceWritingTests
{
    private static readonly PoliceRecommendations Criterion = new(new RateOptions());

    /// <summary>Twenty words, one police mention.</summary>
    private const string PoliceSentence =
        "The officers who attended the flat that night spoke to both adults separately and recorded what each of them said.";

    private static ReviewBuilder Review(int policeSentences) =>
        new ReviewBuilder()
            .Sentences(policeSentences, PoliceSentence, Labels.PoliceMention)
            .Sentence("Northmoor Constabulary should ensure that officers attending a domestic incident speak to every child in the house.", Labels.Recommendation, new AnnotationAttributes { Agencies = ["police"] });

    [Test]
    public void A_police_recommendation_naming_a_change_without_a_measure_scores_3()
    {
        Assert.That(Criterion.Score(Review(10).Build()).Score, Is.EqualTo(3));
    }

    [Test]
    public void The_same_recommendation_in_a_review_that_writes_at_length_about_the_police_scores_4()
    {
        var score = Criterion.Score(Review(80).Build());

        Assert.That(score.Score, Is.EqualTo(4));
        Assert.That(score.Explanation, Does.EndWith("; drawn from 1600 words about the police"));
    }

    [Test]
    public void Police_writing_does_not_lift_a_review_without_police_recommendations()
    {
        var input = new ReviewBuilder().Sentences(80, PoliceSentence, Labels.PoliceMention).Build();

        Assert.That(Criterion.Score(input).Score, Is.EqualTo(1));
    }
}
