using System.Text.Json;
using Ingest.Core.Documents;
using Ingest.Core.Evaluation;
using Ingest.Core.Rating;
using Ingest.Core.Storage;
using Ingest.Ml.Classify;
using Ingest.Ml.Evaluation;
using Ingest.Ml.Models;
using Ingest.Ml.Training;
using Ingest.Tests.Core.Rating;
using Microsoft.ML;

namespace Ingest.Tests.Ml.Evaluation;

public sealed class ModelComparisonTests
{
    private const string Attended = "Officers attended the address.";
    private const string Graded = "The force control room graded the call.";

    [Test]
    public void When_the_pipeline_filtered_the_rules_by_a_model_the_rules_row_scores_the_rules_run_again_not_what_was_stored()
    {
        var root = Directory.CreateTempSubdirectory("ingest-comparison-").FullName;
        try
        {
            var (models, options) = AgreeingPoliceModel(root);
            // Stored as the "agree" stage left it: the rule's second police sentence was dropped.
            var stored = Stored(new ReviewBuilder().Sentence(Attended, Labels.PoliceMention).Sentence(Graded).Sentence("The health visitor called."));
            var rulesRunAgain = new ReviewBuilder().Sentence(Attended, Labels.PoliceMention).Sentence(Graded, Labels.PoliceMention).Sentence("The health visitor called.").Document().Annotations;
            var gold = new GoldFile { Id = "doc", PoliceSentences = [Attended, Graded] };

            var fromStore = RulesRow(new ModelComparison(models, options).Compare(gold, stored).Scores);
            var fromRules = RulesRow(new ModelComparison(models, options, _ => rulesRunAgain).Compare(gold, stored).Scores);

            Assert.That((fromStore.TruePositives, fromStore.FalseNegatives), Is.EqualTo((1, 1)), "the stored annotations alone");
            Assert.That((fromRules.TruePositives, fromRules.FalseNegatives), Is.EqualTo((2, 0)), "the rules before any model filtered them");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public void The_overall_rules_row_rates_with_the_rate_stages_weights_and_rounding()
    {
        // Police criteria 3, the others 2: (4*3*3 + 5*2) / 17 = 2.71 with the shipped weights (police 3, others 1).
        var criteria = RatingCriteria.All.ToDictionary(
            c => c,
            c => new CriterionScore(c is RatingCriteria.PoliceCoverage or RatingCriteria.PoliceImrAnalysis or RatingCriteria.PoliceRecommendations or RatingCriteria.PoliceGoodPractice ? 3 : 2, [], "x"),
            StringComparer.Ordinal);
        var stored = Stored(new ReviewBuilder().Sentence(Attended)) with { Rating = new ReviewRating(3, 1, criteria, "test") };
        var gold = new GoldFile { Id = "doc", Quality = new GoldQuality { Rating = 3 } };

        var shipped = OverallRulesExact(new ModelComparison(ModelSet.Empty, new ClassifyOptions()).Compare(gold, stored).Accuracies);
        var fromThreeQuarters = OverallRulesExact(new ModelComparison(ModelSet.Empty, new ClassifyOptions(), rating: new RateOptions { RoundUpFrom = 0.75 }).Compare(gold, stored).Accuracies);

        Assert.That(shipped, Is.EqualTo(1), "2.71 rounds up from the shipped 0.675");
        Assert.That(fromThreeQuarters, Is.EqualTo(0), "the rate stage's own rounding is used: 2.71 stays 2 below 2.75");
    }

    private static int OverallRulesExact(IReadOnlyList<Accuracy> accuracies) => accuracies.Single(a => a.Name == "overall rating exact [rules]").Correct;

    private static Score RulesRow(IReadOnlyList<Score> scores) => scores.Single(s => s.Name == "police sentences [rules]");

    private static (ModelSet Models, ClassifyOptions Options) AgreeingPoliceModel(string root)
    {
        new ModelRepository(root).Save(new MLContext(7), SentenceClassifierTrainer.Train(ModelNames.PoliceRelevance, Synthetic.PoliceSentences(), new TrainingContext(7, TimeProvider.System, [], 0)));
        var models = ModelSet.Load(JsonDocument.Parse("""{ "Models": { "police_relevance": "police_relevance/v1/model.zip" } }""").RootElement, root);
        var options = ClassifyOptions.FromJson(JsonDocument.Parse("""{ "Combine": { "police_relevance": "agree" } }""").RootElement, "$.Stages[5].Options");
        return (models, options);
    }

    private static StoredDocument Stored(ReviewBuilder review)
    {
        var document = review.Document();
        return new StoredDocument("doc", "doc.pdf", "folder", DocumentStatus.Ingested, null, 1, string.Empty, null, document.Extracted, [], DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch)
        {
            Annotations = document.Annotations,
        };
    }
}
