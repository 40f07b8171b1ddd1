using System.Text.Json;
using Microsoft.ML;

namespace Ingest.Ml.Models;

/// <summary>Where a written model went, and whether it is new or the same as the latest version.</summary>
public sealed record SavedModel(string Name, int Version, string Path, bool Unchanged);

/// <summary>
/// models/&lt;name&gt;/v&lt;N&gt;/model.zip + model-card.json. A retrain on the same data with the same seed and
/// trainer gives the same model, so it is not written again: the latest version is reported unchanged.
/// </summary>
public sealed class ModelRepository(string root)
{
    public const string ModelFile = "model.zip";
    public const string CardFile = "model-card.json";

    public SavedModel Save(MLContext ml, TrainedModel trained)
    {
        var name = trained.Card.Name;
        var latest = LatestVersion(name);
        if (latest > 0 && ReadCard(name, latest) is { } card && card.DataSha256 == trained.Card.DataSha256 && card.Seed == trained.Card.Seed && card.Trainer == trained.Card.Trainer)
        {
            return new SavedModel(name, latest, ModelPath(name, latest), Unchanged: true);
        }

        var version = latest + 1;
        var folder = Path.Combine(root, name, $"v{version}");
        Directory.CreateDirectory(folder);
        var modelPath = Path.Combine(folder, ModelFile);
        using (var stream = File.Create(modelPath))
        {
            ml.Model.Save(trained.Model, trained.InputSchema, stream);
        }

        File.WriteAllText(Path.Combine(folder, CardFile), JsonSerializer.Serialize(trained.Card with { Version = version }, ModelCard.Json) + "\n");
        return new SavedModel(name, version, modelPath, Unchanged: false);
    }

    public int LatestVersion(string name)
    {
        var folder = Path.Combine(root, name);
        return !Directory.Exists(folder)
            ? 0
            : Directory.EnumerateDirectories(folder, "v*")
                .Select(d => int.TryParse(Path.GetFileName(d)[1..], out var v) && File.Exists(Path.Combine(d, ModelFile)) ? v : 0)
                .DefaultIfEmpty(0)
                .Max();
    }

    public string ModelPath(string name, int version) => Path.Combine(root, name, $"v{version}", ModelFile);

    public ModelCard? ReadCard(string name, int version)
    {
        var path = Path.Combine(root, name, $"v{version}", CardFile);
        return File.Exists(path) ? JsonSerializer.Deserialize<ModelCard>(File.ReadAllText(path), ModelCard.Json) : null;
    }
}
