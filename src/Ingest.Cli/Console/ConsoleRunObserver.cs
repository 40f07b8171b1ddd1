using Ingest.Core.Pipeline;

namespace Ingest.Cli.Console;

/// <summary>
/// Shows a run as it goes: a progress bar redrawn on one line when standard error is a terminal,
/// plain log lines (one per document) when output goes to a file or a pipe.
/// </summary>
internal sealed class ConsoleRunObserver(TextWriter output, TextWriter error, bool interactive) : IRunObserver
{
    private int _total;
    private int _done;
    private int _failed;

    public void Started(int total)
    {
        _total = total;
        if (!interactive)
        {
            output.WriteLine($"run: {total} file(s) to process");
        }
    }

    public void Finished(DocumentOutcome outcome)
    {
        _done++;
        if (outcome.Kind == OutcomeKind.Failed)
        {
            _failed++;
        }

        if (interactive)
        {
            DrawBar(outcome);
            return;
        }

        var id = outcome.DocumentId is { Length: > 12 } d ? d[..12] : outcome.DocumentId ?? "-";
        var reason = outcome.Reason is null ? string.Empty : $" - {outcome.Reason}";
        var resumed = outcome.Resumed ? " (resumed after an interrupted run)" : string.Empty;
        var stages = outcome.Timings.Count == 0 ? string.Empty : " (" + string.Join(", ", outcome.Timings.Select(t => $"{t.Stage} {t.Elapsed.TotalSeconds:0.00}s")) + ")";
        output.WriteLine($"[{_done}/{_total}] {Word(outcome.Kind)} {outcome.Input.Path} id={id} pages={outcome.Pages} {outcome.Elapsed.TotalSeconds:0.00}s{stages}{resumed}{reason}");
    }

    private void DrawBar(DocumentOutcome outcome)
    {
        const int width = 30;
        var filled = _total == 0 ? width : _done * width / _total;
        var name = Path.GetFileName(outcome.Input.Path);
        if (name.Length > 40)
        {
            name = string.Concat(name.AsSpan(0, 37), "...");
        }

        error.Write($"\r[{new string('#', filled)}{new string('-', width - filled)}] {_done}/{_total} failed {_failed} {name,-40}");
        if (_done == _total)
        {
            error.WriteLine();
        }
    }

    internal static string Word(OutcomeKind kind) => kind switch
    {
        OutcomeKind.Ingested => "ingested",
        OutcomeKind.Unchanged => "unchanged",
        OutcomeKind.Failed => "FAILED",
        OutcomeKind.NeedsOcr => "needs-ocr",
        _ => "skipped",
    };
}
