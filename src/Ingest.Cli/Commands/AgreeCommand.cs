using Ingest.Cli.Hosting;
using Ingest.Core.Configuration;
using Ingest.Core.Evaluation;

namespace Ingest.Cli.Commands;

/// <summary>
/// `ingest agree --gold &lt;folder&gt; --second &lt;folder&gt;`: inter-annotator agreement. Every gold.json under
/// --second (one sub-folder per annotator and review, matched to --gold by id) is scored against the
/// gold, against the other second annotators of the same review, and the pipeline against both, by the
/// rules `eval` uses. The reviews must be in the store (`ingest run` on the gold folder first): the
/// annotations are located in the text the pipeline stored. `--misses` lists where the annotators differ.
/// </summary>
internal static class AgreeCommand
{
    public static async Task<int> RunAsync(ArgReader args, TextWriter output, CancellationToken cancellationToken)
    {
        var config = args.Option("--config");
        var db = args.Option("--db");
        var goldFolder = FolderOption(args, "--gold");
        var secondFolder = FolderOption(args, "--second");
        var report = args.Option("--report");
        var showMisses = args.Flag("--misses");
        args.RejectUnknown();

        await using var env = await IngestEnvironment.OpenAsync(config, db, TimeProvider.System, cancellationToken);
        var seconds = GoldFile.LoadFolder(secondFolder).ToLookup(g => g.Id, StringComparer.Ordinal);
        var results = new List<ComparedReading>();
        var firsts = GoldFile.LoadFolder(goldFolder);
        foreach (var id in seconds.Select(g => g.Key).Except(firsts.Select(g => g.Id)).Order(StringComparer.Ordinal))
        {
            output.WriteLine($"{id}: no gold file for it under {goldFolder}; its second reading is left out");
        }

        foreach (var first in firsts.Where(g => seconds.Contains(g.Id)))
        {
            var stored = await first.DocumentIdAsync(cancellationToken) is { } id ? await env.Store.GetAsync(id, cancellationToken) : null;
            if (stored?.Extracted is null)
            {
                output.WriteLine($"{first.Id}: not in the store: run `ingest run` on the gold folder first; left out");
                continue;
            }

            var readings = AgreementEvaluator.Evaluate(first, seconds[first.Id].ToList(), stored);
            results.AddRange(readings);
            WarnNotVerbatim(seconds[first.Id], stored.Extracted.Text, output);
            if (showMisses)
            {
                WriteMisses(first.Id, readings, output);
            }
        }

        if (results.Count == 0)
        {
            throw new ConfigurationException("command line", $"no review in {secondFolder} has a gold file in {goldFolder} and a stored document");
        }

        var markdown = AgreementReport.Markdown(AgreementEvaluator.Group(results));
        output.WriteLine(markdown);
        if (report is not null)
        {
            await File.WriteAllTextAsync(report, markdown, cancellationToken);
        }

        return ExitCodes.Ok;
    }

    private static string FolderOption(ArgReader args, string name)
    {
        var folder = args.Option(name) ?? throw new ConfigurationException("command line", $"agree needs {name} <folder>");
        return Directory.Exists(folder) ? folder : throw new ConfigurationException("command line", $"no such folder for {name}: {folder}");
    }

    /// <summary>A sentence that is not in the text cannot agree with anything: say so, rather than let it pass as a disagreement.</summary>
    private static void WarnNotVerbatim(IEnumerable<GoldFile> seconds, string text, TextWriter output)
    {
        var normal = TextMatching.Normalise(text);
        foreach (var second in seconds)
        {
            foreach (var sentence in second.LabelledSentences.Concat(second.Recommendations.Select(r => r.Text)))
            {
                if (!normal.Contains(TextMatching.Normalise(sentence), StringComparison.Ordinal))
                {
                    output.WriteLine($"{second.Id} ({second.Folder}): not verbatim in the text, counts as a disagreement: {sentence}");
                }
            }
        }
    }

    private static void WriteMisses(string id, IEnumerable<ComparedReading> readings, TextWriter output)
    {
        foreach (var reading in readings.Where(r => r.Comparison != AgreementEvaluator.PipelineVsGold))
        {
            foreach (var miss in reading.Scores.Misses)
            {
                output.WriteLine($"{id} [{reading.Comparison}]: {miss}");
            }
        }
    }
}
