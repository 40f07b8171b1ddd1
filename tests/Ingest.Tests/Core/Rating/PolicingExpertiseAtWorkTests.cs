using Ingest.Core.Documents;
using Ingest.Core.Rating;
using Ingest.Core.Rating.Criteria;

namespace Ingest.Tests.Core.Rating;

/// <summary>
/// policing_expertise: the police on the panel score 3, not 2, where the review shows policing expertise
/// at work: its police agency report analyses and reflects, and it describes good police practice at
/// length (350 words or more in the paragraphs that hold it).
/// </summary>
public sealed class PolicingExpertiseAtWorkTests
{
    private static readonly PolicingExpertise Criterion = new(new RateOptions());

    /// <summary>Twenty-four words of good police practice.</summary>
    private const string GoodPractice =
        "The call handler recognised the risk at once, kept the caller on the line and sent the nearest unit, which arrived within six minutes.";

    private static ReviewBuilder Panel() =>
        new ReviewBuilder().SentenceMentioning("The review panel included a detective inspector from the public protection unit.", "detective inspector", Labels.PoliceMention);

    private static ReviewBuilder AnalyticalReport(ReviewBuilder review) =>
        review.Section("analysis", b => b
            .Sentence("The police IMR set out every contact with the family.", Labels.ImrReference, ReviewBuilder.Agency("police"))
            .Sentence("The police IMR is candid and reflective about why the calls were graded as they were.", Labels.ImrReference, ReviewBuilder.Agency("police"))
            .Sentence("The police IMR author interviewed the officers who attended.", Labels.ImrReference, ReviewBuilder.Agency("police")));

    private static ReviewBuilder GoodPolicePractice(ReviewBuilder review, int sentences) =>
        review.Section("good_practice", b => b.Sentences(sentences, GoodPractice, Labels.GoodPractice, ReviewBuilder.Agency("police")));

    [Test]
    public void An_analytical_police_report_and_good_police_practice_described_at_length_score_3()
    {
        var input = GoodPolicePractice(AnalyticalReport(Panel()), 15).Build();

        var score = Criterion.Score(input);

        Assert.That(score.Score, Is.EqualTo(3));
        Assert.That(score.Explanation, Does.EndWith("; the police report analyses and reflects and 360 words of good police practice show the panel's policing expertise at work"));
    }

    [Test]
    public void A_short_paragraph_of_good_police_practice_leaves_the_police_on_the_panel_at_2()
    {
        var input = GoodPolicePractice(AnalyticalReport(Panel()), 3).Build();

        Assert.That(Criterion.Score(input).Score, Is.EqualTo(2));
    }

    [Test]
    public void Without_an_analytical_police_report_the_police_on_the_panel_stay_at_2()
    {
        var input = GoodPolicePractice(Panel(), 15).Build();

        var score = Criterion.Score(input);

        Assert.That(score.Score, Is.EqualTo(2));
        Assert.That(score.Explanation, Is.EqualTo("the police were represented on the panel"));
    }

    [Test]
    public void With_no_police_on_the_panel_it_is_still_1()
    {
        var input = GoodPolicePractice(AnalyticalReport(new ReviewBuilder().Sentence("The family moved in March.")), 15).Build();

        Assert.That(Criterion.Score(input).Score, Is.EqualTo(1));
    }
}
