using Ingest.Core.Configuration;

namespace Ingest.Worker.Configuration;

/// <summary>
/// The worker's sections of pipeline.json ("Serve", "Schedule", "Sources"), read and checked at
/// start-up so that a mistake stops `ingest serve` with the JSON path before anything runs.
/// </summary>
public sealed record WorkerConfig(ServeOptions Serve, ScheduleOptions Schedule, IReadOnlyList<SourceOptions> Sources)
{
    public static WorkerConfig Read(PipelineConfig pipeline)
    {
        var root = new JsonSection(pipeline.Root, "$");
        var serve = ServeOptions.Read(root.Section("Serve"));
        var schedule = ScheduleOptions.Read(root.Section("Schedule"));
        var sources = root.Array("Sources").Select(x => ReadSource(new JsonSection(x.Item, x.Path))).ToList();
        return new WorkerConfig(serve, schedule, sources);
    }

    /// <summary>The same configuration with `--watch` folders added as drop-folder sources.</summary>
    public WorkerConfig WithWatchedFolders(IEnumerable<string> folders) =>
        this with { Sources = [.. Sources, .. folders.Select(f => new FolderSourceOptions(Path.GetFullPath(f), "--watch"))] };

    private static SourceOptions ReadSource(JsonSection s)
    {
        var kind = s.Choice("Kind", string.Empty, "folder", "http");
        SourceOptions source = kind switch
        {
            "folder" => new FolderSourceOptions(Path.GetFullPath(s.String("Path", null) ?? throw new ConfigurationException($"{s.Path}.Path", "the folder to take PDFs from is required")), s.Path),
            _ => HttpSourceOptions.Read(s),
        };
        s.RejectUnknown();
        return source;
    }
}
