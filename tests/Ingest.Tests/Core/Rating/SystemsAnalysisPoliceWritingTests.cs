using Ingest.Core.Documents;
using Ingest.Core.Rating;
using Ingest.Core.Rating.Criteria;

namespace Ingest.Tests.Core.Rating;

/// <summary>
/// systems_analysis: a 4 (missed opportunities explained throughout) needs a review that writes at length
/// about the police. Missed opportunities each given a reason in a review that says little about the police
/// score 3; the same in a review with 1,400 words or more in its police sentences score 4.
/// </summary>
public sealed class SystemsAnalysisPoliceWritingTests
{
    private static readonly SystemsAnalysis Criterion = new(new RateOptions());

    /// <summary>Twenty words, one police mention.</summary>
    private const string PoliceSentence =
        "The officers who attended the flat that night spoke to both adults separately and recorded what each of them said.";

    private static ReviewBuilder Explained() =>
        new ReviewBuilder()
            .Sentence("The officers did not complete a DASH form.", Labels.MissedOpportunity, ReviewBuilder.Agency("police"))
            .Sentence("This was because the team carried a high caseload that month.")
            .Sentence("No referral was made to MARAC due to a gap in the force policy.", Labels.MissedOpportunity, ReviewBuilder.Agency("police"));

    [Test]
    public void Explained_missed_opportunities_in_a_review_that_says_little_about_the_police_score_3()
    {
        var input = Explained().Sentences(10, PoliceSentence, Labels.PoliceMention).Build();

        var score = Criterion.Score(input);

        Assert.That(score.Score, Is.EqualTo(3));
        Assert.That(score.Explanation, Does.EndWith("; only 200 words in sentences about the police, too few for police practice explained throughout"));
    }

    [Test]
    public void The_same_in_a_review_that_writes_at_length_about_the_police_score_4()
    {
        var input = Explained().Sentences(70, PoliceSentence, Labels.PoliceMention).Build();

        var score = Criterion.Score(input);

        Assert.That(score.Score, Is.EqualTo(4));
        Assert.That(score.Explanation, Does.Not.Contain("too few"));
    }

    [Test]
    public void The_words_needed_are_an_option()
    {
        var input = Explained().Sentences(10, PoliceSentence, Labels.PoliceMention).Build();

        Assert.That(new SystemsAnalysis(new RateOptions { SystemsPoliceWordsForFour = 200 }).Score(input).Score, Is.EqualTo(4));
    }
}
