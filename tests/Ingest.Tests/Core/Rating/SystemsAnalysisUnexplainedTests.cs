using Ingest.Core.Documents;
using Ingest.Core.Rating;
using Ingest.Core.Rating.Criteria;

namespace Ingest.Tests.Core.Rating;

/// <summary>
/// systems_analysis: a review that says a police decision was left unexplained has not explained all its
/// missed opportunities, so it scores at most 3 however many of them carry a reason; the same wording
/// about another agency, or with no police subject before it, does not cap. A review that puts police
/// practice down to its organisational context explains at least part of it: it scores at least 3.
/// </summary>
public sealed class SystemsAnalysisUnexplainedTests
{
    private static readonly SystemsAnalysis Criterion = new(new RateOptions());

    private static readonly AnnotationAttributes Police = new() { Category = "agency" };

    /// <summary>Two missed opportunities, both explained: 100 %, which scores 4 on its own.</summary>
    private static ReviewBuilder Explained() =>
        new ReviewBuilder()
            .Sentence("The officers did not complete a DASH form.", Labels.MissedOpportunity, ReviewBuilder.Agency("police"))
            .Sentence("This was because the team carried a high caseload that month.")
            .Sentence("No referral was made to MARAC due to a gap in the force policy.", Labels.MissedOpportunity, ReviewBuilder.Agency("police"));

    [Test]
    public void Explained_missed_opportunities_score_4()
    {
        Assert.That(Criterion.Score(Explained().Build()).Score, Is.EqualTo(4));
    }

    [TestCase("The police IMR", " does not explain why the breach was not investigated.")]
    [TestCase("The police short report", " described each call but did not say why officers had made the decisions they did.")]
    [TestCase("The police IMR", " contains no analysis of why the child was not recorded.")]
    [TestCase("The police IMR", " records the date the notice was served but does not explain the delay.")]
    public void A_police_decision_the_review_says_was_left_unexplained_caps_the_score_at_3(string police, string rest)
    {
        var input = Explained().SentenceMentioning(police + rest, police, Labels.PoliceMention, Police).Build();

        var score = Criterion.Score(input);

        Assert.That(score.Score, Is.EqualTo(3));
        Assert.That(score.Explanation, Does.EndWith("1 sentence(s) say a police decision was left unexplained"));
    }

    [Test]
    public void Another_agency_left_unexplained_does_not_cap_even_when_the_police_are_named_after_it()
    {
        var input = Explained()
            .SentenceMentioning("The trust report did not explain why the care coordinator did not ask the police for a welfare check.", "the police", Labels.PoliceMention, Police)
            .Build();

        Assert.That(Criterion.Score(input).Score, Is.EqualTo(4));
    }

    [Test]
    public void A_police_sentence_that_gives_the_reason_does_not_cap()
    {
        var input = Explained().Sentence("The police IMR explains why the call was graded as it was.", Labels.PoliceMention, Police).Build();

        Assert.That(Criterion.Score(input).Score, Is.EqualTo(4));
    }

    /// <summary>Four missed opportunities, none beside a reason: 0 %, which scores 2 on its own.</summary>
    private static ReviewBuilder Bare() =>
        new ReviewBuilder().Sentences(4, "The officers did not complete a DASH form.", Labels.MissedOpportunity, ReviewBuilder.Agency("police"));

    [TestCase("The response team", " was carrying four vacancies and relied on probationer officers.")]
    [TestCase("The police IMR", " gives three reasons for the delay.")]
    [TestCase("The force", " was working through a backlog of over ninety cases.")]
    [TestCase("The neighbourhood policing team", " was under strong pressure from local businesses to clear the area.")]
    [TestCase("The police IMR", " found that the problem was organisational rather than a failing of individual officers.")]
    public void Police_practice_put_down_to_its_organisational_context_scores_at_least_3(string police, string rest)
    {
        var input = Bare().Sentence("The family moved in March.").SentenceMentioning(police + rest, police, Labels.PoliceMention, Police).Build();

        var score = Criterion.Score(input);

        Assert.That(score.Score, Is.EqualTo(3));
        Assert.That(score.Explanation, Does.EndWith("1 sentence(s) put police practice down to its organisational context"));
    }

    [Test]
    public void Organisational_context_of_another_agency_does_not_lift_bare_police_missed_opportunities()
    {
        var input = Bare().Sentence("The duty team in Adult Social Care had four vacancies among nine social workers.").Build();

        Assert.That(Criterion.Score(input).Score, Is.EqualTo(2));
    }

    [Test]
    public void Organisational_context_does_not_lift_a_review_above_3_when_a_police_decision_is_left_unexplained()
    {
        var input = Explained()
            .SentenceMentioning("The response team was carrying four vacancies.", "response team", Labels.PoliceMention, Police)
            .SentenceMentioning("The police IMR does not explain why the call was closed.", "The police IMR", Labels.PoliceMention, Police)
            .Build();

        Assert.That(Criterion.Score(input).Score, Is.EqualTo(3));
    }
}
