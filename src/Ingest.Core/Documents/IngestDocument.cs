namespace Ingest.Core.Documents;

/// <summary>
/// The document as it flows between stages. Immutable: each stage returns a new instance with its
/// part filled in, so a stage can be tested alone and re-run on the same input with the same result.
/// </summary>
public sealed record IngestDocument(
    string Id,
    string FileName,
    Provenance Source,
    ReadOnlyMemory<byte> Bytes)
{
    public ExtractedText? Extracted { get; init; }

    public IReadOnlyList<Section> Sections { get; init; } = [];

    public ReviewMetadata? Metadata { get; init; }

    public IReadOnlyList<Annotation> Annotations { get; init; } = [];

    /// <summary>The proposed quality rating of the police information (null until the rating stage runs).</summary>
    public ReviewRating? Rating { get; init; }

    /// <summary>The police-engagement screening decision (null until the rating stage runs).</summary>
    public ScreeningDecision? Screening { get; init; }

    /// <summary>How long each stage took on this document, for the run log and the benchmark.</summary>
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];

    public DocumentStatus Status { get; init; } = DocumentStatus.Processing;

    public string? Error { get; init; }

    public string Text => Extracted?.Text ?? string.Empty;
}

/// <summary>One stage's time on one document.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);
