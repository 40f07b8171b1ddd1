using Ingest.Core.Documents;
using Ingest.Core.Rating;
using Ingest.Core.Rating.Criteria;

namespace Ingest.Tests.Core.Rating;

/// <summary>
/// policing_expertise: a police adviser engaged for the review brings policing expertise of its own, even
/// when the reviewer has none; the force's own panel member leaned on for procedure does not.
/// </summary>
public sealed class PolicingExpertiseAdviserTests
{
    private static ReviewBuilder NoBackground() =>
        new ReviewBuilder().With(m => m with { AuthorPolicingBackground = new Evidenced<bool>(false, 0, 0, 1) })
            .Sentence("She has no policing background.");

    [TestCase("A detective superintendent from a neighbouring force acted as police adviser to the review.")]
    [TestCase("Police expertise was provided to the panel by a retired inspector, appointed as an independent adviser.")]
    [TestCase("The panel included a police advisor, who commented on the police findings.")]
    public void A_police_adviser_to_the_review_is_3_even_without_a_reviewer_with_a_policing_background(string sentence)
    {
        var input = NoBackground().Sentence(sentence).Build();

        var score = new PolicingExpertise(new RateOptions()).Score(input);

        Assert.That(score.Score, Is.EqualTo(3));
        Assert.That(score.Explanation, Does.Contain("a police adviser brought policing expertise"));
    }

    [TestCase("The panel included a specialist adviser from a national stalking advocacy charity.")]
    [TestCase("Her neighbour, a retired police officer, called an ambulance.")]
    public void An_adviser_from_outside_policing_or_a_retired_officer_in_the_story_is_not_a_police_adviser(string sentence)
    {
        var input = NoBackground().Sentence(sentence).Build();

        Assert.That(new PolicingExpertise(new RateOptions()).Score(input).Score, Is.EqualTo(1));
    }
}
