using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ingest.Ml.Models;

/// <summary>
/// What a reader needs to trust (or distrust) a model: what it was trained on (hash and size of the
/// training rows, the documents), how (trainer, seed, library), how well it did (cross-validated
/// metrics) and when. Written beside model.zip as model-card.json.
/// </summary>
public sealed record ModelCard
{
    public string Name { get; init; } = string.Empty;

    public int Version { get; init; }

    public string Task { get; init; } = string.Empty;

    public string Trainer { get; init; } = string.Empty;

    public int Seed { get; init; }

    public string DataSha256 { get; init; } = string.Empty;

    public int DataRows { get; init; }

    public IReadOnlyDictionary<string, int> LabelCounts { get; init; } = new Dictionary<string, int>();

    public IReadOnlyList<string> Labels { get; init; } = [];

    public IReadOnlyDictionary<string, double> Metrics { get; init; } = new Dictionary<string, double>();

    public string Evaluation { get; init; } = string.Empty;

    public IReadOnlyList<string> Documents { get; init; } = [];

    public int AnalystDecisions { get; init; }

    public string CreatedAt { get; init; } = string.Empty;

    public string Library { get; init; } = string.Empty;

    public string? Notes { get; init; }

    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
