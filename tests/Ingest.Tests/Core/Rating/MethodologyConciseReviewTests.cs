using Ingest.Core.Documents;
using Ingest.Core.Rating;
using Ingest.Core.Rating.Criteria;

namespace Ingest.Tests.Core.Rating;

/// <summary>
/// methodology_stated: a concise practice review (the Welsh short form) names its model and may describe it
/// at length, but the model is the short form of the method: it scores at most 3, where an extended review
/// that names and describes its model scores 4.
/// </summary>
public sealed class MethodologyConciseReviewTests
{
    // 11 words a sentence: 30 sentences make a 330-word methodology section, past the 250 a description needs.
    private const string Sentence = "Each agency wrote a timeline and the panel met its author.";

    private static ReviewBuilder WelshModel(string opening) =>
        new ReviewBuilder().With(m => m with { Methodology = new Evidenced<string>("Welsh model", 0, 0, 1) })
            .Sentence(opening)
            .Section("methodology", "Methodology", 1, b => b.Sentences(30, Sentence));

    [Test]
    public void A_concise_review_with_a_described_model_scores_3()
    {
        var score = new MethodologyStated(new RateOptions()).Score(WelshModel("This Concise Adult Practice Review was commissioned by the Board.").Build());

        Assert.That(score.Score, Is.EqualTo(3));
        Assert.That(score.Explanation, Does.Contain("a concise review (\"Concise Adult Practice Review\")"));
    }

    [Test]
    public void An_extended_review_with_a_described_model_scores_4()
    {
        var score = new MethodologyStated(new RateOptions()).Score(WelshModel("This Extended Child Practice Review was commissioned by the Board.").Build());

        Assert.That(score.Score, Is.EqualTo(4));
    }
}
