using Ingest.Core.Documents;
using Ingest.Core.Rating;
using Ingest.Core.Rating.Criteria;

namespace Ingest.Tests.Core.Rating;

/// <summary>
/// methodology_stated: the traditional IMR route and a "hybrid" name the review's sources, not a model of
/// analysis, so they score 3 with an ordinary account of the review (a few hundred words) and 4 only where
/// that account runs to 500 words or more; a named model scores 4 only when described.
/// </summary>
public sealed class MethodologyGenericRouteTests
{
    private static readonly MethodologyStated Criterion = new(new RateOptions());

    // 10 words: 30 sentences make a 300-word methodology section, enough to describe a method.
    private const string Sentence = "Each agency wrote a report and the panel read it.";

    private static ReviewBuilder Named(string method) =>
        new ReviewBuilder().With(m => m with { Methodology = new Evidenced<string>(method, 0, 0, 1) });

    [TestCase("traditional IMR")]
    [TestCase("hybrid")]
    public void A_generic_route_scores_3_with_an_ordinary_account_or_none(string method)
    {
        var described = Named(method).Section("methodology", b => b.Sentences(30, Sentence)).Build();
        var bare = Named(method).Build();

        Assert.That(Criterion.Score(described).Score, Is.EqualTo(3));
        Assert.That(Criterion.Score(bare).Score, Is.EqualTo(3));
        Assert.That(Criterion.Score(bare).Explanation, Does.Contain($"names the review's route ({method})"));
    }

    [TestCase("traditional IMR")]
    [TestCase("hybrid")]
    public void A_generic_route_set_out_at_length_scores_4(string method)
    {
        var atLength = Named(method).Section("methodology", b => b.Sentences(55, Sentence)).Build();

        Assert.That(Criterion.Score(atLength).Score, Is.EqualTo(4));
        Assert.That(Criterion.Score(atLength).Explanation, Does.Contain("at length"));
    }

    [Test]
    public void A_named_model_scores_4_only_when_described()
    {
        var described = Named("SCIE Learning Together").Section("methodology", b => b.Sentences(30, Sentence)).Build();
        var bare = Named("SCIE Learning Together").Build();

        Assert.That(Criterion.Score(described).Score, Is.EqualTo(4));
        Assert.That(Criterion.Score(bare).Score, Is.EqualTo(3));
    }
}
