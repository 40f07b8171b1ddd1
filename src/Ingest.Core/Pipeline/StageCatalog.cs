using System.Text.Json;
using Ingest.Core.Configuration;

namespace Ingest.Core.Pipeline;

/// <summary>
/// The stages a host knows by name. pipeline.json is checked against it at start-up, so an unknown
/// stage or a bad option is reported with its JSON path before any document is touched.
/// </summary>
public sealed class StageCatalog
{
    private readonly Dictionary<string, Func<JsonElement, string, IPipelineStage>> _factories = new(StringComparer.Ordinal);

    /// <summary>Registers a stage; the factory reads and validates its options, throwing <see cref="ConfigurationException"/>.</summary>
    public StageCatalog Add(string name, Func<JsonElement, string, IPipelineStage> factory)
    {
        _factories[name] = factory;
        return this;
    }

    public IReadOnlyCollection<string> Names => _factories.Keys;

    public IReadOnlyList<IPipelineStage> Build(IReadOnlyList<StageConfig> stages)
    {
        var built = new List<IPipelineStage>();
        foreach (var stage in stages)
        {
            if (!_factories.TryGetValue(stage.Name, out var factory))
            {
                throw new ConfigurationException(
                    $"{stage.JsonPath}.Name",
                    $"unknown stage '{stage.Name}' (known stages: {string.Join(", ", _factories.Keys.Order(StringComparer.Ordinal))})");
            }

            built.Add(factory(stage.Options, $"{stage.JsonPath}.Options"));
        }

        return built;
    }
}
