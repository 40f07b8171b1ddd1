using System.Globalization;
using Ingest.Cli.Hosting;
using Ingest.Core.Configuration;
using Ingest.Core.Rating;
using Ingest.Ml.Data;
using Ingest.Ml.Models;
using Ingest.Ml.Training;

namespace Ingest.Cli.Commands;

/// <summary>
/// `ingest train [--out models] [--gold corpus-samples] [--db ...] [--seed 42] [--compare-section-types]`: retrains the models from
/// the tuned gold files (held-out ones are never learnt from) and the analysts' decisions in the store,
/// and writes models/&lt;name&gt;/v&lt;N&gt;/model.zip with its model-card.json. Seeded: the same data and
/// seed give the same model, which is then reported unchanged instead of written again. --compare-section-types only
/// measures the learned section-type model against the rules and writes nothing.
/// </summary>
internal static class TrainCommand
{
    public const int DefaultSeed = 42;

    public static async Task<int> RunAsync(ArgReader args, TextWriter output, CancellationToken cancellationToken)
    {
        var config = args.Option("--config");
        var db = args.Option("--db");
        var outFolder = args.Option("--out") ?? "models";
        var goldFolder = args.Option("--gold") ?? "corpus-samples";
        var seedText = args.Option("--seed");
        var compareSectionTypes = args.Flag("--compare-section-types");
        args.RejectUnknown();
        var seed = DefaultSeed;
        if (seedText is not null && !int.TryParse(seedText, NumberStyles.Integer, CultureInfo.InvariantCulture, out seed))
        {
            throw new ConfigurationException("command line", $"--seed must be a whole number, not '{seedText}'");
        }

        if (!Directory.Exists(goldFolder))
        {
            throw new ConfigurationException("command line", $"no such gold folder: {goldFolder}");
        }

        await using var env = await IngestEnvironment.OpenAsync(config, db, TimeProvider.System, cancellationToken, buildStages: false);
        var rateOptions = RateOptionsOf(env.Config);
        TrainingSet set;
        try
        {
            set = await new TrainingSetBuilder(env.Store, new RateStage(rateOptions)).BuildAsync(goldFolder, cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            throw new ConfigurationException("command line", e.Message);
        }

        if (compareSectionTypes)
        {
            SectionTypeComparisonReport.Write(set.SectionTypes, seed, output);
            return ExitCodes.Ok;
        }

        output.WriteLine($"train: {set.Documents.Count} tuned gold documents ({string.Join(", ", set.Documents)}), {set.ConfirmedAnnotations} analyst decisions, seed {seed}");
        foreach (var (saved, card) in ModelTrainer.TrainAll(set, new ModelRepository(outFolder), seed, TimeProvider.System, cancellationToken))
        {
            var metrics = string.Join(", ", card.Metrics.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Key} {m.Value:0.000}")));
            output.WriteLine($"  {saved.Name} v{saved.Version}{(saved.Unchanged ? " (unchanged: same data and seed)" : string.Empty)}: {card.DataRows} rows; {metrics}");
        }

        return ExitCodes.Ok;
    }

    /// <summary>The rate stage's options from pipeline.json, so the rating model learns from the criteria the pipeline computes.</summary>
    private static RateOptions RateOptionsOf(PipelineConfig config) =>
        config.Stages.FirstOrDefault(s => s.Name == RateStage.StageName) is { } stage ? RateOptions.FromJson(stage.Options, $"{stage.JsonPath}.Options") : new RateOptions();
}
