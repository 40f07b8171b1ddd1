using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ingest.Core.Evaluation;

/// <summary>A gold.json (CONTRACT §4). Fields later issues score are kept as raw JSON until then.</summary>
public sealed record GoldFile
{
    public string Id { get; init; } = string.Empty;

    public string File { get; init; } = string.Empty;

    public bool Heldout { get; init; }

    [JsonPropertyName("review_type")]
    public List<string> ReviewType { get; init; } = [];

    public string? Title { get; init; }

    public string? Board { get; init; }

    public string? Subject { get; init; }

    [JsonPropertyName("police_forces")]
    public List<string> PoliceForces { get; init; } = [];

    public Dictionary<string, string?> Dates { get; init; } = [];

    [JsonPropertyName("author_policing_background")]
    public bool? AuthorPolicingBackground { get; init; }

    public string? Methodology { get; init; }

    public List<GoldSection> Sections { get; init; } = [];

    [JsonPropertyName("police_sentences")]
    public List<string> PoliceSentences { get; init; } = [];

    [JsonPropertyName("imr_sentences")]
    public List<string> ImrSentences { get; init; } = [];

    [JsonPropertyName("good_practice_sentences")]
    public List<string> GoodPracticeSentences { get; init; } = [];

    [JsonPropertyName("missed_opportunity_sentences")]
    public List<string> MissedOpportunitySentences { get; init; } = [];

    [JsonPropertyName("imr_agencies")]
    public List<string> ImrAgencies { get; init; } = [];

    /// <summary>Every sentence the gold labels (police, IMR, good practice, missed opportunity), each once.</summary>
    [JsonIgnore]
    public IEnumerable<string> LabelledSentences =>
        PoliceSentences.Concat(ImrSentences).Concat(GoodPracticeSentences).Concat(MissedOpportunitySentences).Distinct();

    [JsonPropertyName("police_imr_analytical")]
    public bool? PoliceImrAnalytical { get; init; }

    public List<GoldRecommendation> Recommendations { get; init; } = [];

    [JsonPropertyName("protected_characteristics")]
    public GoldProtectedCharacteristics? ProtectedCharacteristics { get; init; }

    /// <summary>The gold quality rating (CONTRACT §4 `quality`, §6), where the file has one.</summary>
    public GoldQuality? Quality { get; init; }

    /// <summary>Where the gold file was read from; its PDF is beside it.</summary>
    [JsonIgnore]
    public string Folder { get; init; } = string.Empty;

    /// <summary>
    /// The id the pipeline stores this gold file's PDF under (the SHA-256 of its bytes), or null when the
    /// PDF is not beside the gold file.
    /// </summary>
    public async Task<string?> DocumentIdAsync(CancellationToken cancellationToken)
    {
        var pdf = Path.Combine(Folder, File);
        return System.IO.File.Exists(pdf)
            ? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await System.IO.File.ReadAllBytesAsync(pdf, cancellationToken)))
            : null;
    }

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads a gold file; one that is not valid JSON of this shape is a clear error naming the file and the place, not a crash.</summary>
    public static GoldFile Load(string path)
    {
        GoldFile? gold;
        try
        {
            gold = JsonSerializer.Deserialize<GoldFile>(System.IO.File.ReadAllText(path), Json);
        }
        catch (JsonException e)
        {
            throw new Configuration.ConfigurationException(path, $"not a gold file (CONTRACT §4): {e.Message.Split(" | ")[0]} (line {e.LineNumber + 1})");
        }

        return (gold ?? throw new Configuration.ConfigurationException(path, "empty gold file")) with { Folder = Path.GetDirectoryName(Path.GetFullPath(path))! };
    }

    /// <summary>Every gold.json under a folder, one per sub-folder (CONTRACT §4).</summary>
    public static IReadOnlyList<GoldFile> LoadFolder(string folder) =>
        Directory.EnumerateFiles(folder, "gold.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(Load)
            .ToList();
}

public sealed record GoldSection(string? Heading, string Type, int Level);

public sealed record GoldRecommendation(string? Number, string Text, List<string> Agencies);

public sealed record GoldProtectedCharacteristics
{
    public List<string> Recorded { get; init; } = [];

    [JsonPropertyName("withheld_statement")]
    public bool WithheldStatement { get; init; }
}

/// <summary>The gold rating of a review's police information: overall 1-4 and per criterion, with why.</summary>
public sealed record GoldQuality
{
    public int Rating { get; init; }

    public Dictionary<string, int> Criteria { get; init; } = [];

    public string? Notes { get; init; }
}
