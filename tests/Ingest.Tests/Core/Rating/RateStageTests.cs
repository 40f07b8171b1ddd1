using Ingest.Core.Configuration;
using Ingest.Core.Documents;
using Ingest.Core.Pipeline;
using Ingest.Core.Rating;
using static Ingest.Tests.Core.Rating.ReviewBuilder;

namespace Ingest.Tests.Core.Rating;

public sealed class RateStageTests
{
    private static ReviewBuilder PoliceRichReview() => new ReviewBuilder()
        .Sentences(6, "The officers attended and completed a DASH risk assessment.", Labels.PoliceMention)
        .Sentence("The police IMR was reflective and analysed each decision.", Labels.ImrReference, Agency("police"))
        .Sentences(3, "The police IMR set out the contacts.", Labels.ImrReference, Agency("police"))
        .Sentence("The health visitor called.");

    [Test]
    public void Every_criterion_is_scored_with_evidence_and_a_reason_and_an_overall_rating_is_proposed()
    {
        var result = new RateStage(new RateOptions()).Run(PoliceRichReview().Document(), CancellationToken.None);

        var rating = ((StageResult.Success)result).Document.Rating!;
        Assert.That(rating.Criteria.Keys, Is.EquivalentTo(RatingCriteria.All));
        Assert.That(rating.Criteria.Values.Select(c => c.Score), Has.All.InRange(1, 4));
        Assert.That(rating.Criteria.Values.Select(c => c.Explanation), Has.All.Not.Empty);
        Assert.That(rating.Suggested, Is.InRange(1, 4));
        Assert.That(rating.Confidence, Is.InRange(0.5, 1.0));
        Assert.That(rating.Producer, Is.EqualTo(WeightedMeanRater.ProducerName));
        Assert.That(rating.Criteria[RatingCriteria.PoliceImrAnalysis].Score, Is.EqualTo(4));
    }

    [Test]
    public void The_screening_says_police_engagement_for_a_police_rich_review_and_not_for_one_without_police()
    {
        var stage = new RateStage(new RateOptions());
        var engaged = ((StageResult.Success)stage.Run(PoliceRichReview().Document(), CancellationToken.None)).Document.Screening!;
        var none = ((StageResult.Success)stage.Run(new ReviewBuilder().Sentences(30, "The health visitor called.").Document(), CancellationToken.None)).Document.Screening!;

        Assert.That(engaged.PoliceEngagement, Is.True);
        Assert.That(engaged.Evidence, Is.Not.Empty);
        Assert.That(none.PoliceEngagement, Is.False);
        Assert.That(none.Confidence, Is.GreaterThan(0.9), "no police sentence at all is a sure no");
    }

    [Test]
    public void An_analysts_confirmation_survives_a_rerun_while_the_suggestion_is_recomputed()
    {
        var confirmed = new ReviewRating(1, 0.6, new Dictionary<string, CriterionScore>(), "old@0") { Confirmed = 3, ConfirmedBy = "analyst1", Reason = "police IMR was analytical" };
        var document = PoliceRichReview().Document() with { Rating = confirmed, Screening = new ScreeningDecision(false, 0.5, [], "old@0") { Confirmed = true, ConfirmedBy = "analyst1" } };

        var rerun = ((StageResult.Success)new RateStage(new RateOptions()).Run(document, CancellationToken.None)).Document;

        Assert.That(rerun.Rating!.Producer, Is.EqualTo(WeightedMeanRater.ProducerName));
        Assert.That(rerun.Rating.Criteria, Has.Count.EqualTo(9));
        Assert.That((rerun.Rating.Confirmed, rerun.Rating.ConfirmedBy, rerun.Rating.Reason), Is.EqualTo((3, "analyst1", "police IMR was analytical")));
        Assert.That((rerun.Screening!.Confirmed, rerun.Screening.ConfirmedBy), Is.EqualTo((true, "analyst1")));
    }

    [Test]
    public void A_document_without_text_fails_with_a_reason_that_names_the_missing_stages()
    {
        var document = new IngestDocument("x", "x.pdf", new Provenance("folder", "x.pdf", "x.pdf", DateTimeOffset.UnixEpoch), ReadOnlyMemory<byte>.Empty);

        var result = new RateStage(new RateOptions()).Run(document, CancellationToken.None);

        Assert.That(result, Is.TypeOf<StageResult.Stop>());
        Assert.That(((StageResult.Stop)result).Reason, Does.Contain("'tag'"));
    }

    [Test]
    public void A_rejected_annotation_is_not_evidence()
    {
        var document = PoliceRichReview().Document();
        document = document with { Annotations = document.Annotations.Select(a => a with { Status = "rejected" }).ToList() };

        var rating = ((StageResult.Success)new RateStage(new RateOptions()).Run(document, CancellationToken.None)).Document.Rating!;

        Assert.That(rating.Criteria[RatingCriteria.PoliceCoverage].Score, Is.EqualTo(1));
        Assert.That(rating.Criteria[RatingCriteria.PoliceImrAnalysis].Evidence, Is.Empty);
    }

    [Test]
    public void The_overall_rating_is_the_rounded_weighted_mean_and_least_sure_half_way_between_scores()
    {
        static Dictionary<string, CriterionScore> All(int score) => RatingCriteria.All.ToDictionary(c => c, _ => new CriterionScore(score, [], "x"));
        var rater = new WeightedMeanRater(RateOptions.DefaultWeights);

        var uniform = rater.Propose(All(3));
        var mixed = All(2);
        mixed[RatingCriteria.Timeliness] = new CriterionScore(4, [], "x");
        mixed[RatingCriteria.MethodologyStated] = new CriterionScore(4, [], "x");
        mixed[RatingCriteria.PolicingExpertise] = new CriterionScore(4, [], "x");
        mixed[RatingCriteria.ProtectedCharacteristics] = new CriterionScore(4, [], "x");
        mixed[RatingCriteria.SystemsAnalysis] = new CriterionScore(4, [], "x");

        Assert.That(uniform.Rating, Is.EqualTo(3));
        Assert.That(uniform.Confidence, Is.EqualTo(0.825).Within(0.001), "3.0 lies 0.325 from the 2.675 boundary below it");
        var proposal = rater.Propose(mixed);
        Assert.That(proposal.Rating, Is.EqualTo(2), "(12*2 + 5*4) / 17 = 2.59: the police criteria weigh 3 and 2.59 is below the 2.675 boundary");
        Assert.That(proposal.Confidence, Is.EqualTo(0.587).Within(0.001));
    }

    [Test]
    public void The_overall_rounds_up_only_from_the_given_fraction_and_is_least_sure_at_that_boundary()
    {
        // Police criteria 3, the rest 1: police scores 3, the others 2 give (4*3*3 + 5*2) / 17 = 2.71.
        var weights = RatingCriteria.All.ToDictionary(c => c, c => c is RatingCriteria.PoliceCoverage or RatingCriteria.PoliceImrAnalysis or RatingCriteria.PoliceRecommendations or RatingCriteria.PoliceGoodPractice ? 3.0 : 1.0, StringComparer.Ordinal);
        var criteria = RatingCriteria.All.ToDictionary(c => c, c => new CriterionScore(weights[c] == 3 ? 3 : 2, [], "x"), StringComparer.Ordinal);
        var atTwoThirds = new WeightedMeanRater(weights, 0.675).Propose(criteria);
        var fromThreeQuarters = new WeightedMeanRater(weights, 0.75).Propose(criteria);

        Assert.That(atTwoThirds.Rating, Is.EqualTo(3), "2.71 reaches the 0.675 boundary");
        Assert.That(fromThreeQuarters.Rating, Is.EqualTo(2), "2.71 stays below 2.75");
        Assert.That(atTwoThirds.Confidence, Is.EqualTo(0.53).Within(0.005), "0.03 above its boundary: barely sure");
    }

    [Test]
    public void Options_are_read_from_json_and_a_typo_or_bad_threshold_names_its_json_path()
    {
        var options = RateOptions.FromJson(Json("""{ "Coverage": { "Two": 0.1, "Three": 0.2, "Four": 0.3 }, "Weights": { "timeliness": 3 } }"""), "$.Stages[5].Options");
        Assert.That(options.Coverage, Is.EqualTo(new Bands(0.1, 0.2, 0.3)));
        Assert.That(options.Weights[RatingCriteria.Timeliness], Is.EqualTo(3));
        Assert.That(options.Weights[RatingCriteria.PoliceCoverage], Is.EqualTo(3), "weights not named keep their defaults");
        Assert.That(options.RoundUpFrom, Is.EqualTo(0.675), "the writers' rounding unless pipeline.json says otherwise");
        Assert.That(RateOptions.FromJson(Json("""{ "RoundUpFrom": 0.5 }"""), "$").RoundUpFrom, Is.EqualTo(0.5));
        Assert.That(RateOptions.FromJson(Json("""{ "RoundUpFrom": 0.675 }"""), "$").RoundUpFrom, Is.EqualTo(0.675));
        Assert.That(() => RateOptions.FromJson(Json("""{ "RoundUpFrom": 1.5 }"""), "$.Stages[5].Options"),
            Throws.TypeOf<ConfigurationException>().With.Message.Contains("$.Stages[5].Options.RoundUpFrom"));

        Assert.That(() => RateOptions.FromJson(Json("""{ "Coverag": {} }"""), "$.Stages[5].Options"),
            Throws.TypeOf<ConfigurationException>().With.Message.Contains("$.Stages[5].Options.Coverag"));
        Assert.That(() => RateOptions.FromJson(Json("""{ "Coverage": { "Two": 0.3, "Three": 0.1, "Four": 0.2 } }"""), "$.Stages[5].Options"),
            Throws.TypeOf<ConfigurationException>().With.Message.Contains("$.Stages[5].Options.Coverage"));
        Assert.That(() => RateOptions.FromJson(Json("""{ "Weights": { "police_coverag": 1 } }"""), "$.Stages[5].Options"),
            Throws.TypeOf<ConfigurationException>().With.Message.Contains("$.Stages[5].Options.Weights.police_coverag"));
    }

    private static System.Text.Json.JsonElement Json(string json) => System.Text.Json.JsonDocument.Parse(json).RootElement.Clone();
}
