using System.Text.Json;
using Ingest.Core.Configuration;
using Ingest.Ml.Models;
using Ingest.Ml.Training;
using Microsoft.ML;

namespace Ingest.Tests.Ml;

public sealed class ModelRepositoryAndSetTests
{
    private string _root = string.Empty;

    [SetUp]
    public void CreateFolder() => _root = Directory.CreateTempSubdirectory("ingest-models-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_root, recursive: true);

    [Test]
    public void A_model_is_written_as_v1_with_its_card_and_a_retrain_on_the_same_data_is_not_written_again()
    {
        var repository = new ModelRepository(_root);
        var context = new TrainingContext(7, TimeProvider.System, ["doc0"], 0);

        var first = repository.Save(new MLContext(7), SentenceClassifierTrainer.Train(ModelNames.PoliceRelevance, Synthetic.PoliceSentences(), context));
        var again = repository.Save(new MLContext(7), SentenceClassifierTrainer.Train(ModelNames.PoliceRelevance, Synthetic.PoliceSentences(), context));
        var changed = repository.Save(new MLContext(7), SentenceClassifierTrainer.Train(ModelNames.PoliceRelevance, Synthetic.PoliceSentences(31), context));

        Assert.That((first.Version, first.Unchanged), Is.EqualTo((1, false)));
        Assert.That((again.Version, again.Unchanged), Is.EqualTo((1, true)));
        Assert.That((changed.Version, changed.Unchanged), Is.EqualTo((2, false)));
        var card = repository.ReadCard(ModelNames.PoliceRelevance, 1)!;
        Assert.That(card.Version, Is.EqualTo(1));
        Assert.That(card.Seed, Is.EqualTo(7));
        Assert.That(card.Metrics, Does.ContainKey("cv_f1"));
        Assert.That(File.Exists(Path.Combine(_root, "police_relevance", "v2", "model.zip")), Is.True);
    }

    [Test]
    public void The_models_named_in_pipeline_json_load_and_classify()
    {
        var repository = new ModelRepository(_root);
        repository.Save(new MLContext(7), SentenceClassifierTrainer.Train(ModelNames.PoliceRelevance, Synthetic.PoliceSentences(), new TrainingContext(7, TimeProvider.System, [], 0)));

        var set = ModelSet.Load(Config("""{ "Models": { "police_relevance": "police_relevance/v1/model.zip" } }"""), _root);

        Assert.That(set.Names, Is.EquivalentTo(new[] { "police_relevance" }));
        Assert.That(set.Sentence("police_relevance").Probability("Officers attended and the constabulary recorded a crime."), Is.GreaterThan(0.5));
    }

    [Test]
    public void A_missing_model_file_is_a_configuration_error_naming_its_json_path()
    {
        Assert.That(() => ModelSet.Load(Config("""{ "Models": { "good_practice": "good_practice/v9/model.zip" } }"""), _root),
            Throws.TypeOf<ConfigurationException>().With.Message.Contains("$.Models.good_practice").And.Message.Contains("not found"));
    }

    [Test]
    public void A_corrupt_model_file_is_a_configuration_error_naming_its_json_path()
    {
        File.WriteAllText(Path.Combine(_root, "broken.zip"), "this is not a model");

        Assert.That(() => ModelSet.Load(Config("""{ "Models": { "missed_opportunity": "broken.zip" } }"""), _root),
            Throws.TypeOf<ConfigurationException>().With.Message.Contains("$.Models.missed_opportunity").And.Message.Contains("cannot be read"));
    }

    [Test]
    public void An_unknown_model_name_is_a_configuration_error()
    {
        Assert.That(() => ModelSet.Load(Config("""{ "Models": { "police_relevanse": "x.zip" } }"""), _root),
            Throws.TypeOf<ConfigurationException>().With.Message.Contains("$.Models.police_relevanse"));
    }

    private static JsonElement Config(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
