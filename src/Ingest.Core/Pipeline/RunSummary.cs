namespace Ingest.Core.Pipeline;

/// <summary>The end-of-run figures the CLI prints and the store records.</summary>
public sealed record RunSummary(
    int Seen,
    int Ingested,
    int Unchanged,
    int Failed,
    int NeedsOcr,
    int Pages,
    double Seconds,
    IReadOnlyList<RunFailure> Failures)
{
    public static RunSummary Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, []);
}

/// <summary>One document that failed, with its reason.</summary>
public sealed record RunFailure(string Location, string? DocumentId, string Reason);
