using Ingest.Core.Documents;
using Ingest.Core.Rating;
using Ingest.Core.Rating.Criteria;

namespace Ingest.Tests.Core.Rating;

/// <summary>policing_expertise: the police count as represented wherever the review met them, whatever the review calls the meeting.</summary>
public sealed class PolicingExpertiseRepresentationTests
{
    [TestCase("The review group included a detective sergeant from the adult protection team and a named nurse.")]
    [TestCase("The workshop included two police constables from the neighbourhood team and a call handler.")]
    [TestCase("Westerby Police was represented by the detective superintendent in charge of public protection.")]
    [TestCase("We asked the Constabulary's mental health lead, a chief inspector, to explain police systems and policy to us.")]
    public void Officers_in_the_review_group_at_the_workshop_or_explaining_police_systems_count_as_the_police_represented(string sentence)
    {
        var input = new ReviewBuilder().Sentence(sentence, Labels.PoliceMention).Build();

        var score = new PolicingExpertise(new RateOptions()).Score(input);

        Assert.That(score.Score, Is.EqualTo(2));
        Assert.That(score.Explanation, Does.Contain("the police were represented"));
    }

    [Test]
    public void The_force_unit_that_wrote_the_police_report_is_not_the_review_team()
    {
        var input = new ReviewBuilder()
            .Sentence("The police IMR was written by a detective sergeant from the force's Safeguarding Review Team.", Labels.PoliceMention)
            .Build();

        Assert.That(new PolicingExpertise(new RateOptions()).Score(input).Score, Is.EqualTo(1));
    }
}
