using Ingest.Core.Pipeline;
using Ingest.Pdf;

namespace Ingest.Cli.Hosting;

/// <summary>Every stage this build knows, by the name pipeline.json uses for it.</summary>
internal static class StageRegistry
{
    public static StageCatalog Create() => new StageCatalog()
        .Add(ExtractStage.StageName, (options, path) => new ExtractStage(ExtractOptions.FromJson(options, path)));
}
