using Ingest.Core.Documents;
using Ingest.Core.Rating;
using Ingest.Core.Rating.Criteria;

namespace Ingest.Tests.Core.Rating;

/// <summary>
/// systems_analysis: a review whose police agency report analyses and reflects has the force's own account
/// of why its missed opportunities happened, even where the review does not repeat a reason beside each
/// one: it scores one point more, and a review that says a police decision was left unexplained still
/// scores at most 3.
/// </summary>
public sealed class SystemsAnalysisPoliceImrTests
{
    private static readonly SystemsAnalysis Criterion = new(new RateOptions());

    /// <summary>Four missed opportunities, none beside a reason: 0 %, which scores 2 on its own.</summary>
    private static ReviewBuilder Bare() =>
        new ReviewBuilder().Sentences(4, "The officers did not complete a DASH form.", Labels.MissedOpportunity, ReviewBuilder.Agency("police"));

    private static ReviewBuilder WithPoliceReport(ReviewBuilder review, string judgement, bool? critique = null) =>
        review
            .Sentence("The police IMR set out every contact with the family.", Labels.ImrReference, ReviewBuilder.Agency("police"))
            .Sentence(judgement, Labels.ImrReference, ReviewBuilder.Agency("police", critique))
            .Sentence("The police IMR author interviewed the officers who attended.", Labels.ImrReference, ReviewBuilder.Agency("police"));

    [Test]
    public void Missed_opportunities_stated_without_reasons_score_2()
    {
        Assert.That(Criterion.Score(Bare().Build()).Score, Is.EqualTo(2));
    }

    [Test]
    public void An_analytical_police_report_raises_the_score_one_point()
    {
        var input = WithPoliceReport(Bare(), "The police IMR is candid and reflective about why the calls were graded as they were.").Build();

        var score = Criterion.Score(input);

        Assert.That(score.Score, Is.EqualTo(3));
        Assert.That(score.Explanation, Does.EndWith("the police agency report analyses and reflects"));
    }

    [Test]
    public void A_police_report_criticised_as_a_list_of_events_does_not()
    {
        var input = WithPoliceReport(Bare(), "The police IMR is a list of events with no comment on the decisions.", critique: true).Build();

        Assert.That(Criterion.Score(input).Score, Is.EqualTo(2));
    }

    [Test]
    public void A_police_decision_left_unexplained_still_caps_the_score_at_3()
    {
        var review = new ReviewBuilder()
            .Sentence("The officers did not complete a DASH form.", Labels.MissedOpportunity, ReviewBuilder.Agency("police"))
            .Sentence("This was because the team carried a high caseload that month.")
            .SentenceMentioning("The police did not explain why the breach was not investigated.", "The police", Labels.PoliceMention, new AnnotationAttributes { Category = "agency" });
        var input = WithPoliceReport(review, "The police IMR is candid and reflective about why the calls were graded as they were.").Build();

        Assert.That(Criterion.Score(input).Score, Is.EqualTo(3));
    }
}
