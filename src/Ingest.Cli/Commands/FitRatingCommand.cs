using System.Text.Encodings.Web;
using System.Text.Json;
using Ingest.Cli.Hosting;
using Ingest.Core.Configuration;
using Ingest.Core.Documents;
using Ingest.Core.Evaluation;
using Ingest.Core.Rating;
using Ingest.Core.Rating.Fitting;

namespace Ingest.Cli.Commands;

/// <summary>
/// `ingest fit-rating --gold corpus-samples --db ... [--validate s23,s24] [--write pipeline.json]`: refits
/// the thresholds of the six banded rating criteria (and the overall weights) on the tuned gold documents
/// already run into the store (held-out ones are never read), prints the agreement with gold under the
/// current and the fitted options, in sample and left-one-document-out, and with --write sets the fits
/// whose left-one-document-out agreement is not worse than the current options' into the rate stage.
/// </summary>
internal static class FitRatingCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(ArgReader args, TextWriter output, CancellationToken cancellationToken)
    {
        var config = args.Option("--config");
        var db = args.Option("--db");
        var goldFolder = args.Option("--gold") ?? throw new ConfigurationException("command line", "fit-rating needs --gold <folder>");
        var write = args.Option("--write");
        var validateIds = (args.Option("--validate") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        args.RejectUnknown();
        if (write is not null)
        {
            // Refused before any fitting: a file the fit could not be written into.
            RateOptionsFile.Check(File.Exists(write) ? await File.ReadAllTextAsync(write, cancellationToken) : throw new ConfigurationException("command line", $"--write names no existing pipeline.json: {write}"), write);
        }

        var (fitGold, validationGold) = Split(goldFolder, validateIds);
        await using var env = await IngestEnvironment.OpenAsync(config, db, TimeProvider.System, cancellationToken, buildStages: false);
        var documents = await LoadAsync(env, goldFolder, fitGold, cancellationToken);
        var validation = await LoadAsync(env, goldFolder, validationGold, cancellationToken);
        var current = CurrentOptions(env.Config);
        output.WriteLine($"fit-rating: {documents.Count} tuned gold documents ({string.Join(", ", documents.Select(d => d.Id))})"
            + (validation.Count > 0 ? $", validated on {string.Join(", ", validation.Select(d => d.Id))}" : string.Empty)
            + $"; current options from {env.Config.FilePath ?? "the built-in pipeline.json"}");
        var result = RatingFitter.Fit(current, documents, validation);
        FitRatingReport.Write(result, output);
        var changes = result.WrittenJson();
        output.WriteLine("rate options that --write sets (the fits whose left-one-document-out agreement is not worse than the current options'):");
        output.WriteLine(changes.ToJsonString(Json));

        if (write is not null)
        {
            // Written beside it and moved over it, so an interrupted write never leaves half a pipeline.json.
            var rewritten = RateOptionsFile.Rewrite(await File.ReadAllTextAsync(write, cancellationToken), write, changes);
            var temporary = write + ".tmp";
            await File.WriteAllTextAsync(temporary, rewritten, cancellationToken);
            File.Move(temporary, write, overwrite: true);
            output.WriteLine(changes.Count == 0 ? $"fit-rating: nothing to change in {write}" : $"fit-rating: wrote {string.Join(", ", changes.Select(c => c.Key))} into {write} (rerun the pipeline, then eval)");
        }

        return ExitCodes.Ok;
    }

    /// <summary>The tuned gold files to fit on and the named ones to validate on; held-out gold is never read, even to validate.</summary>
    private static (List<GoldFile> Fit, List<GoldFile> Validation) Split(string goldFolder, HashSet<string> validateIds)
    {
        if (!Directory.Exists(goldFolder))
        {
            throw new ConfigurationException("command line", $"no such gold folder: {goldFolder}");
        }

        var all = GoldFile.LoadFolder(goldFolder);
        foreach (var id in validateIds)
        {
            var gold = all.FirstOrDefault(g => g.Id == id) ?? throw new ConfigurationException("command line", $"--validate names {id}, which has no gold file in {goldFolder}");
            if (gold.Heldout)
            {
                throw new ConfigurationException("command line", $"--validate names {id}, a held-out document: held-out gold is kept for the final evaluation and is never read while tuning");
            }
        }

        var tuned = all.Where(g => !g.Heldout && g.Quality is not null).ToList();
        var fit = tuned.Where(g => !validateIds.Contains(g.Id)).ToList();
        if (fit.Count < 2)
        {
            // One document leaves none to fit on when it is left out.
            throw new ConfigurationException("command line", $"fit-rating needs at least two tuned gold documents with a quality rating in {goldFolder} (after --validate), found {fit.Count}");
        }

        return (fit, tuned.Where(g => validateIds.Contains(g.Id)).ToList());
    }

    private static async Task<List<RatingFitDocument>> LoadAsync(IngestEnvironment env, string goldFolder, List<GoldFile> golds, CancellationToken cancellationToken)
    {
        var documents = new List<RatingFitDocument>();
        foreach (var gold in golds)
        {
            var stored = await gold.DocumentIdAsync(cancellationToken) is { } id ? await env.Store.GetAsync(id, cancellationToken) : null;
            if (stored?.Extracted is not { } extracted || stored.Status != DocumentStatus.Ingested)
            {
                throw new ConfigurationException("command line", $"{gold.Id} is not ingested in this store: run `ingest run {goldFolder}` first");
            }

            documents.Add(new RatingFitDocument(gold.Id, RatingInput.For(extracted.Text, stored.Annotations, stored.Metadata, stored.Sections), gold.Quality!));
        }

        return documents;
    }

    private static RateOptions CurrentOptions(PipelineConfig config) =>
        config.Stages.FirstOrDefault(s => s.Name == RateStage.StageName) is { } stage ? RateOptions.FromJson(stage.Options, $"{stage.JsonPath}.Options") : new RateOptions();
}
