using Ingest.Cli.Hosting;
using Ingest.Core.Configuration;
using Ingest.Core.Evaluation;
using Ingest.Core.Rating;
using Ingest.Core.Tagging;
using Ingest.Ml.Classify;
using Ingest.Ml.Evaluation;
using Ingest.Ml.Models;

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
        var comparison = ComparisonOf(env, cancellationToken);
        foreach (var gold in GoldFile.LoadFolder(goldFolder))
        {
            if ((only == "tuned" && gold.Heldout) || (only == "heldout" && !gold.Heldout))
            {
                continue;
            }

            var stored = await gold.DocumentIdAsync(cancellationToken) is { } id ? await env.Store.GetAsync(id, cancellationToken) : null;
            var scores = DocumentEvaluator.Evaluate(gold, stored);
            if (comparison is not null && stored is not null)
            {
                var (extraScores, extraAccuracies) = comparison.Compare(gold, stored);
                scores = scores with { Scores = [.. scores.Scores, .. extraScores], Accuracies = [.. scores.Accuracies, .. extraAccuracies] };
            }

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

    /// <summary>Rules vs model vs combined, when pipeline.json names sentence models (with the classify stage's thresholds).</summary>
    private static ModelComparison? ComparisonOf(IngestEnvironment env, CancellationToken cancellationToken)
    {
        var models = ModelSet.Load(env.Config.Root, IngestEnvironment.ConfigFolder(env.Config));
        if (models.Names.Count == 0)
        {
            return null;
        }

        var stage = env.Config.Stages.FirstOrDefault(s => s.Name == ClassifyStage.StageName);
        var options = stage is null ? new ClassifyOptions() : ClassifyOptions.FromJson(stage.Options, $"{stage.JsonPath}.Options");
        var tag = env.Stages.OfType<TagStage>().FirstOrDefault();
        var rating = env.Stages.OfType<RateStage>().FirstOrDefault()?.Options;
        if (tag is null || ModelNames.SentenceLabels.Keys.All(m => options.ModeOf(m) == ClassifyOptions.Rules))
        {
            return new ModelComparison(models, options, rating: rating);
        }

        // The stored rule annotations are already filtered by a model: score the rules alone from a fresh tagging.
        return new ModelComparison(models, options, stored => stored.Extracted is { } extracted
            ? tag.Tag(extracted.Text, stored.Sections, stored.Metadata, cancellationToken)
            : stored.Annotations, rating);
    }
}
