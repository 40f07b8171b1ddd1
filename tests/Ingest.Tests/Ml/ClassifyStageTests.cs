using System.Text.Json;
using Ingest.Core.Documents;
using Ingest.Core.Pipeline;
using Ingest.Ml.Classify;
using Ingest.Ml.Models;
using Ingest.Ml.Training;
using Ingest.Tests.Core.Rating;
using Microsoft.ML;

namespace Ingest.Tests.Ml;

public sealed class ClassifyStageTests
{
    [Test]
    public void In_union_mode_the_stage_adds_model_suggestions_where_the_rules_found_nothing_and_keeps_the_rules()
    {
        var root = Directory.CreateTempSubdirectory("ingest-classify-").FullName;
        try
        {
            new ModelRepository(root).Save(new MLContext(7), SentenceClassifierTrainer.Train(ModelNames.PoliceRelevance, Synthetic.PoliceSentences(), new TrainingContext(7, TimeProvider.System, [], 0)));
            var models = ModelSet.Load(JsonDocument.Parse("""{ "Models": { "police_relevance": "police_relevance/v1/model.zip" } }""").RootElement, root);
            var options = ClassifyOptions.FromJson(JsonDocument.Parse("""{ "Combine": { "police_relevance": "union" } }""").RootElement, "$.Stages[5].Options");
            var document = new ReviewBuilder()
                .Sentence("The constabulary recorded a crime.", Labels.PoliceMention)
                .Sentence("Officers attended the address and the force control room graded the call.")
                .Sentence("The health visitor called.")
                .Document();

            var result = ((StageResult.Success)new ClassifyStage(options, models).Run(document, CancellationToken.None)).Document;

            var police = result.Annotations.Where(a => a.Label == Labels.PoliceMention).ToList();
            Assert.That(police.Where(a => a.Source == "rule").Select(a => a.Text), Is.EqualTo(new[] { "The constabulary recorded a crime." }));
            var suggested = police.Single(a => a.Source == "model");
            Assert.That(suggested.Text, Does.StartWith("Officers attended"));
            Assert.That(suggested.Producer, Is.EqualTo("police_relevance-model@1"));
            Assert.That(suggested.Confidence, Is.GreaterThanOrEqualTo(0.5));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public void A_combine_mode_that_is_not_known_names_its_json_path()
    {
        Assert.That(() => ClassifyOptions.FromJson(JsonDocument.Parse("""{ "Combine": { "good_practice": "both" } }""").RootElement, "$.Stages[5].Options"),
            Throws.TypeOf<Ingest.Core.Configuration.ConfigurationException>().With.Message.Contains("$.Stages[5].Options.Combine.good_practice"));
    }

    [Test]
    public void Confident_mode_reads_its_threshold_and_skipped_sections_or_keeps_the_fitted_defaults()
    {
        var set = ClassifyOptions.FromJson(JsonDocument.Parse("""{ "Combine": { "missed_opportunity": "confident" }, "ConfidentThreshold": 0.9, "ConfidentSkip": ["cover"] }""").RootElement, "$.Stages[5].Options");
        var unset = ClassifyOptions.FromJson(JsonDocument.Parse("""{ "Combine": { "missed_opportunity": "confident" } }""").RootElement, "$.Stages[5].Options");

        Assert.That(set.ModeOf(ModelNames.MissedOpportunity), Is.EqualTo(ClassifyOptions.Confident));
        Assert.That(set.ConfidentThreshold, Is.EqualTo(0.9));
        Assert.That(set.ConfidentSkip, Is.EquivalentTo(new[] { "cover" }));
        Assert.That(unset.ConfidentThreshold, Is.EqualTo(0.87));
        Assert.That(unset.ConfidentSkip, Does.Contain("recommendations").And.Contain("methodology").And.Not.Contain("analysis"));
    }

    [Test]
    public void Confident_mode_reads_a_beside_threshold_per_model_and_rejects_one_for_no_model()
    {
        var options = ClassifyOptions.FromJson(JsonDocument.Parse("""{ "ConfidentBeside": { "good_practice": 0.5 } }""").RootElement, "$.Stages[5].Options");

        Assert.That(options.ConfidentBesideOf(Labels.GoodPractice), Is.EqualTo(0.5));
        Assert.That(options.ConfidentBesideOf(Labels.MissedOpportunity), Is.EqualTo(double.PositiveInfinity));
        Assert.That(() => ClassifyOptions.FromJson(JsonDocument.Parse("""{ "ConfidentBeside": { "good_practise": 0.5 } }""").RootElement, "$.Stages[5].Options"),
            Throws.TypeOf<Ingest.Core.Configuration.ConfigurationException>().With.Message.Contains("$.Stages[5].Options.ConfidentBeside.good_practise"));
    }

    [Test]
    public void Beside_mode_reads_its_threshold_or_keeps_the_fitted_default()
    {
        var set = ClassifyOptions.FromJson(JsonDocument.Parse("""{ "Combine": { "police_relevance": "beside" }, "BesideThreshold": 0.75 }""").RootElement, "$.Stages[5].Options");
        var unset = ClassifyOptions.FromJson(JsonDocument.Parse("""{ "Combine": { "police_relevance": "beside" } }""").RootElement, "$.Stages[5].Options");

        Assert.That(set.ModeOf(ModelNames.PoliceRelevance), Is.EqualTo(ClassifyOptions.Beside));
        Assert.That(set.BesideThreshold, Is.EqualTo(0.75));
        Assert.That(unset.BesideThreshold, Is.EqualTo(new ClassifyOptions().BesideThreshold));
    }
}
