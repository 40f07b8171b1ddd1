using Ingest.Core.Configuration;
using Ingest.Core.Documents;
using Ingest.Core.Rating;
using Ingest.Core.Rating.Criteria;
using Ingest.Tests.Support;

namespace Ingest.Tests.Core.Rating;

/// <summary>
/// police_recommendations (CONTRACT §6): "are there recommendations for the police as a single agency,
/// specific enough to act on?" A recommendation is specific when it says how its effect will be known
/// (a report back to a named body, a reporting cycle, an evaluation) or names the change to the force's
/// own procedure; a reminder or a request to consider is not.
/// </summary>
public sealed class PoliceRecommendationsSpecificityTests
{
    private static readonly AnnotationAttributes PoliceOnly = new() { Agencies = ["police"] };

    [TestCase("Amberdale Police should ensure that a notification is sent for every incident in which a child is present, and should report compliance to the Board.")]
    [TestCase("Hollinsmere Constabulary should agree a response time with its interpreting provider and should report the achieved times to the Partnership each quarter.")]
    [TestCase("Brenmoor Police should evaluate the revised missing person guidance for adults with care and support needs.")]
    [TestCase("Brenmoor Police should change its call-handling script so that every report of abuse targeted at a person is screened for hostility.")]
    [TestCase("Marlhaven Constabulary should revise its cuckooing protocol so that it covers the exploitation of a vulnerable person's home.")]
    public void A_recommendation_that_says_how_its_effect_will_be_known_or_names_the_change_is_specific(string recommendation)
    {
        var score = Score(recommendation, new RateOptions());

        Assert.That(score.Explanation, Does.StartWith("1 recommendation(s) for the police alone, 1 with a timescale, measure or report back"));
    }

    [TestCase("Eastmarch Police should remind officers of the MARAC repeat referral criteria.")]
    [TestCase("Aldermoor Constabulary should consider how reports of anti-social behaviour can be linked to a person's previous records.")]
    [TestCase("Laverne Police should establish how the exploitation team's knowledge of a young person is handed on at 18.")]
    public void A_reminder_or_a_request_to_consider_is_not_specific(string recommendation)
    {
        var score = Score(recommendation, new RateOptions());

        Assert.That(score.Explanation, Does.StartWith("1 recommendation(s) for the police alone, 0 with a timescale, measure or report back"));
    }

    [TestCase("Ouseleigh Police should ensure that child concern reports and domestic abuse records about the same household are linked on its systems.")]
    [TestCase("Corrister Police should issue guidance for officers carrying out welfare checks where children live at the address, setting out what they should see and record.")]
    [TestCase("Custody staff should be briefed that a child arrested for drug supply who is flagged as exploited must be treated as a potential victim.")]
    public void One_recommendation_for_the_police_alone_that_names_a_change_in_practice_is_adequate(string recommendation)
    {
        var score = Score(recommendation, ShippedOptions());

        Assert.That(score.Score, Is.EqualTo(3));
        Assert.That(score.Explanation, Does.EndWith("1 name(s) a change in what the force does"));
    }

    [TestCase("Greyholm Constabulary should remind officers attending welfare checks to make an adult at risk referral.")]
    [TestCase("Tarnside Constabulary should remind call takers that a breach of an order is an offence and should confirm to the CSP, within six months, how it checks this.")]
    [TestCase("Aldermoor Constabulary should consider how reports of anti-social behaviour can be linked to previous records.")]
    [TestCase("Eastmarch Police should refresh training for officers on stalking.")]
    public void Recommendations_that_only_ask_the_force_to_remind_or_consider_stay_limited_even_with_a_timescale(string recommendation)
    {
        var score = Score(recommendation, ShippedOptions());

        Assert.That(score.Score, Is.EqualTo(2));
        Assert.That(score.Explanation, Does.EndWith("each only asks the force to remind, consider, refresh or review"));
    }

    [Test]
    public void Only_the_first_action_decides_whether_a_recommendation_asks_only_to_remind_or_consider()
    {
        Assert.That(PoliceRecommendations.AsksOnlyToRemindOrConsider("The force should ensure that officers record every child present, and should consider a flag."), Is.False);
        Assert.That(PoliceRecommendations.AsksOnlyToRemindOrConsider("The force should continue to review its guidance on arrest."), Is.True);
    }

    [Test]
    public void As_shipped_two_specific_recommendations_for_the_police_alone_are_good_and_one_vague_one_is_limited()
    {
        var shipped = ShippedOptions();
        var two = new ReviewBuilder()
            .Sentence("Brenmoor Police should evaluate the revised missing person guidance and report the findings to the Board.", Labels.Recommendation, PoliceOnly)
            .Sentence("Brenmoor Police should change its call-handling script so that every report of abuse is screened for hostility.", Labels.Recommendation, PoliceOnly)
            .Build();

        Assert.That(new PoliceRecommendations(shipped).Score(two).Score, Is.EqualTo(4));
        Assert.That(Score("Eastmarch Police should remind officers of the MARAC referral criteria.", shipped).Score, Is.EqualTo(2));
    }

    private static CriterionScore Score(string recommendation, RateOptions options) =>
        new PoliceRecommendations(options).Score(new ReviewBuilder().Sentence(recommendation, Labels.Recommendation, PoliceOnly).Build());

    private static RateOptions ShippedOptions()
    {
        var config = PipelineConfigLoader.LoadFile(Path.Combine(Repo.Root, "pipeline.json"));
        var rate = config.Stages.First(s => s.Name == RateStage.StageName);
        return RateOptions.FromJson(rate.Options, $"{rate.JsonPath}.Options");
    }
}
