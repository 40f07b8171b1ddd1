using System.Security.Cryptography;
using Ingest.Cli.Hosting;
using Ingest.Core.Configuration;
using Ingest.Core.Evaluation;

namespace Ingest.Cli.Commands;

/// <summary>
/// `ingest eval --gold &lt;folder&gt;`: scores what is in the store against the gold files, per label and
/// field, for the tuned-on and held-out documents separately. `--misses` lists every miss (do not read
/// them for held-out documents while tuning); `--report` writes the Markdown tables to a file.
/// </summary>
internal static class EvalCommand
{
    public static async Task<int> RunAsync(ArgReader args, TextWriter output, CancellationToken cancellationToken)
    {
        var config = args.Option("--config");
        var db = args.Option("--db");
        var goldFolder = args.Option("--gold") ?? throw new ConfigurationException("command line", "eval needs --gold <folder>");
        var report = args.Option("--report");
        var showMisses = args.Flag("--misses");
        var only = args.Option("--only");
        args.RejectUnknown();
        if (!Directory.Exists(goldFolder))
        {
            throw new ConfigurationException("command line", $"no such gold folder: {goldFolder}");
        }

        await using var env = await IngestEnvironment.OpenAsync(config, db, TimeProvider.System, cancellationToken);
        var results = new List<DocumentScores>();
        foreach (var gold in GoldFile.LoadFolder(goldFolder))
        {
            if ((only == "tuned" && gold.Heldout) || (only == "heldout" && !gold.Heldout))
            {
                continue;
            }

            var pdf = Path.Combine(gold.Folder, gold.File);
            var id = File.Exists(pdf) ? Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(pdf, cancellationToken))) : string.Empty;
            var stored = id.Length > 0 ? await env.Store.GetAsync(id, cancellationToken) : null;
            var scores = DocumentEvaluator.Evaluate(gold, stored);
            results.Add(scores);
            if (showMisses)
            {
                foreach (var miss in scores.Misses)
                {
                    output.WriteLine($"{gold.Id}: {miss}");
                }
            }
        }

        var markdown = EvaluationReport.Markdown(results);
        output.WriteLine(markdown);
        if (report is not null)
        {
            await File.WriteAllTextAsync(report, markdown, cancellationToken);
        }

        return ExitCodes.Ok;
    }
}
