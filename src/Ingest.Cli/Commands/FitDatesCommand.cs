using System.Globalization;
using Ingest.Cli.Hosting;
using Ingest.Core.Configuration;
using Ingest.Core.Documents;
using Ingest.Core.Evaluation;
using Ingest.Core.Metadata;
using Ingest.Core.Metadata.Dates;
using Ingest.Ml.Dates;

namespace Ingest.Cli.Commands;

/// <summary>
/// `ingest fit-dates --gold corpus-samples --db ... [--seed 42] [--folds 0] [--write src/Ingest.Core/Data/incident-date-weights.tsv]`:
/// learns the incident date chooser on the tuned gold reviews already run into the store (held-out ones are
/// never read), prints its exact match with whole reviews left out (folds 0: one review at a time) beside the
/// hand rules' figure, with and without the rules' pick as a feature, and with --write puts the weights into
/// the tsv embedded in Ingest.Core (rebuild after writing it).
/// </summary>
internal static class FitDatesCommand
{
    /// <summary>The features that are the hand rules' own choice: fitted on the tuned reviews, so they flatter any figure measured on them.</summary>
    private static readonly HashSet<string> RulesFeatures = new(["rules_pick", "inside_rules_pick"], StringComparer.Ordinal);

    public static async Task<int> RunAsync(ArgReader args, TextWriter output, CancellationToken cancellationToken)
    {
        var config = args.Option("--config");
        var db = args.Option("--db");
        var goldFolder = args.Option("--gold") ?? "corpus-samples";
        var write = args.Option("--write");
        var seed = Number(args.Option("--seed"), 42, "--seed");
        var folds = Number(args.Option("--folds"), 0, "--folds");
        var withRules = args.Flag("--with-rules");
        var arrivedFrom = args.Option("--arrived-from");
        args.RejectUnknown();
        await using var env = await IngestEnvironment.OpenAsync(config, db, TimeProvider.System, cancellationToken, buildStages: false);
        var documents = await LoadAsync(env, goldFolder, cancellationToken);
        if (documents.Count(d => d.Scored) < 2)
        {
            throw new ConfigurationException("command line", $"fit-dates needs at least two tuned gold reviews with an incident date in {goldFolder}, found {documents.Count(d => d.Scored)}");
        }

        var scored = documents.Where(d => d.Scored).ToList();
        var k = folds <= 0 ? documents.Count : folds;
        output.WriteLine($"fit-dates: {documents.Count} tuned gold reviews, {scored.Count} with an incident date, {documents.Sum(d => d.Candidates.Count)} candidates; seed {seed}, {(folds <= 0 ? "leave one review out" : $"{k} folds by review")}");
        output.WriteLine($"  hand rules (fitted on these reviews): {scored.Count(d => d.Rules == d.Gold)}/{scored.Count}; gold among the candidates: {scored.Count(d => d.Reachable)}/{scored.Count}");
        var honest = IncidentDateTrainer.CrossValidate(documents, seed, k, RulesFeatures);
        var flattered = IncidentDateTrainer.CrossValidate(documents, seed, k);
        output.WriteLine($"  learnt, without the rules' pick: {honest}");
        output.WriteLine($"  learnt, with the rules' pick as a feature (flattered: the rules were fitted on these reviews): {flattered}");
        foreach (var miss in honest.Misses)
        {
            output.WriteLine($"    miss (without rules): {miss}");
        }

        if (arrivedFrom is not null)
        {
            Arrival(documents, arrivedFrom, seed, output);
        }

        var without = withRules ? null : RulesFeatures;
        var weights = IncidentDateTrainer.Fit(documents, seed, without);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  weights ({(withRules ? "with" : "without")} the rules' pick): bias {weights.Bias:0.00}"));
        foreach (var name in IncidentDateFeatures.Names)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {name,-26} {weights.Weights.GetValueOrDefault(name),7:0.00}"));
        }

        if (write is not null)
        {
            var header = new[]
            {
                "Incident date chooser weights: written by `ingest fit-dates`, do not edit by hand.",
                $"{IncidentDateTrainer.TrainerName}, seed {seed}, {(withRules ? "with" : "without")} the rules' pick, on {scored.Count} tuned reviews: {string.Join(",", scored.Select(d => d.Id))}",
                $"Exact match {(folds <= 0 ? "leaving one review out" : $"over {k} folds by review")}: {(withRules ? flattered : honest)}; hand rules on the same reviews {scored.Count(d => d.Rules == d.Gold)}/{scored.Count}",
            };
            var written = write + ".tmp";
            await File.WriteAllTextAsync(written, weights.Write(header), cancellationToken);
            File.Move(written, write, overwrite: true);
            output.WriteLine($"fit-dates: wrote {write} (rebuild Ingest.Core, then rerun the pipeline and eval)");
        }

        return ExitCodes.Ok;
    }

    /// <summary>
    /// The check closest to reviews as they arrive: learnt on the reviews named before <paramref name="first"/>
    /// only (ordinal order of ids) and scored on that one and those after it.
    /// </summary>
    private static void Arrival(List<DateDocument> documents, string first, int seed, TextWriter output)
    {
        var earlier = documents.Where(d => string.CompareOrdinal(d.Id, first) < 0).ToList();
        var later = documents.Where(d => string.CompareOrdinal(d.Id, first) >= 0 && d.Scored).ToList();
        if (earlier.Count(d => d.Scored) < 2 || later.Count == 0)
        {
            throw new ConfigurationException("command line", $"--arrived-from {first} leaves {earlier.Count} reviews to learn from and {later.Count} to score: both must be some");
        }

        var weights = IncidentDateTrainer.Fit(earlier, seed, RulesFeatures);
        var right = later.Count(d => IncidentDateTrainer.Choose(d, weights, RulesFeatures) == d.Gold);
        output.WriteLine($"  learnt on the {earlier.Count} reviews before {first} only, without the rules' pick, scored on the {later.Count} from {first}: {right}/{later.Count}");
    }

    private static int Number(string? text, int fallback, string option) =>
        text is null ? fallback
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n
        : throw new ConfigurationException("command line", $"{option} must be a whole number of zero or more, not '{text}'");

    /// <summary>The tuned gold reviews with their candidates, read from the stored text and sections (held-out ones are never read).</summary>
    private static async Task<List<DateDocument>> LoadAsync(IngestEnvironment env, string goldFolder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(goldFolder))
        {
            throw new ConfigurationException("command line", $"no such gold folder: {goldFolder}");
        }

        var documents = new List<DateDocument>();
        foreach (var gold in GoldFile.LoadFolder(goldFolder).Where(g => !g.Heldout))
        {
            var stored = await gold.DocumentIdAsync(cancellationToken) is { } id ? await env.Store.GetAsync(id, cancellationToken) : null;
            if (stored?.Extracted is not { } extracted || stored.Status != DocumentStatus.Ingested)
            {
                throw new ConfigurationException("command line", $"{gold.Id} is not ingested in this store: run `ingest run {goldFolder}` first");
            }

            var rules = MetadataReader.RulesIncident(extracted.Text, stored.Sections);
            var completed = MetadataReader.RulesCompleted(extracted.Text, stored.Sections);
            var candidates = IncidentDateFeatures.Candidates(new DateContext(extracted.Text, stored.Sections, rules?.Value, completed?.Value, rules?.Start));
            documents.Add(new DateDocument(gold.Id, candidates, gold.Dates.GetValueOrDefault("incident"), rules?.Value.Iso));
        }

        return documents;
    }
}
