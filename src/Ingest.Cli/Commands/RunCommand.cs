using Ingest.Cli.Console;
using Ingest.Cli.Hosting;
using Ingest.Core.Pipeline;

namespace Ingest.Cli.Commands;

/// <summary>`ingest run &lt;file-or-folder&gt;...`: the main job.</summary>
internal static class RunCommand
{
    public static async Task<int> RunAsync(ArgReader args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var config = args.Option("--config");
        var db = args.Option("--db");
        var retryFailed = args.Flag("--retry-failed");
        var reprocess = args.Flag("--reprocess");
        var jobs = args.Option("--jobs");
        args.RejectUnknown();
        var clock = TimeProvider.System;
        var inputs = InputCollector.Collect(args.Positional, clock.GetUtcNow());
        await using var env = await IngestEnvironment.OpenAsync(config, db, clock, cancellationToken);
        var runOptions = jobs is null ? env.Config.Run : env.Config.Run with { MaxParallelDocuments = ParseJobs(jobs) };
        var runner = new PipelineRunner(env.Stages, env.Store, env.Archive, runOptions, clock) { RetryFailed = retryFailed, Reprocess = reprocess };
        var interactive = !System.Console.IsErrorRedirected && !System.Console.IsOutputRedirected && ReferenceEquals(output, System.Console.Out);
        var summary = await runner.RunAsync(inputs, "cli", new ConsoleRunObserver(output, error, interactive), cancellationToken);
        PrintSummary(summary, output);
        return summary.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }

    private static int ParseJobs(string value) =>
        int.TryParse(value, out var n) && n is >= 1 and <= 64
            ? n
            : throw new Core.Configuration.ConfigurationException("command line", $"--jobs must be a whole number from 1 to 64, not '{value}'");

    private static void PrintSummary(RunSummary s, TextWriter output)
    {
        var pagesPerSecond = s.Seconds > 0 ? s.Pages / s.Seconds : 0;
        output.WriteLine($"summary: {s.Seen} seen, {s.Ingested} ingested, {s.Unchanged} unchanged, {s.Failed} failed, {s.NeedsOcr} need OCR; {s.Pages} pages in {s.Seconds:0.0} s ({pagesPerSecond:0.0} pages/s)");
        foreach (var f in s.Failures)
        {
            output.WriteLine($"failed: {f.Location}: {f.Reason}");
        }
    }
}
