using System.Diagnostics;
using System.Text.Json;
using Ingest.Core.Pipeline;
using Ingest.Core.Storage;

namespace Ingest.Core.Export.Import;

/// <summary>A line that could not be imported, and why.</summary>
public sealed record ImportProblem(int Line, string? DocumentId, string Reason);

/// <summary>What an import did.</summary>
public sealed record ImportSummary(int Imported, int AlreadyStored, IReadOnlyList<ImportProblem> Problems);

/// <summary>
/// `ingest import`: loads a JSONL export into the store through the store contract (claim, then save),
/// one line at a time, as one run with the trigger "import". The original PDF is not in the export, so
/// the document's archive path is empty (<see cref="NoArchive"/>). A document already in the store is
/// left as it is; a line that cannot be read is reported with its number and the others go on.
/// </summary>
public sealed class JsonlImporter(IDocumentStore store, TimeProvider clock)
{
    /// <summary>The archive path of an imported document: its original bytes were never seen.</summary>
    public const string NoArchive = "";

    public async Task<ImportSummary> ImportAsync(TextReader input, string inputName, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var runId = await store.StartRunAsync(clock.GetUtcNow(), "import", cancellationToken);
        var (imported, already, pages, number) = (0, 0, 0, 0);
        var problems = new List<ImportProblem>();
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            ImportedLine read;
            try
            {
                read = JsonlDocumentReader.Read(line);
            }
            catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or KeyNotFoundException)
            {
                problems.Add(new ImportProblem(number, null, e.Message));
                continue;
            }

            var d = read.Document;
            var provenance = d.Source with { RetrievedAt = clock.GetUtcNow(), Note = $"imported from {inputName} line {number}" };
            var claim = new DocumentClaim(d.Id, d.FileName, provenance, 0, NoArchive, 1, RetryFailed: false);
            var outcome = await store.ClaimAsync(claim, runId, cancellationToken);
            if (outcome.Kind is ClaimKind.New)
            {
                await store.SaveResultAsync(d, runId, cancellationToken);
                imported++;
                pages += d.Extracted?.Facts.PageCount ?? 0;
            }
            else
            {
                already++;
            }
        }

        var failures = problems.Select(p => new RunFailure($"{inputName} line {p.Line}", p.DocumentId, p.Reason)).ToList();
        foreach (var f in failures)
        {
            await store.RecordRunFailureAsync(runId, f.DocumentId, f.Location, f.Reason, cancellationToken);
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await store.FinishRunAsync(runId, new RunSummary(number, imported, already, problems.Count, 0, pages, seconds, failures), cancellationToken);
        return new ImportSummary(imported, already, problems);
    }
}
