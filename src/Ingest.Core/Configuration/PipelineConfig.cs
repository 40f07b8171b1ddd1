using System.Text.Json;

namespace Ingest.Core.Configuration;

/// <summary>One entry of the ordered stage list.</summary>
public sealed record StageConfig(string Name, JsonElement Options, string JsonPath);

/// <summary>How a run treats documents: time limit and parallelism.</summary>
public sealed record RunOptions(TimeSpan DocumentTimeout, int MaxParallelDocuments, int MaxAttempts, long MaxFileBytes);

/// <summary>Where the store lives.</summary>
/// <param name="ArchivePath">Where originals are kept; null means an "archive" folder beside the database.</param>
public sealed record StorageOptions(string Provider, string Database, string? ArchivePath, string? ConnectionString)
{
    public string ResolveArchivePath() =>
        ArchivePath ?? System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Database)) ?? ".", "archive");
}

/// <summary>The parsed pipeline.json. Sections later issues add (sources, schedule, models, web) are kept raw.</summary>
public sealed record PipelineConfig(
    IReadOnlyList<StageConfig> Stages,
    RunOptions Run,
    StorageOptions Storage,
    JsonElement Root,
    string? FilePath);
