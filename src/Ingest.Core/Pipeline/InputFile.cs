using Ingest.Core.Documents;

namespace Ingest.Core.Pipeline;

/// <summary>A file a source found, with where it came from.</summary>
public sealed record InputFile(string Path, Provenance Source);

/// <summary>What became of one file in a run.</summary>
public enum OutcomeKind
{
    Ingested,
    Unchanged,
    Failed,
    NeedsOcr,
    Skipped,
}

public sealed record DocumentOutcome(InputFile Input, string? DocumentId, OutcomeKind Kind, int Pages, string? Reason, TimeSpan Elapsed, bool Resumed)
{
    public IReadOnlyList<Documents.StageTiming> Timings { get; init; } = [];
}

/// <summary>Hears about a run as it goes (the CLI's progress bar and log lines, the worker's logs).</summary>
public interface IRunObserver
{
    void Started(int total);

    void Finished(DocumentOutcome outcome);
}
