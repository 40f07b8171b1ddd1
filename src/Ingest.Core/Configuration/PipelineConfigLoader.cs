using System.Text.Json;

namespace Ingest.Core.Configuration;

/// <summary>
/// Reads pipeline.json. Every error names the JSON path of the problem (or line and position for a
/// syntax error), so that a bad file fails at start-up with exit code 2 and nothing changed.
/// </summary>
public static class PipelineConfigLoader
{
    public static readonly string[] KnownSections = ["Stages", "Run", "Storage", "Sources", "Schedule", "Serve", "Models", "Web", "Ocr"];

    public static PipelineConfig LoadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new ConfigurationException("$", $"configuration file not found: {path}");
        }

        return Parse(File.ReadAllText(path), path);
    }

    public static PipelineConfig Parse(string json, string? filePath = null)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ConfigurationException(
                e.Path ?? "$",
                $"not valid JSON at line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}: {FirstLine(e.Message)}");
        }

        var root = new JsonSection(doc.RootElement, "$");
        var stages = ReadStages(root);
        var run = ReadRun(root.Section("Run"));
        var storage = ReadStorage(root.Section("Storage"));
        foreach (var name in KnownSections)
        {
            root.Raw(name);
        }

        root.RejectUnknown();
        return new PipelineConfig(stages, run, storage, doc.RootElement.Clone(), filePath);
    }

    private static List<StageConfig> ReadStages(JsonSection root)
    {
        if (!root.Has("Stages"))
        {
            throw new ConfigurationException("$.Stages", "missing: the ordered list of stages is required");
        }

        var stages = new List<StageConfig>();
        foreach (var (item, path) in root.Array("Stages"))
        {
            var section = new JsonSection(item, path);
            var name = section.String("Name", null) ?? throw new ConfigurationException($"{path}.Name", "missing stage name");
            var options = section.Raw("Options");
            section.Raw("Enabled");
            section.RejectUnknown();
            if (!section.Bool("Enabled", true))
            {
                continue;
            }

            if (stages.Any(s => s.Name == name))
            {
                throw new ConfigurationException($"{path}.Name", $"stage '{name}' is listed twice");
            }

            stages.Add(new StageConfig(name, options.ValueKind == JsonValueKind.Undefined ? default : options.Clone(), path));
        }

        return stages.Count == 0 ? throw new ConfigurationException("$.Stages", "the stage list is empty") : stages;
    }

    private static RunOptions ReadRun(JsonSection s)
    {
        var run = new RunOptions(
            TimeSpan.FromSeconds(s.Double("DocumentTimeoutSeconds", 60, 1, 3600)),
            s.Int("MaxParallelDocuments", Environment.ProcessorCount, 1, 64),
            s.Int("MaxAttempts", 3, 1, 20),
            (long)s.Double("MaxFileMegabytes", 200, 1, 4096) * 1024 * 1024);
        s.RejectUnknown();
        return run;
    }

    private static StorageOptions ReadStorage(JsonSection s)
    {
        var storage = new StorageOptions(
            s.Choice("Provider", "sqlite", "sqlite", "postgres"),
            s.String("Database", "data/ingest.db")!,
            s.String("ArchivePath", null),
            s.String("ConnectionString", null));
        s.RejectUnknown();
        if (storage.Provider == "postgres" && string.IsNullOrWhiteSpace(storage.ConnectionString))
        {
            throw new ConfigurationException($"{s.Path}.ConnectionString", "required when Provider is \"postgres\"");
        }

        return storage;
    }

    /// <summary>The reader's own message without its zero-based " LineNumber: n | BytePositionInLine: n." tail, which contradicts the one-based line given above.</summary>
    private static string FirstLine(string message)
    {
        var line = message.Split('\n')[0];
        var tail = line.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (tail >= 0 ? line[..tail] : line).Trim();
    }
}
