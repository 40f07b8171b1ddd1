using Ingest.Core.Documents;
using Ingest.Core.Rating;
using Ingest.Core.Rating.Criteria;

namespace Ingest.Tests.Core.Rating;

/// <summary>
/// police_good_practice: good police practice that scores 3 on its own scores 4 where the police agency
/// report analyses and reflects, as the force's own account of what worked comes with it; a report
/// criticised as a list of events does not lift it.
/// </summary>
public sealed class PoliceGoodPracticeAnalyticalReportTests
{
    private static readonly PoliceGoodPractice Criterion = new(new RateOptions());

    /// <summary>Three specific sentences of good police practice: 3, which scores 3 with the default and the shipped bands.</summary>
    private static ReviewBuilder GoodPractice() =>
        new ReviewBuilder()
            .Sentence("The call handler recognised the risk at once, kept the caller on the line and sent the nearest unit, which arrived within six minutes.", Labels.GoodPractice, ReviewBuilder.Agency("police"))
            .Sentence("The officers spoke to the mother away from her partner, completed the DASH questions with her and referred her to the IDVA service the same night.", Labels.GoodPractice, ReviewBuilder.Agency("police"))
            .Sentence("The missing person coordinator linked the car registration seen at two addresses and shared it with the exploitation team within a day.", Labels.GoodPractice, ReviewBuilder.Agency("police"));

    private static ReviewBuilder WithPoliceReport(ReviewBuilder review, string judgement, bool? critique = null) =>
        review
            .Sentence("The police IMR set out every contact with the family.", Labels.ImrReference, ReviewBuilder.Agency("police"))
            .Sentence(judgement, Labels.ImrReference, ReviewBuilder.Agency("police", critique))
            .Sentence("The police IMR author interviewed the officers who attended.", Labels.ImrReference, ReviewBuilder.Agency("police"));

    [Test]
    public void Specific_good_police_practice_scores_3_on_its_own()
    {
        Assert.That(Criterion.Score(GoodPractice().Build()).Score, Is.EqualTo(3));
    }

    [Test]
    public void With_an_analytical_police_report_it_scores_4()
    {
        var input = WithPoliceReport(GoodPractice(), "The police IMR is candid and reflective about why the calls were graded as they were.").Build();

        var score = Criterion.Score(input);

        Assert.That(score.Score, Is.EqualTo(4));
        Assert.That(score.Explanation, Does.EndWith("; the police agency report analyses and reflects"));
    }

    [Test]
    public void A_police_report_criticised_as_a_list_of_events_does_not_lift_it()
    {
        var input = WithPoliceReport(GoodPractice(), "The police IMR is a list of events with no comment on the decisions.", critique: true).Build();

        Assert.That(Criterion.Score(input).Score, Is.EqualTo(3));
    }
}
