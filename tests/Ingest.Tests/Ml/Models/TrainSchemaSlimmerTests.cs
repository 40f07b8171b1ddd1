using System.IO.Compression;
using System.Text.Json;
using Ingest.Core.Configuration;
using Ingest.Ml.Data;
using Ingest.Ml.Models;
using Ingest.Ml.Training;
using Ingest.Tests.Support;
using Microsoft.ML;

namespace Ingest.Tests.Ml.Models;

public sealed class TrainSchemaSlimmerTests
{
    private static readonly string[] Sentences =
    [
        "Officers attended and the constabulary recorded a crime.",
        "The health visitor saw the baby at home.",
        "A DASH risk assessment was completed by the response officer and graded standard.",
        "The school nurse made a referral to children's social care.",
    ];

    private string _root = string.Empty;

    [SetUp]
    public void CreateFolder() => _root = Directory.CreateTempSubdirectory("ingest-slim-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_root, recursive: true);

    [Test]
    public void A_slimmed_model_scores_every_sentence_exactly_as_the_file_on_disk()
    {
        var path = Path.Combine(Repo.Root, "models", "police_relevance", "v9", "model.zip");
        var ml = new MLContext(0);

        using var slimmed = TrainSchemaSlimmer.Slim(ml, path);
        var fromSlim = Probabilities(ml, ml.Model.Load(slimmed, out _));
        var fromFile = Probabilities(ml, ml.Model.Load(path, out _));

        Assert.That(fromSlim, Is.EqualTo(fromFile));
    }

    [Test]
    public void The_training_schemas_keep_their_columns_and_lose_only_the_feature_names()
    {
        var path = Path.Combine(Repo.Root, "models", "police_relevance", "v9", "model.zip");
        var ml = new MLContext(0);

        using var slimmed = TrainSchemaSlimmer.Slim(ml, path);
        var before = TrainSchemas(ml, File.OpenRead(path));
        var after = TrainSchemas(ml, slimmed);

        Assert.That(after.Select(s => s.Columns), Is.EqualTo(before.Select(s => s.Columns)), "same columns, types and order");
        Assert.That(before.SelectMany(s => s.Annotations), Does.Contain("SlotNames"));
        Assert.That(after.SelectMany(s => s.Annotations), Does.Not.Contain("SlotNames"));
        Assert.That(after.SelectMany(s => s.Annotations), Does.Contain("IsNormalized"));
    }

    [Test]
    public void The_agency_model_keeps_its_class_names()
    {
        var set = ModelSet.Load(Config("""{ "Models": { "recommendation_agency": "recommendation_agency/v9/model.zip" } }"""), Path.Combine(Repo.Root, "models"));

        var scores = set.Agency().Scores("Brackenford Constabulary should review how response officers record a DASH.");

        Assert.That(scores.Select(s => s.Agency), Does.Contain("police").And.Contain("health"));
    }

    [Test]
    public void A_model_whose_training_schema_is_damaged_is_a_configuration_error()
    {
        var repository = new ModelRepository(_root);
        repository.Save(new MLContext(7), SentenceClassifierTrainer.Train(ModelNames.PoliceRelevance, Synthetic.PoliceSentences(), new TrainingContext(7, TimeProvider.System, [], 0)));
        var zip = Path.Combine(_root, "police_relevance", "v1", "model.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Update))
        {
            var entry = archive.Entries.Single(e => e.FullName.EndsWith("/TrainSchema", StringComparison.Ordinal));
            var name = entry.FullName;
            entry.Delete();
            using var writer = new StreamWriter(archive.CreateEntry(name).Open());
            writer.Write("not a schema");
        }

        Assert.That(() => ModelSet.Load(Config("""{ "Models": { "police_relevance": "police_relevance/v1/model.zip" } }"""), _root),
            Throws.TypeOf<ConfigurationException>().With.Message.Contains("$.Models.police_relevance").And.Message.Contains("cannot be read"));
    }

    private static float[] Probabilities(MLContext ml, ITransformer model)
    {
        var rows = ml.Data.LoadFromEnumerable(Sentences.Select(s => new SentenceRow { Text = s }));
        return ml.Data.CreateEnumerable<SentencePrediction>(model.Transform(rows), reuseRowObject: false).Select(p => p.Probability).ToArray();
    }

    private static List<(string Columns, List<string> Annotations)> TrainSchemas(MLContext ml, Stream zipStream)
    {
        using var archive = new ZipArchive(zipStream, ZipArchiveMode.Read);
        var schemas = new List<(string, List<string>)>();
        foreach (var entry in archive.Entries.Where(e => e.FullName.EndsWith("/TrainSchema", StringComparison.Ordinal)))
        {
            var file = Path.GetTempFileName();
            try
            {
                entry.ExtractToFile(file, overwrite: true);
                var schema = ml.Data.LoadFromBinary(file).Schema;
                schemas.Add((string.Join(",", schema.Select(c => $"{c.Name}:{c.Type}")), schema.SelectMany(c => c.Annotations.Schema.Select(a => a.Name)).ToList()));
            }
            finally
            {
                File.Delete(file);
            }
        }

        return schemas;
    }

    private static JsonElement Config(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
