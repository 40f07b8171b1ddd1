using Ingest.Core.Documents;

namespace Ingest.Core.Pipeline;

/// <summary>
/// Runs the stages on one document on a thread of its own, under the per-document time limit. A PDF
/// that makes the parser loop is abandoned when the limit passes (a thread cannot be killed in .NET;
/// cancellation is asked for and the thread is left to end with the process) and the document is
/// failed with the reason. The thread has a large stack because deeply nested PDFs recurse deeply.
/// </summary>
public static class StageGuard
{
    private const int StackBytes = 64 * 1024 * 1024;

    public static async Task<IngestDocument> RunAllAsync(IReadOnlyList<IPipelineStage> stages, IngestDocument document, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var done = new TaskCompletionSource<IngestDocument>(TaskCreationOptions.RunContinuationsAsynchronously);
        var current = stages.Count > 0 ? stages[0].Name : "none";

        // The thread reads the token, never the source: an abandoned thread outlives `limit`, and a
        // disposed source's Token getter throws, which from a catch block would end the whole process.
        var token = limit.Token;
        var thread = new Thread(
            () =>
            {
                try
                {
                    var doc = document;
                    var timings = new List<StageTiming>();
                    foreach (var stage in stages)
                    {
                        current = stage.Name;
                        token.ThrowIfCancellationRequested();
                        var started = System.Diagnostics.Stopwatch.GetTimestamp();
                        var result = stage.Run(doc, token);
                        timings.Add(new StageTiming(stage.Name, System.Diagnostics.Stopwatch.GetElapsedTime(started)));
                        if (result is StageResult.Stop stop)
                        {
                            done.TrySetResult(stop.Document with { Status = stop.Status, Error = stop.Reason, Timings = timings });
                            return;
                        }

                        doc = ((StageResult.Success)result).Document;
                    }

                    done.TrySetResult(doc with { Status = DocumentStatus.Ingested, Error = null, Timings = timings });
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                    done.TrySetCanceled(token);
                }
                catch (Exception e)
                {
                    // Any other exception is this document's problem, not the run's.
                    done.TrySetResult(document with { Status = DocumentStatus.Failed, Error = $"stage '{current}' failed: {e.GetType().Name}: {e.Message.Split('\n')[0].Trim()}" });
                }
            },
            StackBytes)
        {
            IsBackground = true,
            Name = $"document {document.Id[..Math.Min(12, document.Id.Length)]}",
        };
        thread.Start();
        var finished = await Task.WhenAny(done.Task, Task.Delay(timeout, cancellationToken));
        if (finished == done.Task && !done.Task.IsCanceled)
        {
            return await done.Task;
        }

        await limit.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        return document with
        {
            Status = DocumentStatus.Failed,
            Error = $"timed out after {timeout.TotalSeconds:0} s in stage '{current}' (the document was abandoned; raise Run.DocumentTimeoutSeconds to allow more)",
        };
    }
}
