using Ingest.Core.Documents;
using Ingest.Core.Rating;
using Ingest.Core.Rating.Criteria;

namespace Ingest.Tests.Core.Rating;

/// <summary>
/// police_recommendations: a recommendation the board makes about the force alone ("The Board should seek
/// assurance from the force that officers ...") names a police action as a police-only one does; without a
/// police-only recommendation it scores 3, where one shared with other agencies scores 2.
/// </summary>
public sealed class PoliceRecommendationsThroughTheBoardTests
{
    private static readonly AnnotationAttributes BoardAndPolice = new() { Agencies = ["partnership", "police"] };

    private static readonly AnnotationAttributes Shared = new() { Agencies = ["partnership", "police", "adult_social_care"] };

    private static CriterionScore Score(string recommendation, AnnotationAttributes agencies) =>
        new PoliceRecommendations(new RateOptions()).Score(new ReviewBuilder().Sentence(recommendation, Labels.Recommendation, agencies).Build());

    [Test]
    public void The_board_holding_the_force_to_a_change_scores_3()
    {
        var score = Score("The Board should seek assurance from Wealdmoor Police that a welfare check is not closed until an officer has seen the person.", BoardAndPolice);

        Assert.That(score.Score, Is.EqualTo(3));
        Assert.That(score.Explanation, Does.Contain("ask(s) the board to hold the force to a change"));
    }

    [Test]
    public void The_board_only_asking_the_force_to_consider_scores_2()
    {
        var score = Score("The Board should consider asking Wealdmoor Police to look again at its welfare check guidance.", BoardAndPolice);

        Assert.That(score.Score, Is.EqualTo(2));
    }

    [Test]
    public void A_recommendation_shared_with_other_agencies_scores_2()
    {
        var score = Score("The Board should ask Wealdmoor Police and Adult Social Care to agree when a strategy discussion is held.", Shared);

        Assert.That(score.Score, Is.EqualTo(2));
    }
}
