using Ingest.Cli.Hosting;

namespace Ingest.Cli.Commands;

/// <summary>`ingest runs`: the recent runs with their figures and failures.</summary>
internal static class RunsCommand
{
    public static async Task<int> RunAsync(ArgReader args, TextWriter output, CancellationToken cancellationToken)
    {
        var config = args.Option("--config");
        var db = args.Option("--db");
        args.RejectUnknown();
        await using var env = await IngestEnvironment.OpenAsync(config, db, TimeProvider.System, cancellationToken);
        foreach (var run in await env.Store.RecentRunsAsync(20, cancellationToken))
        {
            var s = run.Summary;
            var figures = s is null
                ? "did not finish"
                : $"{s.Seen} seen, {s.Ingested} ingested, {s.Unchanged} unchanged, {s.Failed} failed, {s.NeedsOcr} need OCR, {s.Pages} pages, {s.Seconds:0.0} s";
            output.WriteLine($"run {run.Id} ({run.Trigger}) started {run.StartedAt:yyyy-MM-dd HH:mm:ss}Z: {figures}");
            foreach (var f in s?.Failures ?? [])
            {
                output.WriteLine($"  failed: {f.Location}: {f.Reason}");
            }
        }

        return ExitCodes.Ok;
    }
}
