using System.Text.Json;
using Ingest.Core.Configuration;
using Ingest.Ml.Data;
using Ingest.Ml.Prediction;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Ingest.Ml.Models;

/// <summary>
/// The models pipeline.json names in its "Models" section ({"police_relevance": "models/police_relevance/v1/model.zip", ...}),
/// loaded once at start-up: a model file that is missing or cannot be read fails there, with the JSON
/// path of its entry, never half-way through a run. Paths are relative to pipeline.json's folder.
/// </summary>
public sealed class ModelSet
{
    private readonly MLContext _ml = new(seed: 0);
    private readonly Dictionary<string, (ITransformer Model, int Version, IReadOnlyList<string> Labels)> _models = new(StringComparer.Ordinal);

    public static ModelSet Empty { get; } = new();

    public IReadOnlyCollection<string> Names => _models.Keys;

    public bool Has(string name) => _models.ContainsKey(name);

    /// <summary>The version on the model's card (0 when it has none), for the producer of its suggestions.</summary>
    public int VersionOf(string name) => Get(name).Version;

    public static ModelSet Load(JsonElement root, string baseFolder)
    {
        var set = new ModelSet();
        var section = new JsonSection(root.ValueKind == JsonValueKind.Object && root.TryGetProperty("Models", out var m) ? m : default, "$.Models");
        foreach (var name in ModelNames.All)
        {
            var path = section.String(name, null);
            if (path is not null)
            {
                set.Add(name, Path.GetFullPath(Path.Combine(baseFolder, path)), $"{section.Path}.{name}");
            }
        }

        section.RejectUnknown();
        return set;
    }

    public SentenceClassifier Sentence(string name) =>
        new(name, new EnginePool<SentenceRow, SentencePrediction>(_ml, Get(name).Model));

    public AgencyClassifier Agency() =>
        new(new EnginePool<AgencyRow, AgencyPrediction>(_ml, Get(ModelNames.RecommendationAgency).Model), Get(ModelNames.RecommendationAgency).Labels);

    /// <param name="weights">The rate stage's weights, for the weighted-mean feature (the model was trained with them).</param>
    public ModelRatingRater Rating(IReadOnlyDictionary<string, double> weights) =>
        new(new EnginePool<RatingRow, RatingPrediction>(_ml, Get(ModelNames.OverallRating).Model), Get(ModelNames.OverallRating).Version, weights);

    private (ITransformer Model, int Version, IReadOnlyList<string> Labels) Get(string name) =>
        _models.TryGetValue(name, out var model) ? model : throw new ConfigurationException($"$.Models.{name}", $"no model named '{name}' in pipeline.json, which a stage needs");

    private void Add(string name, string path, string jsonPath)
    {
        if (!File.Exists(path))
        {
            throw new ConfigurationException(jsonPath, $"model file not found: {path} (train it with `ingest train`)");
        }

        ITransformer model;
        IReadOnlyList<string> labels;
        try
        {
            using var slimmed = TrainSchemaSlimmer.Slim(_ml, path);
            model = _ml.Model.Load(slimmed, out var inputSchema);
            labels = ScoreLabels(model, inputSchema);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or IOException or System.IO.InvalidDataException or ArgumentException or NotSupportedException)
        {
            throw new ConfigurationException(jsonPath, $"model file cannot be read: {path}: {e.Message}");
        }

        var card = ReadCard(path);
        _models[name] = (model, card?.Version ?? 0, labels);
    }

    /// <summary>The class names of a multiclass model's score vector, in its order (empty for other models).</summary>
    private static IReadOnlyList<string> ScoreLabels(ITransformer model, DataViewSchema inputSchema)
    {
        var score = model.GetOutputSchema(inputSchema).GetColumnOrNull("Score");
        if (score is not { } column || !column.HasSlotNames())
        {
            return [];
        }

        var names = default(VBuffer<ReadOnlyMemory<char>>);
        column.GetSlotNames(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToList();
    }

    private static ModelCard? ReadCard(string modelPath)
    {
        var cardPath = Path.Combine(Path.GetDirectoryName(modelPath)!, ModelRepository.CardFile);
        return File.Exists(cardPath) ? JsonSerializer.Deserialize<ModelCard>(File.ReadAllText(cardPath), ModelCard.Json) : null;
    }
}
