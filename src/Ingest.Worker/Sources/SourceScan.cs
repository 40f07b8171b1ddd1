using Ingest.Core.Documents;
using Ingest.Core.Pipeline;
using Ingest.Core.Storage;
using Ingest.Worker.Intake;

namespace Ingest.Worker.Sources;

/// <summary>
/// One scan of the sources as it goes: what each source hands over goes to the intake under this
/// scan's run, and the figures the run records (seen, new, unchanged, failed) are counted here.
/// </summary>
public sealed class SourceScan(DocumentIntake intake, IDocumentStore store, long runId)
{
    private readonly Lock _gate = new();
    private readonly List<RunFailure> _failures = [];
    private int _seen;
    private int _new;
    private int _unchanged;

    public long RunId => runId;

    /// <summary>Archives and queues a document found by a source.</summary>
    public async Task<IntakeReceipt> SubmitAsync(Stream content, Provenance provenance, CancellationToken cancellationToken)
    {
        var receipt = await intake.SubmitAsync(content, provenance, runId, cancellationToken);
        lock (_gate)
        {
            _seen++;
            if (receipt.AlreadyKnown)
            {
                _unchanged++;
            }
            else
            {
                _new++;
            }
        }

        return receipt;
    }

    /// <summary>A document the source knows has not changed (an HTTP 304): seen, nothing fetched.</summary>
    public void Unchanged()
    {
        lock (_gate)
        {
            _seen++;
            _unchanged++;
        }
    }

    /// <summary>A document that could not be taken (404, time-out, too large, not a PDF): stored with the run, with its reason.</summary>
    public async Task FailedAsync(string location, string reason, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _seen++;
            _failures.Add(new RunFailure(location, null, reason));
        }

        await store.RecordRunFailureAsync(runId, null, location, reason, cancellationToken);
    }

    /// <summary>A source that failed as a whole (its folder is missing, an index page cannot be read).</summary>
    public async Task SourceFailedAsync(string location, string reason, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _failures.Add(new RunFailure(location, null, reason));
        }

        await store.RecordRunFailureAsync(runId, null, location, reason, cancellationToken);
    }

    public RunSummary Summary(TimeSpan elapsed)
    {
        lock (_gate)
        {
            return new RunSummary(_seen, _new, _unchanged, _failures.Count, 0, 0, elapsed.TotalSeconds, [.. _failures]);
        }
    }
}
