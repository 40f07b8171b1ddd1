using System.Reflection;
using Ingest.Core.Configuration;
using Ingest.Core.Pipeline;
using Ingest.Core.Storage;
using Ingest.Ml.Models;
using Ingest.Storage;
using Ingest.Storage.Postgres;

namespace Ingest.Cli.Hosting;

/// <summary>
/// What every command needs, wired once: the validated pipeline.json, the stages it names, the store
/// and the archive. Everything that can be wrong with the configuration fails here, before any
/// document is touched.
/// </summary>
internal sealed class IngestEnvironment : IAsyncDisposable
{
    private IngestEnvironment(PipelineConfig config, IReadOnlyList<IPipelineStage> stages, IDocumentStore store, IContentArchive archive)
    {
        Config = config;
        Stages = stages;
        Store = store;
        Archive = archive;
    }

    public PipelineConfig Config { get; }

    public IReadOnlyList<IPipelineStage> Stages { get; }

    public IDocumentStore Store { get; }

    public IContentArchive Archive { get; }

    public static PipelineConfig LoadConfig(string? configPath, string? dbOverride)
    {
        PipelineConfig config;
        if (configPath is not null)
        {
            config = PipelineConfigLoader.LoadFile(configPath);
        }
        else if (File.Exists("pipeline.json"))
        {
            config = PipelineConfigLoader.LoadFile("pipeline.json");
        }
        else
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("pipeline.default.json")!;
            using var reader = new StreamReader(stream);
            config = PipelineConfigLoader.Parse(reader.ReadToEnd(), "(built-in default pipeline.json)");
        }

        if (dbOverride is null)
        {
            return config;
        }

        if (PostgresConnectionString.IsUrl(dbOverride))
        {
            return config with { Storage = config.Storage with { Provider = "postgres", ConnectionString = dbOverride } };
        }

        return config with { Storage = config.Storage with { Provider = "sqlite", Database = dbOverride, ArchivePath = null } };
    }

    /// <param name="buildStages">
    /// False for commands that read the store and gold but run no stage: `train` writes the models
    /// pipeline.json names and must not need them first, and a classify stage that combines with a
    /// model cannot be built without its model; fit-rating and fit-cues fit on stored documents.
    /// </param>
    public static async Task<IngestEnvironment> OpenAsync(string? configPath, string? dbOverride, TimeProvider clock, CancellationToken cancellationToken, bool buildStages = true)
    {
        var config = LoadConfig(configPath, dbOverride);
        IReadOnlyList<IPipelineStage> stages = buildStages ? StageRegistry.Create(ModelSet.Load(config.Root, ConfigFolder(config))).Build(config.Stages) : [];
        var connectionPath = dbOverride is not null && PostgresConnectionString.IsUrl(dbOverride) ? "--db" : "$.Storage.ConnectionString";
        StoreFactory.Validate(config.Storage, connectionPath);
        var opened = await StoreFactory.OpenAsync(config.Storage, clock, message => System.Console.Error.WriteLine($"ingest: {message}"), cancellationToken, connectionPath);
        return new IngestEnvironment(config, stages, opened.Store, opened.Archive);
    }

    /// <summary>Model paths in pipeline.json are relative to its folder; the built-in copy's to the executable's folder, where the build copies models/.</summary>
    public static string ConfigFolder(PipelineConfig config) =>
        config.FilePath is { } path && File.Exists(path) ? Path.GetDirectoryName(Path.GetFullPath(path))! : AppContext.BaseDirectory;

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
