using Ingest.Core.Documents;
using Ingest.Core.Storage;

namespace Ingest.Core.Export;

/// <summary>What an export keeps: annotation status (suggested, confirmed, all) and review types.</summary>
public sealed record ExportFilter(string Status, IReadOnlyList<string> ReviewTypes)
{
    public static ExportFilter All { get; } = new("all", []);

    public bool Keeps(StoredDocument document) =>
        ReviewTypes.Count == 0 || (document.Metadata?.ReviewTypes.Any(t => ReviewTypes.Contains(t.Value, StringComparer.OrdinalIgnoreCase)) ?? false);

    /// <summary>"confirmed" keeps what an analyst accepted or edited; "suggested" what nobody has decided yet.</summary>
    public bool Keeps(Annotation annotation) => Status switch
    {
        "confirmed" => annotation.Status is "accepted" or "edited",
        "suggested" => annotation.Status == "suggested",
        _ => annotation.Status != "rejected" || Status == "all",
    };
}
