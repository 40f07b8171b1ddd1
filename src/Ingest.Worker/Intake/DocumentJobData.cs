using System.Globalization;
using Ingest.Core.Documents;
using Quartz;

namespace Ingest.Worker.Intake;

/// <summary>
/// What a document's job needs, kept in its Quartz job data (strings only, so the stored job reads
/// back the same after a restart whatever serializer the store uses).
/// </summary>
public sealed record DocumentJobData(string DocumentId, string ArchivePath, Provenance Source, long? RunId)
{
    public const string Group = "documents";

    public JobKey JobKey => new(DocumentId, Group);

    public JobDataMap ToMap()
    {
        var map = new JobDataMap
        {
            ["documentId"] = DocumentId,
            ["archivePath"] = ArchivePath,
            ["sourceKind"] = Source.SourceKind,
            ["location"] = Source.Location,
            ["fileName"] = Source.FileName,
            ["retrievedAt"] = Source.RetrievedAt.ToString("O", CultureInfo.InvariantCulture),
        };
        if (Source.Note is not null)
        {
            map["note"] = Source.Note;
        }

        if (RunId is { } run)
        {
            map["runId"] = run.ToString(CultureInfo.InvariantCulture);
        }

        return map;
    }

    public static DocumentJobData From(JobDataMap map)
    {
        string Get(string key) => map.TryGetValue(key, out var v) && v?.ToString() is { } s ? s : throw new InvalidOperationException($"document job data has no '{key}'");
        string? Optional(string key) => map.TryGetValue(key, out var v) ? v?.ToString() : null;
        var provenance = new Provenance(
            Get("sourceKind"),
            Get("location"),
            Get("fileName"),
            DateTimeOffset.Parse(Get("retrievedAt"), CultureInfo.InvariantCulture),
            Optional("note"));
        var run = Optional("runId") is { } r ? long.Parse(r, CultureInfo.InvariantCulture) : (long?)null;
        return new DocumentJobData(Get("documentId"), Get("archivePath"), provenance, run);
    }
}
