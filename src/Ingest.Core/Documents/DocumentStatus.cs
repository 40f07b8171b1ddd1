namespace Ingest.Core.Documents;

/// <summary>Where a document stands. The string forms are the ones the JSONL export uses.</summary>
public enum DocumentStatus
{
    /// <summary>Claimed by a run and not finished: a crash leaves it here, and the next run picks it up.</summary>
    Processing,
    Ingested,
    Failed,
    NeedsOcr,
}

public static class DocumentStatusNames
{
    public static string ToWire(this DocumentStatus status) => status switch
    {
        DocumentStatus.Processing => "processing",
        DocumentStatus.Ingested => "ingested",
        DocumentStatus.Failed => "failed",
        DocumentStatus.NeedsOcr => "needs_ocr",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static DocumentStatus FromWire(string value) => value switch
    {
        "processing" => DocumentStatus.Processing,
        "ingested" => DocumentStatus.Ingested,
        "failed" => DocumentStatus.Failed,
        "needs_ocr" => DocumentStatus.NeedsOcr,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "unknown document status"),
    };
}
