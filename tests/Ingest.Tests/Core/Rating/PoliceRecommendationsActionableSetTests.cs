using Ingest.Core.Documents;
using Ingest.Core.Rating;
using Ingest.Core.Rating.Criteria;
using Ingest.Tests.Support;

namespace Ingest.Tests.Core.Rating;

/// <summary>
/// police_recommendations (CONTRACT §6): "are there recommendations for the police as a single agency, specific
/// enough to act on?" A set in which every police-only recommendation is specific and names a change answers the
/// question in full, however short the set; so does a set of three or more that each name a change.
/// </summary>
public sealed class PoliceRecommendationsActionableSetTests
{
    private static readonly AnnotationAttributes PoliceOnly = new() { Agencies = ["police"] };
    private static readonly AnnotationAttributes BoardAndForce = new() { Agencies = ["partnership", "police"] };

    [Test]
    public void One_police_only_recommendation_that_is_specific_and_names_a_change_is_good()
    {
        var score = Score(new ReviewBuilder()
            .Sentence("Brenmoor Police should evaluate whether the new flag on repeat missing reports has changed how call takers grade them, and report to the Partnership by March.", Labels.Recommendation, PoliceOnly));

        Assert.That(score.Score, Is.EqualTo(4));
        Assert.That(score.Explanation, Does.EndWith("each is specific and names a change"));
    }

    [Test]
    public void A_specific_recommendation_beside_one_without_a_measure_stays_adequate()
    {
        var score = Score(new ReviewBuilder()
            .Sentence("Brenmoor Police should audit 50 risk assessments and report the results to the Board within six months.", Labels.Recommendation, PoliceOnly)
            .Sentence("Brenmoor Police should establish how a young person's history is handed on at 18.", Labels.Recommendation, PoliceOnly));

        Assert.That(score.Score, Is.EqualTo(3));
    }

    [Test]
    public void Three_police_only_recommendations_that_each_name_a_change_are_good_without_timescales()
    {
        var score = Score(new ReviewBuilder()
            .Sentence("Hallow Constabulary will add a check on children at the address to the briefing for every warrant.", Labels.Recommendation, PoliceOnly)
            .Sentence("Hallow Constabulary will make a notification to Children's Social Care mandatory when a parent is detained.", Labels.Recommendation, PoliceOnly)
            .Sentence("Hallow Constabulary will train search teams to record prescribed drugs found where children live.", Labels.Recommendation, PoliceOnly));

        Assert.That(score.Score, Is.EqualTo(4));
    }

    [Test]
    public void A_police_only_reminder_does_not_hide_the_board_holding_the_force_to_a_change()
    {
        var score = Score(new ReviewBuilder()
            .Sentence("Hallow Constabulary should review its guidance on disruption tactics.", Labels.Recommendation, PoliceOnly)
            .Sentence("The Board should seek assurance from Hallow Constabulary that a repeat missing child is referred to the exploitation team.", Labels.Recommendation, BoardAndForce));

        Assert.That(score.Score, Is.EqualTo(3));
        Assert.That(score.Explanation, Does.Contain("only ask the force to remind, consider, refresh or review, but 1 ask(s) the board to hold the force to a change"));
    }

    private static CriterionScore Score(ReviewBuilder review) => new PoliceRecommendations(new RateOptions()).Score(review.Build());
}
